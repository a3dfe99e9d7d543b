import { beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../demo/accounts.data.js';
import { createSchema } from '../graphql/schema.js';
import { conventionChangedTopic } from '../modules/conventions/convention.service.js';
import { groupChangedTopic } from '../modules/groups/group.service.js';
import { meetingChangedTopic } from '../modules/meetings/meeting.service.js';
import { editionProgrammeChangedTopic } from '../modules/events/event.service.js';
import { partnerUpdatedTopic } from '../modules/partners/partner-editing.service.js';
import { projectChangedTopic } from '../modules/projects/project.service.js';
import {
  actorEmails,
  actorNames,
  classify,
  openSubscription,
  metzAccounts,
  unafamEditors,
  useActorsServer,
  type AccountActor,
  type ActorName,
  type DenyOrAllow,
} from './actors.test-helpers.js';

// Every operation of the schema, as every kind of actor, against the real server. An operation
// added to the schema without a line here fails the first test.

const env = useActorsServer();

type Expected = Record<ActorName, DenyOrAllow>;
const allowing = (who: (actor: ActorName) => boolean): Expected =>
  Object.fromEntries(actorNames.map((actor) => [actor, who(actor) ? 'allow' : 'deny'])) as Expected;

const everybody = allowing(() => true);
const signedIn = allowing((actor) => actor !== 'anonymous');
const unafamEditorsOnly = allowing((actor) => unafamEditors.has(actor));
const metzCoordinatorOnly = allowing((actor) => actor === 'coordinator');
const metzMembers = allowing((actor) => metzAccounts.has(actor));

interface Case {
  expected: Expected;
  /** Performs the operation as the actor and classifies the outcome (see `classify`). */
  run(actor: ActorName, field: string): Promise<string>;
}

interface HttpSpec {
  document: string;
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
        return classify(await env.server.graphql(spec.document, variables, cookie), field);
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

const matrix: Record<string, Case> = {
  'Query.audiences': overHttp(everybody, { document: '{ audiences { code label } }' }),
  'Query.directoryFacets': overHttp(everybody, { document: '{ directoryFacets(territory: "clsm-metz") { sectors { code partnerCount } } }' }),
  'Query.me': overHttp(everybody, { document: '{ me { email roles { role } } }' }),
  'Query.partner': overHttp(everybody, {
    document: 'query($slug: String!) { partner(slug: $slug) { slug name viewerCanEdit contacts { function email phone } } }',
    variables: () => ({ slug: unafam }),
  }),
  'Query.partnerKinds': overHttp(everybody, { document: '{ partnerKinds { code label } }' }),
  'Query.partners': overHttp(everybody, { document: '{ partners(first: 5) { totalCount edges { node { slug viewerCanEdit } } } }' }),
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
