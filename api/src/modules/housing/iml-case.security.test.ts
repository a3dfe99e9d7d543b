import { beforeAll, describe, expect, it } from 'vitest';
import {
  eventListenerCount,
  openSubscription,
  untilListening,
  useHousingActorsServer,
  type AnyAccountActor,
  type AnyActorName,
} from '../../auth/actors.test-helpers.js';
import type { GraphqlResult } from '../../test-support/test-server.js';
import { caseActionLabels } from './case-audit.js';
import { imlCaseChangedTopic } from './case-store.js';
import { housingActions, referral } from './iml-case.test-helpers.js';

// Those who are no party of a case — the referent of another landlord, a funder of the scheme —
// get nothing of it by any way, and are told no more than for a case that does not exist; and
// every read and change of a case lands in the audit log, without the person's identity.

const env = useHousingActorsServer();
const act = housingActions(env);

type Result = Pick<GraphqlResult<Record<string, any>>, 'data' | 'errors'>;
type Case = Record<string, any>;

const ids = { erah: '', amli: '', landlord: '', vilogia: '' };
const codesOf = (result: Result) => result.errors?.map((e) => e.extensions?.code);
/** The id of the case a subscription message carries, if any. */
const heardId = (message: { data?: unknown }) => (message.data as { imlCaseChanged?: { id: string } } | null | undefined)?.imlCaseChanged?.id;

function must<T>(result: Pick<GraphqlResult<T>, 'data' | 'errors'>, what: string): T {
  if (result.errors?.length) throw new Error(`${what}: ${result.errors.map((e) => `${e.extensions?.code} ${e.message}`).join('; ')}`);
  return result.data as T;
}

const run = (actor: AnyActorName, query: string, variables: Record<string, unknown> = {}): Promise<Result> => env.as(actor)(query, variables);

/** A case referred by the care team and taken along the pathway by its parties, up to `target`. */
async function caseAt(target: 'ORIENTED' | 'PRESENTED' | 'SUPPORTED', options: { landlord?: 'landlordReferent' | 'otherLandlord'; overrides?: Record<string, unknown> } = {}): Promise<Case> {
  const landlordActor = options.landlord ?? 'landlordReferent';
  const landlordId = landlordActor === 'otherLandlord' ? ids.vilogia : ids.landlord;
  let c = await act.refer(options.overrides);
  const move = async (actor: AnyActorName, to: string, input: Record<string, unknown>) => {
    c = must(
      await run(actor, `mutation($c: ID!, $v: Int!, $to: ImlCaseState!, $i: ImlMoveInput!) { moveImlCase(caseId: $c, version: $v, to: $to, input: $i) { id version state } }`, {
        c: c.id,
        v: c.version,
        to,
        i: input,
      }),
      `${actor} ${to}`,
    ).moveImlCase;
  };
  await move('coordinator', 'REGISTERED', { on: '2026-01-06' });
  must(await act.consent('careTeam', c.id, 'HOUSING_OPERATOR', ids.amli), 'operator consent');
  c = must(await act.read('careTeam', c.id), 'read').imlCase!;
  await move('coordinator', 'ORIENTED', { on: '2026-01-07', operatorId: ids.amli });
  if (target === 'ORIENTED') return c;
  await move('housingOperator', 'MATCHING', { on: '2026-01-08' });
  const offer = must(
    await run(landlordActor, `mutation($l: ID!, $i: HousingOfferInput!) { publishHousingOffer(territory: "clsm-metz", landlordId: $l, input: $i) { id } }`, {
      l: landlordId,
      i: { reference: `LOG-SEC-${Math.random().toString(36).slice(2, 7)}`, flatType: 'T1', communeCode: '57463', rent: 320, charges: 60, accessible: false, nearServices: true, nearTransport: true, availableOn: '2026-01-01' },
    }),
    'publish',
  ).publishHousingOffer;
  must(await act.consent('housingOperator', c.id, 'LANDLORD', landlordId), 'landlord consent');
  c = must(await act.read('careTeam', c.id), 'read').imlCase!;
  await move('housingOperator', 'PRESENTED', { on: '2026-01-09', offerId: offer.id });
  if (target === 'PRESENTED') return { ...c, offerId: offer.id };
  await move(landlordActor, 'ACCEPTED', { on: '2026-01-20' });
  await move(landlordActor, 'HOUSED', { on: '2026-02-01', leaseStartsOn: '2026-02-01', subleaseStartsOn: '2026-02-01' });
  await move('housingOperator', 'SUPPORTED', { on: '2026-02-02', supportArrangements: 'Accompagnement (fictif)' });
  return { ...c, offerId: offer.id };
}

