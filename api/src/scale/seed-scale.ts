// `npm run seed:scale -- [--size <fraction>] [--reset] [--seed <text>]`: fills the scale database
// (`openScaleDatabase`: DATABASE_URL's server, or the embedded cluster in .data/scale) with the
// Metz demo network and a national-scale fictional network on top, then writes manifest.json
// (what a benchmark needs to find) next to the cluster.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { repoRoot } from '../config/config.js';
import { ensureDatabase } from '../db/ensure-database.js';
import { createLogger } from '../logging/logger.js';
import { AlreadyGeneratedError, defaultSeed, generateScaleNetwork } from './generate.js';
import { seconds } from './progress.js';
import { openScaleDatabase } from './scale-database.js';

const usage = `Usage: npm run seed:scale -- [--size <fraction>] [--reset] [--seed <text>]

  --size   fraction of the national network (1: 260 territories, 20,000 organisations,
           100,000 contacts, 2,000 groups, 200,000 meetings, 50,000 events, 5,000 IML cases);
           0.01 for a quick one. Default 1.
  --reset  drop and recreate the scale database first (required when it holds a network already)
  --seed   another seed gives another network; the same seed, the same network. Default ${defaultSeed}.`;

async function dropDatabase(adminUrl: string, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (new URL(adminUrl).pathname.slice(1) === name) throw new Error(`cannot drop ${name}: it is the database DATABASE_URL names; point it at another database of the server`);
  const client = new pg.Client({ connectionString: adminUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  await ensureDatabase(adminUrl, name);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: '1' }, reset: { type: 'boolean', default: false }, seed: { type: 'string', default: defaultSeed }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const size = Number(values.size);
  if (!(size > 0 && size <= 10)) {
    console.error(`--size expects a fraction such as 1 or 0.01, not ${values.size}\n\n${usage}`);
    return 2;
  }
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  // The generator's own memory (PostgreSQL's is its shared buffers): it must not grow with the network.
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
  const database = await openScaleDatabase((message) => log.debug({ postgres: message.trim() }));
  try {
    if (values.reset) {
      console.log(`Dropping and recreating ${new URL(database.url).pathname.slice(1)}`);
      await dropDatabase(database.adminUrl, database.url);
    }
    const summary = await generateScaleNetwork({ url: database.url, size, seed: values.seed, out: process.stdout, log });
    const width = Math.max(...Object.keys(summary.tables).map((t) => t.length));
    console.log('\nRows per table (the Metz demo included):');
    for (const [table, count] of Object.entries(summary.tables)) console.log(`  ${table.padEnd(width)} ${count.toLocaleString('en-US').padStart(10)}`);
    const dataDir = path.resolve(process.env.SCALE_DATA_DIR ?? path.join(repoRoot, '.data', 'scale'));
    await mkdir(dataDir, { recursive: true });
    const manifestFile = path.join(dataDir, 'manifest.json');
    await writeFile(manifestFile, `${JSON.stringify({ ...summary.manifest, counts: summary.tables, seconds: Math.round(summary.seconds) }, null, 2)}\n`);
    console.log(`\nManifest (${manifestFile}):\n${JSON.stringify(summary.manifest, null, 2)}`);
    console.log(`\nGenerated in ${seconds(summary.seconds * 1000)}; the generator's peak memory (RSS) was ${Math.round(peakRss / 1048576)} MiB.`);
    return 0;
  } catch (error) {
    if (error instanceof AlreadyGeneratedError) {
      console.error(`${error.message}: run again with --reset to drop and recreate it.`);
      return 1;
    }
    throw error;
  } finally {
    clearInterval(sampler);
    await database.stop();
  }
}

process.exitCode = await main();
