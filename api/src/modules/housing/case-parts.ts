import { canReadCaseField, type CaseField } from './case-policy.js';
import { ImlCaseClinical, ImlCaseDocument, ImlCasePrivate, ImlCaseStep, ImlOutcomeDecision, ImlReview } from './iml-case.entity.js';
import type { CasePartyRole } from './pathway.js';

// The parts of a case kept in tables of their own, each served by the per-request loader of the
// same name, and the nested fields each part answers with the policy line deciding each field.
// The field resolvers take the policy of these fields from here.

export const caseParts = {
  /** The person's identity: each read is logged. */
  casePrivate: { entity: ImlCasePrivate, action: 'iml_case.identity_read' },
  /** The clinical part: each read is logged. */
  caseClinical: { entity: ImlCaseClinical, action: 'iml_case.clinical_read' },
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
