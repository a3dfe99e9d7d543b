// The joint reviews of a sublease (CH Jury, the operator, the landlord): at least every 6 months,
// over a sublease planned for one year and extendable to two at most.
import { UserInputError } from '../../errors/errors.js';
import { addDays, addMonths, frenchDay } from '../calendar/calendar-days.js';

export const reviewIntervalMonths = 6;
export const initialMonths = 12;
export const maximumMonths = 24;
const dueSoonDays = 30;

type ReviewStatus = 'DONE' | 'OVERDUE' | 'DUE' | 'UPCOMING';

export interface ReviewSchedule {
  /** The first review not held yet, or null when none is due any more (all held, or the case ended). */
  nextDueOn: string | null;
  overdue: boolean;
  /** Due within 30 days, and not overdue. */
  dueSoon: boolean;
  marks: Array<{ months: 12 | 24; on: string; reached: boolean }>;
  /** The sublease cannot last beyond this day: start + 24 months. */
  latestEndOn: string;
  slots: Array<{ dueOn: string; reviewedOn: string | null; status: ReviewStatus }>;
}

interface ReviewScheduleInput {
  subleaseStartsOn: string;
  reviewDates: string[];
  today: string;
  endedOn?: string | null;
}

/**
 * Each review is due 6 months after the later of the sublease start and the previous review, so
 * a late review pushes the following ones back. Slots not held yet are projected on their due
 * dates, up to start + 24 months; once the case has ended, the exit decision stands for the review
 * of that day and nothing is due any more, while reviews missed before the end stay overdue.
 */
export function reviewSchedule({ subleaseStartsOn, reviewDates, today, endedOn = null }: ReviewScheduleInput): ReviewSchedule {
  const latestEndOn = addMonths(subleaseStartsOn, maximumMonths);
  const dueSoonUntil = addDays(today, dueSoonDays);
  const reviews = [...new Set(reviewDates)].filter((day) => day > subleaseStartsOn).sort();
  const slots: ReviewSchedule['slots'] = [];
  // Projections count whole steps from the last review held: chaining them one by one would let
  // a month-end start drift (31 August, 29 February, 29 August…).
  for (let anchor = subleaseStartsOn, steps = 1; ; ) {
    const dueOn = addMonths(anchor, steps * reviewIntervalMonths);
    if (dueOn > latestEndOn || (endedOn !== null && dueOn >= endedOn)) break;
    const reviewedOn = reviews[slots.length] ?? null;
    const status: ReviewStatus = reviewedOn ? 'DONE' : dueOn < today ? 'OVERDUE' : dueOn <= dueSoonUntil ? 'DUE' : 'UPCOMING';
    slots.push({ dueOn, reviewedOn, status });
    if (reviewedOn) [anchor, steps] = [reviewedOn, 1];
    else steps += 1;
  }
  const nextDueOn = endedOn === null ? (slots.find((slot) => slot.reviewedOn === null)?.dueOn ?? null) : null;
  const overdue = nextDueOn !== null && nextDueOn < today;
  const reachedBy = endedOn !== null && endedOn < today ? endedOn : today;
  return {
    nextDueOn,
    overdue,
    dueSoon: nextDueOn !== null && !overdue && nextDueOn <= dueSoonUntil,
    marks: ([initialMonths, maximumMonths] as const).map((months) => {
      const on = addMonths(subleaseStartsOn, months);
      return { months, on, reached: on <= reachedBy };
    }),
    latestEndOn,
    slots,
  };
}

/** Refuses a planned end that does not follow the start, or that goes beyond the 24 months. */
export function assertExtension(subleaseStartsOn: string, newEndOn: string): void {
  if (newEndOn <= subleaseStartsOn) {
    throw new UserInputError(`La fin de la sous-location doit suivre son début, le ${frenchDay(subleaseStartsOn)}.`);
  }
  const latestEndOn = addMonths(subleaseStartsOn, maximumMonths);
  if (newEndOn > latestEndOn) {
    throw new UserInputError(`La sous-location dure ${maximumMonths} mois au plus : elle doit finir au plus tard le ${frenchDay(latestEndOn)}.`);
  }
}
