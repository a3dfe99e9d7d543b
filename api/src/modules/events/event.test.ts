import 'reflect-metadata';
import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { anonymous } from '../../auth/viewer.js';
import { openSubscription, useActorsServer, type ActorName } from '../../auth/actors.test-helpers.js';
import { countStatements } from '../../db/query-counter.js';
import { createContext } from '../../graphql/context.js';
import { createSchema } from '../../graphql/schema.js';

const env = useActorsServer();

const editionQuery = `query($slug: String!) { edition(slug: $slug) {
  id year theme startsOn endsOn submissionsOpen version eventCount totalAttendance organiserCount calendarPath
  programme { id title status attendance startsAt communeName latitude longitude audience organisers { slug } }
  submissions { id title status }
} }`;

type Edition = {
  id: string;
  theme: string;
  startsOn: string;
  endsOn: string;
  submissionsOpen: boolean;
  version: number;
  eventCount: number;
  totalAttendance: number;
  organiserCount: number;
  programme: Array<{ id: string; title: string; status: string; attendance: number | null; communeName: string | null; latitude: number | null; organisers: Array<{ slug: string }> }>;
  submissions: Array<{ id: string; title: string; status: string }>;
};

async function edition(slug: string, actor: ActorName = 'anonymous'): Promise<Edition> {
  const result = await env.as(actor)<{ edition: Edition }>(editionQuery, { slug });
  expect(result.errors).toBeUndefined();
  return result.data!.edition;
}

const submit = `mutation($input: EventSubmissionInput!) { submitEvent(input: $input) { id status version submittedByViewer organisers { slug } } }`;
const decide = `mutation($id: ID!, $v: Int!, $accept: Boolean!) { decideEvent(eventId: $id, version: $v, accept: $accept) { id status version decidedAt } }`;

let serial = 0;
async function proposal(organisers: string[], overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    editionId: (await edition('sism-2020')).id,
    title: `Marche solidaire ${serial}`,
    startsAt: '2020-03-22T13:00:00Z',
    endsAt: '2020-03-22T15:00:00Z',
    place: 'Plan d’eau',
    communeCode: '57463',
    audience: 'PUBLIC',
    organiserIds: await Promise.all(organisers.map((slug) => env.partnerId(slug))),
    ...overrides,
  };
}

const code = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code;