const caseNow = async (caseId: string): Promise<Case> => must(await act.read('careTeam', caseId), 'care team read').imlCase!;

/**
 * What `actor` hears on `imlCaseChanged` while `change` happens, given an event it should hear
 * afterwards (`then`): the messages before the one about `thenCaseId`. Events reach a subscriber
 * in the order they were committed, so an empty answer means the change was heard and dropped.
 */
async function heardBefore(actor: AnyActorName, change: () => Promise<unknown>, then: () => Promise<unknown>, thenCaseId: string): Promise<Result[]> {
  const events = env.server.deps.events;
  const listening = eventListenerCount(events);
  const subscription = openSubscription(env.server.url, 'subscription { imlCaseChanged(territory: "clsm-metz") { id pseudonym } }', {}, env.cookies[actor]);
  try {
    await untilListening(events, listening + 1);
    await change();
    await then();
    const before: Result[] = [];
    for (;;) {
      const message = await subscription.next();
      if (heardId(message) === thenCaseId) return before;
      before.push(message);
    }
  } finally {
    await subscription.close();
  }
}

/**
 * For an actor no case event is meant for: whether it hears anything while `change` happens.
 * A care-team subscription must hear the change; half a second later the actor's session ends and
 * one more event goes out, and its first message must be the refusal that follows: its
 * subscription was processing events all along and let none through.
 */
async function heardByOutsider(actor: AnyAccountActor, change: () => Promise<unknown>, caseId: string): Promise<Result[]> {
  const events = env.server.deps.events;
  const document = 'subscription { imlCaseChanged(territory: "clsm-metz") { id pseudonym } }';
  const cookie = await env.freshCookie(actor);
  const listening = eventListenerCount(events);
  const subscription = openSubscription(env.server.url, document, {}, cookie);
  const control = openSubscription(env.server.url, document, {}, env.cookies.careTeam);
  try {
    await untilListening(events, listening + 2);
    await change();
    for (;;) if (heardId(await control.next()) === caseId) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await env.server.graphql('mutation { signOut }', {}, cookie)).data).toEqual({ signOut: true });
    events.publish(imlCaseChangedTopic, caseId);
    const heard: Result[] = [];
    for (;;) {
      const message = await subscription.next();
      if (!message.data) return heard;
      heard.push(message);
    }
  } finally {
    await subscription.close();
    await control.close();
  }
}

const fixtures = { presented: {} as Case, supported: {} as Case, decisionId: '', consentId: '', offer: { id: '', version: 0 } };

beforeAll(async () => {
  ids.erah = await env.partnerId('ch-jury-erah');
  ids.amli = await env.partnerId('amli');
  ids.landlord = await env.partnerId('metz-habitat-territoire');
  ids.vilogia = await env.partnerId('vilogia');
  // Cases of metz-habitat-territoire: one before its commission, one housed with an outcome pending.
  fixtures.presented = await caseAt('PRESENTED');
  fixtures.consentId = (await caseNow(fixtures.presented.id)).consents.find((c: Case) => c.partyRole === 'LANDLORD').id;
  fixtures.supported = await caseAt('SUPPORTED');
  const proposed = must(
    await run('careTeam', 'mutation($i: ImlOutcomeInput!) { proposeImlOutcome(input: $i) { decisions { id } } }', {
      i: { caseId: fixtures.supported.id, version: (await caseNow(fixtures.supported.id)).version, outcome: 'LEASE_TRANSFERRED', decidedOn: '2026-11-02', reason: 'Autonomie (fictif)' },
    }),
    'propose',
  );
  fixtures.decisionId = proposed.proposeImlOutcome.decisions[0].id;
  fixtures.offer = must(
    await run('landlordReferent', `mutation($l: ID!, $i: HousingOfferInput!) { publishHousingOffer(territory: "clsm-metz", landlordId: $l, input: $i) { id version } }`, {
      l: ids.landlord,
      i: { reference: 'LOG-SEC-DISPO', flatType: 'T2', communeCode: '57463', rent: 350, charges: 50, accessible: false, nearServices: false, nearTransport: false, availableOn: '2026-03-01' },
    }),
    'offer',
  ).publishHousingOffer;
});

