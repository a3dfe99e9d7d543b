import { getNamedType, isLeafType, isObjectType, type GraphQLObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  allActorNames,
  eventListenerCount,
  openSubscription,
  untilListening,
  useHousingActorsServer,
  type AnyActorName,
} from '../../auth/actors.test-helpers.js';
import { createSchema } from '../../graphql/schema.js';
import type { GraphqlResult } from '../../test-support/test-server.js';
import { caseFieldReaders, type CaseField } from './case-policy.js';
import { imlCaseChangedTopic } from './case-store.js';
import { referral } from './iml-case.test-helpers.js';
import { CasePartyRole } from './pathway.js';

// Every field of an IML case, as every actor, by every way a case reaches a client: the query of
// one case, the list, the live subscription, and the result of each mutation. The selection is
// built from the schema, so a field added to `ImlCase` later is asked for too (and fails the
// first test until it is given a policy below). Two cases hold data in every field: A, supported,
// with a refusal behind it, a review, a withdrawn consent, a document and a proposed extension;
// B, closed by a joint reorientation.

const env = useHousingActorsServer();

/**
 * Who reads what, written out by hand from issue #7, independently of `caseFieldReaders` (which
 * the first tests compare it with, so that the two cannot drift apart silently).
 */
const expectedReadersTable = `
  field                CARE_TEAM  COORDINATION  HOUSING_OPERATOR  LANDLORD
  pseudonym                x           x               x             x
  state                    x           x               x             x
  steps                    x           x               x             x
  parties                  x           x               x             x
  referredOn               x           x               x             x
  commissionOn             x           x               x             x
  leaseDates               x           x               x             x
  reviewSchedule           x           x               x             x
  reviewDates              x           x               x             x
  closing                  x           x               x             x
  decisions                x           x               x             x
  accessLog                x           x               x             x
  housingNeed              x           x               x             x
  refusalReason            x           x               x             x
  offer                    x           x               x             x
  resources                x           .               x             x
  supportArrangements      x           .               x             x
  reviewConclusions        x           .               x             x
  documents                x           .               x             x
  eligibility              x           x               x             .
  consents                 x           x               x             .
  identity                 x           .               x             .
  supportPlan              x           .               x             .
  justifications           x           .               .             .
  clinicalNotes            x           .               .             .
`;

function parseReaders(table: string): Record<string, Set<CasePartyRole>> {
  const [header, ...rows] = table.trim().split('\n').map((line) => line.trim().split(/\s+/));
  const roles = header.slice(1) as CasePartyRole[];
  return Object.fromEntries(rows.map(([field, ...marks]) => [field, new Set(roles.filter((_, i) => marks[i] === 'x'))]));
}
const expectedReaders = parseReaders(expectedReadersTable);

/**
 * Which policy line each leaf of the GraphQL type answers to; 'always' for what any party sees
 * of a case it is party of (its id, version, and what concerns the viewer itself). Written out
 * leaf by leaf: the first test checks it names exactly the leaves the schema has.
 */
