import { describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/accounts.data.js';
import { useAccountsServer } from '../accounts/account.test-helpers.js';

const env = useAccountsServer();

const groupQuery = `query($slug: String!) { group(slug: $slug) { id version viewerCanEdit
  animators { partner { slug } person { displayName } } members { partner { slug } }
  meetings { id title status startsAt replacedBy { id title } replaces { id } agenda { title } } } }`;
const createMeeting = `mutation($groupId: ID, $body: MeetingBody!, $fields: MeetingFieldsInput!, $agenda: [String!]) {
  createMeeting(territory: "clsm-metz", body: $body, groupId: $groupId, fields: $fields, agenda: $agenda) { id version agenda { title } } }`;

type GroupResult = {
  group: {
    id: string;
    viewerCanEdit: boolean;
    animators: Array<{ partner: { slug: string } | null; person: { displayName: string } | null }>;
    meetings: Array<{ id: string; title: string; status: string; startsAt: string; replacedBy: { id: string; title: string } | null; replaces: Array<{ id: string }>; agenda: Array<{ title: string }> }>;
  } | null;
};

async function housingGroup(cookie?: string) {
  const result = await env.server.graphql<GroupResult>(groupQuery, { slug: 'logement-sante-mentale' }, cookie);
  expect(result.errors).toBeUndefined();
  return result.data!.group!;
}

const fields = (startsAt: string, title = 'Réunion de test') => ({ title, startsAt, endsAt: new Date(new Date(startsAt).getTime() + 7_200_000).toISOString() });

describe('working groups and meetings', () => {
  it('hold the housing group’s real history, co-animated with ARELOR, with its replaced meeting', async () => {
    const group = await housingGroup();
    expect(group.animators.map((a) => a.partner?.slug).filter(Boolean)).toEqual(expect.arrayContaining(['ch-jury', 'arelor-hlm']));
    const signature = group.meetings.find((m) => m.startsAt.startsWith('2018-11-13'));
    expect(signature?.status).toBe('HELD');
    const cancelled = group.meetings.filter((m) => m.status === 'CANCELLED');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0].replacedBy?.title).toBeTruthy();
    const replacement = group.meetings.find((m) => m.id === cancelled[0].replacedBy!.id)!;
    expect(replacement.replaces).toEqual([{ id: cancelled[0].id }]);
    expect(group.meetings.map((m) => m.startsAt)).toEqual([...group.meetings.map((m) => m.startsAt)].sort());
  });

  it('lets animators and the coordinator edit, and nobody else', async () => {
    expect((await housingGroup()).viewerCanEdit).toBe(false);
    expect((await housingGroup(await env.server.signIn('membre.gem@example.org', demoPassword))).viewerCanEdit).toBe(false);
    expect((await housingGroup(await env.server.signIn('coordination@example.org', demoPassword))).viewerCanEdit).toBe(true);

    const group = await housingGroup();
    const member = await env.server.signIn('referent.bailleur@example.org', demoPassword);
    const refused = await env.server.graphql(createMeeting, { groupId: group.id, body: 'GROUP', fields: fields('2027-05-06T12:00:00Z') }, member);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await env.server.graphql(createMeeting, { groupId: group.id, body: 'GROUP', fields: fields('2027-05-06T12:00:00Z') });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('carries the group’s open actions over to the next meeting’s agenda', async () => {
    const coordinator = await env.server.signIn('coordination@example.org', demoPassword);
    const group = await housingGroup();
    const [{ open }] = await env.database.dataSource.query(
      `SELECT array_agg(title ORDER BY created_at) AS open FROM action_item WHERE group_id = $1 AND status = 'OPEN'`,
      [group.id],
    );
    expect(open.length).toBeGreaterThan(0);
    const created = await env.server.graphql<{ createMeeting: { agenda: Array<{ title: string }> } }>(
      createMeeting,
      { groupId: group.id, body: 'GROUP', fields: fields('2027-06-10T12:00:00Z', 'Réunion avec report'), agenda: ['Tour de table'] },
      coordinator,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createMeeting.agenda.map((a) => a.title)).toEqual(['Tour de table', ...open.map((t: string) => `Suivi de l’action : ${t}`)]);
  });

  it('refuses a replacement chain that loops, and a meeting that replaces itself', async () => {
    const coordinator = await env.server.signIn('coordination@example.org', demoPassword);
    const group = await housingGroup();
    const make = async (startsAt: string) =>
      (await env.server.graphql<{ createMeeting: { id: string; version: number } }>(createMeeting, { groupId: group.id, body: 'GROUP', fields: fields(startsAt) }, coordinator)).data!.createMeeting;
    const a = await make('2027-09-01T12:00:00Z');
    const b = await make('2027-09-08T12:00:00Z');
    const cancel = `mutation($id: ID!, $v: Int!, $by: ID) { cancelMeeting(meetingId: $id, version: $v, replacedById: $by) { status version replacedBy { id } } }`;
    const self = await env.server.graphql(cancel, { id: a.id, v: a.version, by: a.id }, coordinator);
    expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const first = await env.server.graphql<{ cancelMeeting: { version: number } }>(cancel, { id: a.id, v: a.version, by: b.id }, coordinator);
    expect(first.data?.cancelMeeting).toMatchObject({ status: 'CANCELLED', replacedBy: { id: b.id } });
    const loop = await env.server.graphql(cancel, { id: b.id, v: b.version, by: a.id }, coordinator);
    expect(loop.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/boucle/) });
  });

  it('keeps two minute-takers from overwriting each other', async () => {
    const coordinator = await env.server.signIn('coordination@example.org', demoPassword);
    const group = await housingGroup();
    const meeting = (await env.server.graphql<{ createMeeting: { id: string; version: number } }>(createMeeting, { groupId: group.id, body: 'GROUP', fields: fields('2027-10-01T12:00:00Z'), agenda: ['Point unique'] }, coordinator)).data!.createMeeting;
    const save = `mutation($id: ID!, $v: Int!, $m: String) { saveMinutes(meetingId: $id, version: $v, minutes: $m) { minutes version } }`;
    const [one, two] = await Promise.all([
      env.server.graphql(save, { id: meeting.id, v: meeting.version, m: 'Version A' }, coordinator),
      env.server.graphql(save, { id: meeting.id, v: meeting.version, m: 'Version B' }, coordinator),
    ]);
    const outcomes = [one, two].map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const winner = (one.errors ? two : one) as unknown as { data: { saveMinutes: { minutes: string } } };
    const [{ minutes }] = await env.database.dataSource.query(`SELECT minutes FROM meeting WHERE id = $1`, [meeting.id]);
    expect(minutes).toBe(winner.data.saveMinutes.minutes);
  });

  it('fills the attendance sheet line by line, and lists the open actions each owes', async () => {
    const coordinator = await env.server.signIn('coordination@example.org', demoPassword);
    const group = await housingGroup();
    const meeting = (await env.server.graphql<{ createMeeting: { id: string } }>(createMeeting, { groupId: group.id, body: 'GROUP', fields: fields('2027-11-01T12:00:00Z') }, coordinator)).data!.createMeeting;
    const [{ id: amli }] = await env.database.dataSource.query(`SELECT id FROM partner WHERE slug = 'amli'`);
    const set = `mutation($id: ID!, $e: [AttendanceInput!]!) { setAttendance(meetingId: $id, entries: $e) { attendance { status partner { slug } } } }`;
    await env.server.graphql(set, { id: meeting.id, e: [{ partnerId: amli, status: 'EXCUSED' }] }, coordinator);
    const updated = await env.server.graphql<{ setAttendance: { attendance: unknown[] } }>(set, { id: meeting.id, e: [{ partnerId: amli, status: 'PRESENT' }] }, coordinator);
    expect(updated.data!.setAttendance.attendance).toEqual([{ status: 'PRESENT', partner: { slug: 'amli' } }]);

    const add = `mutation($id: ID!, $a: ActionInput!) { addAction(meetingId: $id, action: $a) { id } }`;
    await env.server.graphql(add, { id: meeting.id, a: { title: 'Transmettre les offres de logement', ownerPartnerId: amli, dueDate: '2027-12-01' } }, coordinator);
    const operator = await env.server.signIn('operateur.amli@example.org', demoPassword);
    const mine = await env.server.graphql<{ myActions: Array<{ title: string; ownerPartner: { slug: string } }> }>(
      '{ myActions { title ownerPartner { slug } } }', {}, operator,
    );
    expect(mine.data!.myActions).toContainEqual({ title: 'Transmettre les offres de logement', ownerPartner: { slug: 'amli' } });
    const nobody = await env.server.graphql<{ myActions: Array<{ title: string }> }>('{ myActions { title } }', {}, await env.server.signIn('membre.gem@example.org', demoPassword));
    expect(nobody.data!.myActions.map((a) => a.title)).not.toContain('Transmettre les offres de logement');
  });

  it('lists the territory’s open actions for the coordinator, the most urgent first', async () => {
    const coordinator = await env.server.signIn('coordination@example.org', demoPassword);
    const group = await housingGroup();
    const meeting = (await env.server.graphql<{ createMeeting: { id: string } }>(createMeeting, { groupId: group.id, body: 'GROUP', fields: fields('2027-11-08T12:00:00Z') }, coordinator)).data!.createMeeting;
    const add = `mutation($id: ID!, $a: ActionInput!) { addAction(meetingId: $id, action: $a) { id } }`;
    for (const [title, dueDate] of [['Sans échéance', null], ['Échéance lointaine', '2028-06-01'], ['Échéance proche', '2027-01-15']] as const) {
      await env.server.graphql(add, { id: meeting.id, a: { title, dueDate } }, coordinator);
    }
    const query = '{ territoryOpenActions(territory: "clsm-metz", first: 200) { title dueDate status } }';
    const open = (await env.server.graphql<{ territoryOpenActions: Array<{ title: string; dueDate: string | null; status: string }> }>(query, {}, coordinator)).data!.territoryOpenActions;
    const titles = open.map((a) => a.title);
    expect(titles.indexOf('Échéance proche')).toBeLessThan(titles.indexOf('Échéance lointaine'));
    expect(titles.indexOf('Échéance lointaine')).toBeLessThan(titles.indexOf('Sans échéance'));
    expect(open.every((a) => a.status === 'OPEN')).toBe(true);
    const dated = open.filter((a) => a.dueDate).map((a) => a.dueDate!);
    expect(dated).toEqual([...dated].sort());
    const member = await env.server.signIn('membre.gem@example.org', demoPassword);
    expect((await env.server.graphql(query, {}, member)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('hides a private group and its meetings from the public and other territories', async () => {
    const coordinator = await env.server.signIn('coordination@example.org', demoPassword);
    const group = await housingGroup(coordinator);
    const [{ version }] = await env.database.dataSource.query(`SELECT version FROM working_group WHERE id = $1`, [group.id]);
    const update = await env.server.graphql(`mutation($id: ID!, $v: Int!) { updateGroup(groupId: $id, version: $v, fields: { isPublic: false }) { isPublic } }`, { id: group.id, v: version }, coordinator);
    expect(update.errors).toBeUndefined();
    expect((await env.server.graphql<GroupResult>(groupQuery, { slug: 'logement-sante-mentale' })).data?.group).toBeNull();
    const meetingId = group.meetings[0].id;
    expect((await env.server.graphql('query($id: ID!) { meeting(id: $id) { title } }', { id: meetingId })).data?.meeting).toBeNull();
    const ics = await fetch(`${env.server.url}/calendrier/groupes/logement-sante-mentale.ics`);
    expect(ics.status).toBe(404);
    const member = await env.server.signIn('membre.gem@example.org', demoPassword);
    expect((await env.server.graphql<GroupResult>(groupQuery, { slug: 'logement-sante-mentale' }, member)).data?.group?.id).toBe(group.id);
  });
});

describe('actions owed by an organisation', () => {
  it('show on its entry to accounts of its territory only', async () => {
    const query = '{ partner(slug: "ch-jury") { openActions { title status } } }';
    const [{ count }] = await env.database.dataSource.query(
      `SELECT count(*)::int AS count FROM action_item a JOIN partner p ON p.id = a.owner_partner_id WHERE p.slug = 'ch-jury' AND a.status = 'OPEN'`,
    );
    expect(count).toBeGreaterThan(0);
    const member = await env.server.signIn('membre.gem@example.org', demoPassword);
    const seen = await env.server.graphql<{ partner: { openActions: Array<{ status: string }> } }>(query, {}, member);
    expect(seen.data!.partner.openActions).toHaveLength(count);
    expect(seen.data!.partner.openActions.every((a) => a.status === 'OPEN')).toBe(true);
    expect((await env.server.graphql<{ partner: { openActions: unknown[] } }>(query)).data!.partner.openActions).toEqual([]);
  });
});

describe('projects of working groups', () => {
  it('are linked by the animators, and shown with the group', async () => {
    // An earlier test made the group private: read it as an account of the territory.
    const reader = await env.server.signIn('referent.bailleur@example.org', demoPassword);
    const projects = async () =>
      (await env.server.graphql<{ group: { projects: Array<{ slug: string; statusLabel: string }> } }>('{ group(slug: "logement-sante-mentale") { projects { slug statusLabel } } }', {}, reader)).data!
        .group.projects;
    expect((await projects()).map((p) => p.slug)).toEqual(expect.arrayContaining(['iml', 'soutien-aux-locataires', 'commission-locataires-en-difficulte']));
    expect((await projects()).find((p) => p.slug === 'commission-locataires-en-difficulte')?.statusLabel).toBe('À l’étude');

    const [{ id: groupId }] = await env.database.dataSource.query(`SELECT id FROM working_group WHERE slug = 'logement-sante-mentale'`);
    const [{ id: ptsm }] = await env.database.dataSource.query(`SELECT id FROM project WHERE slug = 'ptsm-moselle'`);
    const link = 'mutation($g: ID!, $p: ID!, $l: Boolean!) { linkGroupProject(groupId: $g, projectId: $p, linked: $l) { id } }';
    const member = await env.server.signIn('membre.gem@example.org', demoPassword);
    expect((await env.server.graphql(link, { g: groupId, p: ptsm, l: true }, member)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const coordinator = await env.server.signIn('coordination@example.org', demoPassword);
    expect((await env.server.graphql(link, { g: groupId, p: ptsm, l: true }, coordinator)).errors).toBeUndefined();
    expect((await projects()).map((p) => p.slug)).toContain('ptsm-moselle');
    await env.server.graphql(link, { g: groupId, p: ptsm, l: false }, coordinator);
    expect((await projects()).map((p) => p.slug)).not.toContain('ptsm-moselle');
  });
});
