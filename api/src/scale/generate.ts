import type pg from 'pg';
import type { Logger } from 'pino';
import { createDataSource, migrateDatabase } from '../db/data-source.js';
import { loadDemoData } from '../demo/load-demo.js';
import type { ScaleContext } from './context.js';
import { scaleCounts, type ScaleCounts } from './counts.js';
import { readManifest, type ScaleManifest } from './manifest.js';
import type { DemoFacts, PartnerRef } from './network.js';
import { planDirectory, planTerritories } from './plan-directory.js';
import { planGroups } from './plan-groups.js';
import { Progress, seconds, type ProgressOutput } from './progress.js';
import { Random } from './random.js';
import { writeDirectory } from './write-directory.js';
import { planEvents, writeEvents } from './write-events.js';
import { writeHousing } from './write-housing.js';
import { writeMeetings } from './write-meetings.js';

// The national-scale network, on top of the real Metz demo: migrations as the app runs them, the
// demo as the app loads it, then the fictional territories and everything that hangs on them,
// written with COPY on one owner connection.

export const defaultSeed = 'clsm-scale-1';

export class AlreadyGeneratedError extends Error {
  constructor(readonly territories: number) {
    super(`the database already holds a generated network (${territories} fictional territories)`);
  }
}

export interface GenerateOptions {
  /** The database, as its owner (the user that runs the migrations). */
  url: string;
  /** Fraction of the national network: 1 for 260 territories, 20,000 organisations… */
  size: number;
  seed?: string;
  out?: ProgressOutput;
  log: Logger;
}

export interface ScaleSummary {
  size: number;
  seed: string;
  counts: ScaleCounts;
  /** Rows in each table at the end, demo included. */
  tables: Record<string, number>;
  seconds: number;
  manifest: ScaleManifest;
  /** Generated cases whose party keys `refreshPartyKeys` changed (0: computed as the service does). */
  partyKeysCorrected: number;
}

/** Every table the generator writes, in the order it writes them. */
export const scaleTables = [
  'territory', 'person', 'partner', 'partner_territory', 'contact', 'psychiatric_sector', 'sector_commune',
  'working_group', 'group_membership', 'meeting', 'agenda_item', 'attendance', 'decision', 'action_item',
  'project', 'project_partner', 'group_project', 'edition', 'project_event', 'event_organiser', 'event_registration',
  'housing_offer', 'iml_case', 'iml_case_private', 'iml_case_clinical', 'iml_consent', 'iml_case_step', 'iml_review', 'iml_outcome_decision',
] as const;

const nullOutput: ProgressOutput = { write: () => true, isTTY: false };

async function readDemo(client: pg.ClientBase): Promise<DemoFacts> {
  const { rows: [metz] } = await client.query(`SELECT id, name FROM territory WHERE slug = 'clsm-metz'`);
  if (!metz) throw new Error('the Metz demo territory is missing');
  // Ordered, so that the same demo gives the same draws.
  const { rows: partners } = await client.query(
    `SELECT p.id, p.slug, p.name, p.kind, p.sector,
            coalesce(array_agg(c.person_id ORDER BY c.position, c.person_id) FILTER (WHERE c.person_id IS NOT NULL), '{}') AS persons
     FROM partner p JOIN partner_territory pt ON pt.partner_id = p.id AND pt.territory_id = $1
     LEFT JOIN contact c ON c.partner_id = p.id
     GROUP BY p.id ORDER BY p.slug`,
    [metz.id],
  );
  const slugs = async (table: string) => new Set<string>((await client.query(`SELECT slug FROM ${table}`)).rows.map((r) => r.slug));
  const { rows: users } = await client.query(`SELECT id, email FROM user_account`);
  const { rows: cases } = await client.query(`SELECT pseudonym FROM iml_case`);
  return {
    metzId: metz.id,
    metzName: metz.name,
    partners: partners.map((p): PartnerRef & { slug: string } => ({ id: p.id, slug: p.slug, name: p.name, kind: p.kind, sector: p.sector, templateKey: null, homeId: metz.id, persons: p.persons })),
    userIds: new Map(users.map((u) => [u.email, u.id])),
    takenSlugs: { partner: await slugs('partner'), group: await slugs('working_group'), project: await slugs('project'), edition: await slugs('edition') },
    pseudonyms: new Set(cases.map((c) => c.pseudonym)),
  };
}

/** Tables' row counts, as the owner sees them (all rows: the owner's policy admits it to the case tables). */
export async function tableCounts(query: (sql: string) => Promise<Array<{ name: string; count: number }>>): Promise<Record<string, number>> {
  const sql = scaleTables.map((table) => `SELECT '${table}' AS name, count(*)::int AS count FROM "${table}"`).join(' UNION ALL ');
  const counts = new Map((await query(sql)).map((row) => [row.name, row.count]));
  return Object.fromEntries(scaleTables.map((table) => [table, counts.get(table) ?? 0]));
}

export async function generateScaleNetwork(options: GenerateOptions): Promise<ScaleSummary> {
  const started = performance.now();
  const seed = options.seed ?? defaultSeed;
  const counts = scaleCounts(options.size);
  const progress = new Progress(options.out ?? nullOutput);
  const { log } = options;

  progress.print(`Migrations`);
  await migrateDatabase(options.url, log);
  const owner = createDataSource(options.url, log, 1, 'owner');
  await owner.initialize();
  try {
    const [{ count }] = await owner.query(`SELECT count(*)::int AS count FROM territory WHERE slug LIKE '%-fictif'`);
    if (count > 0) throw new AlreadyGeneratedError(count);

    // The Metz demo network, loaded the way the app loads it (as the application role).
    progress.print('Metz demo network');
    const application = createDataSource(options.url, log, 2);
    await application.initialize();
    try {
      await loadDemoData(application, { withAccounts: true });
    } finally {
      await application.destroy();
    }

    const runner = owner.createQueryRunner();
    const client = (await runner.connect()) as pg.PoolClient;
    try {
      // Nothing here needs to survive a crash half-way: the run is redone with --reset.
      await client.query(`SET synchronous_commit = off`);
      const demo = await readDemo(client);
      const random = new Random(seed);
      const context: ScaleContext = { client, manager: runner.manager, progress, random, counts, written: new Map() };

      progress.print(`National network at size ${options.size} (seed ${seed})`);
      const territories = planTerritories(random, counts, demo);
      const directory = planDirectory(random, counts, territories, demo);
      await writeDirectory(context, territories, directory);
      const groups = planGroups(random, counts, territories, demo);
      await writeMeetings(context, groups);
      await writeEvents(context, planEvents(random, counts.events, territories, groups.groups, demo));
      const housing = await writeHousing(context, territories, demo);

      // Statistics for the planner, and the visibility map for index-only scans: without it,
      // autovacuum would do this during the first benchmark.
      await progress.timed('VACUUM (ANALYZE)', () => client.query('VACUUM (ANALYZE)'));

      const tables = await tableCounts(async (sql) => (await client.query(sql)).rows);
      const manifest = await readManifest(client, { size: options.size, seed });
      const elapsed = (performance.now() - started) / 1000;
      progress.print(`Done in ${seconds(elapsed * 1000)}`);
      return { size: options.size, seed, counts, tables, seconds: elapsed, manifest, partyKeysCorrected: housing.partyKeysCorrected };
    } finally {
      runner.release();
    }
  } finally {
    await owner.destroy();
  }
}