const leaves = (parent: string, fields: string[], policy: CaseField) => Object.fromEntries(fields.map((field) => [`${parent}.${field}`, policy]));
const leafPolicy: Record<string, CaseField | 'always'> = {
  id: 'always',
  version: 'always',
  viewerRoles: 'always',
  readableFields: 'always',
  nextStates: 'always',
  anonymised: 'always',
  pseudonym: 'pseudonym',
  state: 'state',
  stateLabel: 'state',
  referredOn: 'referredOn',
  commissionOn: 'commissionOn',
  refusalReason: 'refusalReason',
  leaseStartsOn: 'leaseDates',
  subleaseStartsOn: 'leaseDates',
  plannedEndOn: 'leaseDates',
  supportArrangements: 'supportArrangements',
  closedOn: 'closing',
  closingReason: 'closing',
  reorientation: 'closing',
  ...leaves('housingNeed', ['flatTypes', 'preferredCommunes', 'nearServices', 'nearTransport', 'accessibilityNeeded', 'otherNeeds'], 'housingNeed'),
  ...leaves('eligibility', ['criterion', 'label', 'met'], 'eligibility'),
  failingCriteria: 'eligibility',
  ...leaves('resources', ['monthlyResources', 'housingBenefit'], 'resources'),
  ...leaves('parties', ['role', 'roleLabel', 'partnerId', 'name', 'hasAccess'], 'parties'),
  offer: 'offer',
  ...leaves('identity', ['firstName', 'lastName', 'birthDate', 'phone', 'email'], 'identity'),
  supportPlan: 'supportPlan',
  ...leaves('justifications', ['criterion', 'justification'], 'justifications'),
  clinicalNotes: 'clinicalNotes',
  ...leaves('steps', ['fromState', 'toState', 'label', 'on', 'note'], 'steps'),
  ...leaves('reviews', ['id', 'heldOn', 'participantRoles'], 'reviewDates'),
  ...leaves('reviews', ['participants', 'conclusions'], 'reviewConclusions'),
  ...leaves('reviewSchedule', ['nextDueOn', 'overdue', 'dueSoon', 'latestEndOn'], 'reviewSchedule'),
  ...leaves('reviewSchedule.marks', ['months', 'on', 'reached'], 'reviewSchedule'),
  ...leaves('reviewSchedule.slots', ['dueOn', 'reviewedOn', 'status'], 'reviewSchedule'),
  ...leaves('consents', ['id', 'partyRole', 'partyId', 'partyName', 'givenOn', 'scope', 'collectedByName', 'withdrawnOn'], 'consents'),
  ...leaves(
    'decisions',
    ['id', 'outcome', 'outcomeLabel', 'decidedOn', 'reason', 'reorientation', 'newEndOn', 'agreedBy', 'awaiting', 'applied', 'cancelled'],
    'decisions',
  ),
  ...leaves('accessLog', ['at', 'who', 'organisation', 'action'], 'accessLog'),
  ...leaves('documents', ['id', 'title', 'fileName', 'mediaType', 'byteSize', 'createdAt'], 'documents'),
};
/** Leaves that differ from one reader to the next, or from one read to the next: present or null, never compared. */
const perViewer = new Set(['viewerRoles', 'readableFields', 'nextStates', 'accessLog.at', 'accessLog.who', 'accessLog.organisation', 'accessLog.action']);

const roleOf: Partial<Record<AnyActorName, CasePartyRole>> = {
  careTeam: CasePartyRole.CARE_TEAM,
  coordinator: CasePartyRole.COORDINATION,
  housingOperator: CasePartyRole.HOUSING_OPERATOR,
  landlordReferent: CasePartyRole.LANDLORD,
};
const parties = allActorNames.filter((actor) => roleOf[actor]);
const outsiders = allActorNames.filter((actor) => !roleOf[actor]);

/**
 * The selection of every field of `ImlCase` and its own types (`Iml…`), leaf by leaf; another
 * type met on the way (the offer and its landlord) is one leaf, selected with its scalars.
 */
function caseSelection(caseType: GraphQLObjectType): { selection: string; paths: string[] } {
  const paths: string[] = [];
  const unit = (type: GraphQLObjectType): string =>
    Object.values(type.getFields())
      .filter((field) => !field.args.some((arg) => arg.type.toString().endsWith('!')))
      .map((field) => {
        const named = getNamedType(field.type);
        if (isLeafType(named)) return field.name;
        return isObjectType(named) && named.getFields().id ? `${field.name} { id }` : '';
      })
      .join(' ');
  const walk = (type: GraphQLObjectType, prefix: string): string =>
    Object.values(type.getFields())
      .map((field) => {
        const path = prefix ? `${prefix}.${field.name}` : field.name;
        const named = getNamedType(field.type);
        if (isLeafType(named)) {
          paths.push(path);
          return field.name;
        }
        if (!isObjectType(named)) throw new Error(`${path}: unexpected type ${named.name}`);
        if (named.name.startsWith('Iml')) return `${field.name} { ${walk(named, path)} }`;
        paths.push(path);
        return `${field.name} { ${unit(named)} }`;
      })
      .join(' ');
  return { selection: walk(caseType, ''), paths };
}

let selection = '';
let schemaPaths: string[] = [];

type Case = Record<string, any>;

/** The values at `path`, through lists; null where a step is null. A list of scalars is one value. */
function valuesAt(node: unknown, path: string): unknown[] {
  const walk = (value: unknown, segments: string[]): unknown[] => {
    if (!segments.length) return [value];
    if (value === null || value === undefined) return [null];
    if (Array.isArray(value)) return value.flatMap((item) => walk(item, segments));
    return walk((value as Record<string, unknown>)[segments[0]], segments.slice(1));
  };
  return walk(node, path.split('.'));
}

