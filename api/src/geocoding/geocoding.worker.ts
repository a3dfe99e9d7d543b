import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { communeCentroid } from '../modules/geo/communes.js';
import { GeocoderUnavailable, type Geocoder } from './geocoder.js';

export interface WorkerOptions {
  batchSize?: number;
  intervalMs?: number;
  /** First retry after this delay, doubled at each failure, up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Below this score a BAN answer is not trusted: the commune centroid is used instead. */
  minScore?: number;
}

/** The insert that queues the partners `source` (VALUES or SELECT of ids) for geocoding, for a statement that also does other work. */
export const geocodingRequest = (source: string) =>
  `INSERT INTO geocoding_request (partner_id) ${source}
   ON CONFLICT (partner_id) DO UPDATE SET requested_at = now(), attempts = 0, next_attempt_at = now(), last_error = NULL`;

/** Puts a partner in the queue of addresses to geocode (call it in the transaction of the edit). */
export async function enqueueGeocoding(manager: EntityManager, partnerId: string): Promise<void> {
  await manager.query(geocodingRequest('VALUES ($1)'), [partnerId]);
}

interface QueuedPartner {
  partnerId: string;
  attempts: number;
  address: string | null;
  postalCode: string | null;
  commune: string | null;
  communeCode: string | null;
  coordinatesSource: string | null;
}

/**
 * Drains `geocoding_request` in the API process: a batch at a time, rows locked with SKIP
 * LOCKED (two processes never take the same partner), backoff when the geocoder fails. Never
 * writes over coordinates entered by hand.
 */
export class GeocodingWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private readonly options: Required<WorkerOptions>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly geocoder: Geocoder,
    private readonly log: Logger,
    options: WorkerOptions = {},
  ) {
    this.options = { batchSize: 10, intervalMs: 5000, backoffMs: 30_000, maxBackoffMs: 6 * 3600_000, minScore: 0.5, ...options };
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runOnce()
        .catch((error) => this.log.warn({ err: error }, 'geocoding worker failed'))
        .finally(() => (this.running = undefined));
    }, this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Handles one batch of due requests; returns how many partners were handled. */
  async runOnce(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: QueuedPartner[] = await manager.query(
        `SELECT r.partner_id AS "partnerId", r.attempts, p.address, p.postal_code AS "postalCode", p.commune,
                p.commune_code AS "communeCode", p.coordinates_source AS "coordinatesSource"
         FROM geocoding_request r JOIN partner p ON p.id = r.partner_id
         WHERE r.next_attempt_at <= now()
         ORDER BY r.requested_at
         LIMIT $1
         FOR UPDATE OF r SKIP LOCKED`,
        [this.options.batchSize],
      );
      for (const row of rows) await this.handle(manager, row);
      return rows.length;
    });
  }

  private async handle(manager: EntityManager, row: QueuedPartner): Promise<void> {
    const done = () => manager.query(`DELETE FROM geocoding_request WHERE partner_id = $1`, [row.partnerId]);
    if (row.coordinatesSource === 'MANUAL') return void (await done());
    const text = [row.address, row.postalCode, row.commune].filter(Boolean).join(' ').trim();
    if (!row.address || this.geocoder.name === 'none') {
      await this.place(manager, row.partnerId, row.communeCode ? communeCentroid(row.communeCode) : null, 'COMMUNE');
      return void (await done());
    }
    try {
      const [best] = await this.geocoder.search(text, 1);
      const trusted = best && best.score >= this.options.minScore && (!row.communeCode || !best.communeCode || best.communeCode === row.communeCode);
      if (trusted) await this.place(manager, row.partnerId, best, 'GEOCODER');
      else await this.place(manager, row.partnerId, row.communeCode ? communeCentroid(row.communeCode) : null, 'COMMUNE');
      await done();
    } catch (error) {
      if (!(error instanceof GeocoderUnavailable)) throw error;
      const delay = Math.min(this.options.backoffMs * 2 ** row.attempts, this.options.maxBackoffMs);
      await manager.query(
        `UPDATE geocoding_request SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + ($3 || ' milliseconds')::interval WHERE partner_id = $1`,
        [row.partnerId, error.message.slice(0, 500), String(delay)],
      );
      this.log.info({ partnerId: row.partnerId, attempts: row.attempts + 1, retryInMs: delay, reason: error.message }, 'geocoding postponed');
    }
  }

  // Coordinates entered by hand are never overwritten, even if they were set while we asked.
  private async place(manager: EntityManager, partnerId: string, point: { latitude: number; longitude: number } | null, source: 'GEOCODER' | 'COMMUNE') {
    await manager.query(
      `UPDATE partner SET latitude = $2, longitude = $3, coordinates_source = $4
       WHERE id = $1 AND coordinates_source IS DISTINCT FROM 'MANUAL'`,
      [partnerId, point?.latitude ?? null, point?.longitude ?? null, point ? source : null],
    );
  }
}
