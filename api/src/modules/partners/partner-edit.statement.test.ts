import 'reflect-metadata';
import pg from 'pg';
import type { GraphQLSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOtherTerritoryCoordinator } from '../../auth/actors.test-helpers.js';
import type { SignedInViewer } from '../../auth/viewer.js';
import type { AppDeps } from '../../graphql/context.js';
import { createSchema } from '../../graphql/schema.js';
import { testDeps } from '../../test-support/test-deps.js';
import { communePlacement } from './partner-placement.js';
import { editInProcess, targetOf, useDemoDirectory } from './partner.test-helpers.js';
import { accountViewer } from '../../test-support/account-viewer.js';

// Tries to break the one-statement edit: whatever it refuses, it must refuse as the edit under
// a lock did, leave nothing behind, and never lock for someone without the right.
const directory = useDemoDirectory({ http: false });
const slug = 'unafam-moselle';
const forbidden = 'Vous ne pouvez modifier que la fiche de votre structure.';
const conflict = 'Cette fiche a été modifiée entre-temps par quelqu’un d’autre. Rechargez-la pour voir la version actuelle avant de recommencer.';

let schema: GraphQLSchema;
let deps: AppDeps;
const viewers = {} as Record<'coordinator' | 'unafamAdmin' | 'otherCoordinator', SignedInViewer>;
const events: string[] = [];
let listener: pg.Client;

beforeAll(async () => {
  const { dataSource } = directory;
  deps = testDeps(dataSource);
  schema = await createSchema(deps.events);
  await insertOtherTerritoryCoordinator(dataSource);
  viewers.coordinator = await accountViewer(dataSource, 'coordination@example.org');
  viewers.unafamAdmin = await accountViewer(dataSource, 'admin.unafam@example.org');
  viewers.otherCoordinator = await accountViewer(dataSource, 'coordination@clsm-essai.example.org');
  listener = new pg.Client({ connectionString: String((dataSource.options as { url: string }).url) });
  listener.on('error', () => undefined);
  // Only the edit's own event: the cache's signal comes from a statement trigger, which fires
  // for an UPDATE of no row too.
  listener.on('notification', (message) => {
    const event = JSON.parse(message.payload ?? '{}') as { topic: string; id: string };
    if (event.topic === 'partner.updated') events.push(event.id);
  });
  await listener.connect();
  await listener.query('LISTEN clsm_events');
});

afterAll(() => listener?.end());

const edit = (viewer: keyof typeof viewers, target: { partnerId: string; version: number }, fields: Record<string, unknown>) =>
  editInProcess(schema, deps, viewers[viewer], target, fields);

/** Everything an edit of the entry could leave behind. */
async function traces(partnerSlug = slug) {
  const [row] = await directory.dataSource.query(
    `SELECT p.version, p.updated_at AS "updatedAt", p.opening_hours AS "openingHours", p.postal_code AS "postalCode",
            (SELECT count(*)::int FROM partner_change c WHERE c.partner_id = p.id) AS history,
            (SELECT count(*)::int FROM audit_event a WHERE a.target_id = p.id::text) AS audit
     FROM partner p WHERE p.slug = $1`,
    [partnerSlug],
  );
  // Time for an edit's notification to reach the listener, which shares the server with it.
  await directory.dataSource.query('SELECT pg_sleep(0.05)');
  return { ...row, events: events.length };
}

