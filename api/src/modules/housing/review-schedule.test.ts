import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../errors/errors.js';
import { addMonths } from '../calendar/calendar-days.js';
import { assertExtension, initialMonths, maximumMonths, reviewIntervalMonths, reviewSchedule } from './review-schedule.js';

// A sublease signed on 15 July 2019: reviews at 6, 12, 18 and 24 months fall on the 15th.
const start = '2019-07-15';
const schedule = (today: string, reviewDates: string[] = [], endedOn: string | null = null) =>
  reviewSchedule({ subleaseStartsOn: start, reviewDates, today, endedOn });
const heldAt6To18Months = ['2020-01-15', '2020-07-15', '2021-01-15'];
const slot = (dueOn: string, status: string, reviewedOn: string | null = null) => ({ dueOn, reviewedOn, status });

describe('calendar months', () => {
  it('add months, clamping to the end of a shorter month', () => {
    expect(addMonths('2019-07-15', 6)).toBe('2020-01-15');
    expect(addMonths('2019-08-31', 6)).toBe('2020-02-29');
    expect(addMonths('2019-08-31', 18)).toBe('2021-02-28');
    expect(addMonths('2020-02-29', 12)).toBe('2021-02-28');
    expect(addMonths('2019-01-31', 1)).toBe('2019-02-28');
    expect(addMonths('2019-10-31', 2)).toBe('2019-12-31');
    expect(addMonths('2019-12-31', 0)).toBe('2019-12-31');
  });

  it('follow the procedure: reviews every 6 months, one year planned, two at most', () => {
    expect([reviewIntervalMonths, initialMonths, maximumMonths]).toEqual([6, 12, 24]);
  });
});

describe('review schedule without any review', () => {
  it('plans the four reviews of the two years, the first due at 6 months', () => {
    expect(schedule('2019-07-15')).toEqual({
      nextDueOn: '2020-01-15',
      overdue: false,
      dueSoon: false,
      marks: [
        { months: 12, on: '2020-07-15', reached: false },
        { months: 24, on: '2021-07-15', reached: false },
      ],
      latestEndOn: '2021-07-15',
      slots: [slot('2020-01-15', 'UPCOMING'), slot('2020-07-15', 'UPCOMING'), slot('2021-01-15', 'UPCOMING'), slot('2021-07-15', 'UPCOMING')],
    });
  });

  it('warns 30 days ahead, then on the day itself', () => {
    expect(schedule('2019-12-15')).toMatchObject({ dueSoon: false, overdue: false });
    expect(schedule('2019-12-16')).toMatchObject({ dueSoon: true, overdue: false });
    expect(schedule('2019-12-16').slots[0].status).toBe('DUE');
    expect(schedule('2020-01-15')).toMatchObject({ nextDueOn: '2020-01-15', dueSoon: true, overdue: false });
  });

  it('is overdue the day after, and stays on the first review missed', () => {
    expect(schedule('2020-01-16')).toMatchObject({ nextDueOn: '2020-01-15', dueSoon: false, overdue: true });
    const late = schedule('2020-08-01');
    expect(late).toMatchObject({ nextDueOn: '2020-01-15', overdue: true });
    expect(late.slots.map((s) => s.status)).toEqual(['OVERDUE', 'OVERDUE', 'UPCOMING', 'UPCOMING']);
  });

  it('counts every review missed after the two years', () => {
    const after = schedule('2021-09-01');
    expect(after.slots.map((s) => s.status)).toEqual(['OVERDUE', 'OVERDUE', 'OVERDUE', 'OVERDUE']);
    expect(after.marks.map((m) => m.reached)).toEqual([true, true]);
  });
});

describe('review schedule with reviews', () => {
  const onTime = ['2020-01-15', '2020-07-15', '2021-01-15', '2021-07-15'];

  it('marks reviews held on time at 6, 12, 18 and 24 months as done', () => {
    expect(schedule('2021-07-20', onTime)).toMatchObject({
      nextDueOn: null,
      overdue: false,
      dueSoon: false,
      slots: onTime.map((day) => slot(day, 'DONE', day)),
    });
  });

  it('plans the rest from the last review held', () => {
    const halfway = schedule('2020-08-01', onTime.slice(0, 2));
    expect(halfway).toMatchObject({ nextDueOn: '2021-01-15', overdue: false, dueSoon: false });
    expect(halfway.slots).toEqual([
      slot('2020-01-15', 'DONE', '2020-01-15'),
      slot('2020-07-15', 'DONE', '2020-07-15'),
      slot('2021-01-15', 'UPCOMING'),
      slot('2021-07-15', 'UPCOMING'),
    ]);
  });

  it('pushes the next review back after a late one, and drops what falls beyond 24 months', () => {
    // Due 2020-07-15, held 2020-09-10: the next is due 2021-03-10, the one after (2021-09-10) is beyond the maximum.
    const shifted = schedule('2020-10-01', ['2020-01-15', '2020-09-10']);
    expect(shifted.nextDueOn).toBe('2021-03-10');
    expect(shifted.slots).toEqual([slot('2020-01-15', 'DONE', '2020-01-15'), slot('2020-07-15', 'DONE', '2020-09-10'), slot('2021-03-10', 'UPCOMING')]);
  });

  it('shows the late review as overdue until it is held', () => {
    expect(schedule('2020-09-01', ['2020-01-15'])).toMatchObject({ nextDueOn: '2020-07-15', overdue: true });
  });

  it('brings the next review forward after an early one', () => {
    expect(schedule('2019-11-01', ['2019-10-01']).slots.slice(0, 2)).toEqual([slot('2020-01-15', 'DONE', '2019-10-01'), slot('2020-04-01', 'UPCOMING')]);
  });

  it('ignores reviews held before the start, and a review entered twice', () => {
    expect(schedule('2020-02-01', ['2020-01-15', '2019-07-15', '2019-06-01', '2020-01-15'])).toEqual(schedule('2020-02-01', ['2020-01-15']));
  });

  it('takes reviews in any order', () => {
    expect(schedule('2021-07-20', [...onTime].reverse())).toEqual(schedule('2021-07-20', onTime));
  });
});

