import { describe, expect, it } from 'vitest';
import { caseFundingByYear, imlRates, type CaseFundingInput } from './case-funding.js';

const doubled = { ...imlRates, personRateMultiplier: 2 as const };
const open = (leaseStartsOn: string | null, subleaseStartsOn: string | null): CaseFundingInput => ({ leaseStartsOn, subleaseStartsOn, endedOn: null });

// Leased on 1 July 2019, sublet on 15 July 2019, still running.
const julyCase = open('2019-07-01', '2019-07-15');
// Leased on 1 March 2020, sublet on 10 March, ended on 15 September 2020.
const endedCase: CaseFundingInput = { leaseStartsOn: '2020-03-01', subleaseStartsOn: '2020-03-10', endedOn: '2020-09-15' };

describe('IML funding over actual dates', () => {
  it('uses the rates of the 2018 procedure', () => {
    expect(imlRates).toEqual({ perFlatPerYearCents: 500_000, perPersonPerYearCents: 140_000, personRateMultiplier: 1 });
  });

  it('counts a case pro rata of its days, the first day in and the last day out', () => {
    expect(caseFundingByYear([julyCase], imlRates, '2021-01-01')).toEqual([
      // Flat: 1 July → 31 December = 31+31+30+31+30+31 = 184 days; 500000 × 184 / 365 = 252054.79 → 252055.
      // Person: 15 July → 31 December = 17 + 153 = 170 days; 140000 × 170 / 365 = 65205.48 → 65205.
      { year: 2019, flatDays: 184, flatCents: 252_055, personDays: 170, personCents: 65_205, totalCents: 317_260 },
      // 2020 is a leap year: 366 / 366 days is a full year.
      { year: 2020, flatDays: 366, flatCents: 500_000, personDays: 366, personCents: 140_000, totalCents: 640_000 },
    ]);
  });

  it('doubles the amount per person, rounding the doubled amount once', () => {
    const [first, second] = caseFundingByYear([julyCase], doubled, '2021-01-01');
    // 280000 × 170 / 365 = 130410.96 → 130411, a cent more than twice 65205.
    expect(first).toMatchObject({ flatCents: 252_055, personCents: 130_411, totalCents: 382_466 });
    expect(second).toMatchObject({ flatCents: 500_000, personCents: 280_000, totalCents: 780_000 });
  });

  it('stops a case on its end day', () => {
    expect(caseFundingByYear([endedCase], imlRates, '2021-01-01')).toEqual([
      // Flat: 1 March → 14 September = 31+30+31+30+31+31 + 14 = 198 days; 500000 × 198 / 366 = 270491.80 → 270492.
      // Person: 10 March → 14 September = 198 − 9 = 189 days; 140000 × 189 / 366 = 72295.08 → 72295.
      { year: 2020, flatDays: 198, flatCents: 270_492, personDays: 189, personCents: 72_295, totalCents: 342_787 },
    ]);
  });

  it('sums the cases of a year', () => {
    expect(caseFundingByYear([julyCase, endedCase], imlRates, '2021-01-01')).toEqual([
      { year: 2019, flatDays: 184, flatCents: 252_055, personDays: 170, personCents: 65_205, totalCents: 317_260 },
      // 500000 + 270492; 140000 + 72295; 366 + 198 days; 366 + 189 days.
      { year: 2020, flatDays: 564, flatCents: 770_492, personDays: 555, personCents: 212_295, totalCents: 982_787 },
    ]);
  });

  it('rounds each case before summing', () => {
    const oneDay: CaseFundingInput = { leaseStartsOn: null, subleaseStartsOn: '2019-03-01', endedOn: '2019-03-02' };
    // 140000 / 365 = 383.56 → 384 per case, 768 for two (not 767.12 → 767).
    expect(caseFundingByYear([oneDay, oneDay], imlRates, '2020-01-01')).toEqual([
      { year: 2019, flatDays: 0, flatCents: 0, personDays: 2, personCents: 768, totalCents: 768 },
    ]);
  });

  it('pays exactly two years for a flat leased two years to the day', () => {
    const twoYears: CaseFundingInput = { leaseStartsOn: '2019-07-01', subleaseStartsOn: null, endedOn: '2021-07-01' };
    const years = caseFundingByYear([twoYears], imlRates, '2022-01-01');
    // 2021: 1 January → 30 June = 31+28+31+30+31+30 = 181 days; 500000 × 181 / 365 = 247945.21 → 247945.
    expect(years.map((y) => [y.year, y.flatDays, y.flatCents])).toEqual([
      [2019, 184, 252_055],
      [2020, 366, 500_000],
      [2021, 181, 247_945],
    ]);
    // 252055 + 500000 + 247945 = 1000000: 2 × 5 000 €.
    expect(years.reduce((sum, y) => sum + y.totalCents, 0)).toBe(1_000_000);
  });

  it('runs an open case up to the day before `until`, and clamps a later end to it', () => {
    const [only] = caseFundingByYear([open('2019-01-01', null)], imlRates, '2019-01-11');
    // 1 → 10 January: 10 days; 500000 × 10 / 365 = 13698.63 → 13699.
    expect(only).toMatchObject({ year: 2019, flatDays: 10, flatCents: 13_699 });
    const laterEnd: CaseFundingInput = { leaseStartsOn: '2019-01-01', subleaseStartsOn: null, endedOn: '2019-12-31' };
    expect(caseFundingByYear([laterEnd], imlRates, '2019-01-11')).toEqual([only]);
  });

  it('funds the flat alone before the sublease is signed', () => {
    // 1 → 30 November 2019: 30 days; 500000 × 30 / 365 = 41095.89 → 41096.
    expect(caseFundingByYear([open('2019-11-01', null)], imlRates, '2019-12-01')).toEqual([
      { year: 2019, flatDays: 30, flatCents: 41_096, personDays: 0, personCents: 0, totalCents: 41_096 },
    ]);
  });

  it('leaves out cases without dates, cases ended on their first day, and years without a funded day', () => {
    const sameDay: CaseFundingInput = { leaseStartsOn: '2019-05-01', subleaseStartsOn: '2019-05-01', endedOn: '2019-05-01' };
    expect(caseFundingByYear([open(null, null), sameDay], imlRates, '2021-01-01')).toEqual([]);
    const early: CaseFundingInput = { leaseStartsOn: '2018-12-01', subleaseStartsOn: null, endedOn: '2019-01-01' };
    const late = open('2020-12-31', null);
    expect(caseFundingByYear([late, early], imlRates, '2021-01-01').map((y) => [y.year, y.flatDays])).toEqual([
      [2018, 31],
      [2020, 1],
    ]);
  });

  it('is empty without cases, or before the first start', () => {
    expect(caseFundingByYear([], imlRates, '2021-01-01')).toEqual([]);
    expect(caseFundingByYear([julyCase], imlRates, '2019-06-01')).toEqual([]);
  });
});
