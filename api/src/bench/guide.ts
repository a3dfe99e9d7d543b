// Benchmark (not a test): the printable guide's PDF for a national-scale directory.
// `npm run bench:guide` after a build. Adds BENCH_PARTNERS synthetic entries (2,000 by
// default, with two contacts and opening hours each) to the demo network in a throw-away
// embedded database, then downloads /guide.pdf and prints time, size and memory. The npm script
// caps the heap at 128 MiB: the run finishing at all shows that memory does not grow with the
// directory (4,040 partners went through a 96 MiB heap).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultPublicCacheSeconds } from '../config/config.js';
import { createDataSource, openDatabase } from '../db/data-source.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { ensureDatabase } from '../db/ensure-database.js';
import { loadDemoData } from '../demo/load-demo.js';
import { EventBus } from '../events/event-bus.js';
import { createSchema } from '../graphql/schema.js';
import { createLogger } from '../logging/logger.js';
import { LogMailer } from '../mail/mailer.js';
import { Writable } from 'node:stream';
import { writeGuidePdf } from '../modules/guide/guide.pdf.js';
import { GuideService } from '../modules/guide/guide.service.js';
import { Sector } from '../modules/partners/partner.enums.js';
import { PartnerService } from '../modules/partners/partner.service.js';
import { createApp } from '../server/app.js';

const partners = Number(process.env.BENCH_PARTNERS ?? 2000);
const log = createLogger('warn');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function download(url: string) {
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 20);
  const started = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  let firstByte = 0;
  let size = 0;
  for await (const chunk of response.body) {
    if (!size) firstByte = performance.now() - started;
    size += (chunk as Uint8Array).byteLength;
  }
  const total = performance.now() - started;
  clearInterval(sampler);
  return { firstByte, total, size, heapGrowth: peakHeap - before.heapUsed, rssGrowth: peakRss - before.rss, peakRss };
}

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'clsm-bench-guide-'));
  const embedded = await startEmbeddedPostgres(dataDir);
  const url = await ensureDatabase(embedded.url, 'clsm');
  const dataSource = createDataSource(url, log);
  const events = new EventBus(url, log);
  try {
    await openDatabase(dataSource, log);
    await loadDemoData(dataSource, { withAccounts: false });
    const app = await createApp({
      schema: await createSchema(events),
      deps: {
        dataSource,
        log,
        events,
        mailer: new LogMailer(log),
        config: { production: false, origin: 'http://localhost:3000', publicCacheSeconds: defaultPublicCacheSeconds, auth: { secret: 'bench', sessionTtlHours: 8, secureCookies: false, maxFailuresPerAccount: 5, maxFailuresPerAddress: 20, failureWindowMinutes: 15 } },
      },
    });
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = app.httpServer.address() as { port: number };
    const guideUrl = `http://127.0.0.1:${port}/guide.pdf?territoire=clsm-metz`;

    const demo = await download(guideUrl);
    const [{ count: demoCount }] = await dataSource.query(`SELECT count(*)::int AS count FROM partner`);

    // Synthetic entries, spread over the seven sectors, in the demo territory.
    const sectors = Object.values(Sector);
    await dataSource.query(
      `WITH made AS (
         INSERT INTO partner (slug, name, sector, kind, description, address, postal_code, commune, phone, email, website, opening_hours, version)
         SELECT 'bench-' || n, 'Structure fictive n° ' || n || ' – Œuvre d’écoute « Équipe » ' || n,
                ($1::text[])[1 + n % 7], 'ASSOCIATION',
                repeat('Accueil, écoute et orientation des personnes concernées par un trouble psychique et de leurs proches. ', 3),
                n || ' rue de l’Exemple', '57000', 'Metz', '+33 3 00 00 00 00', 'contact' || n || '@example.org',
                'https://example.org/structure-' || n, 'Mo-Fr 09:00-12:30,13:30-17:00; Sa 09:00-12:00', 1
         FROM generate_series(1, $2::int) AS n
         RETURNING id, slug)
       , territory AS (INSERT INTO partner_territory (partner_id, territory_id)
         SELECT made.id, t.id FROM made, territory t WHERE t.slug = 'clsm-metz')
       , people AS (INSERT INTO person (first_name, last_name)
         SELECT 'Prénom', 'Fictif ' || made.slug || '-' || k FROM made, generate_series(1, 2) AS k RETURNING id, last_name)
       INSERT INTO contact (partner_id, person_id, function, email, phone, position)
       SELECT made.id, people.id, 'Fonction fictive', 'prive@example.org', '+33 3 00 00 00 98', 0
       FROM people JOIN made ON people.last_name LIKE 'Fictif ' || made.slug || '-%'
         AND length(people.last_name) = length('Fictif ' || made.slug || '-') + 1`,
      [sectors, partners],
    );
    const reading = performance.now();
    const guide = new GuideService(dataSource, new PartnerService(dataSource));
    let read = 0;
    for (const sector of sectors) for await (const batch of guide.entries({ territory: 'clsm-metz' }, sector)) read += batch.length;
    const readMs = performance.now() - reading;
    const direct = performance.now();
    let directSize = 0;
    await writeGuidePdf(new Writable({ write(chunk, _e, done) { directSize += chunk.length; done(); } }), guide, { territory: 'clsm-metz' }, { title: 'Guide', territoryName: null, editedAt: new Date(), selection: null, onlineUrl: null });
    const directMs = performance.now() - direct;
    const national = await download(guideUrl);
    const [{ count: nationalCount }] = await dataSource.query(`SELECT count(*)::int AS count FROM partner`);
    const line = (label: string, count: number, r: Awaited<ReturnType<typeof download>>) =>
      `${label.padEnd(10)} ${String(count).padStart(5)} partners  first byte ${r.firstByte.toFixed(0).padStart(5)} ms  total ${r.total.toFixed(0).padStart(6)} ms  ` +
      `size ${mb(r.size).padStart(9)}  heap growth ${mb(r.heapGrowth).padStart(9)}  rss growth ${mb(r.rssGrowth).padStart(9)}  (peak rss ${mb(r.peakRss)})`;
    console.log(line('demo', demoCount, demo));
    console.log(line('national', nationalCount, national));
    console.log(`rendering into memory, no HTTP: ${directMs.toFixed(0)} ms, ${mb(directSize)}`);
    console.log(`reading the ${read} entries alone (SQL, no PDF): ${readMs.toFixed(0)} ms`);
    await app.close();
    app.httpServer.close();
  } finally {
    await events.close().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
    await embedded.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