describe('review schedule of a month-end start', () => {
  it('falls on the last day of shorter months without drifting', () => {
    const monthEnd = reviewSchedule({ subleaseStartsOn: '2019-08-31', reviewDates: [], today: '2019-09-01' });
    expect(monthEnd.slots.map((s) => s.dueOn)).toEqual(['2020-02-29', '2020-08-31', '2021-02-28', '2021-08-31']);
    expect(monthEnd.marks.map((m) => m.on)).toEqual(['2020-08-31', '2021-08-31']);
    expect(monthEnd.latestEndOn).toBe('2021-08-31');
  });

  // Reviewed on 29 February: 29 August, then 28 February (clamped), then 29 August again.
  it('counts from the day of a review held at a month end', () => {
    const reviewed = reviewSchedule({ subleaseStartsOn: '2019-08-31', reviewDates: ['2020-02-29'], today: '2020-03-01' });
    expect(reviewed.slots.map((s) => s.dueOn)).toEqual(['2020-02-29', '2020-08-29', '2021-02-28', '2021-08-29']);
  });
});

describe('review schedule of an ended case', () => {
  it('has nothing due after the end', () => {
    const exited = schedule('2020-09-01', ['2020-01-15'], '2020-05-01');
    expect(exited).toMatchObject({ nextDueOn: null, overdue: false, dueSoon: false, latestEndOn: '2021-07-15' });
    expect(exited.slots).toEqual([slot('2020-01-15', 'DONE', '2020-01-15')]);
  });

  it('keeps a review missed before the end as overdue, without raising the alert', () => {
    const exited = schedule('2020-09-01', [], '2020-05-01');
    expect(exited).toMatchObject({ nextDueOn: null, overdue: false });
    expect(exited.slots).toEqual([slot('2020-01-15', 'OVERDUE')]);
  });

  it('lets the exit decision stand for the review due that day', () => {
    const transferred = schedule('2021-08-01', heldAt6To18Months, '2021-07-15');
    expect(transferred.slots.map((s) => s.status)).toEqual(['DONE', 'DONE', 'DONE']);
    expect(transferred.nextDueOn).toBeNull();
  });

  it('reaches only the marks before the end', () => {
    expect(schedule('2021-09-01', ['2020-01-15'], '2020-05-01').marks.map((m) => m.reached)).toEqual([false, false]);
    expect(schedule('2021-09-01', heldAt6To18Months, '2021-07-15').marks.map((m) => m.reached)).toEqual([true, true]);
    expect(schedule('2021-09-01', heldAt6To18Months, '2021-07-14').marks.map((m) => m.reached)).toEqual([true, false]);
  });
});

describe('the 12 and 24 month marks', () => {
  it('are reached on their day', () => {
    expect(schedule('2020-07-14').marks.map((m) => m.reached)).toEqual([false, false]);
    expect(schedule('2020-07-15').marks.map((m) => m.reached)).toEqual([true, false]);
    expect(schedule('2021-07-14').marks.map((m) => m.reached)).toEqual([true, false]);
    expect(schedule('2021-07-15').marks.map((m) => m.reached)).toEqual([true, true]);
  });
});

describe('extension of a sublease', () => {
  const refusal = (newEndOn: string) => {
    try {
      assertExtension(start, newEndOn);
    } catch (error) {
      expect(error).toBeInstanceOf(UserInputError);
      return (error as UserInputError).message;
    }
    throw new Error('accepted');
  };

  it('is allowed up to 24 months', () => {
    expect(() => assertExtension(start, '2020-07-15')).not.toThrow();
    expect(() => assertExtension(start, '2021-07-15')).not.toThrow();
    expect(() => assertExtension(start, '2019-07-16')).not.toThrow();
  });

  it('is refused beyond 24 months', () => {
    expect(refusal('2021-07-16')).toBe('La sous-location dure 24 mois au plus : elle doit finir au plus tard le 15/07/2021.');
  });

  it('is refused on or before the start', () => {
    expect(refusal('2019-07-15')).toBe('La fin de la sous-location doit suivre son début, le 15/07/2019.');
    expect(refusal('2019-01-01')).toBe('La fin de la sous-location doit suivre son début, le 15/07/2019.');
  });
});