async function feed(path: string) {
  const response = await fetch(`${env.server.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

describe('editions and their programme (demo data)', () => {
  it('hold SISM 2019: 9 events, 250 participants, 18 organising partners', async () => {
    const sism = await edition('sism-2019');
    expect(sism.theme).toBe('Santé mentale à l’ère du numérique');
    expect([sism.startsOn, sism.endsOn]).toEqual(['2019-03-18', '2019-03-31']);
    expect(sism.eventCount).toBe(9);
    expect(sism.totalAttendance).toBe(250);
    expect(sism.organiserCount).toBe(18);
    const stand = sism.programme.find((e) => e.title.includes('L’Albatros'))!;
    expect(stand.organisers.map((o) => o.slug).sort()).toEqual(['chr-metz-thionville', 'gem-l-albatros']);
    expect(stand.communeName).toBe('Ars-Laquenexy');
    expect(stand.latitude).toBeGreaterThan(49);
  });

  it('hold SISM 2020: 11 events by 8 organising partners; invented events say so', async () => {
    const sism = await edition('sism-2020');
    expect([sism.theme, sism.startsOn, sism.endsOn]).toEqual(['Santé mentale et discriminations', '2020-03-16', '2020-03-29']);
    expect(sism.eventCount).toBe(11);
    expect(sism.organiserCount).toBe(8);
    const rows: Array<{ title: string; description: string }> = await env.database.dataSource.query(
      `SELECT title, description FROM project_event WHERE kind = 'EVENT' AND description NOT LIKE '%événement fictif de démonstration%' AND description NOT ILIKE '%Événement fictif de démonstration%'`,
    );
    expect(new Set(rows.map((r) => r.title))).toEqual(new Set(['Stand du GEM L’Albatros dans le hall de l’hôpital de Mercy', 'Spectacle de l’atelier d’écriture du GEM Camille Claudel']));
  });

  it('hold the 2019 training sessions (102 participants) and one upcoming session open for registration', async () => {
    const result = await env.as('gemMember')<{ trainingSessions: Array<{ startsAt: string; attendance: number | null; capacity: number; registeredCount: number; registrations: unknown }> }>(
      `{ trainingSessions(territory: "clsm-metz") { startsAt attendance capacity registeredCount registrations { fullName } } }`,
    );
    expect(result.errors).toBeUndefined();
    const sessions = result.data!.trainingSessions;
    const of2019 = sessions.filter((s) => s.startsAt.startsWith('2019'));
    expect(of2019).toHaveLength(5);
    expect(of2019.reduce((sum, s) => sum + (s.attendance ?? 0), 0)).toBe(102);
    const upcoming = sessions.filter((s) => s.startsAt.startsWith('2027'));
    expect(upcoming).toHaveLength(1);
    expect(upcoming[0]).toMatchObject({ capacity: 15, registeredCount: 3, registrations: null });
    const coordinator = await env.as('coordinator')<{ trainingSessions: Array<{ registrations: Array<{ fullName: string }> | null }> }>(
      `query($from: DateTimeISO) { trainingSessions(territory: "clsm-metz", from: $from) { registrations { fullName } } }`,
      { from: '2026-01-01T00:00:00Z' },
    );
    expect(coordinator.errors).toBeUndefined();
    expect(coordinator.data!.trainingSessions.map((s) => s.registrations?.length)).toEqual([3]);
  });

  it('reads a programme with a fixed number of statements, whatever its length', async () => {
    const schema = await createSchema(env.server.deps.events);
    const source = `{ edition(slug: "sism-2020") { programme { title communeName latitude organisers { slug name } edition { slug } project { slug } } } }`;
    const count = async () => {
      const { result, statements } = await countStatements(() => graphql({ schema, source, contextValue: createContext(env.server.deps, anonymous) }));
      expect(result.errors).toBeUndefined();
      return statements;
    };
    const before = await count();
    await env.database.dataSource.query(
      `WITH copies AS (
         INSERT INTO project_event (project_id, edition_id, kind, title, description, starts_at, ends_at, commune_code, audience, status)
         SELECT project_id, edition_id, kind, title || ' (copie ' || n || ')', description, starts_at, ends_at, commune_code, audience, 'CANCELLED'
         FROM project_event, generate_series(1, 10) n WHERE edition_id = (SELECT id FROM edition WHERE slug = 'sism-2020') AND status = 'ACCEPTED'
         RETURNING id)
       INSERT INTO event_organiser (event_id, partner_id) SELECT id, (SELECT id FROM partner WHERE slug = 'oriv') FROM copies`,
    );
    expect(await count()).toBeLessThanOrEqual(before + 2);
    await env.database.dataSource.query(`DELETE FROM project_event WHERE title LIKE '%(copie %'`);
  });
});

describe('submitting an event and deciding on it', () => {
  it('lets a partner propose an event it organises, and the coordinator accept it', async () => {
    const input = await proposal(['gem-l-albatros']);
    const made = await env.as('gemMember')<{ submitEvent: { id: string; status: string; version: number; submittedByViewer: boolean } }>(submit, { input });
    expect(made.errors).toBeUndefined();
    const event = made.data!.submitEvent;
    expect(event).toMatchObject({ status: 'SUBMITTED', submittedByViewer: true });

    // Pending: hidden from the public, seen by its submitter and by the coordinator.
    expect((await edition('sism-2020')).submissions).toEqual([]);
    expect((await edition('sism-2020')).programme.map((e) => e.id)).not.toContain(event.id);
    const single = `query($id: ID!) { event(id: $id) { id title } }`;
    expect((await env.as('anonymous')(single, { id: event.id })).data).toEqual({ event: null });
    expect((await env.as('landlordReferent')(single, { id: event.id })).data).toEqual({ event: null });
    expect((await env.as('gemMember')<{ event: { id: string } }>(single, { id: event.id })).data?.event?.id).toBe(event.id);
    expect((await edition('sism-2020', 'gemMember')).submissions.map((e) => e.id)).toContain(event.id);
    expect((await edition('sism-2020', 'unafamAdmin')).submissions.map((e) => e.id)).not.toContain(event.id);
    const pending = await env.as('coordinator')<{ pendingEventSubmissions: Array<{ id: string }> }>(`{ pendingEventSubmissions(territory: "clsm-metz") { id } }`);
    expect(pending.data!.pendingEventSubmissions.map((e) => e.id)).toContain(event.id);
    expect(code(await env.as('gemMember')(`{ pendingEventSubmissions(territory: "clsm-metz") { id } }`))).toBe('FORBIDDEN');

    // Not in the public feed while pending.
    expect((await feed('/calendrier/editions/sism-2020.ics')).text).not.toContain(input.title);

    // A member cannot accept; the coordinator can.
    expect(code(await env.as('gemMember')(decide, { id: event.id, v: event.version, accept: true }))).toBe('FORBIDDEN');
    const accepted = await env.as('coordinator')<{ decideEvent: { status: string; decidedAt: string } }>(decide, { id: event.id, v: event.version, accept: true });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.decideEvent.status).toBe('ACCEPTED');
    expect(accepted.data!.decideEvent.decidedAt).toBeTruthy();
    expect((await edition('sism-2020')).programme.map((e) => e.id)).toContain(event.id);

    const ics = await feed('/calendrier/editions/sism-2020.ics');
    expect(ics.status).toBe(200);
    expect(ics.type).toMatch(/^text\/calendar/);
    expect(ics.text).toContain(`SUMMARY:${input.title}`);
    expect(ics.text).toContain(`UID:event-${event.id}@clsm-hub`);
  });

  it('refuses a member proposing for another partner, the public, and a closed edition', async () => {
    expect(code(await env.as('gemMember')(submit, { input: await proposal(['unafam-moselle']) }))).toBe('FORBIDDEN');
    expect(code(await env.as('anonymous')(submit, { input: await proposal(['gem-l-albatros']) }))).toBe('UNAUTHENTICATED');
    expect(code(await env.as('otherCoordinator')(submit, { input: await proposal(['gem-l-albatros']) }))).toBe('FORBIDDEN');
    const closed = await env.as('gemMember')(submit, {
      input: await proposal(['gem-l-albatros'], { editionId: (await edition('sism-2019')).id, startsAt: '2019-03-20T13:00:00Z', endsAt: '2019-03-20T15:00:00Z' }),
    });
    expect(closed.errors?.[0]).toMatchObject({ message: 'Les propositions sont closes pour cette édition.', extensions: { code: 'BAD_USER_INPUT' } });
    // The coordinator proposes for anyone.
    expect((await env.as('coordinator')(submit, { input: await proposal(['unafam-moselle']) })).errors).toBeUndefined();
  });

  it('checks the dates against the edition and the fields, in French', async () => {
    const outside = await env.as('gemMember')(submit, { input: await proposal(['gem-l-albatros'], { startsAt: '2020-04-02T13:00:00Z', endsAt: '2020-04-02T15:00:00Z' }) });
    expect(outside.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'startsAt' } });
    expect(outside.errors?.[0].message).toContain('du 16 mars 2020 au 29 mars 2020');
    const backwards = await env.as('gemMember')(submit, { input: await proposal(['gem-l-albatros'], { endsAt: '2020-03-22T12:00:00Z' }) });
    expect(backwards.errors?.[0]).toMatchObject({ message: 'La fin doit suivre le début.', extensions: { field: 'endsAt' } });
    const untitled = await env.as('gemMember')(submit, { input: await proposal(['gem-l-albatros'], { title: '  ' }) });
    expect(untitled.errors?.[0]).toMatchObject({ message: '« Titre » est obligatoire.', extensions: { field: 'title' } });
    const commune = await env.as('gemMember')(submit, { input: await proposal(['gem-l-albatros'], { communeCode: '75056' }) });
    expect(commune.errors?.[0].extensions?.field).toBe('communeCode');
  });

  it('keeps a decided event for the coordinator to edit; a cancelled one stays in the programme and the feed as cancelled', async () => {
    const made = await env.as('gemMember')<{ submitEvent: { id: string; version: number } }>(submit, { input: await proposal(['gem-l-albatros']) });
    const { id, version } = made.data!.submitEvent;
    const update = `mutation($id: ID!, $v: Int!, $f: EventFieldsInput!) { updateEvent(eventId: $id, version: $v, fields: $f) { version place } }`;
    const edited = await env.as('gemMember')<{ updateEvent: { version: number; place: string } }>(update, { id, v: version, f: { place: 'Esplanade' } });
    expect(edited.data?.updateEvent.place).toBe('Esplanade');
    const v2 = edited.data!.updateEvent.version;
    const stale = await env.as('coordinator')(decide, { id, v: version, accept: true });
    expect(code(stale)).toBe('CONFLICT');
    const accepted = await env.as('coordinator')<{ decideEvent: { version: number } }>(decide, { id, v: v2, accept: true });
    const v3 = accepted.data!.decideEvent.version;
    expect(code(await env.as('gemMember')(update, { id, v: v3, f: { place: 'Ailleurs' } }))).toBe('FORBIDDEN');
    const cancelled = await env.as('coordinator')<{ cancelEvent: { status: string } }>(`mutation($id: ID!, $v: Int!) { cancelEvent(eventId: $id, version: $v) { status } }`, { id, v: v3 });
    expect(cancelled.data?.cancelEvent.status).toBe('CANCELLED');
    expect((await edition('sism-2020')).programme.find((e) => e.id === id)?.status).toBe('CANCELLED');
    const ics = await feed('/calendrier/editions/sism-2020.ics');
    const block = ics.text.split('BEGIN:VEVENT').find((b) => b.includes(`event-${id}@`))!;
    expect(block).toContain('STATUS:CANCELLED');
  });

  it('records the headcount after the event, by an organiser’s account or the coordinator', async () => {
    const [stand] = await env.database.dataSource.query(
      `SELECT e.id, e.version FROM project_event e JOIN edition d ON d.id = e.edition_id WHERE d.slug = 'sism-2019' AND e.title LIKE 'Stand%'`,
    );
    const record = `mutation($id: ID!, $v: Int!, $n: Int!) { recordEventAttendance(eventId: $id, version: $v, attendance: $n) { attendance version } }`;
    expect(code(await env.as('unafamAdmin')(record, { id: stand.id, v: stand.version, n: 31 }))).toBe('FORBIDDEN');
    const done = await env.as('gemMember')<{ recordEventAttendance: { attendance: number; version: number } }>(record, { id: stand.id, v: stand.version, n: 31 });
    expect(done.errors).toBeUndefined();
    expect(done.data!.recordEventAttendance.attendance).toBe(31);
    await env.as('coordinator')(record, { id: stand.id, v: done.data!.recordEventAttendance.version, n: 30 });
    expect((await edition('sism-2019')).totalAttendance).toBe(250);
  });
});

describe('the programme, live', () => {
  it('delivers an acceptance to a subscriber over a real WebSocket', async () => {
    const sism = await edition('sism-2020');
    const made = await env.as('unafamAdmin')<{ submitEvent: { id: string; version: number } }>(submit, { input: await proposal(['unafam-moselle'], { title: 'Conférence en direct' }) });
    expect(made.errors).toBeUndefined();
    const subscription = openSubscription(
      env.server.url,
      'subscription($id: ID!) { editionProgrammeChanged(editionId: $id) { id programme { title status } } }',
      { id: sism.id },
      env.cookies.landlordReferent,
    );
    try {
      // Live once a nudge comes through; then the acceptance itself must arrive.
      const first = await subscription.next({ nudge: () => env.server.deps.events.publish('edition.programme_changed', sism.id) });
      expect(first.errors).toBeUndefined();
      // Drain the nudges still in flight, so that the next message can only be the acceptance's.
      await (async () => {
        for (;;) await subscription.next({ timeoutMs: 300 });
      })().catch(() => undefined);
      const accepted = await env.as('coordinator')(decide, { id: made.data!.submitEvent.id, v: made.data!.submitEvent.version, accept: true });
      expect(accepted.errors).toBeUndefined();
      type Live = { data?: { editionProgrammeChanged: { programme: Array<{ title: string; status: string }> } } };
      const message = (await subscription.next({ timeoutMs: 5_000 })) as Live;
      expect(message.data?.editionProgrammeChanged.programme).toContainEqual({ title: 'Conférence en direct', status: 'ACCEPTED' });
    } finally {
      await subscription.close();
    }
  });
});

describe('training sessions', () => {
  const create = `mutation($f: EventFieldsInput!) { createTrainingSession(territory: "clsm-metz", fields: $f) { id version capacity kind status } }`;
  const register = `mutation($id: ID!) { registerForEvent(eventId: $id) { id fullName } }`;

  async function session(capacity: number) {
    serial += 1;
    const made = await env.as('coordinator')<{ createTrainingSession: { id: string; version: number } }>(create, {
      f: { title: `Sensibilisation ${serial}`, startsAt: '2027-05-11T07:00:00Z', endsAt: '2027-05-11T15:00:00Z', place: 'CH de Jury', communeCode: '57351', capacity },
    });
    expect(made.errors).toBeUndefined();
    return made.data!.createTrainingSession;
  }

  it('never overbooks: 5 registrations at once on 3 places give exactly 3', async () => {
    const { id } = await session(3);
    const actors: ActorName[] = ['unafamAdmin', 'gemMember', 'landlordReferent', 'careTeam', 'housingOperator'];
    const results = await Promise.all(actors.map((actor) => env.as(actor)(register, { id })));
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    const refused = results.filter((r) => r.errors);
    expect(refused.map((r) => r.errors![0].message)).toEqual(['Cette session est complète.', 'Cette session est complète.']);
    const [{ count }] = await env.database.dataSource.query(`SELECT count(*)::int AS count FROM event_registration WHERE event_id = $1`, [id]);
    expect(count).toBe(3);
  });

  it('shows a person its own registration, counts to all, names to the coordinator only', async () => {
    const { id } = await session(10);
    const mine = await env.as('gemMember')<{ registerForEvent: { id: string; fullName: string } }>(register, { id });
    expect(mine.data?.registerForEvent.fullName).toBe('Bruno Fictif');
    expect(code(await env.as('gemMember')(register, { id }))).toBe('CONFLICT');
    expect(code(await env.as('anonymous')(register, { id }))).toBe('UNAUTHENTICATED');
    const query = `query($id: ID!) { event(id: $id) { registeredCount capacity myRegistration { id } registrations { fullName } } }`;
    expect((await env.as('gemMember')(query, { id })).data).toEqual({ event: { registeredCount: 1, capacity: 10, myRegistration: { id: mine.data!.registerForEvent.id }, registrations: null } });
    expect((await env.as('anonymous')(query, { id })).data).toEqual({ event: { registeredCount: 1, capacity: 10, myRegistration: null, registrations: null } });
    expect((await env.as('coordinator')<{ event: { registrations: Array<{ fullName: string }> } }>(query, { id })).data?.event.registrations).toEqual([{ fullName: 'Bruno Fictif' }]);
    const cancel = `mutation($id: ID!) { cancelRegistration(registrationId: $id) { registeredCount } }`;
    expect(code(await env.as('unafamAdmin')(cancel, { id: mine.data!.registerForEvent.id }))).toBe('FORBIDDEN');
    expect((await env.as('gemMember')(cancel, { id: mine.data!.registerForEvent.id })).data).toEqual({ cancelRegistration: { registeredCount: 0 } });
  });

  it('sets the attendance from the attendance sheet, in one go', async () => {
    const { id } = await session(10);
    const add = `mutation($id: ID!, $name: String!) { addRegistration(eventId: $id, fullName: $name) { id } }`;
    expect(code(await env.as('gemMember')(add, { id, name: 'Personne Ajoutée' }))).toBe('FORBIDDEN');
    const ids: string[] = [];
    for (const name of ['Anne Fictive', 'Bernard Fictif', 'Claire Fictive']) {
      const added = await env.as('coordinator')<{ addRegistration: { id: string } }>(add, { id, name });
      expect(added.errors).toBeUndefined();
      ids.push(added.data!.addRegistration.id);
    }
    const [{ version }] = await env.database.dataSource.query(`SELECT version FROM project_event WHERE id = $1`, [id]);
    const sheet = `mutation($id: ID!, $v: Int!, $present: [ID!]!) { setAttendanceSheet(eventId: $id, version: $v, presentRegistrationIds: $present) { attendance registrations { fullName attended } } }`;
    expect(code(await env.as('gemMember')(sheet, { id, v: version, present: ids }))).toBe('FORBIDDEN');
    const saved = await env.as('coordinator')<{ setAttendanceSheet: { attendance: number; registrations: Array<{ fullName: string; attended: boolean }> } }>(sheet, {
      id,
      v: version,
      present: [ids[0], ids[2]],
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.setAttendanceSheet.attendance).toBe(2);
    expect(saved.data!.setAttendanceSheet.registrations).toEqual([
      { fullName: 'Anne Fictive', attended: true },
      { fullName: 'Bernard Fictif', attended: false },
      { fullName: 'Claire Fictive', attended: true },
    ]);
  });

  it('publishes the sessions as an iCalendar feed', async () => {
    const ics = await feed('/calendrier/formations/clsm-metz.ics');
    expect(ics.status).toBe(200);
    expect(ics.text.match(/BEGIN:VEVENT/g)!.length).toBeGreaterThanOrEqual(6);
    expect((await feed('/calendrier/formations/inconnu.ics')).status).toBe(404);
    expect((await feed('/calendrier/editions/inconnue.ics')).status).toBe(404);
  });
});
