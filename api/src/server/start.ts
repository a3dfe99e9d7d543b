import type { RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { createDataSource, openDatabase } from '../db/data-source.js';
import { startHousingJobs } from '../modules/housing/housing-jobs.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres.js';
import { ensureDatabase } from '../db/ensure-database.js';
import { loadDemoData } from '../demo/load-demo.js';
import { createSchema } from '../graphql/schema.js';
import { EventBus } from '../events/event-bus.js';
import { LogMailer } from '../mail/mailer.js';
import { SmtpMailer } from '../mail/smtp-mailer.js';
import { createApp } from './app.js';
import { createGeocoder } from '../geocoding/create-geocoder.js';
import { createGeocoding } from '../geocoding/geocoding.service.js';
import { GeocodingWorker } from '../geocoding/geocoding.worker.js';

export interface Hub {
  url: string;
  close(): Promise<void>;
}

async function loadWebHandler(config: Config, log: Logger): Promise<RequestHandler | undefined> {
  const file = path.join(config.webBuildDir, 'handler.js');
  if (!existsSync(file)) {
    log.warn({ file }, 'web app not built: serving the API only');
    return undefined;
  }
  // adapter-node reads these when its handler is imported.
  process.env.ORIGIN ??= config.origin;
  process.env.API_INTERNAL_URL ??= `http://127.0.0.1:${config.port}/graphql`;
  // Forms may carry a directory import file (10 MB at most, plus the multipart envelope).
  process.env.BODY_SIZE_LIMIT ??= '11M';
  const module: { handler: RequestHandler } = await import(pathToFileURL(file).href);
  return module.handler;
}

export async function startHub(config: Config, log: Logger): Promise<Hub> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    const started = Date.now();
    embedded = await startEmbeddedPostgres(config.dataDir, (message) => log.debug({ postgres: message.trim() }));
    url = await ensureDatabase(embedded.url, config.database);
    log.info({ dataDir: config.dataDir, ms: Date.now() - started }, 'embedded PostgreSQL started');
  }
  const dataSource = createDataSource(url, log);
  const applied = await openDatabase(dataSource, log);
  if (applied.length) log.info({ migrations: applied }, 'migrations applied');
  if (config.demoData) {
    // Demo accounts are never created in production, whatever DEMO_DATA says.
    const inserted = await loadDemoData(dataSource, { withAccounts: !config.production });
    if (inserted) log.info({ partners: inserted }, 'demo data loaded');
  }

  const events = new EventBus(url, log);
  await events.start();
  const geocoding = createGeocoding(createGeocoder(config.geocoder));
  // Partner coordinates are looked up in the background, never in a page's request.
  const geocodingWorker = new GeocodingWorker(dataSource, geocoding.geocoder, log);
  geocodingWorker.start();
  const mailer = config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : new LogMailer(log);
  const stopHousingJobs = startHousingJobs({ dataSource, mailer, origin: config.origin, log, retentionMonths: config.housing.retentionMonths });
  const app = await createApp({
    schema: await createSchema(events),
    deps: { dataSource, log, config, mailer, events, geocoding, housing: config.housing },
    webHandler: await loadWebHandler(config, log),
  });
  await new Promise<void>((resolve) => app.httpServer.listen(config.port, config.host, resolve));
  const { port } = app.httpServer.address() as { port: number };
  const url_ = `http://localhost:${port}`;
  log.info({ url: url_, geocoder: config.geocoder.provider }, 'CLSM hub listening');

  return {
    url: url_,
    async close() {
      await geocodingWorker.stop();
      stopHousingJobs();
      await app.close();
      await events.close();
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