/** Every way to act on metz-habitat's cases and offers, as `actor`, with a valid input each time. */
function attemptsOn(target: { presented: Case; supported: Case; decisionId: string; consentId: string; offer: { id: string; version: number } }) {
  const { presented, supported, decisionId, consentId, offer } = target;
  return {
    imlOfferSuggestions: ['query($c: ID!) { imlOfferSuggestions(caseId: $c) { offer { id } } }', { c: presented.id }],
    moveImlCase: ['mutation($c: ID!, $v: Int!) { moveImlCase(caseId: $c, version: $v, to: ACCEPTED, input: { on: "2026-01-20" }) { id } }', { c: presented.id, v: presented.version }],
    withdrawByMove: ['mutation($c: ID!, $v: Int!) { moveImlCase(caseId: $c, version: $v, to: WITHDRAWN, input: { on: "2026-01-20", reason: "x" }) { id } }', { c: presented.id, v: presented.version }],
    recordImlReview: [
      'mutation($i: ImlReviewInput!) { recordImlReview(input: $i) { id } }',
      { i: { caseId: supported.id, heldOn: '2026-07-20', participantRoles: ['LANDLORD'], conclusions: 'Intrusion (fictif)' } },
    ],
    proposeImlOutcome: [
      'mutation($i: ImlOutcomeInput!) { proposeImlOutcome(input: $i) { id } }',
      { i: { caseId: supported.id, version: supported.version, outcome: 'EXITED', decidedOn: '2026-11-02', reason: 'Intrusion (fictif)' } },
    ],
    answerImlOutcome: ['mutation($d: ID!) { answerImlOutcome(decisionId: $d, agree: true) { id } }', { d: decisionId }],
    recordImlConsent: [
      'mutation($i: ImlPartyConsentInput!) { recordImlConsent(input: $i) { id } }',
      { i: { caseId: presented.id, partyRole: 'LANDLORD', partyId: ids.vilogia, givenOn: '2026-01-10', scope: 'Intrusion (fictif)' } },
    ],
    withdrawImlConsent: ['mutation($id: ID!) { withdrawImlConsent(consentId: $id, withdrawnOn: "2026-01-12") { imlCase { id } } }', { id: consentId }],
    updateHousingOffer: [
      'mutation($o: ID!, $v: Int!, $i: HousingOfferInput!) { updateHousingOffer(offerId: $o, version: $v, input: $i) { id } }',
      { o: offer.id, v: offer.version, i: { reference: 'LOG-SEC-PIRATE', flatType: 'T2', communeCode: '57463', rent: 1, charges: 1, accessible: false, nearServices: false, nearTransport: false, availableOn: '2026-03-01' } },
    ],
    withdrawHousingOffer: ['mutation($o: ID!, $v: Int!) { withdrawHousingOffer(offerId: $o, version: $v) { id } }', { o: offer.id, v: offer.version }],
  } satisfies Record<string, [string, Record<string, unknown>]>;
}

/** The same attempts on ids that name nothing: what an outsider is told must be exactly this. */
const unknownId = '00000000-0000-4000-8000-000000000000';
const nothing = { presented: { id: unknownId, version: 1 }, supported: { id: unknownId, version: 1 }, decisionId: unknownId, consentId: unknownId, offer: { id: unknownId, version: 1 } };

/** What a refusal tells: its code and message, the only things a client sees. */
const told = (result: Result) => ({ data: Object.values(result.data ?? {}).filter((value) => value !== null), errors: result.errors?.map((e) => [e.extensions?.code, e.message]) });

