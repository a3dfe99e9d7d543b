import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../demo/accounts.data.js';
import { useAccountsServer } from '../modules/accounts/account.test-helpers.js';
import { testLog } from '../test-support/test-database.js';
import { testDeps } from '../test-support/test-deps.js';
import { startTestServer } from '../test-support/test-server.js';
import { BanGeocoder } from './ban.geocoder.js';
import { GeocoderUnavailable } from './geocoder.js';
import { createGeocoding, searchesPerMinute } from './geocoding.service.js';
import { GeocodingWorker } from './geocoding.worker.js';

// A local HTTP server that answers as api-adresse.data.gouv.fr/search/ does (GeoJSON), so the
// real provider code runs over real HTTP; nothing leaves the machine.
const requests: URL[] = [];
let mode: 'ok' | 'slow' | 'error' = 'ok';
let fake: Server;
let fakeUrl = '';

function banAnswer(q: string) {
  const serpenoise = /serpenoise/i.test(q);
  return {
    type: 'FeatureCollection',
    version: 'draft',
    query: q,
    features: serpenoise
      ? [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [6.172449, 49.116788] },
            properties: {
              label: '12 Rue Serpenoise 57000 Metz',
              score: 0.97,
              housenumber: '12',
              id: '57463_6820_00012',
              name: '12 Rue Serpenoise',
              postcode: '57000',
              citycode: '57463',
              x: 930808.5,
              y: 6895490.3,
              city: 'Metz',
              context: '57, Moselle, Grand Est',
              type: 'housenumber',
              importance: 0.7,
              street: 'Rue Serpenoise',
            },
          },
        ]
      : [],
  };
}

