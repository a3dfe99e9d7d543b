import type { Viewer } from '../../auth/viewer.js';
import { canReadCaseField, caseFieldReaders, type CaseField } from './case-policy.js';
import { partyKey, scopeOf } from './case-scope.js';
import { ImlCaseClinical, ImlCaseDocument, ImlCasePrivate, ImlCaseStep, ImlOutcomeDecision, ImlReview } from './iml-case.entity.js';
import type { CasePartyRole } from './pathway.js';

// The parts of a case kept in tables of their own, each served by the per-request loader of the
// same name, and the nested fields each part answers with the policy line deciding each field.
// The field resolvers and the case page's read-ahead both take their policy from here, so the
// page never reads ahead a part that the field resolver would then refuse.

export const caseParts = {
  /** The person's identity: each read is logged. */
  casePrivate: { entity: ImlCasePrivate, one: true, action: 'iml_case.identity_read' },
  /** The clinical part: each read is logged. */
  caseClinical: { entity: ImlCaseClinical, one: true, action: 'iml_case.clinical_read' },
  caseSteps: { entity: ImlCaseStep, order: { column: 'at', direction: 'ASC' } },
  caseReviews: { entity: ImlReview, order: { column: 'held_on', direction: 'ASC' } },
  caseDecisions: { entity: ImlOutcomeDecision, order: { column: 'created_at', direction: 'ASC' } },
  caseDocuments: { entity: ImlCaseDocument, order: { column: 'created_at', direction: 'DESC' } },
} as const;

export type CasePartName = keyof typeof caseParts;

export const casePartFields = {
  identity: { part: 'casePrivate', policy: 'identity' },
  supportPlan: { part: 'casePrivate', policy: 'supportPlan' },
  justifications: { part: 'caseClinical', policy: 'justifications' },
  clinicalNotes: { part: 'caseClinical', policy: 'clinicalNotes' },
  steps: { part: 'caseSteps', policy: 'steps' },
  reviews: { part: 'caseReviews', policy: 'reviewDates' },
  reviewSchedule: { part: 'caseReviews', policy: 'reviewSchedule' },
  decisions: { part: 'caseDecisions', policy: 'decisions' },
  documents: { part: 'caseDocuments', policy: 'documents' },
} as const satisfies Record<string, { part: CasePartName; policy: CaseField }>;

export type CasePartField = keyof typeof casePartFields;

/** Whether `roles` read the nested field `field` (and so the part behind it). */
export const readsPartField = (field: CasePartField, roles: ReadonlySet<CasePartyRole>): boolean => canReadCaseField(casePartFields[field].policy, roles);

export interface PartToRead {
  name: CasePartName;
  /** The fields asked for that this part answers. */
  fields: CasePartField[];
  /**
   * The viewer's keys of the roles that read one of `fields`: a case whose party keys share one
   * of them gives the viewer such a role, so the policy lets the part be read.
   */
  keys: string[];
}

/** The parts that the fields `asked` need and that some role of the viewer may read. */
export function partsToRead(viewer: Viewer, asked: ReadonlySet<string>): PartToRead[] {
  const scope = scopeOf(viewer);
  const parts = new Map<CasePartName, { fields: CasePartField[]; keys: Set<string> }>();
  for (const [field, { part, policy }] of Object.entries(casePartFields) as Array<[CasePartField, (typeof casePartFields)[CasePartField]]>) {
    if (!asked.has(field)) continue;
    const readers: readonly CasePartyRole[] = caseFieldReaders[policy];
    const entry = parts.get(part) ?? { fields: [], keys: new Set<string>() };
    entry.fields.push(field);
    for (const { role, partyId } of scope) if (readers.includes(role)) entry.keys.add(partyKey(role, partyId));
    parts.set(part, entry);
  }
  return [...parts].filter(([, { keys }]) => keys.size).map(([name, { fields, keys }]) => ({ name, fields, keys: [...keys] }));
}
