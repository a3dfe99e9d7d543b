import type { DataSource } from 'typeorm';
import { todayInParis } from '../calendar/paris-time.js';
import { addMonths } from '../calendar/calendar-days.js';

// Closed cases keep what could name the person only for the retention period (2 years after
// the outcome by default); then `iml_anonymise_closed_cases`, run as the tables' owner, erases
// it and keeps dates and states for the figures.

/** Anonymises the cases closed before `today` minus the retention; returns how many. */
export async function anonymiseClosedCases(dataSource: DataSource, retentionMonths: number, today = todayInParis()): Promise<number> {
  const [{ count }] = await dataSource.query(`SELECT iml_anonymise_closed_cases($1::date) AS count`, [addMonths(today, -retentionMonths)]);
  return Number(count);
}
