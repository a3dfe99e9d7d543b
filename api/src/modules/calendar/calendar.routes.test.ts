import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/accounts.data.js';
import { useAccountsServer } from '../accounts/account.test-helpers.js';

const env = useAccountsServer();

async function feed(path: string) {
  const response = await fetch(`${env.server.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

const events = (text: string) => Object.values(ical.sync.parseICS(text)).filter((entry) => entry?.type === 'VEVENT') as ical.VEvent[];

describe('calendar feeds', () => {
  it('give a group’s meetings with their Paris times, across daylight-saving changes', async () => {
    const coordinator = await env.server.signIn('coordination@example.org', demoPassword);
    const [{ id: groupId }] = await env.database.dataSource.query(`SELECT id FROM working_group WHERE slug = 'comite-sism'`);
    const create = `mutation($g: ID!, $f: MeetingFieldsInput!) { createMeeting(territory: "clsm-metz", body: GROUP, groupId: $g, fields: $f) { id } }`;
    // 14:00 in Paris on each side of the March 2027 change: 13:00Z in winter, 12:00Z in summer.
    for (const [start, end] of [['2027-03-27T13:00:00Z', '2027-03-27T15:00:00Z'], ['2027-03-29T12:00:00Z', '2027-03-29T14:00:00Z']]) {
      const made = await env.server.graphql(create, { g: groupId, f: { title: `Comité SISM ${start.slice(0, 10)}`, startsAt: start, endsAt: end } }, coordinator);
      expect(made.errors).toBeUndefined();
    }
    const result = await feed('/calendrier/groupes/comite-sism.ics');
    expect(result.status).toBe(200);
    expect(result.type).toMatch(/^text\/calendar/);
    expect(result.text).toContain('DTSTART;TZID=Europe/Paris:20270327T140000');
    expect(result.text).toContain('DTSTART;TZID=Europe/Paris:20270329T140000');
    const parsed = events(result.text);
    expect(parsed.find((e) => e.summary === 'Comité SISM 2027-03-27')?.start.toISOString()).toBe('2027-03-27T13:00:00.000Z');
    expect(parsed.find((e) => e.summary === 'Comité SISM 2027-03-29')?.start.toISOString()).toBe('2027-03-29T12:00:00.000Z');
  });

  it('gives the territory’s coming meetings and one meeting as a file', async () => {
    const territory = await feed('/calendrier/territoires/clsm-metz.ics');
    expect(territory.status).toBe(200);
    const coming = events(territory.text);
    expect(coming.length).toBeGreaterThan(0);
    for (const event of coming) expect(event.end?.getTime()).toBeGreaterThan(Date.now());
    const [{ id }] = await env.database.dataSource.query(`SELECT id FROM meeting WHERE status = 'CANCELLED' LIMIT 1`);
    const single = await feed(`/calendrier/reunions/${id}.ics`);
    expect(single.text).toContain('STATUS:CANCELLED');
    expect(events(single.text)).toHaveLength(1);
    expect((await feed('/calendrier/reunions/not-a-uuid.ics')).status).toBe(404);
    expect((await feed('/calendrier/territoires/inconnu.ics')).status).toBe(404);
  });

  it('opens a personal feed by its token only, until revoked', async () => {
    const operator = await env.server.signIn('operateur.amli@example.org', demoPassword);
    const created = await env.server.graphql<{ createCalendarFeed: string }>('mutation { createCalendarFeed }', {}, operator);
    const path = created.data!.createCalendarFeed;
    expect(path).toMatch(/^\/calendrier\/personnel\/[A-Za-z0-9_-]{40,}\.ics$/);
    const personal = await feed(path);
    expect(personal.status).toBe(200);
    // AMLI is a member of the housing group: its meetings are the operator's.
    expect(events(personal.text).length).toBeGreaterThan(0);

    expect((await feed('/calendrier/personnel/forged-token.ics')).status).toBe(404);
    const renewed = await env.server.graphql<{ createCalendarFeed: string }>('mutation { createCalendarFeed }', {}, operator);
    expect((await feed(path)).status).toBe(404);
    expect((await feed(renewed.data!.createCalendarFeed)).status).toBe(200);
    await env.server.graphql('mutation { revokeCalendarFeeds }', {}, operator);
    expect((await feed(renewed.data!.createCalendarFeed)).status).toBe(404);
    expect((await env.server.graphql('mutation { createCalendarFeed }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
