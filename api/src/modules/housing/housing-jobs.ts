import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Mailer } from '../../mail/mailer.js';
import { remindDueReviews } from './iml-notifications.js';
import { anonymiseClosedCases } from './retention.js';
import { anonymiseClosedSupportRequests } from '../tenant-support/support-retention.js';

const dayMs = 24 * 60 * 60 * 1000;

/** The housing modules' daily work, at start and then every day: retention (IML cases and tenant-support requests), then reminders. */
export function startHousingJobs(deps: { dataSource: DataSource; mailer: Mailer; origin: string; log: Logger; retentionMonths: number }): () => void {
  const run = async () => {
    try {
      const cases = await anonymiseClosedCases(deps.dataSource, deps.retentionMonths);
      const requests = await anonymiseClosedSupportRequests(deps.dataSource, deps.retentionMonths);
      if (cases || requests) deps.log.info({ cases, requests }, 'closed housing cases and tenant-support requests anonymised');
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
