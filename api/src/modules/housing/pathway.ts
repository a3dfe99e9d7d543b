// The IML pathway of a candidate, from CH Jury's proposal to the case-by-case outcome: which
// state follows which, and whose move it is. Pure, so the service and the UI share one table.
import { ConflictError, ForbiddenError } from '../../errors/errors.js';

export enum ImlCaseState {
  PROPOSED = 'PROPOSED',
  REGISTERED = 'REGISTERED',
  ORIENTED = 'ORIENTED',
  MATCHING = 'MATCHING',
  PRESENTED = 'PRESENTED',
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
  HOUSED = 'HOUSED',
  SUPPORTED = 'SUPPORTED',
  LEASE_TRANSFERRED = 'LEASE_TRANSFERRED',
  REORIENTED = 'REORIENTED',
  EXITED = 'EXITED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum CasePartyRole {
  CARE_TEAM = 'CARE_TEAM',
  COORDINATION = 'COORDINATION',
  HOUSING_OPERATOR = 'HOUSING_OPERATOR',
  LANDLORD = 'LANDLORD',
}

export const caseStateLabels: Record<ImlCaseState, string> = {
  [ImlCaseState.PROPOSED]: 'Proposée',
  [ImlCaseState.REGISTERED]: 'Enregistrée',
  [ImlCaseState.ORIENTED]: 'Orientée vers l’opérateur',
  [ImlCaseState.MATCHING]: 'Recherche de logement',
  [ImlCaseState.PRESENTED]: 'Présentée en commission d’attribution',
  [ImlCaseState.ACCEPTED]: 'Acceptée par la commission',
  [ImlCaseState.REFUSED]: 'Refusée par la commission',
  [ImlCaseState.HOUSED]: 'Logée (bail et sous-location signés)',
  [ImlCaseState.SUPPORTED]: 'Accompagnement en place',
  [ImlCaseState.LEASE_TRANSFERRED]: 'Glissement de bail',
  [ImlCaseState.REORIENTED]: 'Réorientée',
  [ImlCaseState.EXITED]: 'Sortie du dispositif',
  [ImlCaseState.WITHDRAWN]: 'Retirée',
};

export const casePartyRoleLabels: Record<CasePartyRole, string> = {
  [CasePartyRole.CARE_TEAM]: 'Équipe de soin',
  [CasePartyRole.COORDINATION]: 'Coordination du CLSM',
  [CasePartyRole.HOUSING_OPERATOR]: 'Opérateur logement',
  [CasePartyRole.LANDLORD]: 'Bailleur',
};

export const terminalStates: ReadonlySet<ImlCaseState> = new Set([
  ImlCaseState.LEASE_TRANSFERRED,
  ImlCaseState.REORIENTED,
  ImlCaseState.EXITED,
  ImlCaseState.WITHDRAWN,
]);

// The lease transfer is never automatic: CH Jury, the operator and the landlord decide together.
export const outcomeStates: ReadonlySet<ImlCaseState> = new Set([
  ImlCaseState.LEASE_TRANSFERRED,
  ImlCaseState.REORIENTED,
  ImlCaseState.EXITED,
]);

export interface Transition {
  from: ImlCaseState;
  to: ImlCaseState;
  by: ReadonlySet<CasePartyRole>;
  /** The three parties must agree; the service records their agreement before the move. */
  joint?: boolean;
}

const { CARE_TEAM, COORDINATION, HOUSING_OPERATOR, LANDLORD } = CasePartyRole;
const coordination = new Set([COORDINATION]);
const operator = new Set([HOUSING_OPERATOR]);
const landlord = new Set([LANDLORD]);
// Those who put the candidate forward may take the candidacy back until the person is housed.
const referrers = new Set([CARE_TEAM, COORDINATION]);
const jointParties = new Set([CARE_TEAM, HOUSING_OPERATOR, LANDLORD]);

const withdrawableStates = [
  ImlCaseState.PROPOSED,
  ImlCaseState.REGISTERED,
  ImlCaseState.ORIENTED,
  ImlCaseState.MATCHING,
  ImlCaseState.PRESENTED,
  ImlCaseState.ACCEPTED,
  ImlCaseState.REFUSED,
];

export const transitions: readonly Transition[] = [
  { from: ImlCaseState.PROPOSED, to: ImlCaseState.REGISTERED, by: coordination },
  { from: ImlCaseState.REGISTERED, to: ImlCaseState.ORIENTED, by: coordination },
  { from: ImlCaseState.ORIENTED, to: ImlCaseState.MATCHING, by: operator },
  { from: ImlCaseState.MATCHING, to: ImlCaseState.PRESENTED, by: operator },
  { from: ImlCaseState.PRESENTED, to: ImlCaseState.ACCEPTED, by: landlord },
  { from: ImlCaseState.PRESENTED, to: ImlCaseState.REFUSED, by: landlord },
  { from: ImlCaseState.REFUSED, to: ImlCaseState.MATCHING, by: operator },
  { from: ImlCaseState.ACCEPTED, to: ImlCaseState.HOUSED, by: new Set([HOUSING_OPERATOR, LANDLORD]) },
  { from: ImlCaseState.HOUSED, to: ImlCaseState.SUPPORTED, by: operator },
  ...[ImlCaseState.HOUSED, ImlCaseState.SUPPORTED].flatMap((from) =>
    [...outcomeStates].map((to) => ({ from, to, by: jointParties, joint: true })),
  ),
  ...withdrawableStates.map((from) => ({ from, to: ImlCaseState.WITHDRAWN, by: referrers })),
];

export const transitionFor = (from: ImlCaseState, to: ImlCaseState): Transition | undefined =>
  transitions.find((transition) => transition.from === from && transition.to === to);

const allowedFor = (transition: Transition, actorRoles: ReadonlySet<CasePartyRole>): boolean =>
  [...actorRoles].some((role) => transition.by.has(role));

/** The move from `from` to `to` when the actor may make it; a ConflictError when the case cannot move there, a ForbiddenError when the move is someone else's. */
export function assertTransition(from: ImlCaseState, to: ImlCaseState, actorRoles: ReadonlySet<CasePartyRole>): Transition {
  const transition = transitionFor(from, to);
  if (!transition) {
    throw new ConflictError(`Une candidature « ${caseStateLabels[from]} » ne peut pas passer à « ${caseStateLabels[to]} ».`);
  }
  if (!allowedFor(transition, actorRoles)) {
    const roles = [...transition.by].map((role) => casePartyRoleLabels[role]).join(', ');
    throw new ForbiddenError(`Le passage de « ${caseStateLabels[from]} » à « ${caseStateLabels[to]} » revient à : ${roles}.`);
  }
  return transition;
}

/** The states the actor may move the case to, in the order of the table. */
export const nextStates = (from: ImlCaseState, actorRoles: ReadonlySet<CasePartyRole>): ImlCaseState[] =>
  transitions.filter((transition) => transition.from === from && allowedFor(transition, actorRoles)).map((transition) => transition.to);