describe.each(['otherLandlord', 'funder'] as const)('%s, no party of any case of metz-habitat-territoire', (actor) => {
  it('lists no case and reads none', async () => {
    const list = await run(actor, '{ imlCases(territory: "clsm-metz", first: 100) { totalCount edges { node { id } } } }');
    expect(list.errors).toBeUndefined();
    expect(list.data!.imlCases).toEqual({ totalCount: 0, edges: [] });
    for (const c of [fixtures.presented, fixtures.supported]) {
      const read = await run(actor, 'query($id: ID!) { imlCase(id: $id) { id pseudonym identity { lastName } } }', { id: c.id });
      expect(read).toMatchObject({ data: { imlCase: null } });
      expect(read.errors).toBeUndefined();
    }
  });

  it('can neither act on them nor tell them from cases that do not exist', async () => {
    const before = await Promise.all([caseNow(fixtures.presented.id), caseNow(fixtures.supported.id)]);
    const real = attemptsOn(fixtures);
    const fake = attemptsOn(nothing);
    for (const [operation, [document, variables]] of Object.entries(real)) {
      const result = await run(actor, document, variables);
      expect(codesOf(result), `${operation} as ${actor}`).toEqual(['NOT_FOUND']);
      expect(told(result), `${operation} as ${actor}: as for an unknown id`).toEqual(told(await run(actor, fake[operation as keyof typeof fake][0], fake[operation as keyof typeof fake][1])));
    }
    const after = await Promise.all([caseNow(fixtures.presented.id), caseNow(fixtures.supported.id)]);
    expect(after.map((c) => [c.version, c.state, c.consents.length, c.reviews.length, c.decisions])).toEqual(
      before.map((c) => [c.version, c.state, c.consents.length, c.reviews.length, c.decisions]),
    );
  });

  it('cannot refer a person, nor publish for metz-habitat-territoire', async () => {
    const refer = await run(actor, 'mutation($i: ImlReferralInput!) { referImlCase(territory: "clsm-metz", input: $i) { id } }', {
      i: { referringTeamId: ids.erah, ...referral() },
    });
    expect(codesOf(refer)).toEqual(['FORBIDDEN']);
    const publish = await run(actor, `mutation($l: ID!, $i: HousingOfferInput!) { publishHousingOffer(territory: "clsm-metz", landlordId: $l, input: $i) { id } }`, {
      l: ids.landlord,
      i: { reference: 'LOG-SEC-PIRATE', flatType: 'T1', communeCode: '57463', rent: 1, charges: 1, accessible: false, nearServices: false, nearTransport: false, availableOn: '2026-03-01' },
    });
    expect(codesOf(publish)).toEqual(['FORBIDDEN']);
  });

  it('hears nothing of their changes', async () => {
    const change = () => act.ok('careTeam', 'mutation($i: ImlReviewInput!) { recordImlReview(input: $i) { id } }', {
      i: { caseId: fixtures.supported.id, heldOn: '2026-07-21', participantRoles: ['CARE_TEAM'], conclusions: 'Évaluation (fictif)' },
    });
    expect(await heardByOutsider(actor, change, fixtures.supported.id)).toEqual([]);
  });
});

describe('otherLandlord, landlord of its own cases', () => {
  it('sees its own offers only', async () => {
    must(
      await run('otherLandlord', `mutation($l: ID!, $i: HousingOfferInput!) { publishHousingOffer(territory: "clsm-metz", landlordId: $l, input: $i) { id } }`, {
        l: ids.vilogia,
        i: { reference: 'LOG-VILOGIA', flatType: 'T1', communeCode: '57463', rent: 300, charges: 40, accessible: true, nearServices: true, nearTransport: true, availableOn: '2026-01-01' },
      }),
      'vilogia offer',
    );
    const offers = must(await run('otherLandlord', '{ housingOffers(territory: "clsm-metz") { reference landlord { slug } } }'), 'offers').housingOffers;
    expect(offers.length).toBeGreaterThan(0);
    expect(new Set(offers.map((offer: Case) => offer.landlord.slug))).toEqual(new Set(['vilogia']));
  });

  it('hears its own case, and not metz-habitat’s changed just before', async () => {
    const own = await caseAt('PRESENTED', { landlord: 'otherLandlord' });
    expect(must(await run('otherLandlord', 'query($id: ID!) { imlCase(id: $id) { viewerRoles } }', { id: own.id }), 'own').imlCase.viewerRoles).toEqual(['LANDLORD']);
    const list = must(await run('otherLandlord', '{ imlCases(territory: "clsm-metz", first: 100) { edges { node { id } } } }'), 'list').imlCases;
    expect(list.edges.map((edge: Case) => edge.node.id)).toEqual([own.id]);
    const heard = await heardBefore(
      'otherLandlord',
      () =>
        act.ok('landlordReferent', 'mutation($i: ImlReviewInput!) { recordImlReview(input: $i) { id } }', {
          i: { caseId: fixtures.supported.id, heldOn: '2026-07-22', participantRoles: ['LANDLORD'], conclusions: 'Évaluation du bailleur (fictif)' },
        }),
      async () => env.server.deps.events.publish(imlCaseChangedTopic, own.id),
      own.id,
    );
    expect(heard).toEqual([]);
  });
});