const readableBy = (role: CasePartyRole) => Object.keys(expectedReaders).filter((field) => expectedReaders[field].has(role));

/**
 * `seen` is the case as `actor` got it by `where`; `truth` the same case as the care team (which
 * reads every field) sees it. A party reads exactly the fields of its role, the rest are null; a
 * non-party gets no case at all.
 */
function expectTrimmed(actor: AnyActorName, seen: Case | null | undefined, truth: Case, where: string) {
  const role = roleOf[actor];
  if (!role) {
    expect(seen ?? null, `${where}: ${actor} is no party of ${truth.pseudonym}`).toBeNull();
    return;
  }
  expect(seen, `${where}: ${actor} is a party of ${truth.pseudonym}`).toBeTruthy();
  const problems: string[] = [];
  for (const path of schemaPaths) {
    const policy = leafPolicy[path];
    const reads = policy === 'always' || expectedReaders[policy].has(role);
    const got = valuesAt(seen, path);
    const want = valuesAt(truth, path);
    if (!reads) {
      if (got.some((value) => value !== null)) problems.push(`${path} should be null, got ${JSON.stringify(got)}`);
    } else if (perViewer.has(path)) {
      if (want.some((value) => value !== null) && !got.some((value) => value !== null)) problems.push(`${path} should be present, got ${JSON.stringify(got)}`);
    } else if (JSON.stringify(got) !== JSON.stringify(want)) {
      problems.push(`${path} should be ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
  }
  expect(problems, `${where} as ${actor} (${role})`).toEqual([]);
  expect(seen!.viewerRoles, `${where} as ${actor}`).toEqual([role]);
  expect([...seen!.readableFields].sort(), `${where} as ${actor}`).toEqual(readableBy(role).sort());
}

const ids = { erah: '', amli: '', landlord: '', vilogia: '' };

async function run<T = Record<string, any>>(actor: AnyActorName, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await env.as(actor)<T>(query, variables);
  if (result.errors?.length) throw new Error(`${actor}: ${result.errors.map((e) => `${e.extensions?.code} ${e.message}`).join('; ')}`);
  return result.data as T;
}

/** The case as the care team reads it now: the truth every other view is compared with. */
async function truthOf(caseId: string): Promise<Case> {
  return (await run<{ imlCase: Case }>('careTeam', `query($id: ID!) { imlCase(id: $id) { ${selection} } }`, { id: caseId })).imlCase;
}

/**
 * Runs a mutation answering a case (or, with `nested`, an object holding it there) with the full
 * selection; its answer is checked by the 'mutation answers' test.
 */
async function mutate(actor: AnyActorName, field: string, signature: string, call: string, variables: Record<string, unknown>, nested?: string): Promise<Case> {
  const fields = nested ? `${nested} { ${selection} }` : selection;
  const data = await run<Record<string, Case>>(actor, `mutation(${signature}) { ${field}(${call}) { ${fields} } }`, variables);
  const answer = nested ? data[field][nested] : data[field];
  mutationAnswers.push({ actor, field, answer, truth: await truthOf(answer.id) });
  return answer;
}
/** Every mutation answer of the set-up, with the case as the care team read it right after. */
const mutationAnswers: Array<{ actor: AnyActorName; field: string; answer: Case; truth: Case }> = [];

async function move(actor: AnyActorName, c: Case, to: string, input: Record<string, unknown>): Promise<Case> {
  return mutate(actor, 'moveImlCase', '$c: ID!, $v: Int!, $to: ImlCaseState!, $i: ImlMoveInput!', 'caseId: $c, version: $v, to: $to, input: $i', { c: c.id, v: c.version, to, i: input });
}

async function consent(actor: AnyActorName, c: Case, partyRole: string, partyId: string): Promise<Case> {
  return mutate(actor, 'recordImlConsent', '$i: ImlPartyConsentInput!', 'input: $i', { i: { caseId: c.id, partyRole, partyId, givenOn: '2026-01-10', scope: 'Ce que l’attribution demande' } });
}

async function publishOffer(): Promise<string> {
  const data = await run<{ publishHousingOffer: { id: string } }>(
    'landlordReferent',
    `mutation($l: ID!, $i: HousingOfferInput!) { publishHousingOffer(territory: "clsm-metz", landlordId: $l, input: $i) { id } }`,
    {
      l: ids.landlord,
      i: {
        reference: `LOG-FUITE-${Math.random().toString(36).slice(2, 7)}`,
        flatType: 'T1',
        communeCode: '57463',
        district: 'Sablon',
        floor: 2,
        rent: 320,
        charges: 60,
        accessible: false,
        nearServices: true,
        nearTransport: true,
        availableOn: '2026-01-01',
        description: 'Logement de l’essai (fictif)',
      },
    },
  );
  return data.publishHousingOffer.id;
}

/** A document of the case, as an upload would store it (no upload operation yet): inserted under the care team's scope. */
async function attachDocument(caseId: string) {
  await env.database.dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('clsm.housing_scope', $1, true)`, [`CARE_TEAM:${ids.erah}`]);
    await manager.query(
      `INSERT INTO iml_case_document (case_id, title, file_name, media_type, byte_size, content) VALUES ($1, 'Bail (fictif)', 'bail.txt', 'text/plain', 4, 'bail'::bytea)`,
      [caseId],
    );
  });
}

