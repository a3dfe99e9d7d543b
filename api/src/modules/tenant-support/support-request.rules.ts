import { registerEnumType } from 'type-graphql';
import { ConflictError, ForbiddenError } from '../../errors/errors.js';

// The follow-up of a request, as the 2019 convention lays it out: the CMP acknowledges, may ask
// the referent for information, proposes an action (contact, home visit, orientation, or nothing
// to do: the doubt is lifted) and closes with an outcome. Each step is dated.

export enum SupportRequestStatus {
  SENT = 'SENT',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  INFO_REQUESTED = 'INFO_REQUESTED',
  ACTION_PROPOSED = 'ACTION_PROPOSED',
  CLOSED = 'CLOSED',
}

export enum SupportStepKind {
  SENT = 'SENT',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  INFO_REQUESTED = 'INFO_REQUESTED',
  INFO_PROVIDED = 'INFO_PROVIDED',
  ACTION_PROPOSED = 'ACTION_PROPOSED',
  CLOSED = 'CLOSED',
}

export enum SupportAction {
  CONTACT = 'CONTACT',
  HOME_VISIT = 'HOME_VISIT',
  ORIENTATION = 'ORIENTATION',
  NOTHING_TO_DO = 'NOTHING_TO_DO',
}

export enum SupportOutcome {
  CARE_ENGAGED = 'CARE_ENGAGED',
  ORIENTED_ELSEWHERE = 'ORIENTED_ELSEWHERE',
  NO_CARE_NEEDED = 'NO_CARE_NEEDED',
  TENANT_UNREACHABLE = 'TENANT_UNREACHABLE',
  OTHER = 'OTHER',
}

/** The two parties of a request. */
export enum SupportParty {
  LANDLORD = 'LANDLORD',
  CMP = 'CMP',
}

export const supportStatusLabels: Record<SupportRequestStatus, string> = {
  [SupportRequestStatus.SENT]: 'Envoyée au CMP',
  [SupportRequestStatus.ACKNOWLEDGED]: 'Prise en compte par le CMP',
  [SupportRequestStatus.INFO_REQUESTED]: 'Informations demandées au référent',
  [SupportRequestStatus.ACTION_PROPOSED]: 'Action proposée',
  [SupportRequestStatus.CLOSED]: 'Clôturée',
};

export const supportStepLabels: Record<SupportStepKind, string> = {
  [SupportStepKind.SENT]: 'Demande envoyée',
  [SupportStepKind.ACKNOWLEDGED]: 'Accusé de réception du CMP',
  [SupportStepKind.INFO_REQUESTED]: 'Le CMP demande des informations',
  [SupportStepKind.INFO_PROVIDED]: 'Le référent répond',
  [SupportStepKind.ACTION_PROPOSED]: 'Le CMP propose une action',
  [SupportStepKind.CLOSED]: 'Clôture',
};

export const supportActionLabels: Record<SupportAction, string> = {
  [SupportAction.CONTACT]: 'Prise de contact avec le locataire',
  [SupportAction.HOME_VISIT]: 'Visite à domicile',
  [SupportAction.ORIENTATION]: 'Orientation vers un autre service',
  [SupportAction.NOTHING_TO_DO]: 'Rien à faire : le doute est levé',
};

export const supportOutcomeLabels: Record<SupportOutcome, string> = {
  [SupportOutcome.CARE_ENGAGED]: 'Soins engagés',
  [SupportOutcome.ORIENTED_ELSEWHERE]: 'Orienté vers un autre service',
  [SupportOutcome.NO_CARE_NEEDED]: 'Pas de besoin de soins (doute levé)',
  [SupportOutcome.TENANT_UNREACHABLE]: 'Locataire injoignable',
  [SupportOutcome.OTHER]: 'Autre',
};

/** An acknowledgement later than this is overdue on the CMP's and the coordination's dashboards. */
export const acknowledgementDueDays = 3;

interface Step {
  kind: SupportStepKind;
  from: ReadonlySet<SupportRequestStatus>;
  to: SupportRequestStatus;
  by: SupportParty;
}

const { SENT, ACKNOWLEDGED, INFO_REQUESTED, ACTION_PROPOSED, CLOSED } = SupportRequestStatus;

export const supportSteps: readonly Step[] = [
  { kind: SupportStepKind.ACKNOWLEDGED, from: new Set([SENT]), to: ACKNOWLEDGED, by: SupportParty.CMP },
  { kind: SupportStepKind.INFO_REQUESTED, from: new Set([ACKNOWLEDGED, ACTION_PROPOSED]), to: INFO_REQUESTED, by: SupportParty.CMP },
  { kind: SupportStepKind.INFO_PROVIDED, from: new Set([INFO_REQUESTED]), to: ACKNOWLEDGED, by: SupportParty.LANDLORD },
  { kind: SupportStepKind.ACTION_PROPOSED, from: new Set([ACKNOWLEDGED, ACTION_PROPOSED]), to: ACTION_PROPOSED, by: SupportParty.CMP },
  { kind: SupportStepKind.CLOSED, from: new Set([ACKNOWLEDGED, INFO_REQUESTED, ACTION_PROPOSED]), to: CLOSED, by: SupportParty.CMP },
];

/** The step when `party` may take it from `status`; typed refusals otherwise. */
export function assertSupportStep(kind: SupportStepKind, status: SupportRequestStatus, parties: ReadonlySet<SupportParty>): Step {
  const step = supportSteps.find((candidate) => candidate.kind === kind);
  if (!step) throw new ConflictError('Étape inconnue.');
  if (!parties.has(step.by)) throw new ForbiddenError(step.by === SupportParty.CMP ? 'Cette étape revient au CMP du secteur.' : 'Cette étape revient au référent du bailleur.');
  if (!step.from.has(status)) throw new ConflictError(`Une demande « ${supportStatusLabels[status]} » ne peut pas passer par l’étape « ${supportStepLabels[kind]} ».`);
  return step;
}

export const nextSupportSteps = (status: SupportRequestStatus, parties: ReadonlySet<SupportParty>): SupportStepKind[] =>
  supportSteps.filter((step) => step.from.has(status) && parties.has(step.by)).map((step) => step.kind);

registerEnumType(SupportRequestStatus, { name: 'SupportRequestStatus', description: 'État d’une demande de soutien au CMP' });
registerEnumType(SupportStepKind, { name: 'SupportStepKind', description: 'Étape du suivi d’une demande' });
registerEnumType(SupportAction, { name: 'SupportAction', description: 'Action proposée par le CMP' });
registerEnumType(SupportOutcome, { name: 'SupportOutcome', description: 'Issue d’une demande' });
registerEnumType(SupportParty, { name: 'SupportParty', description: 'Partie d’une demande : le bailleur ou le CMP' });
