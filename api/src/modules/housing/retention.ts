import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { todayInParis } from '../calendar/paris-time.js';
import { addMonths } from './review-schedule.js';

// Closed cases keep what could name the person only for the retention period (2 years after
// the outcome by default); then `iml_anonymise_closed_cases`, run as the tables' owner, erases
// it and keeps dates and states for the figures.

const dayMs = 24 * 60 * 60 * 1000;

/** Anonymises the cases closed before `today` minus the retention; returns how many. */
export async function anonymiseClosedCases(dataSource: DataSource, retentionMonths: number, today = todayInParis()): Promise<number> {
  const [{ count }] = await dataSource.query(`SELECT iml_anonymise_closed_cases($1::date) AS count`, [addMonths(today, -retentionMonths)]);
  return Number(count);
}

/** Runs the anonymisation at start and once a day. */
export function startRetention(dataSource: DataSource, retentionMonths: number, log: Logger): () => void {
  const run = () =>
    anonymiseClosedCases(dataSource, retentionMonths)
      .then((count) => count && log.info({ cases: count }, 'closed housing cases anonymised'))
      .catch((error: unknown) => log.error({ err: error }, 'housing retention failed'));
  void run();
  const timer = setInterval(run, dayMs);
  timer.unref();
  return () => clearInterval(timer);
}
