// The arithmetic of a project's funding, kept pure so it is tested without a database.
// Amounts are integer cents all the way through; euros appear only at the GraphQL edge.

export enum FundingBasis {
  /** An amount per unit (flat, person…) and per year: amount × units × years. */
  PER_UNIT_PER_YEAR = 'PER_UNIT_PER_YEAR',
  /** A lump sum each year: amount × years. */
  PER_YEAR = 'PER_YEAR',
  /** Paid once, in its first year. */
  ONE_OFF = 'ONE_OFF',
}

export interface FundingLineFigures {
  funderKey: string;
  funderName: string;
  basis: FundingBasis;
  amountCents: number;
  units: number;
  fromYear: number;
  toYear: number;
}

/** What the line brings each year of its range, or null for a one-off payment. */
export function yearlyCents(line: FundingLineFigures): number | null {
  switch (line.basis) {
    case FundingBasis.PER_UNIT_PER_YEAR:
      return line.amountCents * line.units;
    case FundingBasis.PER_YEAR:
      return line.amountCents;
    case FundingBasis.ONE_OFF:
      return null;
  }
}

/** The amount of the line in each year it covers (a one-off payment falls in its first year). */
export function centsByYear(line: FundingLineFigures): Map<number, number> {
  const yearly = yearlyCents(line);
  if (yearly === null) return new Map([[line.fromYear, line.amountCents]]);
  const years = new Map<number, number>();
  for (let year = line.fromYear; year <= line.toYear; year += 1) years.set(year, yearly);
  return years;
}

/** The line's total over its years. */
export function totalCents(line: FundingLineFigures): number {
  let total = 0;
  for (const amount of centsByYear(line).values()) total += amount;
  return total;
}

export interface FundingSummary {
  totalCents: number;
  byYear: Array<{ year: number; cents: number }>;
  byFunder: Array<{ funder: string; cents: number }>;
}

/** A project's total, per year (ascending) and per funder (largest first, then by name). */
export function summarise(lines: FundingLineFigures[]): FundingSummary {
  const years = new Map<number, number>();
  const funders = new Map<string, { funder: string; cents: number }>();
  let total = 0;
  for (const line of lines) {
    for (const [year, cents] of centsByYear(line)) {
      years.set(year, (years.get(year) ?? 0) + cents);
      total += cents;
      const funder = funders.get(line.funderKey) ?? { funder: line.funderName, cents: 0 };
      funder.cents += cents;
      funders.set(line.funderKey, funder);
    }
  }
  return {
    totalCents: total,
    byYear: [...years].sort(([a], [b]) => a - b).map(([year, cents]) => ({ year, cents })),
    byFunder: [...funders.values()].sort((a, b) => b.cents - a.cents || a.funder.localeCompare(b.funder, 'fr')),
  };
}

/** Euros with two decimals from cents, for the API. */
export const euros = (cents: number): number => cents / 100;

/** Cents from euros typed by a person (rounded to the cent). */
export const centsOf = (amount: number): number => Math.round(amount * 100);
