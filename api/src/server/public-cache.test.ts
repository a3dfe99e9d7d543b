import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privateTables } from '../../../migrations/1764110000000-national-scale.js';
import { demoPassword } from '../demo/accounts.data.js';
import { useAccountsServer } from '../modules/accounts/account.test-helpers.js';
import { testDeps } from '../test-support/test-deps.js';
import { startTestServer } from '../test-support/test-server.js';

const env = useAccountsServer();
const slug = 'unafam-moselle';
const partnerQuery = `query Partner($slug: String!) { partner(slug: $slug) { name version } }`;

beforeAll(async () => {
  await env.server.deps.events.start();
});
afterAll(async () => {
  await env.server?.deps.events.close();
});

interface Answer {
  cache: string | null;
  body: string;
}

async function post(url: string, payload: Record<string, unknown>, cookie?: string): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(payload),
  });
  return { cache: response.headers.get('x-clsm-cache'), body: await response.text() };
}

/** Without fetch, which would ask for and undo the compression itself. */
function postRaw(payload: Record<string, unknown>, acceptEncoding: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${env.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(payload));
  });
}

const readPartner = (url = env.server.url, cookie?: string) => post(url, { query: partnerQuery, variables: { slug } }, cookie);
const nameIn = (answer: Answer): string => JSON.parse(answer.body).data.partner.name;

/** Polls until the anonymous answer shows `name`: a notification takes a few milliseconds. */
async function untilAnswerShows(name: string): Promise<Answer> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const answer = await readPartner();
    if (nameIn(answer) === name || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function rename(name: string): Promise<void> {
  await env.database.dataSource.query('UPDATE partner SET name = $1 WHERE slug = $2', [name, slug]);
}

describe('the cache of anonymous answers', () => {
  it('serves the second identical anonymous query from memory, byte for byte', async () => {
    await rename('Unafam Moselle (premier)');
    const first = await untilAnswerShows('Unafam Moselle (premier)');
    const second = await readPartner();
    expect(first.cache).toBe('miss');
    expect(second).toEqual({ cache: 'hit', body: first.body });
  });

  it('keeps a large answer compressed once: gzip to a client that accepts it, plain to one that does not', async () => {
    const payload = { query: 'query Directory { partners(first: 50) { edges { node { slug name description } } } }' };
    await post(env.server.url, payload);
    const gzipped = await postRaw(payload, 'gzip, deflate, br');
    const plain = await postRaw(payload, 'identity');
    expect(gzipped.headers).toMatchObject({ 'x-clsm-cache': 'hit', 'content-encoding': 'gzip', vary: expect.stringMatching(/Accept-Encoding/i) });
    expect(plain.headers).toMatchObject({ 'x-clsm-cache': 'hit' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    expect(JSON.parse(plain.body.toString('utf8')).data.partners.edges.length).toBeGreaterThan(20);
    expect(gzipped.body.length).toBeLessThan(plain.body.length / 2);
  });

  it('keeps a separate answer per variables and per operation', async () => {
    await readPartner();
    const other = await post(env.server.url, { query: partnerQuery, variables: { slug: 'gem-l-albatros' } });
    expect(other.cache).toBe('miss');
    expect(JSON.parse(other.body).data.partner.name).not.toBe(nameIn(await readPartner()));
  });

  it('never caches for a signed-in reader, whose answers depend on who they are', async () => {
    const cookie = await env.server.signIn('coordination@example.org', demoPassword);
    const first = await readPartner(env.server.url, cookie);
    const second = await readPartner(env.server.url, cookie);
    expect([first.cache, second.cache]).toEqual([null, null]);
  });

  it('never caches an answer with errors, nor a mutation', async () => {
    const broken = { query: partnerQuery, variables: { slug: 42 } };
    const answers = [await post(env.server.url, broken), await post(env.server.url, broken)];
    expect(answers.map((a) => a.cache)).toEqual(['miss', 'miss']);
    expect(JSON.parse(answers[1].body).errors).toBeDefined();
    const mutation = await post(env.server.url, { query: 'mutation { signOut }' });
    expect(mutation.cache).toBeNull();
  });

  it('tells the operation a document names: its query is cached, its mutation never', async () => {
    const query = `query Name { partner(slug: "${slug}") { name } } mutation Leave { signOut }`;
    const asQuery = [await post(env.server.url, { query, operationName: 'Name' }), await post(env.server.url, { query, operationName: 'Name' })];
    expect(asQuery.map((a) => a.cache)).toEqual(['miss', 'hit']);
    const asMutation = await post(env.server.url, { query, operationName: 'Leave' });
    expect(asMutation.cache).toBeNull();
    expect(JSON.parse(asMutation.body).data).toEqual({ signOut: true });
  });

  it('forgets everything when this process answers a mutation, before the writer reads again', async () => {
    const cookie = await env.server.signIn('admin.unafam@example.org', demoPassword);
    await readPartner();
    expect((await readPartner()).cache).toBe('hit');
    const [{ id, version }] = await env.database.dataSource.query('SELECT id, version FROM partner WHERE slug = $1', [slug]);
    const update = `mutation($t: VersionedPartnerInput!, $f: PartnerFieldsInput!) { updatePartner(target: $t, fields: $f) { name } }`;
    const result = await env.server.graphql(update, { t: { partnerId: id, version }, f: { name: 'Unafam Moselle (après édition)' } }, cookie);
    expect(result.errors).toBeUndefined();
    // No wait: the very next anonymous read is computed again.
    const after = await readPartner();
    expect(after.cache).toBe('miss');
    expect(nameIn(after)).toBe('Unafam Moselle (après édition)');
  });

  it('forgets everything when another writer (plain SQL, another process) commits to a public table', async () => {
    await readPartner();
    expect((await readPartner()).cache).toBe('hit');
    await rename('Unafam Moselle (écrit en SQL)');
    const after = await untilAnswerShows('Unafam Moselle (écrit en SQL)');
    expect(nameIn(after)).toBe('Unafam Moselle (écrit en SQL)');
  });

  it('hears writes to every public table: only bookkeeping and the forced-RLS private tables go without the trigger', async () => {
    const rows: Array<{ table: string }> = await env.database.dataSource.query(
      `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relforcerowsecurity
          AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'public_data_changed')
        ORDER BY 1`,
    );
    expect(rows.map((r) => r.table)).toEqual([...privateTables].sort());
  });
});

describe('when the cache must stay out of the way', () => {
  it('serves nothing from memory while the event connection is down', async () => {
    const silent = await startTestServer(env.database.dataSource, testDeps(env.database.dataSource));
    try {
      expect([(await readPartner(silent.url)).cache, (await readPartner(silent.url)).cache]).toEqual([null, null]);
    } finally {
      await silent.close();
    }
  });

  it('lets an answer expire after its lifetime even when nothing was written', async () => {
    const deps = testDeps(env.database.dataSource);
    const shortLived = await startTestServer(env.database.dataSource, { ...deps, config: { ...deps.config, publicCacheSeconds: 0.3 } });
    await shortLived.deps.events.start();
    try {
      await readPartner(shortLived.url);
      expect((await readPartner(shortLived.url)).cache).toBe('hit');
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect((await readPartner(shortLived.url)).cache).toBe('miss');
    } finally {
      await shortLived.deps.events.close();
      await shortLived.close();
    }
  });
});
