// National benchmark (not a test): `npm run bench` after `npm run seed:scale`. Drives the six
// requests of issue #9 with autocannon against our API, the floor (node:http + pg, hand-written
// SQL) and, for Q1-Q3, PostGraphile 4, on the same database, and prints a table with the goals.
// Options: --seconds N (per run, 10), --connections 1,10,50, --only Q1,Q2, --processes (adds
// the API at 1 and 2 processes, unpinned).
import { isDeepStrictEqual, parseArgs } from 'node:util';
import os from 'node:os';
import pg from 'pg';
import { openScaleDatabase } from '../../scale/scale-database.js';
import { benchAccounts, benchPassword, prepareFixtures, type BenchFixtures } from './fixtures.js';
import { drive, post } from './load.js';
import { editBody, editHour, type LoadResult, type LoadSpec } from './load-spec.js';
import { benchQueries, type BenchQuery } from './queries.js';
import { installPostgraphile } from './postgraphile-install.js';
import { printReport, printScaling, type Measure } from './report.js';
import { startServer, type RunningServer, type ServerKind } from './servers.js';
import { StatementCounter } from './statements.js';

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '1,10,50' },
    only: { type: 'string' },
    processes: { type: 'boolean', default: false },
  },
});
const seconds = Number(options.seconds);
const levels = options.connections!.split(',').map(Number);
const queries = benchQueries.filter((q) => !options.only || options.only.split(',').includes(q.id));
// The server on core 0, autocannon on core 1; PostgreSQL is left to the scheduler.
const cores = os.availableParallelism() > 1 ? { server: 0, load: 1 } : { server: null, load: null };
const step = (message: string) => process.stdout.write(`· ${message}\n`);

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: email, p: benchPassword } }),
  });
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  if (!cookie) throw new Error(`sign-in failed for ${email}: ${await response.text()}`);
  return cookie;
}

