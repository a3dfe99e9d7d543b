import { beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../demo/accounts.data.js';
import type { GraphqlResult } from '../test-support/test-server.js';
import { createSchema } from '../graphql/schema.js';
import { conventionChangedTopic } from '../modules/conventions/convention.service.js';
import { groupChangedTopic } from '../modules/groups/group.service.js';
import { meetingChangedTopic } from '../modules/meetings/meeting.service.js';
import { editionProgrammeChangedTopic } from '../modules/events/event.service.js';
import { partnerUpdatedTopic } from '../modules/partners/partner-editing.service.js';
import { projectChangedTopic } from '../modules/projects/project.service.js';
import { imlCaseChangedTopic } from '../modules/housing/case-store.js';
import { supportRequestChangedTopic } from '../modules/tenant-support/support-request.service.js';
import { housingActions, referral } from '../modules/housing/iml-case.test-helpers.js';
import {
  allActorEmails,
  allActorNames,
  allMetzAccounts,
  classify,
  eventListenerCount,
  openSubscription,
  unafamEditors,
  untilListening,
  useHousingActorsServer,
  type AnyAccountActor,
  type AnyActorName,
  type DenyOrAllow,
} from './actors.test-helpers.js';

// Every operation of the schema, as every kind of actor, against the real server. An operation
// added to the schema without a line here fails the first test. The actors are the first eight
// and the housing ones (another landlord's referent, a funder, a CMP correspondent), all
// accounts of clsm-metz.

const env = useHousingActorsServer();

type ActorName = AnyActorName;
type AccountActor = AnyAccountActor;
const actorNames = allActorNames;
const actorEmails = allActorEmails;
const metzAccounts = allMetzAccounts;

type Expected = Record<ActorName, DenyOrAllow>;
const allowing = (who: (actor: ActorName) => boolean): Expected =>
  Object.fromEntries(actorNames.map((actor) => [actor, who(actor) ? 'allow' : 'deny'])) as Expected;

const everybody = allowing(() => true);
const signedIn = allowing((actor) => actor !== 'anonymous');
const unafamEditorsOnly = allowing((actor) => (unafamEditors as ReadonlySet<ActorName>).has(actor));
const metzCoordinatorOnly = allowing((actor) => actor === 'coordinator');
const metzMembers = allowing((actor) => metzAccounts.has(actor));

interface Case {
  expected: Expected;
  /** Performs the operation as the actor and classifies the outcome (see `classify`). */
  run(actor: ActorName, field: string): Promise<string>;
}

interface HttpSpec {
  document: string;
  /** How the outcome reads; `classify` by default. */
  classify?: (result: Pick<GraphqlResult, 'data' | 'errors'>, field: string) => string;
  variables?: (actor: ActorName) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** The session to send; the actor's own by default. */
  cookie?: (actor: ActorName) => Promise<string | undefined>;
  cleanUp?: () => Promise<unknown>;
}

function overHttp(expected: Expected, spec: HttpSpec): Case {
  return {
    expected,
    async run(actor, field) {
      const variables = await spec.variables?.(actor);
      const cookie = spec.cookie ? await spec.cookie(actor) : env.cookies[actor];
      try {
        return (spec.classify ?? classify)(await env.server.graphql(spec.document, variables, cookie), field);
      } finally {
        await spec.cleanUp?.();
      }
    },
  };
}

const unafam = 'unafam-moselle';
let serial = 0;
const fresh = () => (serial += 1);

/** The entry as it is now: every edit names the version it was read at. */
async function unafamTarget(): Promise<{ partnerId: string; version: number }> {
  const result = await env.server.graphql<{ partner: { id: string; version: number } }>(
    `query($slug: String!) { partner(slug: $slug) { id version } }`,
    { slug: unafam },
  );
  return { partnerId: result.data!.partner.id, version: result.data!.partner.version };
}

async function unafamContactId(): Promise<string> {
  const [{ id }] = await env.database.dataSource.query(
    `SELECT c.id FROM contact c JOIN partner p ON p.id = c.partner_id WHERE p.slug = $1 ORDER BY c.position LIMIT 1`,
    [unafam],
  );
  return id;
}

const disposableFunction = 'Contact jetable (matrice)';

async function insertDisposableContact(): Promise<string> {
  const [{ id: personId }] = await env.database.dataSource.query(
    `INSERT INTO person (first_name, last_name) VALUES ('Zoé', $1) RETURNING id`,
    [`Jetable ${fresh()}`],
  );
  const [{ id }] = await env.database.dataSource.query(
    `INSERT INTO contact (partner_id, person_id, function, position)
     VALUES ((SELECT id FROM partner WHERE slug = $1), $2, $3, 99) RETURNING id`,
    [unafam, personId, disposableFunction],
  );
  return id;
}

const removeDisposableContacts = () => env.database.dataSource.query(`DELETE FROM contact WHERE function = $1`, [disposableFunction]);

/** The account whose password resetPassword changes: nobody acts with it. */
const resetAccount = 'oubli.essai@example.org';

beforeAll(async () => {
  await env.database.dataSource.query(
    `WITH p AS (INSERT INTO person (first_name, last_name) VALUES ('Oscar', 'Oubli') RETURNING id)
     INSERT INTO user_account (email, password_hash, person_id) SELECT $1, NULL, id FROM p`,
    [resetAccount],
  );
});

/** A service of the UNAFAM entry, inserted directly, for the update and remove rows. */
async function freshUnafamService(): Promise<{ id: string; v: number }> {
  const [row] = await env.database.dataSource.query(
    `INSERT INTO partner_service (partner_id, slug, name) SELECT id, $2, 'Service de la matrice' FROM partner WHERE slug = $1 RETURNING id, version`,
    [unafam, `matrice-service-${fresh()}`],
  );
  return { id: row.id, v: row.version };
}

const partnerFields = '{ id version }';
const housingGroup = 'logement-sante-mentale';

async function housingGroupId(): Promise<string> {
  const [{ id }] = await env.database.dataSource.query(`SELECT id FROM working_group WHERE slug = $1`, [housingGroup]);
  return id;
}

/** A planned meeting of the housing group, new for each call, so every edit starts clean. */
async function freshMeeting(): Promise<{ id: string; version: number }> {
  const [meeting] = await env.database.dataSource.query(
    `INSERT INTO meeting (territory_id, group_id, body, title, starts_at, ends_at, status)
     SELECT territory_id, id, 'GROUP', $2, '2027-06-01T12:00:00Z', '2027-06-01T14:00:00Z', 'PLANNED' FROM working_group WHERE slug = $1
     RETURNING id, version`,
    [housingGroup, `Réunion de la matrice ${fresh()}`],
  );
  await env.database.dataSource.query(`INSERT INTO agenda_item (meeting_id, position, title) VALUES ($1, 0, 'Point')`, [meeting.id]);
  await env.database.dataSource.query(`INSERT INTO action_item (meeting_id, group_id, title, status) SELECT $1, group_id, 'Action de la matrice', 'OPEN' FROM meeting WHERE id = $1`, [meeting.id]);
  return meeting;
}

async function draftConvention(): Promise<{ id: string; v: number }> {
  const [row] = await env.database.dataSource.query(
    `INSERT INTO convention (territory_id, slug, title, status) SELECT id, 'matrice-' || gen_random_uuid(), 'Convention de la matrice', 'DRAFT'
     FROM territory WHERE slug = 'clsm-metz' RETURNING id, version`,
  );
  return { id: row.id, v: row.version };
}

/** A text document attached to a fresh draft convention. */
async function conventionDocument(): Promise<string> {
  const { id: conventionId } = await draftConvention();
  const [{ id }] = await env.database.dataSource.query(
    `INSERT INTO convention_document (convention_id, title, file_name, media_type, byte_size, content) VALUES ($1, 'Note', 'note.txt', 'text/plain', 4, 'note'::bytea) RETURNING id`,
    [conventionId],
  );
  return id;
}

/** A project of the Metz territory with one funding line and one indicator, new for each call. */
async function matrixProject(): Promise<{ id: string; version: number; lineId: string; indicatorId: string }> {
  const db = env.database.dataSource;
  const [project] = await db.query(
    `INSERT INTO project (territory_id, slug, name, status) SELECT id, 'matrice-' || gen_random_uuid(), 'Projet de la matrice', 'ACTIVE'
     FROM territory WHERE slug = 'clsm-metz' RETURNING id, version`,
  );
  const [line] = await db.query(
    `INSERT INTO funding_line (project_id, funder_name, basis, amount_cents, from_year, to_year, position) VALUES ($1, 'Financeur', 'PER_YEAR', 100000, 2020, 2020, 0) RETURNING id`,
    [project.id],
  );
  const [indicator] = await db.query(`INSERT INTO project_indicator (project_id, name, position) VALUES ($1, 'Indicateur', 0) RETURNING id`, [project.id]);
  return { id: project.id, version: project.version, lineId: line.id, indicatorId: indicator.id };
}

async function joinRequest(): Promise<string> {
  const [{ id }] = await env.database.dataSource.query(
    `WITH p AS (INSERT INTO person (first_name, last_name) VALUES ('Jules', $2) RETURNING id)
     INSERT INTO group_membership (group_id, person_id, role, status) SELECT g.id, p.id, 'MEMBER', 'REQUESTED' FROM working_group g, p WHERE g.slug = $1
     RETURNING id`,
    [housingGroup, `Demandeur ${fresh()}`],
  );
  return id;
}

/** An event of SISM 2020 (or a training session), new for each call; organised by UNAFAM. */
async function freshProjectEvent(options: { status: string; kind?: 'EVENT' | 'TRAINING'; startsAt?: string }): Promise<{ id: string; v: number }> {
  const kind = options.kind ?? 'EVENT';
  const [row] = await env.database.dataSource.query(
    `INSERT INTO project_event (project_id, edition_id, kind, title, starts_at, audience, status, capacity)
     SELECT p.id, CASE WHEN $1 = 'EVENT' THEN (SELECT id FROM edition WHERE slug = 'sism-2020') END, $1, $2, $3, 'PUBLIC', $4, CASE WHEN $1 = 'TRAINING' THEN 50 END
     FROM project p WHERE p.slug = CASE WHEN $1 = 'EVENT' THEN 'sism' ELSE 'sensibilisation-sante-mentale' END
     RETURNING id, version`,
    [kind, `Événement de la matrice ${fresh()}`, options.startsAt ?? (kind === 'EVENT' ? '2020-03-20T12:00:00Z' : '2027-06-01T07:00:00Z'), options.status],
  );
  await env.database.dataSource.query(`INSERT INTO event_organiser (event_id, partner_id) SELECT $1, id FROM partner WHERE slug = $2`, [row.id, unafam]);
  return { id: row.id, v: row.version };
}

async function matrixEdition(): Promise<{ id: string; v: number }> {
  const year = 2100 + fresh();
  const [row] = await env.database.dataSource.query(
    `INSERT INTO edition (project_id, year, slug, theme, starts_on, ends_on) SELECT id, $1::int, 'matrice-' || $1::int, 'Thème de la matrice', '2030-03-16', '2030-03-29'
     FROM project WHERE slug = 'sism' RETURNING id, version`,
    [year],
  );
  return { id: row.id, v: row.version };
}

async function sism2020Id(): Promise<string> {
  const [{ id }] = await env.database.dataSource.query(`SELECT id FROM edition WHERE slug = 'sism-2020'`);
  return id;
}

const meetingEdit = (document: string, variables: (meeting: { id: string; version: number }) => Record<string, unknown> = (m) => ({ id: m.id, v: m.version })) =>
  overHttp(metzCoordinatorOnly, { document, variables: async () => variables(await freshMeeting()) });

function liveCase(subscription: string, variables: () => Promise<Record<string, unknown>>, nudge: () => Promise<void>): Case {
  return {
    expected: signedIn,
    async run(actor, field) {
      const opened = openSubscription(env.server.url, subscription, await variables(), env.cookies[actor]);
      try {
        return classify(await opened.next({ nudge: () => void nudge() }), field);
      } finally {
        await opened.close();
      }
    },
  };
}

/** A sector of the Metz territory, new for each call, so every edit starts at version 1. */
async function matrixSector(options: { commune?: string; street?: string } = {}): Promise<{ s: string; v: number; code: string; streetId?: string }> {
  const db = env.database.dataSource;
  const code = `matrice-${fresh()}`;
  const [row] = await db.query(
    `INSERT INTO psychiatric_sector (territory_id, code, name) SELECT id, $1, 'Secteur de la matrice' FROM territory WHERE slug = 'clsm-metz' RETURNING id, version`,
    [code],
  );
  if (options.commune) await db.query(`INSERT INTO sector_commune (sector_id, commune_code) VALUES ($1, $2)`, [row.id, options.commune]);
  let streetId: string | undefined;
  if (options.street) {
    [{ id: streetId }] = await db.query(
      `INSERT INTO sector_street (sector_id, commune_code, street_key, street_label) VALUES ($1, '57463', $2, $2) RETURNING id`,
      [row.id, options.street],
    );
  }
  return { s: row.id, v: row.version, code, streetId };
}

/** geocodeAddress is open to all; with no geocoder in tests its answer is "unavailable", not a refusal. */
const geocodeCase: Case = {
  expected: everybody,
  async run(actor, field) {
    const result = await env.server.graphql('{ geocodeAddress(text: "12 rue Serpenoise Metz") { label } }', undefined, env.cookies[actor]);
    const unavailable = result.errors?.length === 1 && result.errors[0].extensions?.code === 'SERVICE_UNAVAILABLE';
    return unavailable ? 'allow' : classify(result, field);
  },
};

// ——— The IML housing pathway (issue #7) ———
// Operations on one case are tried on cases set up through the pathway, in the state where each
// actor's access means something. A case its viewer is no party of is hidden rather than refused
// (NOT_FOUND, or a null answer): `classifyCase` counts that as 'deny', explicitly.

const act = housingActions(env);
const housingIds = { erah: '', amli: '', landlord: '' };
interface CaseRef {
  id: string;
  version: number;
}
const housing = {
  /** PRESENTED: the care team, the coordination, the operator and the landlord are its parties. */
  presented: { id: '', version: 0 } as CaseRef,
  /** ORIENTED: the landlord is not a party yet; consents to share with it are recorded and withdrawn. */
  oriented: { id: '', version: 0 } as CaseRef,
  /** SUPPORTED: reviews and outcomes. */
  supported: { id: '', version: 0 } as CaseRef,
  /** PRESENTED, for the move to ACCEPTED; replaced once moved. */
  movable: null as CaseRef | null,
};

const caseParties = allowing((actor) => ['careTeam', 'coordinator', 'housingOperator', 'landlordReferent'].includes(actor));
/** The care team, the operator and the landlord: reviews and outcomes. */
const jointParties = allowing((actor) => ['careTeam', 'housingOperator', 'landlordReferent'].includes(actor));
/** Who collects the person's consent: the care team and the operator. */
const consentCollectors = allowing((actor) => actor === 'careTeam' || actor === 'housingOperator');
/** The parties of the scheme in the territory, its coordination and its funders. */
const schemeMembers = allowing((actor) => ['coordinator', 'careTeam', 'housingOperator', 'landlordReferent', 'otherLandlord', 'funder', 'cmpCorrespondent'].includes(actor));
const landlordReferentOnly = allowing((actor) => actor === 'landlordReferent');

/** 'deny' when the case (or offer) is hidden from the viewer: NOT_FOUND only, or a null answer; else as `classify`. */
function classifyCase(result: Pick<GraphqlResult, 'data' | 'errors'>, field: string): string {
  const errors = result.errors ?? [];
  const data = (result.data as Record<string, unknown> | null | undefined)?.[field];
  if (errors.length && errors.every((e) => e.extensions?.code === 'NOT_FOUND')) {
    return data === null || data === undefined ? 'deny' : `deny, yet data: ${JSON.stringify(data)}`;
  }
  if (!errors.length && data === null) return 'deny';
  return classify(result, field);
}

/** For `imlCases`: 'allow' when the list shows the case, 'deny' when it is refused or leaves the case out. */
const listingCase = (caseId: () => string) => (result: Pick<GraphqlResult, 'data' | 'errors'>, field: string): string => {
  const outcome = classify(result, field);
  if (outcome !== 'allow') return outcome;
  const edges = (result.data as { imlCases: { edges: Array<{ node: { id: string } }> } }).imlCases.edges;
  return edges.some((edge) => edge.node.id === caseId()) ? 'allow' : 'deny';
};

function must<T>(result: Pick<GraphqlResult<T>, 'data' | 'errors'>, what: string): T {
  if (result.errors?.length) throw new Error(`${what}: ${result.errors.map((e) => `${e.extensions?.code} ${e.message}`).join('; ')}`);
  return result.data as T;
}

/** A new case, taken along the pathway by its parties up to `target`. */
async function caseAt(target: 'ORIENTED' | 'PRESENTED' | 'SUPPORTED'): Promise<CaseRef> {
  let c = (await act.refer()) as CaseRef;
  const move = async (actor: Parameters<typeof act.move>[0], to: string, input: Record<string, unknown>) => {
    c = must(await act.move(actor, c.id, c.version, to, input), `${actor} ${to}`).moveImlCase as CaseRef;
  };
  await move('coordinator', 'REGISTERED', { on: '2026-01-06' });
  c = must(await act.consent('careTeam', c.id, 'HOUSING_OPERATOR', housingIds.amli), 'operator consent').recordImlConsent as CaseRef;
  await move('coordinator', 'ORIENTED', { on: '2026-01-07', operatorId: housingIds.amli });
  if (target === 'ORIENTED') return c;
  await move('housingOperator', 'MATCHING', { on: '2026-01-08' });
  const offer = await act.publishOffer('landlordReferent', 'metz-habitat-territoire');
  c = must(await act.consent('housingOperator', c.id, 'LANDLORD', housingIds.landlord), 'landlord consent').recordImlConsent as CaseRef;
  await move('housingOperator', 'PRESENTED', { on: '2026-01-09', offerId: offer.id });
  if (target === 'PRESENTED') return c;
  await move('landlordReferent', 'ACCEPTED', { on: '2026-01-20' });
  await move('landlordReferent', 'HOUSED', { on: '2026-02-01', leaseStartsOn: '2026-02-01', subleaseStartsOn: '2026-02-01' });
  await move('housingOperator', 'SUPPORTED', { on: '2026-02-02', supportArrangements: 'Accompagnement de la matrice (fictif)' });
  return c;
}

/** The case as the care team (which reads everything of it) sees it now. */
async function caseNow(caseId: string): Promise<Record<string, any>> {
  return must(await act.read('careTeam', caseId), 'care team read').imlCase!;
}

/** Withdraws the standing consents to share with the landlord (the care team does). */
async function withdrawLandlordConsents(): Promise<void> {
  const { consents } = await caseNow(housing.oriented.id);
  for (const consent of consents.filter((c: { partyRole: string; withdrawnOn: string | null }) => c.partyRole === 'LANDLORD' && !c.withdrawnOn)) {
    must(
      await act.run('careTeam', 'mutation($id: ID!) { withdrawImlConsent(consentId: $id, withdrawnOn: "2026-01-12") { imlCase { id } } }', { id: consent.id }),
      'withdraw',
    );
  }
}

const answerAs: Record<string, Parameters<typeof act.run>[0]> = { CARE_TEAM: 'careTeam', HOUSING_OPERATOR: 'housingOperator', LANDLORD: 'landlordReferent' };

/** Declines the pending outcome of the supported case, if any, as a party that has not agreed yet. */
async function declinePendingOutcome(): Promise<void> {
  const { decisions } = await caseNow(housing.supported.id);
  for (const decision of decisions.filter((d: { applied: boolean; awaiting: string[] }) => !d.applied && d.awaiting.length)) {
    must(await act.run(answerAs[decision.awaiting[0]], 'mutation($d: ID!) { answerImlOutcome(decisionId: $d, agree: false) { id } }', { d: decision.id }), 'decline');
  }
}

/** A new outcome of the supported case, proposed by the care team (its first agreement). */
async function pendingOutcome(): Promise<string> {
  await declinePendingOutcome();
  const { version } = await caseNow(housing.supported.id);
  const proposed = must(
    await act.run<{ proposeImlOutcome: { decisions: Array<{ id: string; applied: boolean; cancelled: boolean }> } }>(
      'careTeam',
      'mutation($i: ImlOutcomeInput!) { proposeImlOutcome(input: $i) { decisions { id applied cancelled } } }',
      { i: { caseId: housing.supported.id, version, outcome: 'LEASE_TRANSFERRED', decidedOn: '2026-11-02', reason: 'Matrice (fictif)' } },
    ),
    'propose',
  );
  return proposed.proposeImlOutcome.decisions.find((d) => !d.applied && !d.cancelled)!.id;
}

/** A new offer of metz-habitat-territoire, published by its referent. */
const landlordOffer = async () => {
  const offer = await act.publishOffer('landlordReferent', 'metz-habitat-territoire');
  return { o: offer.id, v: offer.version };
};
const offerInput = { reference: 'LOG-MATRICE', flatType: 'T2', communeCode: '57463', rent: 350, charges: 50, accessible: false, nearServices: true, nearTransport: false, availableOn: '2026-02-01' };

type Message = Pick<GraphqlResult, 'data' | 'errors'>;

/**
 * What `actor` hears on a record's live topic when an event names `id`: its first message, or
 * silence. Silence is proven, not assumed: the subscription is counted as listening before the
 * event, a subscription of a party (`control`) hears the event, and when nothing came within
 * half a second, the actor's session is ended and one more event sent: the refusal that follows
 * (whatever its code) shows its subscription was processing the events all along, and let none
 * through.
 */
async function eventHeard(
  actor: AnyActorName,
  live: { document: string; topic: string; id: string; field: string; control: AnyActorName },
): Promise<{ heard: Message } | { silent: Message }> {
  const events = env.server.deps.events;
  const cookie = actor === 'anonymous' ? undefined : await env.freshCookie(actor);
  const listening = eventListenerCount(events);
  const subscription = openSubscription(env.server.url, live.document, {}, cookie);
  if (actor === 'anonymous') {
    try {
      return { heard: await subscription.next() };
    } finally {
      await subscription.close();
    }
  }
  const control = openSubscription(env.server.url, live.document, {}, env.cookies[live.control]);
  const nudge = () => events.publish(live.topic, live.id);
  try {
    await untilListening(events, listening + 2);
    nudge();
    expect((await control.next()).data).toMatchObject({ [live.field]: { id: live.id } });
    const heard = await subscription.next({ timeoutMs: 500 }).catch(() => null);
    if (heard) return { heard };
    expect((await env.server.graphql('mutation { signOut }', {}, cookie)).data).toEqual({ signOut: true });
    nudge();
    const last = await subscription.next();
    return last.data ? { heard: last } : { silent: last };
  } finally {
    await subscription.close();
    await control.close();
  }
}

/** A live row: heard by `expected`, silent (or refused) for the others. */
const liveRecord = (expected: Expected, live: () => Parameters<typeof eventHeard>[1]): Case => ({
  expected,
  async run(actor, field) {
    const outcome = await eventHeard(actor, live());
    if ('silent' in outcome) {
      expect(outcome.silent.errors?.length).toBeGreaterThan(0);
      return 'deny';
    }
    return classify(outcome.heard, field);
  },
});

beforeAll(async () => {
  housingIds.erah = await env.partnerId('ch-jury-erah');
  housingIds.amli = await env.partnerId('amli');
  housingIds.landlord = await env.partnerId('metz-habitat-territoire');
  housing.presented = await caseAt('PRESENTED');
  housing.oriented = await caseAt('ORIENTED');
  housing.supported = await caseAt('SUPPORTED');
});


// Tenant support (issue #8). A request of metz-habitat-territoire's referent about a tenant of
// Montigny-lès-Metz goes to the CMP of sector 2, whose correspondent is `cmpCorrespondent`; a
// commission session gathers UNAFAM and metz-habitat-territoire, agenda published.

const support = { request: '', session: '', situation: '' };
const supportParties = allowing((actor) => actor === 'landlordReferent' || actor === 'cmpCorrespondent');
const cmpOnly = allowing((actor) => actor === 'cmpCorrespondent');
const commissionMembers = allowing((actor) => ['coordinator', 'unafamAdmin', 'landlordReferent'].includes(actor));
const memberPartner: Partial<Record<ActorName, string>> = { unafamAdmin: 'unafam-moselle', landlordReferent: 'metz-habitat-territoire' };

async function supportRequest(): Promise<{ id: string; version: number }> {
  const reported = must(
    await env.as('landlordReferent')<{ reportSupportRequest: { id: string; version: number } }>(
      'mutation($i: SupportRequestInput!) { reportSupportRequest(territory: "clsm-metz", input: $i) { id version } }',
      {
        i: {
          landlordId: housingIds.landlord,
          address: { communeCode: '57480', street: 'Rue de la Matrice', houseNumber: '1' },
          withConsent: false,
          facts: 'Situation de la matrice (fictif)',
          riskToSelf: false,
          riskToOthers: false,
        },
      },
    ),
    'support request',
  );
  return reported.reportSupportRequest;
}

async function commissionSession(publish: boolean): Promise<{ id: string; version: number }> {
  const members = [await env.partnerId('unafam-moselle'), housingIds.landlord];
  const convened = must(
    await env.as('coordinator')<{ conveneCommission: { id: string; version: number } }>(
      'mutation($i: CommissionSessionInput!) { conveneCommission(territory: "clsm-metz", input: $i) { id version } }',
      { i: { heldOn: '2026-12-10', memberPartnerIds: members } },
    ),
    'convene',
  ).conveneCommission;
  if (!publish) return convened;
  must(await env.as('coordinator')('mutation($s: ID!, $v: Int!) { publishCommissionAgenda(sessionId: $s, version: $v) { id } }', { s: convened.id, v: convened.version }), 'publish');
  return convened;
}

/** 'allow' when the list (of `field`) shows the record `id()`, 'deny' when refused or left out. */
const listing = (id: () => string) => (result: Pick<GraphqlResult, 'data' | 'errors'>, field: string): string => {
  const outcome = classify(result, field);
  if (outcome !== 'allow') return outcome;
  return ((result.data as Record<string, Array<{ id: string }>>)[field]).some((row) => row.id === id()) ? 'allow' : 'deny';
};

beforeAll(async () => {
  support.request = (await supportRequest()).id;
  support.session = (await commissionSession(true)).id;
  const situation = must(
    await env.as('landlordReferent')<{ addCommissionSituation: { id: string } }>(
      'mutation($s: ID!, $p: ID!) { addCommissionSituation(sessionId: $s, partnerId: $p, facts: "Situation de la matrice (fictif)") { id } }',
      { s: support.session, p: housingIds.landlord },
    ),
    'situation',
  );
  support.situation = situation.addCommissionSituation.id;
});

const matrix: Record<string, Case> = {
  'Query.psychiatricSectors': overHttp(everybody, { document: '{ psychiatricSectors(territory: "clsm-metz") { code viewerCanEdit cmp { slug } communes { code } streets { streetLabel } } }' }),
  'Query.sectorCommunes': overHttp(everybody, { document: '{ sectorCommunes(territory: "clsm-metz") { code assignment sectors { code } } }' }),
  'Query.sectorForAddress': overHttp(everybody, {
    document: '{ sectorForAddress(territory: "clsm-metz", address: { communeCode: "57751" }) { match sector { code cmp { slug } } } }',
  }),
  'Query.geocodeAddress': geocodeCase,
  'Query.geocoderAvailable': overHttp(everybody, { document: '{ geocoderAvailable }' }),
  'Mutation.setSectorCmp': overHttp(metzCoordinatorOnly, {
    document: 'mutation($s: ID!, $v: Int!) { setSectorCmp(sectorId: $s, version: $v, partnerId: null) { version } }',
    variables: () => matrixSector(),
  }),
  'Mutation.assignSectorCommune': overHttp(metzCoordinatorOnly, {
    document: 'mutation($s: ID!, $v: Int!) { assignSectorCommune(sectorId: $s, version: $v, communeCode: "57352") { version } }',
    variables: () => matrixSector(),
    cleanUp: () => env.database.dataSource.query(`DELETE FROM sector_commune WHERE commune_code = '57352'`),
  }),
  'Mutation.unassignSectorCommune': overHttp(metzCoordinatorOnly, {
    document: 'mutation($s: ID!, $v: Int!) { unassignSectorCommune(sectorId: $s, version: $v, communeCode: "57385") { version } }',
    variables: () => matrixSector({ commune: '57385' }),
    cleanUp: () => env.database.dataSource.query(`DELETE FROM sector_commune WHERE commune_code = '57385'`),
  }),
  'Mutation.addSectorStreet': overHttp(metzCoordinatorOnly, {
    document: 'mutation($s: ID!, $v: Int!, $i: SectorStreetInput!) { addSectorStreet(sectorId: $s, version: $v, input: $i) { version } }',
    variables: async () => ({ ...(await matrixSector()), i: { communeCode: '57463', street: `Rue de la matrice ${fresh()}` } }),
  }),
  'Mutation.removeSectorStreet': overHttp(metzCoordinatorOnly, {
    document: 'mutation($id: ID!, $v: Int!) { removeSectorStreet(streetId: $id, version: $v) { version } }',
    variables: async () => {
      const sector = await matrixSector({ street: `rue matrice ${fresh()}` });
      return { id: sector.streetId, v: sector.v };
    },
  }),
  'Query.previewSectorImport': overHttp(metzCoordinatorOnly, {
    document: 'query($csv: String!) { previewSectorImport(territory: "clsm-metz", csv: $csv) { newCount rows { status } } }',
    variables: async () => ({ csv: `secteur;code_commune;rue\n${(await matrixSector()).code};57463;Rue aperçue ${fresh()}` }),
  }),
  'Mutation.importSectors': overHttp(metzCoordinatorOnly, {
    document: 'mutation($csv: String!) { importSectors(territory: "clsm-metz", csv: $csv) { applied newCount } }',
    variables: async () => ({ csv: `secteur;code_commune;rue\n${(await matrixSector()).code};57463;Rue importée ${fresh()}` }),
  }),
  'Query.audiences': overHttp(everybody, { document: '{ audiences { code label } }' }),
  'Query.directoryFacets': overHttp(everybody, { document: '{ directoryFacets(territory: "clsm-metz") { sectors { code partnerCount } } }' }),
  'Query.me': overHttp(everybody, { document: '{ me { email roles { role } } }' }),
  'Query.partner': overHttp(everybody, {
    document: 'query($slug: String!) { partner(slug: $slug) { slug name viewerCanEdit contacts { function email phone } } }',
    variables: () => ({ slug: unafam }),
  }),
  'Query.partnerKinds': overHttp(everybody, { document: '{ partnerKinds { code label } }' }),
  'Query.partners': overHttp(everybody, { document: '{ partners(first: 5) { totalCount edges { node { slug viewerCanEdit } } } }' }),
  'Query.partnerMarkers': overHttp(everybody, { document: '{ partnerMarkers(filter: { territory: "clsm-metz" }) { slug sector latitude longitude } }' }),
  'Query.sectors': overHttp(everybody, { document: '{ sectors(territory: "clsm-metz") { code label } }' }),
  'Query.territories': overHttp(everybody, { document: '{ territories { slug name } }' }),
  'Query.territory': overHttp(everybody, { document: '{ territory(slug: "clsm-metz") { slug name } }' }),
  'Query.themes': overHttp(everybody, { document: '{ themes { code label } }' }),
  'Query.service': overHttp(everybody, { document: '{ service(slug: "amli-logements-accompagnes-iml") { slug capacity partner { slug } } }' }),
  'Mutation.createPartnerService': overHttp(unafamEditorsOnly, {
    document: `mutation($p: ID!, $f: PartnerServiceFieldsInput!) { createPartnerService(partnerId: $p, fields: $f) { id } }`,
    async variables() {
      return { p: (await unafamTarget()).partnerId, f: { name: `Service ajouté (matrice ${fresh()})` } };
    },
    cleanUp: () => env.database.dataSource.query(`DELETE FROM partner_service WHERE name LIKE 'Service ajouté (matrice %'`),
  }),
  'Mutation.updatePartnerService': overHttp(unafamEditorsOnly, {
    document: `mutation($id: ID!, $v: Int!) { updatePartnerService(id: $id, version: $v, fields: { capacity: 3 }) { id } }`,
    variables: () => freshUnafamService(),
  }),
  'Mutation.removePartnerService': overHttp(unafamEditorsOnly, {
    document: `mutation($id: ID!, $v: Int!) { removePartnerService(id: $id, version: $v) }`,
    variables: () => freshUnafamService(),
  }),

  'Mutation.signIn': overHttp(everybody, {
    document: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }',
    variables: () => ({ e: actorEmails.gemMember, p: demoPassword }),
  }),
  'Mutation.signOut': overHttp(everybody, {
    document: 'mutation { signOut }',
    cookie: (actor) => env.freshCookie(actor),
  }),
  'Mutation.requestPasswordReset': overHttp(everybody, {
    document: 'mutation($e: String!) { requestPasswordReset(email: $e) }',
    variables: () => ({ e: resetAccount }),
  }),
  'Mutation.resetPassword': overHttp(everybody, {
    document: 'mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }',
    async variables() {
      await env.server.graphql('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: resetAccount });
      return { t: env.outbox.lastToken(resetAccount, '/reinitialisation/'), p: `nouveau-mot-de-passe-${fresh()}` };
    },
  }),
  'Mutation.acceptInvitation': overHttp(everybody, {
    document: 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email } }',
    async variables() {
      const email = `invitee-${fresh()}@example.org`;
      const sent = await env.as('coordinator')('mutation($input: InvitationInput!) { inviteMember(input: $input) { email } }', {
        input: { email, role: 'MEMBER', territory: 'clsm-metz', partnerId: (await unafamTarget()).partnerId },
      });
      expect(sent.errors).toBeUndefined();
      const token = env.outbox.lastToken(email, '/invitation/');
      return { input: { token, firstName: 'Inès', lastName: 'Invitée', password: 'mot-de-passe-solide' } };
    },
  }),
  'Mutation.inviteMember': overHttp(unafamEditorsOnly, {
    document: 'mutation($input: InvitationInput!) { inviteMember(input: $input) { email role } }',
    async variables() {
      return { input: { email: `collegue-${fresh()}@example.org`, role: 'MEMBER', territory: 'clsm-metz', partnerId: (await unafamTarget()).partnerId } };
    },
  }),
  'Mutation.updatePartner': overHttp(unafamEditorsOnly, {
    document: `mutation($target: VersionedPartnerInput!, $fields: PartnerFieldsInput!) { updatePartner(target: $target, fields: $fields) ${partnerFields} }`,
    async variables() {
      return { target: await unafamTarget(), fields: { description: `Présentation revue (matrice ${fresh()}).` } };
    },
  }),
  'Mutation.addContact': overHttp(unafamEditorsOnly, {
    document: `mutation($target: VersionedPartnerInput!, $contact: ContactFieldsInput!) { addContact(target: $target, contact: $contact) ${partnerFields} }`,
    async variables() {
      return {
        target: await unafamTarget(),
        contact: { firstName: 'Zoé', lastName: `Ajoutée ${fresh()}`, function: disposableFunction, email: 'zoe@example.org' },
      };
    },
    cleanUp: removeDisposableContacts,
  }),
  'Mutation.updateContact': overHttp(unafamEditorsOnly, {
    document: `mutation($id: ID!, $v: Int!, $contact: ContactFieldsInput!) { updateContact(contactId: $id, partnerVersion: $v, contact: $contact) ${partnerFields} }`,
    async variables() {
      return { id: await unafamContactId(), v: (await unafamTarget()).version, contact: { function: `Bénévole (matrice ${fresh()})` } };
    },
  }),
  'Mutation.removeContact': overHttp(unafamEditorsOnly, {
    document: `mutation($id: ID!, $v: Int!) { removeContact(contactId: $id, partnerVersion: $v) ${partnerFields} }`,
    async variables() {
      return { id: await insertDisposableContact(), v: (await unafamTarget()).version };
    },
    cleanUp: removeDisposableContacts,
  }),
  'Mutation.createPartner': overHttp(metzCoordinatorOnly, {
    document: `mutation($territory: String!, $fields: PartnerFieldsInput!) { createPartner(territory: $territory, fields: $fields) { slug } }`,
    variables: () => ({ territory: 'clsm-metz', fields: { name: `Structure de la matrice ${fresh()}`, sector: 'SOCIAL_ACTION', kind: 'ASSOCIATION' } }),
  }),

  'Query.groups': overHttp(everybody, { document: '{ groups(territory: "clsm-metz") { slug viewerCanEdit } }' }),
  'Query.group': overHttp(everybody, { document: `{ group(slug: "${housingGroup}") { slug pendingRequests { id } } }` }),
  'Query.meeting': overHttp(everybody, {
    document: 'query($id: ID!) { meeting(id: $id) { title viewerCanEdit } }',
    variables: async () => ({ id: (await freshMeeting()).id }),
  }),
  'Query.upcomingMeetings': overHttp(everybody, { document: '{ upcomingMeetings(territory: "clsm-metz") { title } }' }),
  'Query.myMeetings': overHttp(signedIn, { document: '{ myMeetings { title } }' }),
  'Query.myActions': overHttp(signedIn, { document: '{ myActions { title } }' }),

  'Query.territoryOpenActions': overHttp(metzCoordinatorOnly, { document: '{ territoryOpenActions(territory: "clsm-metz") { title dueDate } }' }),

  'Query.projects': overHttp(everybody, { document: '{ projects(territory: "clsm-metz") { slug groups { slug } } }' }),
  'Mutation.linkGroupProject': overHttp(metzCoordinatorOnly, {
    document: 'mutation($g: ID!, $p: ID!) { linkGroupProject(groupId: $g, projectId: $p, linked: true) { projects { slug } } }',
    async variables() {
      const [{ id }] = await env.database.dataSource.query(`SELECT id FROM project WHERE slug = 'stopblues'`);
      return { g: await housingGroupId(), p: id };
    },
  }),
  'Query.yearlyReport': overHttp(metzMembers, { document: '{ yearlyReport(territory: "clsm-metz", year: 2019) { meetingsHeld editions { events } } }' }),
  // Projects are public to read, funding amounts included (a CLSM's funding is public in its
  // activity report); every write is the Metz coordinator's.
  'Query.project': overHttp(everybody, { document: '{ project(slug: "iml") { slug partners { slug } convention { slug } funding { total } indicators { values { year } } } }' }),
  'Query.projectStatuses': overHttp(everybody, { document: '{ projectStatuses { status label } }' }),
  'Mutation.updateProject': overHttp(metzCoordinatorOnly, {
    document: 'mutation($p: ID!, $v: Int!) { updateProject(projectId: $p, version: $v, input: { name: "Projet de la matrice", status: ACTIVE, startYear: 2020 }) { version } }',
    variables: async () => {
      const project = await matrixProject();
      return { p: project.id, v: project.version };
    },
  }),
  'Mutation.setProjectPartner': overHttp(metzCoordinatorOnly, {
    document: 'mutation($p: ID!, $o: ID!) { setProjectPartner(projectId: $p, partnerId: $o, present: true) { partners { slug } } }',
    variables: async () => ({ p: (await matrixProject()).id, o: (await unafamTarget()).partnerId }),
  }),
  'Mutation.addFundingLine': overHttp(metzCoordinatorOnly, {
    document: 'mutation($p: ID!) { addFundingLine(projectId: $p, input: { funderName: "Financeur", basis: PER_YEAR, amount: 1000, fromYear: 2020 }) { funding { total } } }',
    variables: async () => ({ p: (await matrixProject()).id }),
  }),
  'Mutation.updateFundingLine': overHttp(metzCoordinatorOnly, {
    document: 'mutation($l: ID!) { updateFundingLine(lineId: $l, input: { funderName: "Financeur", basis: PER_YEAR, amount: 2000, fromYear: 2020 }) { funding { total } } }',
    variables: async () => ({ l: (await matrixProject()).lineId }),
  }),
  'Mutation.removeFundingLine': overHttp(metzCoordinatorOnly, {
    document: 'mutation($l: ID!) { removeFundingLine(lineId: $l) { funding { total } } }',
    variables: async () => ({ l: (await matrixProject()).lineId }),
  }),
  'Mutation.addIndicator': overHttp(metzCoordinatorOnly, {
    document: 'mutation($p: ID!) { addIndicator(projectId: $p, name: "Participants") { indicators { name } } }',
    variables: async () => ({ p: (await matrixProject()).id }),
  }),
  'Mutation.renameIndicator': overHttp(metzCoordinatorOnly, {
    document: 'mutation($i: ID!) { renameIndicator(indicatorId: $i, name: "Sessions") { indicators { name } } }',
    variables: async () => ({ i: (await matrixProject()).indicatorId }),
  }),
  'Mutation.removeIndicator': overHttp(metzCoordinatorOnly, {
    document: 'mutation($i: ID!) { removeIndicator(indicatorId: $i) { indicators { name } } }',
    variables: async () => ({ i: (await matrixProject()).indicatorId }),
  }),
  'Mutation.setIndicatorValue': overHttp(metzCoordinatorOnly, {
    document: 'mutation($i: ID!) { setIndicatorValue(indicatorId: $i, year: 2020, target: 10, value: 5) { indicators { values { year } } } }',
    variables: async () => ({ i: (await matrixProject()).indicatorId }),
  }),
  'Query.conventions': overHttp(everybody, { document: '{ conventions(territory: "clsm-metz") { slug parties { partner { slug } } } }' }),
  'Query.convention': overHttp(everybody, { document: '{ convention(slug: "convention-cadre-2018") { title timeline { toStatus } } }' }),
  'Mutation.changeConventionStatus': overHttp(metzCoordinatorOnly, {
    document: 'mutation($id: ID!, $v: Int!) { changeConventionStatus(conventionId: $id, version: $v, status: NEGOTIATION, effectiveOn: "2026-01-10") { status } }',
    variables: async () => draftConvention(),
  }),
  'Mutation.setConventionParty': overHttp(metzCoordinatorOnly, {
    document: 'mutation($id: ID!, $v: Int!, $p: ID!) { setConventionParty(conventionId: $id, version: $v, partnerId: $p, role: SIGNATORY, present: true) { version } }',
    variables: async () => ({ ...(await draftConvention()), p: (await unafamTarget()).partnerId }),
  }),
  'Query.conventionAlerts': overHttp(metzCoordinatorOnly, { document: '{ conventionAlerts(territory: "clsm-metz") { kind dueOn daysLeft convention { slug } } }' }),
  'Mutation.createConvention': overHttp(metzCoordinatorOnly, {
    document: 'mutation($i: ConventionInput!) { createConvention(territory: "clsm-metz", input: $i) { slug status } }',
    variables: () => ({ i: { title: `Convention créée ${fresh()}`, objectives: ['Un objectif'] } }),
  }),
  'Mutation.updateConvention': overHttp(metzCoordinatorOnly, {
    document: 'mutation($id: ID!, $v: Int!, $i: ConventionInput!) { updateConvention(conventionId: $id, version: $v, input: $i) { version } }',
    variables: async () => ({ ...(await draftConvention()), i: { title: `Convention revue ${fresh()}`, objectives: [] } }),
  }),
  'Mutation.removeConventionDocument': overHttp(metzCoordinatorOnly, {
    document: 'mutation($id: ID!) { removeConventionDocument(documentId: $id) { version } }',
    variables: async () => ({ id: await conventionDocument() }),
  }),
  'Mutation.createGroup': overHttp(metzCoordinatorOnly, {
    document: 'mutation($f: GroupFieldsInput!) { createGroup(territory: "clsm-metz", fields: $f) { slug } }',
    variables: () => ({ f: { name: `Groupe de la matrice ${fresh()}` } }),
  }),
  'Mutation.updateGroup': overHttp(metzCoordinatorOnly, {
    document: 'mutation($id: ID!, $v: Int!, $f: GroupFieldsInput!) { updateGroup(groupId: $id, version: $v, fields: $f) { version } }',
    async variables() {
      const [{ id, version }] = await env.database.dataSource.query(`SELECT id, version FROM working_group WHERE slug = $1`, [housingGroup]);
      return { id, v: version, f: { purpose: `Objectif revu (matrice ${fresh()}).` } };
    },
  }),
  'Mutation.requestToJoinGroup': overHttp(metzMembers, {
    document: 'mutation($id: ID!) { requestToJoinGroup(groupId: $id) { status } }',
    variables: async () => ({ id: await housingGroupId() }),
  }),
  'Mutation.decideJoinRequest': overHttp(metzCoordinatorOnly, {
    document: 'mutation($id: ID!) { decideJoinRequest(membershipId: $id, accept: true) { slug } }',
    variables: async () => ({ id: await joinRequest() }),
  }),
  'Mutation.createMeeting': overHttp(metzCoordinatorOnly, {
    document: 'mutation($g: ID!, $f: MeetingFieldsInput!) { createMeeting(territory: "clsm-metz", body: GROUP, groupId: $g, fields: $f) { id } }',
    variables: async () => ({ g: await housingGroupId(), f: { title: `Réunion créée ${fresh()}`, startsAt: '2027-07-01T12:00:00Z', endsAt: '2027-07-01T14:00:00Z' } }),
  }),
  'Mutation.updateMeeting': meetingEdit('mutation($id: ID!, $v: Int!) { updateMeeting(meetingId: $id, version: $v, fields: { place: "Metz" }) { version } }'),
  'Mutation.cancelMeeting': meetingEdit('mutation($id: ID!, $v: Int!) { cancelMeeting(meetingId: $id, version: $v) { status } }'),
  'Mutation.markMeetingHeld': meetingEdit('mutation($id: ID!, $v: Int!) { markMeetingHeld(meetingId: $id, version: $v) { status } }'),
  'Mutation.saveMinutes': meetingEdit('mutation($id: ID!, $v: Int!) { saveMinutes(meetingId: $id, version: $v, minutes: "Compte rendu") { version } }'),
  'Mutation.addAgendaItem': meetingEdit('mutation($id: ID!) { addAgendaItem(meetingId: $id, title: "Nouveau point") { id } }', (m) => ({ id: m.id })),
  'Mutation.setAttendance': overHttp(metzCoordinatorOnly, {
    document: 'mutation($id: ID!, $p: ID!) { setAttendance(meetingId: $id, entries: [{ partnerId: $p, status: PRESENT }]) { id } }',
    variables: async () => ({ id: (await freshMeeting()).id, p: (await unafamTarget()).partnerId }),
  }),
  'Mutation.addDecision': meetingEdit('mutation($id: ID!) { addDecision(meetingId: $id, text: "Décision") { id } }', (m) => ({ id: m.id })),
  'Mutation.addAction': meetingEdit('mutation($id: ID!) { addAction(meetingId: $id, action: { title: "Action" }) { id } }', (m) => ({ id: m.id })),
  'Mutation.setActionStatus': overHttp(metzCoordinatorOnly, {
    document: 'mutation($id: ID!) { setActionStatus(actionId: $id, version: 1, status: DONE) { status } }',
    async variables() {
      const meeting = await freshMeeting();
      const [{ id }] = await env.database.dataSource.query(`SELECT id FROM action_item WHERE meeting_id = $1`, [meeting.id]);
      return { id };
    },
  }),
  'Mutation.createCalendarFeed': overHttp(signedIn, { document: 'mutation { createCalendarFeed }' }),
  'Mutation.revokeCalendarFeeds': overHttp(signedIn, { document: 'mutation { revokeCalendarFeeds }' }),

  'Query.edition': overHttp(everybody, { document: '{ edition(slug: "sism-2019") { theme programme { title organisers { slug } } submissions { id } } }' }),
  'Query.editions': overHttp(everybody, { document: '{ editions(territory: "clsm-metz") { slug eventCount } }' }),
  'Query.communeMap': overHttp(everybody, { document: '{ communeMap { width communes { code } } }' }),
  'Query.event': overHttp(everybody, {
    document: 'query($id: ID!) { event(id: $id) { title registrations { fullName } myRegistration { id } } }',
    variables: async () => ({ id: (await freshProjectEvent({ status: 'ACCEPTED', kind: 'TRAINING' })).id }),
  }),
  'Query.trainingSessions': overHttp(everybody, { document: '{ trainingSessions(territory: "clsm-metz") { title registeredCount } }' }),
  'Query.pendingEventSubmissions': overHttp(metzCoordinatorOnly, { document: '{ pendingEventSubmissions(territory: "clsm-metz") { id } }' }),
  'Mutation.createEdition': overHttp(metzCoordinatorOnly, {
    document: 'mutation($p: ID!, $y: Int!) { createEdition(projectId: $p, year: $y, fields: { theme: "Thème", startsOn: "2040-03-16", endsOn: "2040-03-29" }) { slug } }',
    async variables() {
      const [{ id }] = await env.database.dataSource.query(`SELECT id FROM project WHERE slug = 'sism'`);
      return { p: id, y: 2041 + (fresh() % 50) };
    },
  }),
  'Mutation.updateEdition': overHttp(metzCoordinatorOnly, {
    document: 'mutation($id: ID!, $v: Int!) { updateEdition(editionId: $id, version: $v, fields: { submissionsOpen: false }) { version } }',
    variables: () => matrixEdition(),
  }),
  'Mutation.submitEvent': overHttp(unafamEditorsOnly, {
    document: 'mutation($input: EventSubmissionInput!) { submitEvent(input: $input) { id } }',
    variables: async () => ({
      input: { editionId: await sism2020Id(), title: `Proposition ${fresh()}`, startsAt: '2020-03-20T12:00:00Z', organiserIds: [(await unafamTarget()).partnerId] },
    }),
  }),
  'Mutation.decideEvent': overHttp(metzCoordinatorOnly, {
    document: 'mutation($id: ID!, $v: Int!) { decideEvent(eventId: $id, version: $v, accept: true) { status } }',
    variables: () => freshProjectEvent({ status: 'SUBMITTED' }),
  }),
  'Mutation.updateEvent': overHttp(metzCoordinatorOnly, {
    document: 'mutation($id: ID!, $v: Int!) { updateEvent(eventId: $id, version: $v, fields: { place: "Metz" }) { version } }',
    variables: () => freshProjectEvent({ status: 'ACCEPTED' }),
  }),
  'Mutation.cancelEvent': overHttp(unafamEditorsOnly, {
    document: 'mutation($id: ID!, $v: Int!) { cancelEvent(eventId: $id, version: $v) { status } }',
    variables: () => freshProjectEvent({ status: 'ACCEPTED' }),
  }),
  'Mutation.recordEventAttendance': overHttp(unafamEditorsOnly, {
    document: 'mutation($id: ID!, $v: Int!) { recordEventAttendance(eventId: $id, version: $v, attendance: 12) { attendance } }',
    variables: () => freshProjectEvent({ status: 'ACCEPTED' }),
  }),
  'Mutation.createTrainingSession': overHttp(metzCoordinatorOnly, {
    document: 'mutation($f: EventFieldsInput!) { createTrainingSession(territory: "clsm-metz", fields: $f) { id } }',
    variables: () => ({ f: { title: `Session ${fresh()}`, startsAt: '2027-06-02T07:00:00Z', capacity: 12 } }),
  }),
  'Mutation.registerForEvent': overHttp(signedIn, {
    document: 'mutation($id: ID!) { registerForEvent(eventId: $id) { id } }',
    variables: async () => ({ id: (await freshProjectEvent({ status: 'ACCEPTED', kind: 'TRAINING' })).id }),
  }),
  'Mutation.addRegistration': overHttp(metzCoordinatorOnly, {
    document: 'mutation($id: ID!) { addRegistration(eventId: $id, fullName: "Personne Fictive") { id } }',
    variables: async () => ({ id: (await freshProjectEvent({ status: 'ACCEPTED', kind: 'TRAINING' })).id }),
  }),
  'Mutation.cancelRegistration': overHttp(signedIn, {
    document: 'mutation($id: ID!) { cancelRegistration(registrationId: $id) { registeredCount } }',
    // Each account cancels its own registration; the public has none to cancel.
    async variables(actor) {
      const { id: eventId } = await freshProjectEvent({ status: 'ACCEPTED', kind: 'TRAINING' });
      const [{ id }] = await env.database.dataSource.query(
        `INSERT INTO event_registration (event_id, person_id, full_name) VALUES ($1, (SELECT person_id FROM user_account WHERE email = $2), 'Inscrit de la matrice') RETURNING id`,
        [eventId, actor === 'anonymous' ? null : actorEmails[actor]],
      );
      return { id };
    },
  }),
  'Mutation.setAttendanceSheet': overHttp(metzCoordinatorOnly, {
    document: 'mutation($id: ID!, $v: Int!) { setAttendanceSheet(eventId: $id, version: $v, presentRegistrationIds: []) { attendance } }',
    variables: () => freshProjectEvent({ status: 'ACCEPTED', kind: 'TRAINING' }),
  }),
  'Subscription.editionProgrammeChanged': (() => {
    let editionId = '';
    return liveCase(
      'subscription($id: ID!) { editionProgrammeChanged(editionId: $id) { id } }',
      async () => ({ id: (editionId = await sism2020Id()) }),
      async () => env.server.deps.events.publish(editionProgrammeChangedTopic, editionId),
    );
  })(),

  'Subscription.groupChanged': liveCase(
    'subscription($slug: String!) { groupChanged(slug: $slug) { slug } }',
    async () => ({ slug: housingGroup }),
    async () => env.server.deps.events.publish(groupChangedTopic, await housingGroupId()),
  ),
  'Subscription.meetingChanged': (() => {
    let meetingId = '';
    return liveCase(
      'subscription($id: ID!) { meetingChanged(meetingId: $id) { id } }',
      async () => ({ id: (meetingId = (await freshMeeting()).id) }),
      async () => env.server.deps.events.publish(meetingChangedTopic, meetingId),
    );
  })(),

  'Subscription.conventionChanged': (() => {
    let conventionId = '';
    return liveCase(
      'subscription($id: ID!) { conventionChanged(conventionId: $id) { id } }',
      async () => ({ id: (conventionId = (await draftConvention()).id) }),
      async () => env.server.deps.events.publish(conventionChangedTopic, conventionId),
    );
  })(),
  'Subscription.projectChanged': liveCase(
    'subscription($slug: String!) { projectChanged(slug: $slug) { slug } }',
    async () => ({ slug: 'iml' }),
    async () => {
      const [{ id }] = await env.database.dataSource.query(`SELECT id FROM project WHERE slug = 'iml'`);
      env.server.deps.events.publish(projectChangedTopic, id);
    },
  ),

  'Subscription.partnerUpdated': {
    expected: signedIn,
    async run(actor, field) {
      const { partnerId } = await unafamTarget();
      const subscription = openSubscription(
        env.server.url,
        'subscription($slug: String!) { partnerUpdated(slug: $slug) { slug } }',
        { slug: unafam },
        env.cookies[actor],
      );
      try {
        // An allowed subscriber hears the nudges (events naming the entry, without a change).
        const first = await subscription.next({ nudge: () => env.server.deps.events.publish(partnerUpdatedTopic, partnerId) });
        return classify(first, field);
      } finally {
        await subscription.close();
      }
    },
  },

  'Query.imlCases': overHttp(caseParties, {
    document: '{ imlCases(territory: "clsm-metz", first: 100) { totalCount edges { node { id identity { lastName } } } } }',
    classify: listingCase(() => housing.presented.id),
  }),
  'Query.imlCase': overHttp(caseParties, {
    document: 'query($id: ID!) { imlCase(id: $id) { id state identity { lastName } } }',
    variables: () => ({ id: housing.presented.id }),
    classify: classifyCase,
  }),
  'Query.imlSchemeFigures': overHttp(schemeMembers, { document: '{ imlSchemeFigures(territory: "clsm-metz") { referred housedNow byState { state count } } }' }),
  'Subscription.imlCaseChanged': liveRecord(caseParties, () => ({
    document: 'subscription { imlCaseChanged(territory: "clsm-metz") { id identity { lastName } } }',
    topic: imlCaseChangedTopic,
    id: housing.presented.id,
    field: 'imlCaseChanged',
    control: 'careTeam',
  })),
  'Mutation.referImlCase': overHttp(
    allowing((actor) => actor === 'careTeam'),
    {
      document: 'mutation($i: ImlReferralInput!) { referImlCase(territory: "clsm-metz", input: $i) { id } }',
      variables: async () => ({ i: { referringTeamId: housingIds.erah, ...referral() } }),
    },
  ),
  'Mutation.recordImlConsent': overHttp(consentCollectors, {
    document: 'mutation($i: ImlPartyConsentInput!) { recordImlConsent(input: $i) { id } }',
    variables: () => ({ i: { caseId: housing.oriented.id, partyRole: 'LANDLORD', partyId: housingIds.landlord, givenOn: '2026-01-10', scope: 'Matrice' } }),
    classify: classifyCase,
    cleanUp: withdrawLandlordConsents,
  }),
  'Mutation.withdrawImlConsent': overHttp(consentCollectors, {
    document: 'mutation($id: ID!) { withdrawImlConsent(consentId: $id, withdrawnOn: "2026-01-12") { imlCase { id } } }',
    async variables() {
      const recorded = must(await act.consent('careTeam', housing.oriented.id, 'LANDLORD', housingIds.landlord), 'landlord consent').recordImlConsent;
      return { id: recorded.consents.find((c: { partyRole: string; withdrawnOn: string | null }) => c.partyRole === 'LANDLORD' && !c.withdrawnOn).id };
    },
    classify: classifyCase,
    cleanUp: withdrawLandlordConsents,
  }),
  // From PRESENTED, the move is the landlord's (its commission accepts); the other parties are refused it.
  'Mutation.moveImlCase': overHttp(landlordReferentOnly, {
    document: 'mutation($c: ID!, $v: Int!) { moveImlCase(caseId: $c, version: $v, to: ACCEPTED, input: { on: "2026-01-20" }) { state identity { lastName } } }',
    async variables() {
      if (!housing.movable || (await caseNow(housing.movable.id)).state !== 'PRESENTED') housing.movable = await caseAt('PRESENTED');
      const { version } = await caseNow(housing.movable.id);
      return { c: housing.movable.id, v: version };
    },
    classify: classifyCase,
  }),
  'Mutation.recordImlReview': overHttp(jointParties, {
    document: 'mutation($i: ImlReviewInput!) { recordImlReview(input: $i) { id } }',
    variables: () => ({
      i: { caseId: housing.supported.id, heldOn: '2026-07-20', participantRoles: ['CARE_TEAM', 'HOUSING_OPERATOR', 'LANDLORD'], conclusions: 'Évaluation de la matrice (fictif)' },
    }),
    classify: classifyCase,
  }),
  'Mutation.proposeImlOutcome': overHttp(jointParties, {
    document: 'mutation($i: ImlOutcomeInput!) { proposeImlOutcome(input: $i) { id } }',
    async variables() {
      await declinePendingOutcome();
      const { version } = await caseNow(housing.supported.id);
      return { i: { caseId: housing.supported.id, version, outcome: 'LEASE_TRANSFERRED', decidedOn: '2026-11-02', reason: 'Matrice (fictif)' } };
    },
    classify: classifyCase,
    cleanUp: declinePendingOutcome,
  }),
  // Proposed by the care team, which has agreed by proposing: the answer is the other two parties'.
  'Mutation.answerImlOutcome': overHttp(
    allowing((actor) => actor === 'housingOperator' || actor === 'landlordReferent'),
    {
      document: 'mutation($d: ID!) { answerImlOutcome(decisionId: $d, agree: false) { id } }',
      variables: async () => ({ d: await pendingOutcome() }),
      classify: classifyCase,
      cleanUp: declinePendingOutcome,
    },
  ),
  'Query.housingOffers': overHttp(
    allowing((actor) => ['coordinator', 'careTeam', 'housingOperator', 'landlordReferent', 'otherLandlord', 'cmpCorrespondent'].includes(actor)),
    { document: '{ housingOffers(territory: "clsm-metz") { id reference landlord { slug } } }' },
  ),
  'Query.imlOfferSuggestions': overHttp(
    allowing((actor) => actor === 'coordinator' || actor === 'housingOperator'),
    {
      document: 'query($c: ID!) { imlOfferSuggestions(caseId: $c) { offer { id } remainingCharge } }',
      variables: () => ({ c: housing.presented.id }),
      classify: classifyCase,
    },
  ),
  'Mutation.publishHousingOffer': overHttp(landlordReferentOnly, {
    document: 'mutation($l: ID!, $i: HousingOfferInput!) { publishHousingOffer(territory: "clsm-metz", landlordId: $l, input: $i) { id } }',
    variables: () => ({ l: housingIds.landlord, i: { ...offerInput, reference: `LOG-MATRICE-${fresh()}` } }),
  }),
  'Mutation.updateHousingOffer': overHttp(landlordReferentOnly, {
    document: 'mutation($o: ID!, $v: Int!, $i: HousingOfferInput!) { updateHousingOffer(offerId: $o, version: $v, input: $i) { version } }',
    variables: async () => ({ ...(await landlordOffer()), i: { ...offerInput, description: `Revu (matrice ${fresh()})` } }),
    classify: classifyCase,
  }),
  'Mutation.withdrawHousingOffer': overHttp(landlordReferentOnly, {
    document: 'mutation($o: ID!, $v: Int!) { withdrawHousingOffer(offerId: $o, version: $v) { status } }',
    variables: landlordOffer,
    classify: classifyCase,
  }),
  'Query.supportRequests': overHttp(supportParties, {
    document: '{ supportRequests(territory: "clsm-metz") { id tenant { name } } }',
    classify: listing(() => support.request),
  }),
  'Query.supportRequest': overHttp(supportParties, {
    document: 'query($id: ID!) { supportRequest(id: $id) { id facts } }',
    variables: () => ({ id: support.request }),
    classify: classifyCase,
  }),
  'Query.supportRequestAlerts': overHttp(allowing((actor) => actor === 'coordinator' || actor === 'cmpCorrespondent'), {
    document: '{ supportRequestAlerts(territory: "clsm-metz") { reference daysWaiting } }',
  }),
  'Query.supportContacts': overHttp(metzMembers, { document: '{ supportContacts(territory: "clsm-metz") { partner { slug } people } }' }),
  'Query.supportEvaluation': overHttp(metzMembers, { document: '{ supportEvaluation(territory: "clsm-metz", year: 2026) { requests byCmp { name requests } } }' }),
  'Subscription.supportRequestChanged': liveRecord(supportParties, () => ({
    document: 'subscription { supportRequestChanged(territory: "clsm-metz") { id facts } }',
    topic: supportRequestChangedTopic,
    id: support.request,
    field: 'supportRequestChanged',
    control: 'landlordReferent',
  })),
  'Mutation.reportSupportRequest': overHttp(landlordReferentOnly, {
    document: 'mutation($i: SupportRequestInput!) { reportSupportRequest(territory: "clsm-metz", input: $i) { id } }',
    variables: () => ({
      i: { landlordId: housingIds.landlord, address: { communeCode: '57480' }, withConsent: false, facts: 'Matrice (fictif)', riskToSelf: false, riskToOthers: false },
    }),
  }),
  'Mutation.takeSupportStep': overHttp(cmpOnly, {
    document: 'mutation($id: ID!, $v: Int!) { takeSupportStep(id: $id, version: $v, input: { kind: ACKNOWLEDGED }) { status } }',
    variables: async () => {
      const request = await supportRequest();
      return { id: request.id, v: request.version };
    },
    classify: classifyCase,
  }),
  'Mutation.addSupportClinicalNote': overHttp(cmpOnly, {
    document: 'mutation($id: ID!) { addSupportClinicalNote(id: $id, note: "Note de la matrice (fictif)") { id } }',
    variables: () => ({ id: support.request }),
    classify: classifyCase,
  }),
  'Query.commissionSessions': overHttp(commissionMembers, {
    document: '{ commissionSessions(territory: "clsm-metz") { id filesOpen } }',
    classify: listing(() => support.session),
  }),
  'Query.commissionSituations': overHttp(commissionMembers, {
    document: 'query($s: ID!) { commissionSituations(sessionId: $s) { id facts } }',
    variables: () => ({ s: support.session }),
    classify: classifyCase,
  }),
  'Query.commissionMinutes': overHttp(metzCoordinatorOnly, {
    document: 'query($s: ID!) { commissionMinutes(sessionId: $s) }',
    variables: () => ({ s: support.session }),
    classify: classifyCase,
  }),
  'Mutation.conveneCommission': overHttp(metzCoordinatorOnly, {
    document: 'mutation($i: CommissionSessionInput!) { conveneCommission(territory: "clsm-metz", input: $i) { id } }',
    variables: async () => ({ i: { heldOn: '2026-12-17', memberPartnerIds: [await env.partnerId('unafam-moselle'), housingIds.landlord] } }),
  }),
  'Mutation.publishCommissionAgenda': overHttp(metzCoordinatorOnly, {
    document: 'mutation($s: ID!, $v: Int!) { publishCommissionAgenda(sessionId: $s, version: $v) { filesOpen } }',
    variables: async () => {
      const session = await commissionSession(false);
      return { s: session.id, v: session.version };
    },
    classify: classifyCase,
  }),
  'Mutation.addCommissionSituation': overHttp(
    allowing((actor) => actor === 'unafamAdmin' || actor === 'landlordReferent'),
    {
      document: 'mutation($s: ID!, $p: ID!) { addCommissionSituation(sessionId: $s, partnerId: $p, facts: "Matrice (fictif)") { pseudonym } }',
      variables: async (actor) => ({ s: support.session, p: await env.partnerId(memberPartner[actor] ?? 'unafam-moselle') }),
      classify: classifyCase,
    },
  ),
  'Mutation.recordCommissionDecision': overHttp(commissionMembers, {
    document: 'mutation($id: ID!) { recordCommissionDecision(situationId: $id, decision: "Décision de la matrice (fictif)", followUpPartnerId: null) { decision } }',
    variables: () => ({ id: support.situation }),
    classify: classifyCase,
  }),
};

