import type { DataSource } from 'typeorm';
import { addMonths } from '../calendar/calendar-days.js';
import { todayInParis } from '../calendar/paris-time.js';

/**
 * Closed requests keep the tenant's identity, the facts, the messages and the clinical notes only
 * for the retention period; `support_anonymise_closed_requests`, run as the tables' owner, erases
 * them and keeps dates, parties and outcomes for the evaluation. Returns how many.
 */
export async function anonymiseClosedSupportRequests(dataSource: DataSource, retentionMonths: number, today = todayInParis()): Promise<number> {
  const [{ count }] = await dataSource.query(`SELECT support_anonymise_closed_requests(($1::date)::timestamp AT TIME ZONE 'Europe/Paris') AS count`, [addMonths(today, -retentionMonths)]);
  return Number(count);
}