/** Referred by the care team, registered, oriented to AMLI, and presented with a fresh offer. */
async function referAndPresent(lastName: string): Promise<Case> {
  const base = referral();
  let c = await mutate('careTeam', 'referImlCase', '$i: ImlReferralInput!', 'territory: "clsm-metz", input: $i', {
    i: {
      referringTeamId: ids.erah,
      ...base,
      person: { firstName: 'Prénom-Fuite', lastName, birthDate: '1979-03-02', phone: '00 00 00 00 01', email: 'personne.fictive@example.org' },
      need: { ...base.need, otherNeeds: 'Rez-de-chaussée de préférence (fictif)' },
    },
  });
  c = await move('coordinator', c, 'REGISTERED', { on: '2026-01-06', note: 'Dossier complet (fictif)' });
  c = await consent('careTeam', c, 'HOUSING_OPERATOR', ids.amli);
  c = await move('coordinator', c, 'ORIENTED', { on: '2026-01-07', operatorId: ids.amli });
  c = await move('housingOperator', c, 'MATCHING', { on: '2026-01-08' });
  c = await consent('housingOperator', c, 'LANDLORD', ids.landlord);
  return move('housingOperator', c, 'PRESENTED', { on: '2026-01-09', offerId: await publishOffer() });
}

/** From PRESENTED to SUPPORTED. */
async function house(c: Case): Promise<Case> {
  c = await move('landlordReferent', c, 'ACCEPTED', { on: '2026-01-20' });
  c = await move('landlordReferent', c, 'HOUSED', { on: '2026-02-01', leaseStartsOn: '2026-02-01', subleaseStartsOn: '2026-02-01' });
  return move('housingOperator', c, 'SUPPORTED', { on: '2026-02-02', supportArrangements: 'Visites ERAH, AMLI, CESF du bailleur (fictif)' });
}

const reviewOf = (caseId: string, conclusions: string) => ({
  i: { caseId, heldOn: '2026-07-20', participantRoles: ['CARE_TEAM', 'HOUSING_OPERATOR', 'LANDLORD'], participants: 'Équipe ERAH, AMLI, bailleur (fictif)', conclusions },
});
const recordReview = (actor: AnyActorName, caseId: string, conclusions: string) =>
  mutate(actor, 'recordImlReview', '$i: ImlReviewInput!', 'input: $i', reviewOf(caseId, conclusions));
const propose = (actor: AnyActorName, c: Case, outcome: Record<string, unknown>) =>
  mutate(actor, 'proposeImlOutcome', '$i: ImlOutcomeInput!', 'input: $i', { i: { caseId: c.id, version: c.version, decidedOn: '2026-11-02', ...outcome } });
const answer = (actor: AnyActorName, decisionId: string) =>
  mutate(actor, 'answerImlOutcome', '$d: ID!', 'decisionId: $d, agree: true', { d: decisionId });

const cases = { a: {} as Case, b: {} as Case };
const lastNames = { a: 'Fuite-Alpha', b: 'Fuite-Beta' };

