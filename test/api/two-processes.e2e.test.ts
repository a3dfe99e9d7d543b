import { randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { ensureDatabase } from '@clsm/api/ensure-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOtherTerritoryCoordinator, signInCookie } from '../support/accounts.js';
import { postGraphql, startHubProcess, type HubProcess } from '../support/hub.js';

// Two API processes behind one database, as behind a load balancer: an event written through
// one reaches the subscribers of the other, through PostgreSQL LISTEN/NOTIFY.
let a: HubProcess;
let b: HubProcess;
const clients: Client[] = [];

beforeAll(async () => {
  const databaseUrl = await ensureDatabase(inject('adminDatabaseUrl'), `clsm_e2e_${randomBytes(6).toString('hex')}`);
  const env = { DATABASE_URL: databaseUrl, DEMO_DATA: 'true', NODE_ENV: 'development' };
  a = await startHubProcess(env);
  b = await startHubProcess(env);
  await createOtherTerritoryCoordinator(databaseUrl, 'ailleurs@example.org');
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await Promise.all([a?.stop(), b?.stop()]);
});

function subscriber(url: string, cookie: string) {
  const client = createClient({
    url: `${url.replace('http', 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    },
    retryAttempts: 0,
  });
  clients.push(client);
  const received: Array<{ data?: unknown; errors?: unknown }> = [];
  const subscribe = (query: string, variables: Record<string, unknown>) =>
    client.subscribe({ query, variables }, { next: (value) => void received.push(value), error: (error) => void received.push({ errors: error }), complete: () => undefined });
  return { received, subscribe };
}

async function until(check: () => boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

describe('live events across two API processes', () => {
  it('reach a subscriber of process A within a second of a change made through B, and never one without access', async () => {
    const coordinatorOnB = await signInCookie(b.url, 'coordination@example.org');
    const member = subscriber(a.url, await signInCookie(a.url, 'membre.gem@example.org'));
    const outsider = subscriber(a.url, await signInCookie(a.url, 'ailleurs@example.org'));

    const group = await postGraphql(b.url, { query: '{ group(slug: "logement-sante-mentale") { id version meetings { id version status } } }' }, { cookie: coordinatorOnB });
    const { id: groupId, version: groupVersion, meetings } = (group.json?.data as { group: { id: string; version: number; meetings: Array<{ id: string; version: number; status: string }> } }).group;
    const planned = meetings.find((m) => m.status === 'PLANNED')!;

    // Both subscribe while the group is public; then it turns private. The outsider (another
    // territory) may no longer read its meetings: the next event must not reach it.
    const subscription = 'subscription($id: ID!) { meetingChanged(meetingId: $id) { id title } }';
    member.subscribe(subscription, { id: planned.id });
    outsider.subscribe(subscription, { id: planned.id });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(outsider.received).toEqual([]);
    const privatised = await postGraphql(b.url, { query: `mutation { updateGroup(groupId: "${groupId}", version: ${groupVersion}, fields: { isPublic: false }) { isPublic } }` }, { cookie: coordinatorOnB });
    expect(privatised.json?.errors).toBeUndefined();

    const changed = await postGraphql(
      b.url,
      { query: `mutation { updateMeeting(meetingId: "${planned.id}", version: ${planned.version}, fields: { title: "Réunion déplacée" }) { title } }` },
      { cookie: coordinatorOnB },
    );
    expect(changed.json?.errors).toBeUndefined();
    const latency = await until(() => member.received.length > 0, 1000);
    console.log(`delivery from B to a subscriber of A: ${latency} ms`);
    expect(member.received[0]).toEqual({ data: { meetingChanged: { id: planned.id, title: 'Réunion déplacée' } } });

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(JSON.stringify(outsider.received)).not.toContain('Réunion déplacée');
    expect(outsider.received.every((event) => !event.data)).toBe(true);
  });
});