describe('the funder', () => {
  it('reads the scheme’s figures, which name nobody', async () => {
    const result = await run(
      'funder',
      `{ imlSchemeFigures(territory: "clsm-metz") { placesTarget referred housedEver housedNow byState { state count } averageMonthsToHousing
         reviewsOverdue reviewsDueSoon placesByYear { year places used } funding { year flat person total flatDays personDays } } }`,
    );
    expect(result.errors).toBeUndefined();
    const figures = result.data!.imlSchemeFigures;
    const [{ referred }] = await env.database.dataSource.query(`SELECT count(*)::int AS referred FROM iml_case_figures((SELECT id FROM territory WHERE slug = 'clsm-metz'))`);
    expect(figures.referred).toBe(referred);
    expect(figures.housedNow).toBeGreaterThanOrEqual(1);
    expect(figures.byState.find((s: Case) => s.state === 'SUPPORTED').count).toBeGreaterThanOrEqual(1);
    const supported = await caseNow(fixtures.supported.id);
    expect(JSON.stringify(figures)).not.toContain(supported.pseudonym);
    expect(JSON.stringify(figures)).not.toContain(supported.identity.lastName);
  });

  it('reads no offer', async () => {
    expect(codesOf(await run('funder', '{ housingOffers(territory: "clsm-metz") { id } }'))).toEqual(['FORBIDDEN']);
  });
});

describe('the live subscription', () => {
  // The other subscriptions answer UNAUTHENTICATED to the public and to a session that has ended
  // (see nested-access.test.ts); the web app relies on that code to send the person to sign in.
  it('refuses the public, and a session that has ended, with UNAUTHENTICATED', async () => {
    const document = 'subscription { imlCaseChanged(territory: "clsm-metz") { id } }';
    const anonymous = openSubscription(env.server.url, document, {}, undefined);
    try {
      const refused = await anonymous.next();
      expect(refused.data ?? null).toBeNull();
      expect(codesOf(refused)).toEqual(['UNAUTHENTICATED']);
    } finally {
      await anonymous.close();
    }
    const cookie = await env.freshCookie('landlordReferent');
    const events = env.server.deps.events;
    const listening = eventListenerCount(events);
    const landlord = openSubscription(env.server.url, document, {}, cookie);
    try {
      await untilListening(events, listening + 1);
      expect((await env.server.graphql('mutation { signOut }', {}, cookie)).data).toEqual({ signOut: true });
      events.publish(imlCaseChangedTopic, fixtures.presented.id);
      const ended = await landlord.next();
      expect(ended.data ?? null).toBeNull();
      expect(codesOf(ended)).toEqual(['UNAUTHENTICATED']);
    } finally {
      await landlord.close();
    }
  });
});

