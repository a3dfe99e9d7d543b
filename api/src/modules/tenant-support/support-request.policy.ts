import { SupportParty } from './support-request.rules.js';

// Who reads what of a request, field by field. The referent wrote the facts and gave the
// tenant's identity (with consent); the CMP's clinical notes are the CMP's alone. Row-level
// security repeats it in PostgreSQL (`support_request_clinical_note` is for CMP keys only).

const both = [SupportParty.LANDLORD, SupportParty.CMP];

export const supportFieldReaders = {
  pathway: both,
  facts: both,
  tenant: both,
  steps: both,
  clinicalNotes: [SupportParty.CMP],
} as const satisfies Record<string, readonly SupportParty[]>;

export type SupportField = keyof typeof supportFieldReaders;

export const canReadSupportField = (field: SupportField, parties: ReadonlySet<SupportParty>): boolean =>
  (supportFieldReaders[field] as readonly SupportParty[]).some((party) => parties.has(party));