beforeAll(async () => {
  const schema = await createSchema(env.server.deps.events);
  ({ selection, paths: schemaPaths } = caseSelection(schema.getType('ImlCase') as GraphQLObjectType));
  ids.erah = await env.partnerId('ch-jury-erah');
  ids.amli = await env.partnerId('amli');
  ids.landlord = await env.partnerId('metz-habitat-territoire');
  ids.vilogia = await env.partnerId('vilogia');

  // A: refused once by the landlord's commission, presented again, housed, supported.
  let a = await referAndPresent(lastNames.a);
  a = await move('landlordReferent', a, 'REFUSED', { on: '2026-01-15', reason: 'Typologie inadaptée (fictif)' });
  a = await move('housingOperator', a, 'MATCHING', { on: '2026-01-16', note: 'Nouvelle recherche (fictif)' });
  a = await move('housingOperator', a, 'PRESENTED', { on: '2026-01-17', offerId: await publishOffer() });
  a = await house(a);
  // A consent given to another landlord, then withdrawn: a withdrawal date to hide.
  a = await consent('careTeam', a, 'LANDLORD', ids.vilogia);
  const vilogiaConsent = a.consents.find((c: Case) => c.partyId === ids.vilogia).id;
  a = await mutate('careTeam', 'withdrawImlConsent', '$id: ID!', 'consentId: $id, withdrawnOn: "2026-03-01"', { id: vilogiaConsent }, 'imlCase');
  a = await recordReview('landlordReferent', a.id, 'Installation réussie (fictif)');
  a = await propose('careTeam', a, { outcome: 'EXTENDED', newEndOn: '2027-08-01', reason: 'Accompagnement à prolonger (fictif)' });
  await attachDocument(a.id);
  cases.a = a;

  // B: housed, then reoriented by the three parties together.
  let b = await house(await referAndPresent(lastNames.b));
  b = await propose('careTeam', b, { outcome: 'REORIENTED', reason: 'Besoin d’un cadre plus soutenant (fictif)', reorientation: 'Résidence accueil (fictif)' });
  const decision = b.decisions.find((d: Case) => !d.applied).id;
  b = await answer('housingOperator', decision);
  b = await answer('landlordReferent', decision);
  expect(b.state).toBe('REORIENTED');
  await attachDocument(b.id);
  cases.b = b;
});

describe('the field policy of an IML case', () => {
  it('is written out here as in caseFieldReaders', () => {
    const policy = Object.fromEntries(Object.entries(caseFieldReaders).map(([field, roles]) => [field, new Set(roles as readonly CasePartyRole[])]));
    expect(expectedReaders).toEqual(policy);
  });

  it('gives every leaf of the ImlCase type a policy line, and every policy line a leaf', () => {
    expect(Object.keys(leafPolicy).sort()).toEqual([...schemaPaths].sort());
    const used = new Set(Object.values(leafPolicy).filter((policy) => policy !== 'always'));
    expect([...used].sort()).toEqual(Object.keys(caseFieldReaders).sort());
  });

  it('is tried on cases that hold data in every leaf (so that a null proves something)', async () => {
    const truths = [await truthOf(cases.a.id), await truthOf(cases.b.id)];
    const empty = schemaPaths.filter((path) => !truths.some((truth) => valuesAt(truth, path).some((value) => value !== null)));
    expect(empty).toEqual([]);
    expect(truths.map((truth) => truth.state)).toEqual(['SUPPORTED', 'REORIENTED']);
    expect(truths[0].decisions.some((d: Case) => !d.applied && !d.cancelled)).toBe(true);
  });
});

