import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError } from '../../errors/errors.js';
import {
  CasePartyRole,
  ImlCaseState,
  assertTransition,
  nextStates,
  outcomeStates,
  terminalStates,
  transitionFor,
  transitions,
} from './pathway.js';

// Written from the procedure of 2018, independently of `transitions`: a typo in either shows up.
const expected: Array<[string, string, string[]]> = [
  ['PROPOSED', 'REGISTERED', ['COORDINATION']],
  ['PROPOSED', 'WITHDRAWN', ['CARE_TEAM', 'COORDINATION']],
  ['REGISTERED', 'ORIENTED', ['COORDINATION']],
  ['REGISTERED', 'WITHDRAWN', ['CARE_TEAM', 'COORDINATION']],
  ['ORIENTED', 'MATCHING', ['HOUSING_OPERATOR']],
  ['ORIENTED', 'WITHDRAWN', ['CARE_TEAM', 'COORDINATION']],
  ['MATCHING', 'PRESENTED', ['HOUSING_OPERATOR']],
  ['MATCHING', 'WITHDRAWN', ['CARE_TEAM', 'COORDINATION']],
  ['PRESENTED', 'ACCEPTED', ['LANDLORD']],
  ['PRESENTED', 'REFUSED', ['LANDLORD']],
  ['PRESENTED', 'WITHDRAWN', ['CARE_TEAM', 'COORDINATION']],
  ['REFUSED', 'MATCHING', ['HOUSING_OPERATOR']],
  ['REFUSED', 'WITHDRAWN', ['CARE_TEAM', 'COORDINATION']],
  ['ACCEPTED', 'HOUSED', ['HOUSING_OPERATOR', 'LANDLORD']],
  ['ACCEPTED', 'WITHDRAWN', ['CARE_TEAM', 'COORDINATION']],
  ['HOUSED', 'SUPPORTED', ['HOUSING_OPERATOR']],
  ['HOUSED', 'LEASE_TRANSFERRED', ['CARE_TEAM', 'HOUSING_OPERATOR', 'LANDLORD']],
  ['HOUSED', 'REORIENTED', ['CARE_TEAM', 'HOUSING_OPERATOR', 'LANDLORD']],
  ['HOUSED', 'EXITED', ['CARE_TEAM', 'HOUSING_OPERATOR', 'LANDLORD']],
  ['SUPPORTED', 'LEASE_TRANSFERRED', ['CARE_TEAM', 'HOUSING_OPERATOR', 'LANDLORD']],
  ['SUPPORTED', 'REORIENTED', ['CARE_TEAM', 'HOUSING_OPERATOR', 'LANDLORD']],
  ['SUPPORTED', 'EXITED', ['CARE_TEAM', 'HOUSING_OPERATOR', 'LANDLORD']],
];
const jointMoves = expected.filter(([, to]) => ['LEASE_TRANSFERRED', 'REORIENTED', 'EXITED'].includes(to));

const states = Object.values(ImlCaseState);
const roles = Object.values(CasePartyRole);
const rolesOf = (from: string, to: string) => expected.find(([f, t]) => f === from && t === to)?.[2];

const cases = states.flatMap((from) =>
  states.flatMap((to) => roles.map((role) => ({ from, to, role, allowed: rolesOf(from, to)?.includes(role) ?? false }))),
);

const refusal = (from: ImlCaseState, to: ImlCaseState, actorRoles: ReadonlySet<CasePartyRole>): unknown => {
  try {
    assertTransition(from, to, actorRoles);
  } catch (error) {
    return error;
  }
  throw new Error('accepted');
};

