import { CasePartyRole } from './pathway.js';

// Who reads what of an IML case, field by field: the one place this is decided. The GraphQL
// type asks `canReadCaseField` for every field it resolves, and the permission-matrix test
// reads this table to try every field as every role. Funders have no case at all: they see the
// scheme's figures only. Row-level security in PostgreSQL repeats the coarse part (which cases,
// and who reads the identity and clinical tables) as a second line.

const { CARE_TEAM: care, HOUSING_OPERATOR: operator, LANDLORD: landlord, COORDINATION: coordination } = CasePartyRole;
const everyParty = [care, operator, landlord, coordination];

export const caseFieldReaders = {
  // The pathway: where the person is, and since when.
  pseudonym: everyParty,
  state: everyParty,
  steps: everyParty,
  parties: everyParty,
  referredOn: everyParty,
  commissionOn: everyParty,
  leaseDates: everyParty,
  reviewSchedule: everyParty,
  reviewDates: everyParty,
  closing: everyParty,
  decisions: everyParty,
  accessLog: everyParty,
  // What the allocation and the lease need.
  housingNeed: everyParty,
  refusalReason: [care, operator, landlord, coordination],
  offer: [care, operator, landlord, coordination],
  resources: [care, operator, landlord],
  supportArrangements: [care, operator, landlord],
  reviewConclusions: [care, operator, landlord],
  documents: [care, operator, landlord],
  // Registration checks the four criteria; their justifications are clinical.
  eligibility: [care, operator, coordination],
  consents: [care, operator, coordination],
  // The person: named only to those who work with them directly.
  identity: [care, operator],
  supportPlan: [care, operator],
  justifications: [care],
  clinicalNotes: [care],
} as const satisfies Record<string, readonly CasePartyRole[]>;

export type CaseField = keyof typeof caseFieldReaders;

export const caseFields = Object.keys(caseFieldReaders) as CaseField[];

export function canReadCaseField(field: CaseField, roles: ReadonlySet<CasePartyRole>): boolean {
  return (caseFieldReaders[field] as readonly CasePartyRole[]).some((role) => roles.has(role));
}

/** The fields a viewer with `roles` reads: sent to the web app so it shows only what it has. */
export const readableCaseFields = (roles: ReadonlySet<CasePartyRole>): CaseField[] =>
  caseFields.filter((field) => canReadCaseField(field, roles));
