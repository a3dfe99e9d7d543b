import { parisToInstant } from '../modules/calendar/paris-time.js';

// Days as numbers (days since 1970-01-01) for fast arithmetic, written as AAAA-MM-JJ.

/** The generated network's "today": fixed, so that two runs give the same states and statuses. */
export const scaleToday = '2026-12-01';
export const firstActivityDay = '2019-01-07';
export const lastActivityDay = '2026-12-18';

const dayMs = 86_400_000;

export const dayNumber = (day: string): number => Math.floor(Date.parse(`${day}T00:00:00Z`) / dayMs);
export const dayString = (n: number): string => new Date(n * dayMs).toISOString().slice(0, 10);
export const addDays = (day: string, days: number): string => dayString(dayNumber(day) + days);

/** 0 Sunday … 6 Saturday. */
export const weekday = (n: number): number => (n + 4) % 7;

/** The nearest working day: Saturday goes back to Friday, Sunday on to Monday. */
export function workingDay(n: number): number {
  const w = weekday(n);
  return w === 6 ? n - 1 : w === 0 ? n + 1 : n;
}

export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

const instants = new Map<string, Date>();

/** A Paris wall-clock time on a day, as an instant (the app's own conversion, memoised). */
export function parisInstant(day: string, time: string): Date {
  const key = `${day}T${time}`;
  let instant = instants.get(key);
  if (!instant) {
    instant = parisToInstant(key);
    instants.set(key, instant);
  }
  return instant;
}

/** Noon UTC of a day plus `rank` seconds: timestamps of a case's history that sort in order. */
export const noonOf = (day: string, rank = 0): Date => new Date(Date.parse(`${day}T11:00:00Z`) + rank * 1000);

const monthNames = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « 12 mars 2024 ». */
export function frenchDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d === 1 ? '1er' : d} ${monthNames[m - 1]} ${y}`;
}