describe('an edit refused', () => {
  it('to the coordinator of another territory, leaves no history, audit line, version or event', async () => {
    const before = await traces();
    const { result, statements } = await edit('otherCoordinator', await targetOf(directory.dataSource, slug), { openingHours: 'Mo 08:00-09:00' });
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toEqual([expect.objectContaining({ message: forbidden, extensions: { code: 'FORBIDDEN' } })]);
    expect(statements).toBe(2);
    expect(await traces()).toEqual(before);
  });

  it('to the admin of another organisation, likewise', async () => {
    const before = await traces('gem-l-albatros');
    const { result } = await edit('unafamAdmin', await targetOf(directory.dataSource, 'gem-l-albatros'), { openingHours: 'Mo 08:00-09:00' });
    expect(result.errors).toEqual([expect.objectContaining({ message: forbidden, extensions: { code: 'FORBIDDEN' } })]);
    expect(await traces('gem-l-albatros')).toEqual(before);
  });

  it('never waits for the row lock of an editor at work', async () => {
    const target = await targetOf(directory.dataSource, slug);
    const runner = directory.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query('SELECT 1 FROM partner WHERE id = $1 FOR UPDATE', [target.partnerId]);
      const { result } = await edit('otherCoordinator', target, { openingHours: 'Mo 08:00-09:00' });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('for a stale version, with the current version, writes nothing', async () => {
    const current = await targetOf(directory.dataSource, slug);
    const before = await traces();
    const { result } = await edit('coordinator', { ...current, version: current.version - 1 }, { openingHours: 'Mo 08:00-09:00' });
    expect(result.errors).toEqual([expect.objectContaining({ message: conflict, extensions: { code: 'CONFLICT', currentVersion: current.version } })]);
    expect(await traces()).toEqual(before);
  });

  it('is told before what is wrong with the values, as when they were checked under the lock', async () => {
    const current = await targetOf(directory.dataSource, slug);
    const badPostalCode = { postalCode: 'ABC' };
    expect((await edit('otherCoordinator', current, badPostalCode)).result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await edit('coordinator', { ...current, version: current.version - 1 }, badPostalCode)).result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await edit('coordinator', current, badPostalCode)).result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('for an entry that does not exist, as for one of another territory', async () => {
    const { result } = await edit('coordinator', { partnerId: randomUUID(), version: 1 }, { openingHours: 'Mo 08:00-09:00' });
    expect(result.errors).toEqual([expect.objectContaining({ message: forbidden })]);
  });
});

describe('an edit that changes nothing', () => {
  it('answers the entry as it is: no version, history, audit line or event', async () => {
    const target = await targetOf(directory.dataSource, slug);
    const before = await traces();
    const { result } = await edit('coordinator', target, { openingHours: before.openingHours, postalCode: before.postalCode });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updatePartner).toMatchObject({ version: target.version, openingHours: before.openingHours });
    expect(await traces()).toEqual(before);
  });
});

describe('an edit that changes something', () => {
  it('sends one live event, after its commit', async () => {
    const before = events.length;
    const target = await targetOf(directory.dataSource, slug);
    const { result } = await edit('unafamAdmin', target, { openingHours: 'Tu 10:00-12:00' });
    expect(result.data!.updatePartner.version).toBe(target.version + 1);
    await traces();
    expect(events.slice(before)).toEqual([target.partnerId]);
  });
});

describe('a change of commune, written in the UPDATE', () => {
  const place = async (partnerSlug: string) => {
    const [row] = await directory.dataSource.query(
      `SELECT p.commune_code AS "communeCode", p.latitude, p.longitude, p.coordinates_source AS "coordinatesSource",
              EXISTS (SELECT 1 FROM geocoding_request g WHERE g.partner_id = p.id) AS queued
       FROM partner p WHERE p.slug = $1`,
      [partnerSlug],
    );
    return row;
  };
  const move = async (partnerSlug: string, fields: Record<string, unknown>) => {
    const { result } = await edit('coordinator', await targetOf(directory.dataSource, partnerSlug), fields);
    expect(result.errors).toBeUndefined();
    return place(partnerSlug);
  };
  const montigny = communePlacement('Montigny-lès-Metz');

  it('places an entry without an address at its new commune’s centre, and queues it for the geocoder', async () => {
    expect(await move('ch-jury', { commune: 'Montigny-lès-Metz' })).toEqual({ ...montigny, queued: true });
  });

  it('keeps coordinates entered by hand', async () => {
    await directory.dataSource.query(`UPDATE partner SET latitude = 49.1, longitude = 6.2, coordinates_source = 'MANUAL' WHERE slug = 'gem-l-albatros'`);
    expect(await move('gem-l-albatros', { commune: 'Montigny-lès-Metz' })).toEqual({
      communeCode: montigny.communeCode,
      latitude: 49.1,
      longitude: 6.2,
      coordinatesSource: 'MANUAL',
      queued: true,
    });
  });

  it('leaves the coordinates of an entry with an address to the geocoder', async () => {
    const before = await move(slug, { address: '12 rue Serpenoise' });
    expect(before.queued).toBe(true);
    expect(await move(slug, { commune: 'Montigny-lès-Metz' })).toEqual({ ...before, communeCode: montigny.communeCode, queued: true });
  });

  it('moves nothing and queues nothing when the commune stays', async () => {
    await directory.dataSource.query(`DELETE FROM geocoding_request`);
    const before = await place('ch-jury');
    expect(await move('ch-jury', { commune: 'Montigny-lès-Metz', openingHours: 'We 14:00-16:00' })).toEqual({ ...before, queued: false });
  });
});
