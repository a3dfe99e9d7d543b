import type { useActorsServer, ActorName } from '../../auth/actors.test-helpers.js';

// A referral as the demo care team makes it, and the moves of the pathway, for the housing
// tests. Fictional person.

type Env = ReturnType<typeof useActorsServer>;

export const referral = (overrides: Record<string, unknown> = {}) => ({
  person: { firstName: 'Prénom-Fictif', lastName: `Essai-${Math.random().toString(36).slice(2, 8)}`, birthDate: '1980-05-04', phone: '00 00 00 00 00' },
  criteria: [
    { criterion: 'PSYCHIATRIC_DISABILITY', met: true, justification: 'Reconnaissance MDPH (fictif)' },
    { criterion: 'FOLLOWED_BY_CH_JURY', met: true, justification: 'Suivi ERAH depuis 2017 (fictif)' },
    { criterion: 'HOUSING_ACCESS_PROBLEM', met: true, justification: 'Hébergé chez un tiers (fictif)' },
    { criterion: 'SOLVENT', met: true, justification: 'AAH (fictif)' },
  ],
  need: { flatTypes: ['T1', 'T2'], preferredCommunes: ['57463', '57480'], nearServices: true, nearTransport: true, accessibilityNeeded: false },
  monthlyResources: 971,
  housingBenefit: 250,
  supportPlan: 'Visites à domicile hebdomadaires (fictif)',
  clinicalNotes: 'Note clinique fictive',
  coordinationConsent: { givenOn: '2026-01-05', scope: 'Parcours et besoin de logement' },
  ...overrides,
});

export const caseFields = `id version state pseudonym viewerRoles nextStates failingCriteria
  identity { firstName lastName } supportPlan clinicalNotes justifications { criterion justification }
  resources { monthlyResources } refusalReason supportArrangements
  parties { role partnerId hasAccess } steps { toState on } reviews { heldOn conclusions }
  consents { id partyRole partyId withdrawnOn collectedByName } decisions { id outcome agreedBy awaiting applied }
  accessLog { who action } documents { id } offer { id } reviewSchedule { nextDueOn overdue }`;

export function housingActions(env: Env) {
  const run = async <T = Record<string, unknown>>(actor: ActorName, query: string, variables: Record<string, unknown> = {}) => {
    const result = await env.as(actor)<T>(query, variables);
    return result;
  };
  const ok = async <T = Record<string, any>>(actor: ActorName, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await run<T>(actor, query, variables);
    if (result.errors?.length) throw new Error(`${actor}: ${result.errors.map((e) => e.message).join('; ')}`);
    return result.data as T;
  };
  return {
    run,
    ok,
    async refer(overrides: Record<string, unknown> = {}) {
      const referringTeamId = await env.partnerId('ch-jury-erah');
      const data = await ok<{ referImlCase: Record<string, any> }>(
        'careTeam',
        `mutation($i: ImlReferralInput!) { referImlCase(territory: "clsm-metz", input: $i) { ${caseFields} } }`,
        { i: { referringTeamId, ...referral(overrides) } },
      );
      return data.referImlCase;
    },
    move(actor: ActorName, caseId: string, version: number, to: string, input: Record<string, unknown>) {
      return run<{ moveImlCase: Record<string, any> }>(
        actor,
        `mutation($c: ID!, $v: Int!, $to: ImlCaseState!, $i: ImlMoveInput!) { moveImlCase(caseId: $c, version: $v, to: $to, input: $i) { ${caseFields} } }`,
        { c: caseId, v: version, to, i: input },
      );
    },
    consent(actor: ActorName, caseId: string, partyRole: string, partyId: string) {
      return run<{ recordImlConsent: Record<string, any> }>(
        actor,
        `mutation($i: ImlPartyConsentInput!) { recordImlConsent(input: $i) { ${caseFields} } }`,
        { i: { caseId, partyRole, partyId, givenOn: '2026-01-10', scope: 'Ce que l’attribution demande' } },
      );
    },
    read(actor: ActorName, caseId: string) {
      return run<{ imlCase: Record<string, any> | null }>(actor, `query($id: ID!) { imlCase(id: $id) { ${caseFields} } }`, { id: caseId });
    },
    /** A new referral taken to SUPPORTED with the demo parties, with the given lease and sublease dates. */
    async housedCase(dates: { leaseStartsOn: string; subleaseStartsOn: string } = { leaseStartsOn: '2026-02-01', subleaseStartsOn: '2026-02-01' }) {
      const amli = await env.partnerId('amli');
      const landlord = await env.partnerId('metz-habitat-territoire');
      const step = async (actor: ActorName, c: Record<string, any>, to: string, input: Record<string, unknown>) => {
        const result = await this.move(actor, c.id, c.version, to, { on: '2026-01-06', ...input });
        if (result.errors?.length) throw new Error(`${to}: ${result.errors[0].message}`);
        return result.data!.moveImlCase;
      };
      let c = await this.refer();
      c = await step('coordinator', c, 'REGISTERED', {});
      c = (await this.consent('careTeam', c.id, 'HOUSING_OPERATOR', amli)).data!.recordImlConsent;
      c = await step('coordinator', c, 'ORIENTED', { operatorId: amli });
      c = await step('housingOperator', c, 'MATCHING', {});
      const offer = await this.publishOffer('landlordReferent', 'metz-habitat-territoire');
      c = (await this.consent('housingOperator', c.id, 'LANDLORD', landlord)).data!.recordImlConsent;
      c = await step('housingOperator', c, 'PRESENTED', { offerId: offer.id });
      c = await step('landlordReferent', c, 'ACCEPTED', {});
      c = await step('landlordReferent', c, 'HOUSED', dates);
      return step('housingOperator', c, 'SUPPORTED', { supportArrangements: 'ERAH, AMLI, CESF (fictif)' });
    },
    async publishOffer(actor: ActorName, landlordSlug: string, overrides: Record<string, unknown> = {}) {
      const data = await ok<{ publishHousingOffer: { id: string; version: number } }>(
        actor,
        `mutation($l: ID!, $i: HousingOfferInput!) { publishHousingOffer(territory: "clsm-metz", landlordId: $l, input: $i) { id version } }`,
        {
          l: await env.partnerId(landlordSlug),
          i: { reference: `LOG-${Math.random().toString(36).slice(2, 7)}`, flatType: 'T1', communeCode: '57463', district: 'Sablon', floor: 2, rent: 320, charges: 60, accessible: false, nearServices: true, nearTransport: true, availableOn: '2026-01-01', ...overrides },
        },
      );
      return data.publishHousingOffer;
    },
  };
}