beforeAll(async () => {
  fake = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push(url);
    if (mode === 'error') {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
      return;
    }
    const answer = () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(banAnswer(url.searchParams.get('q') ?? '')));
    if (mode === 'slow') setTimeout(answer, 1500);
    else answer();
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/search/`;
});

afterAll(async () => {
  fake.closeAllConnections();
  await new Promise((resolve) => fake.close(resolve));
});

const ban = () => new BanGeocoder({ url: fakeUrl, timeoutMs: 300 });

describe('BAN provider against a local fake', () => {
  it('reads a BAN answer into addresses', async () => {
    mode = 'ok';
    const [found] = await ban().search('12 r. serpenoise metz', 5);
    expect(found).toEqual({
      label: '12 Rue Serpenoise 57000 Metz',
      street: 'Rue Serpenoise',
      houseNumber: '12',
      postcode: '57000',
      communeCode: '57463',
      communeName: 'Metz',
      latitude: 49.116788,
      longitude: 6.172449,
      score: 0.97,
    });
    const last = requests.at(-1)!;
    expect(last.pathname).toBe('/search/');
    expect(last.searchParams.get('q')).toBe('12 r. serpenoise metz');
    expect(last.searchParams.get('limit')).toBe('5');
  });

  it('a timeout or a 500 is "unavailable", never a crash', async () => {
    mode = 'slow';
    const started = Date.now();
    await expect(ban().search('12 rue serpenoise', 1)).rejects.toThrow(GeocoderUnavailable);
    expect(Date.now() - started).toBeLessThan(1200);
    mode = 'error';
    await expect(ban().search('12 rue serpenoise', 1)).rejects.toThrow(/500/);
    mode = 'ok';
  });

  it('an unreachable server is "unavailable"', async () => {
    const closed = new BanGeocoder({ url: 'http://127.0.0.1:9/search/', timeoutMs: 300 });
    await expect(closed.search('12 rue serpenoise', 1)).rejects.toThrow(GeocoderUnavailable);
  });
});

describe('over GraphQL and in the background', () => {
  const env = useAccountsServer();
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let coordinator = '';

  beforeAll(async () => {
    const deps = { ...testDeps(env.database.dataSource), geocoding: createGeocoding(ban()) };
    server = await startTestServer(env.database.dataSource, deps);
    coordinator = await server.signIn('coordination@example.org', demoPassword);
  });
  afterAll(async () => server?.close());

  const geocode = (text: string, cookie?: string) =>
    server.graphql<{ geocodeAddress: Array<{ label: string; communeCode: string; street: string; houseNumber: string; latitude: number }> }>(
      `query($t: String!) { geocodeAddress(text: $t) { label street houseNumber communeCode communeName postcode latitude longitude score } }`,
      { t: text },
      cookie,
    );

  it('geocodeAddress answers from the provider, and in French when it is down', async () => {
    mode = 'ok';
    const found = await geocode('12 rue Serpenoise Metz', coordinator);
    expect(found.errors).toBeUndefined();
    expect(found.data!.geocodeAddress[0]).toMatchObject({ communeCode: '57463', street: 'Rue Serpenoise', houseNumber: '12' });
    mode = 'error';
    const down = await geocode('12 rue Serpenoise Metz', coordinator);
    expect(down.errors?.[0]).toMatchObject({
      message: 'Le service de géocodage est indisponible : choisissez la commune dans la liste.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    mode = 'ok';
    const short = await geocode('ab', coordinator);
    expect(short.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('sectorForAddress takes free text through the geocoder', async () => {
    mode = 'ok';
    const result = await server.graphql<{ sectorForAddress: { match: string; street: string; houseNumber: number; sector: { code: string } } }>(
      `{ sectorForAddress(territory: "clsm-metz", text: "12 r. Serpenoise, Metz") { match street houseNumber sector { code } } }`,
      {},
      coordinator,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.sectorForAddress).toMatchObject({ match: 'STREET', houseNumber: 12, sector: { code: '1' } });
  });

  it('is rate-limited per caller', async () => {
    // Anonymous callers are counted by address; this one has not searched yet.
    const outcomes: string[] = [];
    for (let i = 0; i <= searchesPerMinute; i += 1) {
      const result = await geocode(`${i} rue Serpenoise Metz`);
      outcomes.push(result.errors?.[0].extensions?.code ?? 'ok');
    }
    expect(outcomes.slice(0, searchesPerMinute).every((o) => o === 'ok')).toBe(true);
    expect(outcomes.at(-1)).toBe('TOO_MANY_REQUESTS');
    // A signed-in caller has its own counter.
    expect((await geocode('1 rue Serpenoise Metz', coordinator)).errors).toBeUndefined();
  });

  async function unafam() {
    const [row] = await env.database.dataSource.query(
      `SELECT id, version, latitude, longitude, coordinates_source AS source FROM partner WHERE slug = 'unafam-moselle'`,
    );
    return row as { id: string; version: number; latitude: number | null; longitude: number | null; source: string | null };
  }
  const queued = async (id: string) => (await env.database.dataSource.query(`SELECT attempts, last_error AS "lastError" FROM geocoding_request WHERE partner_id = $1`, [id]))[0];
  const moveUnafam = async (address: string) => {
    const { id, version } = await unafam();
    const result = await server.graphql(
      `mutation($t: VersionedPartnerInput!, $f: PartnerFieldsInput!) { updatePartner(target: $t, fields: $f) { version } }`,
      { t: { partnerId: id, version }, f: { address, postalCode: '57000', commune: 'Metz' } },
      coordinator,
    );
    expect(result.errors).toBeUndefined();
  };

  it('an address change is queued in the same transaction, then the worker fills the coordinates', async () => {
    mode = 'ok';
    await moveUnafam('12 rue Serpenoise');
    const { id } = await unafam();
    expect(await queued(id)).toMatchObject({ attempts: 0 });
    const worker = new GeocodingWorker(env.database.dataSource, ban(), testLog);
    expect(await worker.runOnce()).toBe(1);
    expect(await unafam()).toMatchObject({ latitude: 49.116788, longitude: 6.172449, source: 'GEOCODER' });
    expect(await queued(id)).toBeUndefined();
    expect(await worker.runOnce()).toBe(0);
  });

  it('when the geocoder fails, the request waits with a backoff and the coordinates stay', async () => {
    await moveUnafam('14 rue Serpenoise');
    const { id, latitude } = await unafam();
    mode = 'error';
    const worker = new GeocodingWorker(env.database.dataSource, ban(), testLog, { backoffMs: 60_000 });
    expect(await worker.runOnce()).toBe(1);
    expect(await queued(id)).toMatchObject({ attempts: 1, lastError: 'BAN answered 500' });
    // Not due again before its backoff.
    expect(await worker.runOnce()).toBe(0);
    expect((await unafam()).latitude).toBe(latitude);
    await env.database.dataSource.query(`UPDATE geocoding_request SET next_attempt_at = now() WHERE partner_id = $1`, [id]);
    mode = 'ok';
    expect(await worker.runOnce()).toBe(1);
    expect(await queued(id)).toBeUndefined();
  });

  it('never overwrites coordinates entered by hand', async () => {
    const { id } = await unafam();
    await env.database.dataSource.query(`UPDATE partner SET latitude = 49.1, longitude = 6.2, coordinates_source = 'MANUAL' WHERE id = $1`, [id]);
    await moveUnafam('16 rue Serpenoise');
    expect(await queued(id)).toBeDefined();
    const before = requests.length;
    expect(await new GeocodingWorker(env.database.dataSource, ban(), testLog).runOnce()).toBe(1);
    expect(await unafam()).toMatchObject({ latitude: 49.1, longitude: 6.2, source: 'MANUAL' });
    expect(requests.length).toBe(before);
    expect(await queued(id)).toBeUndefined();
  });
});
