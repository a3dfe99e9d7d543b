import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Mailer } from '../../mail/mailer.js';
import { remindDueReviews } from './iml-notifications.js';
import { anonymiseClosedCases } from './retention.js';

const dayMs = 24 * 60 * 60 * 1000;

/** The housing module's daily work, at start and then every day: retention, then reminders. */
export function startHousingJobs(deps: { dataSource: DataSource; mailer: Mailer; origin: string; log: Logger; retentionMonths: number }): () => void {
  const run = async () => {
    try {
      const anonymised = await anonymiseClosedCases(deps.dataSource, deps.retentionMonths);
      if (anonymised) deps.log.info({ cases: anonymised }, 'closed housing cases anonymised');
      await remindDueReviews(deps.dataSource, deps.mailer, deps.origin, deps.log);
    } catch (error) {
      deps.log.error({ err: error }, 'housing daily jobs failed');
    }
  };
  void run();
  const timer = setInterval(() => void run(), dayMs);
  timer.unref();
  return () => clearInterval(timer);
}
