// What the IML cases bring in, over their actual dates: the DDCS pays per flat from the lease signed
// by the operator, the AMI Logement d'abord per person from the sublease. Integer cents throughout.

export interface CaseFundingInput {
  /** The lease between the landlord and the operator. */
  leaseStartsOn: string | null;
  /** The sublease between the operator and the person. */
  subleaseStartsOn: string | null;
  endedOn: string | null;
}

export interface FundingRates {
  perFlatPerYearCents: number;
  perPersonPerYearCents: number;
  /** The AMI allows doubling the amount per person. */
  personRateMultiplier: 1 | 2;
}

export const imlRates: FundingRates = { perFlatPerYearCents: 500_000, perPersonPerYearCents: 140_000, personRateMultiplier: 1 };

interface YearFunding {
  year: number;
  flatCents: number;
  personCents: number;
  totalCents: number;
  flatDays: number;
  personDays: number;
}

// Calendar days as day numbers since 1970: UTC arithmetic keeps daylight saving out of the counts.
const dayMs = 24 * 60 * 60 * 1000;
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / dayMs;
const newYearsDay = (year: number): number => Date.UTC(year, 0, 1) / dayMs;
const daysInYear = (year: number): number => newYearsDay(year + 1) - newYearsDay(year);

/** The days of [from, to) falling in each year. */
function daysByYear(from: string, to: string): Map<number, number> {
  const start = dayNumber(from);
  const end = dayNumber(to);
  const years = new Map<number, number>();
  for (let year = Number(from.slice(0, 4)); newYearsDay(year) < end; year += 1) {
    const days = Math.min(end, newYearsDay(year + 1)) - Math.max(start, newYearsDay(year));
    if (days > 0) years.set(year, days);
  }
  return years;
}

/**
 * Per calendar year (ascending, only years with funded days): the flat funding from the lease start
 * and the person funding from the sublease start, each up to the end of the case (exclusive) or
 * `until` (exclusive) for a case still open. Each case's share of a year is days ÷ days of that
 * year, rounded to the cent before the cases are summed, as a funder pays case by case.
 */
export function caseFundingByYear(cases: CaseFundingInput[], rates: FundingRates, until: string): YearFunding[] {
  const years = new Map<number, YearFunding>();
  const personPerYearCents = rates.perPersonPerYearCents * rates.personRateMultiplier;
  for (const { leaseStartsOn, subleaseStartsOn, endedOn } of cases) {
    const end = endedOn !== null && endedOn < until ? endedOn : until;
    const periods = [
      { from: leaseStartsOn, perYearCents: rates.perFlatPerYearCents, days: 'flatDays', cents: 'flatCents' },
      { from: subleaseStartsOn, perYearCents: personPerYearCents, days: 'personDays', cents: 'personCents' },
    ] as const;
    for (const { from, perYearCents, days, cents } of periods) {
      if (from === null) continue;
      for (const [year, count] of daysByYear(from, end)) {
        const funding = years.get(year) ?? { year, flatCents: 0, personCents: 0, totalCents: 0, flatDays: 0, personDays: 0 };
        funding[days] += count;
        funding[cents] += Math.round((perYearCents * count) / daysInYear(year));
        years.set(year, funding);
      }
    }
  }
  return [...years.values()]
    .map((funding) => ({ ...funding, totalCents: funding.flatCents + funding.personCents }))
    .sort((a, b) => a.year - b.year);
}