describe('the audit log of a case', () => {
  const person = { firstName: 'Prénom-Audit', lastName: 'Audit-Qx7w', birthDate: '1977-07-07', phone: '00 11 22 33 44', email: 'audit.fictif@example.org' };
  const secrets = { clinicalNotes: 'Note clinique audit-Qx7w', supportPlan: 'Projet audit-Qx7w' };
  let audited: Case;

  /** Rows of the case's audit log by action and actor. */
  const rows = async (caseId: string): Promise<Record<string, number>> => {
    const found: Array<{ action: string; email: string | null; n: number }> = await env.database.dataSource.query(
      `SELECT a.action, u.email, count(*)::int AS n FROM audit_event a LEFT JOIN user_account u ON u.id = a.actor_user_id
       WHERE a.target_type = 'iml_case' AND a.target_id = $1 GROUP BY a.action, u.email`,
      [caseId],
    );
    return Object.fromEntries(found.map((row) => [`${row.action} ${row.email}`, row.n]));
  };
  const emailOf = async (actor: AnyAccountActor) => (await env.database.dataSource.query('SELECT email FROM user_account WHERE id = $1', [await env.userId(actor)]))[0].email;
  /** What `work` added to the case's audit log, by action and actor. */
  const added = async (caseId: string, work: () => Promise<unknown>): Promise<Record<string, number>> => {
    const before = await rows(caseId);
    await work();
    const after = await rows(caseId);
    return Object.fromEntries(Object.entries(after).filter(([key, n]) => n !== (before[key] ?? 0)).map(([key, n]) => [key, n - (before[key] ?? 0)]));
  };

  beforeAll(async () => {
    audited = await caseAt('PRESENTED', { overrides: { person, ...secrets } });
  });

  it('logs each read of a case, each identity and clinical read, each listing and each change, by whom', async () => {
    const [landlord, operator, care, coordinator] = await Promise.all(['landlordReferent', 'housingOperator', 'careTeam', 'coordinator'].map((a) => emailOf(a as AnyAccountActor)));
    const read = (actor: AnyActorName, fields: string) => async () => must(await run(actor, `query($id: ID!) { imlCase(id: $id) { ${fields} } }`, { id: audited.id }), 'read');

    expect(await added(audited.id, read('landlordReferent', 'id state'))).toEqual({ [`iml_case.read ${landlord}`]: 1 });
    // Asking for the identity is no way around the log, even where the answer is null.
    expect(await added(audited.id, read('landlordReferent', 'id identity { lastName }'))).toEqual({ [`iml_case.read ${landlord}`]: 1 });
    expect(await added(audited.id, read('housingOperator', 'id identity { lastName phone } supportPlan'))).toEqual({
      [`iml_case.read ${operator}`]: 1,
      [`iml_case.identity_read ${operator}`]: 1,
    });
    expect(await added(audited.id, read('careTeam', 'id clinicalNotes justifications { justification }'))).toEqual({
      [`iml_case.read ${care}`]: 1,
      [`iml_case.clinical_read ${care}`]: 1,
    });
    // Each listed case is logged once per listing, identities read in the list too.
    const other = await caseAt('ORIENTED');
    const listing = async () => must(await run('housingOperator', '{ imlCases(territory: "clsm-metz", first: 100) { edges { node { id identity { lastName } } } } }'), 'list');
    const before = await rows(other.id);
    expect(await added(audited.id, listing)).toEqual({ [`iml_case.list ${operator}`]: 1, [`iml_case.identity_read ${operator}`]: 1 });
    const otherAdded = await rows(other.id);
    expect(otherAdded[`iml_case.list ${operator}`] - (before[`iml_case.list ${operator}`] ?? 0)).toBe(1);
    expect(await added(audited.id, async () => must(await run('coordinator', '{ imlCases(territory: "clsm-metz", first: 100) { edges { node { id } } } }'), 'list'))).toEqual({
      [`iml_case.list ${coordinator}`]: 1,
    });
    // A change: one row naming what changed and into what state.
    const version = (await caseNow(audited.id)).version;
    const change = await added(audited.id, async () =>
      must(await run('landlordReferent', 'mutation($c: ID!, $v: Int!) { moveImlCase(caseId: $c, version: $v, to: ACCEPTED, input: { on: "2026-01-20" }) { id } }', { c: audited.id, v: version }), 'accept'),
    );
    expect(change).toEqual({ [`iml_case.change ${landlord}`]: 1 });
    const [details] = await env.database.dataSource.query(
      `SELECT details FROM audit_event WHERE target_type = 'iml_case' AND target_id = $1 AND action = 'iml_case.change' ORDER BY id DESC LIMIT 1`,
      [audited.id],
    );
    expect(details.details).toEqual({ what: 'state:ACCEPTED', to: 'ACCEPTED' });
    // Someone who is no party reads nothing, so nothing of the case is logged in their name.
    expect(await added(audited.id, read('otherLandlord', 'id'))).toEqual({});
  });

  it('logs what a live subscriber receives', async () => {
    const landlord = await emailOf('landlordReferent');
    const events = env.server.deps.events;
    const listening = eventListenerCount(events);
    const subscription = openSubscription(env.server.url, 'subscription { imlCaseChanged(territory: "clsm-metz") { id } }', {}, env.cookies.landlordReferent);
    try {
      await untilListening(events, listening + 1);
      const delivered = await added(audited.id, async () => {
        events.publish(imlCaseChangedTopic, audited.id);
        // The read is logged in the transaction that found the case, committed before it is sent.
        for (;;) if (heardId(await subscription.next()) === audited.id) break;
      });
      expect(delivered).toEqual({ [`iml_case.live ${landlord}`]: 1 });
    } finally {
      await subscription.close();
    }
  });

  it('shows each access in the case’s accessLog, with the reader’s name', async () => {
    const c = await caseAt('PRESENTED');
    const read = async (actor: AnyActorName, query: string) => must(await run(actor, query, { id: c.id }), `${actor} read`);
    await read('landlordReferent', 'query($id: ID!) { imlCase(id: $id) { id } }');
    await read('housingOperator', 'query($id: ID!) { imlCase(id: $id) { identity { lastName } } }');
    await read('careTeam', 'query($id: ID!) { imlCase(id: $id) { clinicalNotes } }');
    must(await run('housingOperator', '{ imlCases(territory: "clsm-metz", first: 100) { edges { node { id } } } }'), 'list');
    must(await run('coordinator', '{ imlCases(territory: "clsm-metz", first: 100) { edges { node { id } } } }'), 'list');
    const { version } = await caseNow(c.id);
    must(await run('landlordReferent', 'mutation($c: ID!, $v: Int!) { moveImlCase(caseId: $c, version: $v, to: ACCEPTED, input: { on: "2026-01-20" }) { id } }', { c: c.id, v: version }), 'accept');
    const { accessLog } = (await read('careTeam', 'query($id: ID!) { imlCase(id: $id) { accessLog { at who organisation action } } }')).imlCase;
    const entries = new Set(accessLog.map((entry: Case) => `${entry.who} — ${entry.action}`));
    const expected = [
      ['Chloé Modèle', 'iml_case.read'],
      ['Chloé Modèle', 'iml_case.change'],
      ['Emma Placebo', 'iml_case.identity_read'],
      ['Emma Placebo', 'iml_case.list'],
      ['David Essai', 'iml_case.clinical_read'],
      ['David Essai', 'iml_case.change'],
      ['Camille Exemple', 'iml_case.list'],
    ].map(([who, action]) => `${who} — ${caseActionLabels[action]}`);
    expect([...entries]).toEqual(expect.arrayContaining(expected));
    const [{ name: amliName }] = await env.database.dataSource.query(`SELECT name FROM partner WHERE slug = 'amli'`);
    expect(accessLog.find((entry: Case) => entry.who === 'Emma Placebo').organisation).toBe(amliName);
    // Newest first.
    const times = accessLog.map((entry: Case) => new Date(entry.at).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('never writes the person’s identity, nor the clinical part, into the audit log', async () => {
    const values = [person.lastName, person.firstName, person.phone, person.email, person.birthDate, secrets.clinicalNotes, secrets.supportPlan, 'Reconnaissance MDPH'];
    const [{ n }] = await env.database.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE target_type = 'iml_case' AND target_id = $1`, [audited.id]);
    expect(n).toBeGreaterThan(10);
    for (const value of values) {
      const [{ details, whole }] = await env.database.dataSource.query(
        `SELECT count(*) FILTER (WHERE details::text ILIKE '%' || $1 || '%')::int AS details, count(*) FILTER (WHERE a::text ILIKE '%' || $1 || '%')::int AS whole FROM audit_event a`,
        [value],
      );
      expect({ value, details, whole }).toEqual({ value, details: 0, whole: 0 });
    }
  });
});