async function currentVersions(ownerUrl: string, ids: string[]) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT id, version FROM partner WHERE id = ANY($1::uuid[]) ORDER BY id`, [ids]);
    return rows as Array<{ id: string; version: number }>;
  } finally {
    await client.end();
  }
}

interface Context {
  fixtures: BenchFixtures;
  ownerUrl: string;
  cookies: Record<'coordinator' | 'careTeam', string>;
}

function bodiesFor(query: BenchQuery, server: ServerKind, { fixtures }: Context): string[] {
  return (server === 'postgraphile' ? fixtures.postgraphileBodies[query.id] : fixtures.bodies[query.id]) ?? [];
}

const cookieOf = (query: BenchQuery, context: Context): string | undefined => (query.viewer === 'anonymous' ? undefined : context.cookies[query.viewer]);

async function specFor(query: BenchQuery, server: RunningServer, context: Context, connections: number, runSeconds: number): Promise<LoadSpec> {
  const cookie = cookieOf(query, context);
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const spec: LoadSpec = { url: server.url, path: '/graphql', connections, seconds: runSeconds, headers, bodies: bodiesFor(query, server.kind, context) };
  if (query.id === 'Q5') {
    spec.edit = { template: context.fixtures.editTemplate, partners: await currentVersions(context.ownerUrl, context.fixtures.editable.map((p) => p.id)) };
  }
  return spec;
}

/** Statements per request: sequential requests in a window where only this server works. */
async function statementsPerRequest(counter: StatementCounter | null, query: BenchQuery, server: RunningServer, context: Context): Promise<number | null> {
  if (!counter) return null;
  const requests = 20;
  const spec = await specFor(query, server, context, 1, 1);
  await counter.reset();
  for (let i = 0; i < requests; i++) {
    // Each edit is of another partner, at the version read when the spec was made.
    const body = spec.edit ? editBody(spec.edit.template, spec.edit.partners[i]) : spec.bodies[i % spec.bodies.length];
    await post(server.url, body, spec.headers.cookie);
  }
  return Math.round(((await counter.count()) / requests) * 10) / 10;
}

/** The API's and the floor's answers must be the same JSON before anything is timed. */
async function compareAnswers(api: RunningServer, floor: RunningServer, context: Context): Promise<void> {
  for (const query of queries) {
    const cookie = cookieOf(query, context);
    if (query.id === 'Q5') {
      const [partner] = await currentVersions(context.ownerUrl, [context.fixtures.editable[0].id]);
      const template = context.fixtures.editTemplate;
      const a = (await post(api.url, editBody(template, partner), cookie)) as { data: { updatePartner: { version: number } } };
      const b = (await post(floor.url, editBody(template, { id: partner.id, version: partner.version + 1 }), cookie)) as { data: { updatePartner: { version: number } } };
      const expected = { data: { updatePartner: { id: partner.id, version: partner.version + 2, openingHours: `Mo-Fr 09:00-12:00,14:00-${editHour(partner.version + 1)}:00` } } };
      if (a.data?.updatePartner?.version !== partner.version + 1 || !isDeepStrictEqual(b, expected)) {
        throw new Error(`Q5: the API and the floor disagree:\n${JSON.stringify(a)}\n${JSON.stringify(b)}`);
      }
      continue;
    }
    for (const body of context.fixtures.bodies[query.id].slice(0, 5)) {
      const [a, b] = [await post(api.url, body, cookie), await post(floor.url, body, cookie)];
      if (!isDeepStrictEqual(a, b)) throw new Error(`${query.id}: the API and the floor disagree on ${body}:\nAPI:   ${JSON.stringify(a).slice(0, 1500)}\nfloor: ${JSON.stringify(b).slice(0, 1500)}`);
      if ((a as { errors?: unknown }).errors) throw new Error(`${query.id}: ${JSON.stringify(a)}`);
    }
  }
  step('the API and the floor give the same JSON for every query');
}

interface Series {
  name: Measure['series'];
  processes: number;
  core: number | null;
  loadCore: number | null;
}
const mainSeries: Series = { name: 'main', processes: 1, core: cores.server, loadCore: cores.load };

async function measureServer(kind: ServerKind, databaseUrl: string, context: Context, counter: StatementCounter | null, measures: Measure[], series = mainSeries): Promise<void> {
  const { processes, core, loadCore } = series;
  const server = await startServer(kind, databaseUrl, { core, processes });
  // A process's start-up work (the housing daily jobs) would run into the first measures.
  await counter?.untilQuiet();
  try {
    for (const query of queries) {
      if (!bodiesFor(query, kind, context).length && query.id !== 'Q5') continue;
      if (kind === 'postgraphile' && !query.postgraphile) continue;
      if (kind === 'api-uncached' && query.viewer !== 'anonymous') continue;
      step(`${kind}${processes > 1 ? ` ×${processes}` : ''} ${query.id}: warm-up`);
      // Each body once, every answer checked: the cache and PostgreSQL's buffers hold them all
      // before the load (50 group pages computed at once would be the cold start, not the API).
      for (const body of bodiesFor(query, kind, context)) {
        const answer = (await post(server.url, body, cookieOf(query, context))) as { errors?: unknown } | null;
        if (!answer || answer.errors) throw new Error(`${kind} ${query.id} answers with errors: ${JSON.stringify(answer).slice(0, 800)}`);
      }
      await drive(await specFor(query, server, context, 10, Math.min(3, seconds)), loadCore);
      const statements = series === mainSeries ? await statementsPerRequest(counter, query, server, context) : null;
      for (const connections of levels) {
        const result: LoadResult = await drive(await specFor(query, server, context, connections, seconds), loadCore);
        step(`${kind} ${query.id} ×${connections}: ${Math.round(result.requestsPerSecond)} req/s, p99 ${result.p99} ms${result.errors ? `, ${result.errors} errors` : ''}`);
        measures.push({ series: series.name, server: kind, processes, query: query.id, connections, result, statements });
      }
    }
  } finally {
    await server.stop();
  }
}

async function main() {
  step('opening the scale database');
  const database = await openScaleDatabase();
  const counter = await StatementCounter.open(database.adminUrl, database.url);
  try {
    const fixtures = await prepareFixtures(database.url);
    step(`network: ${Object.entries(fixtures.counts).map(([k, n]) => `${n.toLocaleString('fr-FR')} ${k}`).join(', ')}`);
    const api = await startServer('api', database.url, { core: cores.server });
    const cookies = { coordinator: await signIn(api.url, benchAccounts.coordinator), careTeam: await signIn(api.url, benchAccounts.careTeam) };
    const context: Context = { fixtures, ownerUrl: database.url, cookies };
    const floor = await startServer('floor', database.url, { core: cores.server });
    try {
      await compareAnswers(api, floor, context);
    } finally {
      await Promise.all([api.stop(), floor.stop()]);
    }
    step('PostGraphile 4: installing it apart on first use');
    process.env.POSTGRAPHILE_DIR = await installPostgraphile();
    const measures: Measure[] = [];
    for (const kind of ['floor', 'api', 'api-uncached', 'postgraphile'] as const) await measureServer(kind, database.url, context, counter, measures);
    if (options.processes) {
      for (const processes of [1, 2]) await measureServer('api', database.url, context, counter, measures, { name: 'scaling', processes, core: null, loadCore: null });
    }
    printReport(queries, measures, levels, { seconds, pinned: cores.server !== null, statementsCounted: counter !== null });
    if (options.processes) printScaling(queries, measures, levels);
  } finally {
    await counter?.close();
    await database.stop();
  }
}

await main();