describe('IML pathway', () => {
  it.each(cases.filter((c) => c.allowed))('lets $role move a case from $from to $to', ({ from, to, role }) => {
    expect(assertTransition(from, to, new Set([role]))).toMatchObject({ from, to });
  });

  it.each(cases.filter((c) => !c.allowed && rolesOf(c.from, c.to)))('leaves the move from $from to $to to others than $role', ({ from, to, role }) => {
    expect(refusal(from, to, new Set([role]))).toBeInstanceOf(ForbiddenError);
  });

  it.each(cases.filter((c) => !rolesOf(c.from, c.to)))('never moves a case from $from to $to, even for $role', ({ from, to, role }) => {
    expect(refusal(from, to, new Set([role]))).toBeInstanceOf(ConflictError);
  });

  it('has exactly the moves of the procedure', () => {
    const actual = transitions.map(({ from, to, by }) => [from, to, [...by].sort()]);
    expect(actual.sort()).toEqual(expected.map(([from, to, by]) => [from, to, [...by].sort()]).sort());
  });

  it('marks the outcomes, and only them, as joint decisions of the three parties', () => {
    expect(transitions.filter((t) => t.joint).map((t) => [t.from, t.to])).toEqual(jointMoves.map(([from, to]) => [from, to]));
    expect([...outcomeStates].sort()).toEqual(['EXITED', 'LEASE_TRANSFERRED', 'REORIENTED']);
    expect(transitionFor(ImlCaseState.SUPPORTED, ImlCaseState.EXITED)?.joint).toBe(true);
    expect(transitionFor(ImlCaseState.HOUSED, ImlCaseState.SUPPORTED)?.joint).toBeUndefined();
  });

  it('lets nothing leave a terminal state', () => {
    expect([...terminalStates].sort()).toEqual(['EXITED', 'LEASE_TRANSFERRED', 'REORIENTED', 'WITHDRAWN']);
    for (const state of terminalStates) expect(nextStates(state, new Set(roles))).toEqual([]);
  });

  it('has no move for a state to itself', () => {
    for (const state of states) expect(transitionFor(state, state)).toBeUndefined();
  });

  it('lets a person with several roles use any of them, and a person with none do nothing', () => {
    const both = new Set([CasePartyRole.CARE_TEAM, CasePartyRole.HOUSING_OPERATOR]);
    expect(assertTransition(ImlCaseState.ORIENTED, ImlCaseState.MATCHING, both).to).toBe(ImlCaseState.MATCHING);
    expect(refusal(ImlCaseState.PROPOSED, ImlCaseState.REGISTERED, new Set())).toBeInstanceOf(ForbiddenError);
  });

  it('names the states by their labels when a move is impossible', () => {
    const error = refusal(ImlCaseState.PROPOSED, ImlCaseState.HOUSED, new Set(roles)) as ConflictError;
    expect(error.message).toBe('Une candidature « Proposée » ne peut pas passer à « Logée (bail et sous-location signés) ».');
    expect(error.extensions.code).toBe('CONFLICT');
  });

  it('names who may make a move when the actor may not', () => {
    const error = refusal(ImlCaseState.PRESENTED, ImlCaseState.ACCEPTED, new Set([CasePartyRole.HOUSING_OPERATOR])) as ForbiddenError;
    expect(error.message).toBe('Le passage de « Présentée en commission d’attribution » à « Acceptée par la commission » revient à : Bailleur.');
    expect(error.extensions.code).toBe('FORBIDDEN');
  });

  it('offers each party its own moves', () => {
    const offered = (from: ImlCaseState, ...actor: CasePartyRole[]) => nextStates(from, new Set(actor));
    expect(offered(ImlCaseState.PRESENTED, CasePartyRole.LANDLORD)).toEqual([ImlCaseState.ACCEPTED, ImlCaseState.REFUSED]);
    expect(offered(ImlCaseState.PRESENTED, CasePartyRole.CARE_TEAM)).toEqual([ImlCaseState.WITHDRAWN]);
    expect(offered(ImlCaseState.PRESENTED, CasePartyRole.HOUSING_OPERATOR)).toEqual([]);
    expect(offered(ImlCaseState.PROPOSED, CasePartyRole.COORDINATION)).toEqual([ImlCaseState.REGISTERED, ImlCaseState.WITHDRAWN]);
    expect(offered(ImlCaseState.HOUSED, CasePartyRole.HOUSING_OPERATOR)).toEqual([
      ImlCaseState.SUPPORTED,
      ImlCaseState.LEASE_TRANSFERRED,
      ImlCaseState.REORIENTED,
      ImlCaseState.EXITED,
    ]);
    expect(offered(ImlCaseState.SUPPORTED, CasePartyRole.COORDINATION)).toEqual([]);
  });
});