describe('every way to a case', () => {
  it.each(allActorNames)('imlCase(id), as %s', async (actor) => {
    for (const c of [cases.a, cases.b]) {
      const result = await env.as(actor)<{ imlCase: Case | null }>(`query($id: ID!) { imlCase(id: $id) { ${selection} } }`, { id: c.id });
      if (actor === 'anonymous') {
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
        expect(result.data?.imlCase ?? null).toBeNull();
        continue;
      }
      expect(result.errors).toBeUndefined();
      expectTrimmed(actor, result.data!.imlCase, await truthOf(c.id), 'imlCase');
    }
  });

  it.each(allActorNames)('imlCases edges, as %s', async (actor) => {
    const result = await env.as(actor)<{ imlCases: { totalCount: number; edges: Array<{ node: Case }> } }>(
      `query($first: Int) { imlCases(territory: "clsm-metz", first: $first) { totalCount edges { node { ${selection} } } } }`,
      { first: 100 },
    );
    if (actor === 'anonymous') {
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      return;
    }
    expect(result.errors).toBeUndefined();
    const { edges, totalCount } = result.data!.imlCases;
    expect(totalCount).toBe(edges.length);
    if (!roleOf[actor]) expect(edges).toEqual([]);
    for (const c of [cases.a, cases.b]) {
      expectTrimmed(actor, edges.find((edge) => edge.node.id === c.id)?.node ?? null, await truthOf(c.id), 'imlCases');
    }
  });

  it('mutation answers: each author gets the case trimmed for its role', () => {
    // Every answer of the set-up: referral, consents and their withdrawal, the moves of each
    // party, reviews, the proposal and the agreements of an outcome.
    expect(new Set(mutationAnswers.map((m) => m.field))).toEqual(
      new Set(['referImlCase', 'recordImlConsent', 'withdrawImlConsent', 'moveImlCase', 'recordImlReview', 'proposeImlOutcome', 'answerImlOutcome']),
    );
    expect(new Set(mutationAnswers.map((m) => m.actor))).toEqual(new Set(parties));
    for (const { actor, field, answer, truth } of mutationAnswers) expectTrimmed(actor, answer, truth, `${field} answer`);
  });

  it('a landlord’s move answers without identity, support plan, consents or clinical part', async () => {
    // The same check ran on every answer while the cases were set up; this one spells it out.
    let c = await referAndPresent('Fuite-Gamma');
    c = await move('landlordReferent', c, 'ACCEPTED', { on: '2026-01-20' });
    expect(c.viewerRoles).toEqual(['LANDLORD']);
    expect([c.identity, c.supportPlan, c.consents, c.justifications, c.clinicalNotes, c.eligibility]).toEqual([null, null, null, null, null, null]);
    expect(JSON.stringify(c)).not.toContain('Fuite-Gamma');
  });

  it('imlCaseChanged: each party receives the case trimmed for its role, the others nothing', async () => {
    const document = `subscription { imlCaseChanged(territory: "clsm-metz") { ${selection} } }`;
    const events = env.server.deps.events;
    const listening = eventListenerCount(events);
    const cookies = Object.fromEntries(await Promise.all(allActorNames.map(async (actor) => [actor, await env.freshCookie(actor)] as const)));
    const subscriptions = Object.fromEntries(allActorNames.map((actor) => [actor, openSubscription(env.server.url, document, {}, cookies[actor])] as const));
    type Message = Pick<GraphqlResult<{ imlCaseChanged: Case }>, 'data' | 'errors'>;
    /** The actor's messages up to the one about `caseId`. */
    const until = async (actor: AnyActorName, caseId: string): Promise<Case> => {
      for (;;) {
        const message = (await subscriptions[actor].next()) as Message;
        expect(message.errors, actor).toBeUndefined();
        if (message.data!.imlCaseChanged.id === caseId) return message.data!.imlCaseChanged;
      }
    };
    try {
      // The public is refused at once (with which code: see iml-case.security.test.ts); every
      // account's subscription is listening before the change.
      const refused = await subscriptions.anonymous.next();
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.length).toBeGreaterThan(0);
      await untilListening(events, listening + allActorNames.length - 1);

      // A change to A (a review by the operator), then an event naming B.
      await recordReview('housingOperator', cases.a.id, 'Deuxième évaluation (fictif)');
      const truthA = await truthOf(cases.a.id);
      for (const actor of parties) expectTrimmed(actor, await until(actor, cases.a.id), truthA, 'imlCaseChanged (A)');
      events.publish(imlCaseChangedTopic, cases.b.id);
      const truthB = await truthOf(cases.b.id);
      for (const actor of parties) expectTrimmed(actor, await until(actor, cases.b.id), truthB, 'imlCaseChanged (B)');

      // Non-parties: whatever they were to hear has had time to come; then their sessions end and
      // one more event goes out. Their first message is the refusal that follows: they were
      // listening all along, and heard neither case.
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const actor of outsiders.filter((a) => a !== 'anonymous')) {
        expect((await env.server.graphql('mutation { signOut }', {}, cookies[actor])).data, actor).toEqual({ signOut: true });
      }
      events.publish(imlCaseChangedTopic, cases.a.id);
      for (const actor of outsiders.filter((a) => a !== 'anonymous')) {
        const first = (await subscriptions[actor].next()) as Message;
        expect(first.data ?? null, `${actor} heard a case`).toBeNull();
        expect(first.errors?.length, actor).toBeGreaterThan(0);
        expect(JSON.stringify(first)).not.toMatch(/Fuite-|IML-/);
      }
    } finally {
      await Promise.all(Object.values(subscriptions).map((subscription) => subscription.close()));
    }
  });
});