describe('the permission matrix', () => {
  it('has an entry for every operation of the schema, and no other', async () => {
    const schema = await createSchema(env.server.deps.events);
    const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    expect(Object.keys(matrix).sort()).toEqual(operations.sort());
  });

  for (const [operation, entry] of Object.entries(matrix)) {
    const field = operation.split('.')[1];
    describe(operation, () => {
      it.each(actorNames)('as %s', async (actor) => {
        expect(await entry.run(actor, field)).toBe(entry.expected[actor]);
      });
    });
  }
});

describe('what the matrix let through', () => {
  it('answers `me` with null to the public and with the account to everybody else', async () => {
    expect((await env.as('anonymous')('{ me { email } }')).data).toEqual({ me: null });
    for (const actor of Object.keys(actorEmails) as AccountActor[]) {
      expect((await env.as(actor)('{ me { email } }')).data?.me, actor).toEqual({ email: actorEmails[actor] });
    }
  });

  it('recorded changes by the allowed editors only', async () => {
    const authors: Array<{ email: string; changes: number }> = await env.database.dataSource.query(
      `SELECT u.email, count(*)::int AS changes FROM partner_change c JOIN user_account u ON u.id = c.changed_by GROUP BY u.email`,
    );
    // Each editor updated, added, edited and removed once; the coordinator also created one entry.
    expect(Object.fromEntries(authors.map((row) => [row.email, row.changes]))).toEqual({
      [actorEmails.unafamAdmin]: 4,
      [actorEmails.coordinator]: 5,
    });
  });

  it('recorded invitations by the allowed inviters only', async () => {
    const inviters: Array<{ email: string; invitations: number }> = await env.database.dataSource.query(
      `SELECT u.email, count(*)::int AS invitations FROM one_time_token t JOIN user_account u ON u.id = t.created_by
       WHERE t.kind = 'INVITATION' GROUP BY u.email`,
    );
    // The coordinator also sent the invitation behind each acceptInvitation (one per actor).
    expect(Object.fromEntries(inviters.map((row) => [row.email, row.invitations]))).toEqual({
      [actorEmails.unafamAdmin]: 1,
      [actorEmails.coordinator]: 1 + actorNames.length,
    });
  });
});
