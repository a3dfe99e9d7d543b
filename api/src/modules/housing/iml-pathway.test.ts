import { beforeAll, describe, expect, it } from 'vitest';
import { useActorsServer } from '../../auth/actors.test-helpers.js';
import { housingActions } from './iml-case.test-helpers.js';

// The whole pathway through the real API, as each party, with the refusals of each step.

const env = useActorsServer();
const act = housingActions(env);
let amli: string;
let landlord: string;

beforeAll(async () => {
  amli = await env.partnerId('amli');
  landlord = await env.partnerId('metz-habitat-territoire');
});

const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;

describe('the IML pathway', () => {
  it('goes from referral to lease transfer, each step by its party, with consent before each new party', async () => {
    let c = await act.refer();
    expect(c.state).toBe('PROPOSED');
    expect(c.pseudonym).toMatch(/^IML-[0-9A-F]{8}$/);
    expect(c.viewerRoles).toEqual(['CARE_TEAM']);
    // The coordination sees it (consent given at referral), without identity or clinical part.
    const seenByCoordination = (await act.read('coordinator', c.id)).data!.imlCase!;
    expect(seenByCoordination.identity).toBeNull();
    expect(seenByCoordination.clinicalNotes).toBeNull();
    expect(seenByCoordination.nextStates).toEqual(['REGISTERED', 'WITHDRAWN']);

    // The care team cannot register its own referral.
    expect(codeOf(await act.move('careTeam', c.id, c.version, 'REGISTERED', { on: '2026-01-06' }))).toBe('FORBIDDEN');
    c = (await act.move('coordinator', c.id, c.version, 'REGISTERED', { on: '2026-01-06' })).data!.moveImlCase;
    // No orientation before the person agrees to share with the operator.
    const early = await act.move('coordinator', c.id, c.version, 'ORIENTED', { on: '2026-01-07', operatorId: amli });
    expect(codeOf(early)).toBe('CONFLICT');
    expect(early.errors![0].message).toContain('consentement');
    expect((await act.read('housingOperator', c.id)).data!.imlCase).toBeNull();
    c = (await act.consent('careTeam', c.id, 'HOUSING_OPERATOR', amli)).data!.recordImlConsent;
    c = (await act.move('coordinator', c.id, c.version, 'ORIENTED', { on: '2026-01-07', operatorId: amli })).data!.moveImlCase;
    const seenByOperator = (await act.read('housingOperator', c.id)).data!.imlCase!;
    expect(seenByOperator.identity.lastName).toMatch(/^Essai-/);
    expect(seenByOperator.clinicalNotes).toBeNull();

    c = (await act.move('housingOperator', c.id, c.version, 'MATCHING', { on: '2026-01-08' })).data!.moveImlCase;
    const offer = await act.publishOffer('landlordReferent', 'metz-habitat-territoire');
    const suggestions = await act.ok<{ imlOfferSuggestions: Array<{ offer: { id: string }; remainingCharge: number }> }>(
      'housingOperator',
      `query($c: ID!) { imlOfferSuggestions(caseId: $c) { offer { id } remainingCharge } }`,
      { c: c.id },
    );
    expect(suggestions.imlOfferSuggestions.map((s) => s.offer.id)).toContain(offer.id);
    expect(suggestions.imlOfferSuggestions.find((s) => s.offer.id === offer.id)!.remainingCharge).toBe(130);
    // The landlord sees nothing before the consent and the presentation.
    expect((await act.read('landlordReferent', c.id)).data!.imlCase).toBeNull();
    expect(codeOf(await act.move('housingOperator', c.id, c.version, 'PRESENTED', { on: '2026-01-09', offerId: offer.id }))).toBe('CONFLICT');
    c = (await act.consent('housingOperator', c.id, 'LANDLORD', landlord)).data!.recordImlConsent;
    c = (await act.move('housingOperator', c.id, c.version, 'PRESENTED', { on: '2026-01-09', offerId: offer.id })).data!.moveImlCase;
    const seenByLandlord = (await act.read('landlordReferent', c.id)).data!.imlCase!;
    expect(seenByLandlord.identity).toBeNull();
    expect(seenByLandlord.supportPlan).toBeNull();
    expect(seenByLandlord.consents).toBeNull();
    expect(seenByLandlord.resources.monthlyResources).toBe(971);

    expect(codeOf(await act.move('housingOperator', c.id, c.version, 'ACCEPTED', { on: '2026-01-20' }))).toBe('FORBIDDEN');
    c = (await act.move('landlordReferent', c.id, c.version, 'ACCEPTED', { on: '2026-01-20' })).data!.moveImlCase;
    const badLease = await act.move('landlordReferent', c.id, c.version, 'HOUSED', { on: '2026-02-01', leaseStartsOn: '2026-02-01', subleaseStartsOn: '2026-01-15' });
    expect(codeOf(badLease)).toBe('BAD_USER_INPUT');
    c = (await act.move('landlordReferent', c.id, c.version, 'HOUSED', { on: '2026-02-01', leaseStartsOn: '2026-02-01', subleaseStartsOn: '2026-02-01' })).data!.moveImlCase;
    expect(c.reviewSchedule.nextDueOn).toBe('2026-08-01');
    c = (await act.move('housingOperator', c.id, c.version, 'SUPPORTED', { on: '2026-02-02', supportArrangements: 'ERAH, AMLI, CESF du bailleur' })).data!.moveImlCase;

    const review = await act.ok<{ recordImlReview: Record<string, any> }>(
      'landlordReferent',
      `mutation($i: ImlReviewInput!) { recordImlReview(input: $i) { version reviews { heldOn conclusions } reviewSchedule { nextDueOn } } }`,
      { i: { caseId: c.id, heldOn: '2026-07-20', participantRoles: ['CARE_TEAM', 'HOUSING_OPERATOR', 'LANDLORD'], conclusions: 'Installation réussie (fictif)' } },
    );
    expect(review.recordImlReview.reviewSchedule.nextDueOn).toBe('2027-01-20');
    // The coordination sees that a review took place, not what it concluded.
    const coordinationReviews = (await act.read('coordinator', c.id)).data!.imlCase!.reviews;
    expect(coordinationReviews).toEqual([{ heldOn: '2026-07-20', conclusions: null }]);

    // A lease transfer needs the three parties: never automatic, never by the coordination.
    c = (await act.read('careTeam', c.id)).data!.imlCase!;
    const propose = `mutation($i: ImlOutcomeInput!) { proposeImlOutcome(input: $i) { version state decisions { id agreedBy awaiting applied } } }`;
    const byCoordination = await act.run('coordinator', propose, { i: { caseId: c.id, version: c.version, outcome: 'LEASE_TRANSFERRED', decidedOn: '2026-11-02', reason: 'Autonomie acquise' } });
    expect(codeOf(byCoordination)).toBe('FORBIDDEN');
    const proposed = await act.ok<{ proposeImlOutcome: Record<string, any> }>('careTeam', propose, {
      i: { caseId: c.id, version: c.version, outcome: 'LEASE_TRANSFERRED', decidedOn: '2026-11-02', reason: 'Autonomie acquise (fictif)' },
    });
    expect(proposed.proposeImlOutcome.state).toBe('SUPPORTED');
    const decisionId = proposed.proposeImlOutcome.decisions[0].id;
    const answer = `mutation($d: ID!) { answerImlOutcome(decisionId: $d, agree: true) { state decisions { agreedBy awaiting applied } } }`;
    expect((await act.ok<{ answerImlOutcome: Record<string, any> }>('housingOperator', answer, { d: decisionId })).answerImlOutcome.state).toBe('SUPPORTED');
    expect(codeOf(await act.run('housingOperator', answer, { d: decisionId }))).toBe('FORBIDDEN');
    const done = (await act.ok<{ answerImlOutcome: Record<string, any> }>('landlordReferent', answer, { d: decisionId })).answerImlOutcome;
    expect(done.state).toBe('LEASE_TRANSFERRED');
    expect(done.decisions[0].applied).toBe(true);

    const final = (await act.read('careTeam', c.id)).data!.imlCase!;
    expect(final.steps.map((s: { toState: string }) => s.toState)).toEqual([
      'PROPOSED', 'REGISTERED', 'ORIENTED', 'MATCHING', 'PRESENTED', 'ACCEPTED', 'HOUSED', 'SUPPORTED', 'LEASE_TRANSFERRED',
    ]);
    expect(final.accessLog.length).toBeGreaterThan(10);
    expect(final.consents.map((consent: { partyRole: string; collectedByName: string }) => [consent.partyRole, consent.collectedByName])).toEqual([
      ['COORDINATION', 'David Essai'],
      ['HOUSING_OPERATOR', 'David Essai'],
      ['LANDLORD', 'Emma Placebo'],
    ]);
  });

  it('refuses to register a referral that misses a criterion, naming it', async () => {
    const c = await act.refer({
      criteria: [
        { criterion: 'PSYCHIATRIC_DISABILITY', met: true, justification: 'x' },
        { criterion: 'FOLLOWED_BY_CH_JURY', met: true, justification: 'x' },
        { criterion: 'HOUSING_ACCESS_PROBLEM', met: true, justification: 'x' },
        { criterion: 'SOLVENT', met: false, justification: '' },
      ],
    });
    expect(c.failingCriteria).toEqual(['SOLVENT']);
    const result = await act.move('coordinator', c.id, c.version, 'REGISTERED', { on: '2026-01-06' });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('Être solvable');
  });

  it('refuses a second open referral of the same person, and a stale version', async () => {
    const person = { firstName: 'Jean-Fictif', lastName: 'Doublon', birthDate: '1975-01-01' };
    const first = await act.refer({ person });
    const again = await act.run('careTeam', `mutation($i: ImlReferralInput!) { referImlCase(territory: "clsm-metz", input: $i) { id } }`, {
      i: { referringTeamId: await env.partnerId('ch-jury-erah'), ...(await import('./iml-case.test-helpers.js')).referral({ person }) },
    });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toContain(first.pseudonym);
    await act.move('coordinator', first.id, first.version, 'REGISTERED', { on: '2026-01-06' });
    expect(codeOf(await act.move('coordinator', first.id, first.version, 'WITHDRAWN', { on: '2026-01-06', reason: 'x' }))).toBe('CONFLICT');
  });

  it('withdrawing a consent hides the case from that party at once', async () => {
    let c = await act.refer();
    c = (await act.move('coordinator', c.id, c.version, 'REGISTERED', { on: '2026-01-06' })).data!.moveImlCase;
    c = (await act.consent('careTeam', c.id, 'HOUSING_OPERATOR', amli)).data!.recordImlConsent;
    c = (await act.move('coordinator', c.id, c.version, 'ORIENTED', { on: '2026-01-07', operatorId: amli })).data!.moveImlCase;
    expect((await act.read('housingOperator', c.id)).data!.imlCase).not.toBeNull();
    const consentId = c.consents.find((consent: { partyRole: string }) => consent.partyRole === 'HOUSING_OPERATOR').id;
    await act.ok('careTeam', `mutation($id: ID!) { withdrawImlConsent(consentId: $id, withdrawnOn: "2026-01-12") { imlCase { id } } }`, { id: consentId });
    expect((await act.read('housingOperator', c.id)).data!.imlCase).toBeNull();
    const list = await act.ok<{ imlCases: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
      'housingOperator',
      `{ imlCases(territory: "clsm-metz", first: 100) { totalCount edges { node { id } } } }`,
    );
    expect(list.imlCases.edges.map((e) => e.node.id)).not.toContain(c.id);
  });
});
