import { describe, expect, it } from 'vitest';
import { FundingBasis, centsByYear, centsOf, summarise, totalCents, yearlyCents, type FundingLineFigures } from './funding.js';

const line = (overrides: Partial<FundingLineFigures>): FundingLineFigures => ({
  funderKey: 'ddcs',
  funderName: 'DDCS',
  basis: FundingBasis.PER_UNIT_PER_YEAR,
  amountCents: 500_000,
  units: 20,
  fromYear: 2019,
  toYear: 2020,
  ...overrides,
});

describe('funding arithmetic', () => {
  it('multiplies a per-unit amount by the units and the years', () => {
    const flats = line({});
    expect(yearlyCents(flats)).toBe(10_000_000);
    expect(totalCents(flats)).toBe(20_000_000);
    expect([...centsByYear(flats)]).toEqual([
      [2019, 10_000_000],
      [2020, 10_000_000],
    ]);
  });

  it('counts a yearly lump sum once per year, whatever the units', () => {
    const lump = line({ basis: FundingBasis.PER_YEAR, amountCents: 1_200_000, units: 7, fromYear: 2018, toYear: 2020 });
    expect(yearlyCents(lump)).toBe(1_200_000);
    expect(totalCents(lump)).toBe(3_600_000);
  });

  it('counts a one-off payment once, in its first year, with no yearly amount', () => {
    const once = line({ basis: FundingBasis.ONE_OFF, amountCents: 300_000, units: 1, fromYear: 2019, toYear: 2021 });
    expect(yearlyCents(once)).toBeNull();
    expect(totalCents(once)).toBe(300_000);
    expect([...centsByYear(once)]).toEqual([[2019, 300_000]]);
  });

  it('sums a project per year and per funder', () => {
    const summary = summarise([
      line({ units: 10, fromYear: 2019, toYear: 2019 }),
      line({ units: 20, fromYear: 2020, toYear: 2020 }),
      line({ funderKey: 'ami', funderName: 'AMI Logement d’abord', amountCents: 140_000, units: 10, fromYear: 2019, toYear: 2019 }),
      line({ funderKey: 'ami', funderName: 'AMI Logement d’abord', amountCents: 140_000, units: 20, fromYear: 2020, toYear: 2020 }),
      line({ funderKey: 'ville', funderName: 'Ville', basis: FundingBasis.ONE_OFF, amountCents: 100_000, units: 1, fromYear: 2021, toYear: 2021 }),
    ]);
    expect(summary.totalCents).toBe(19_300_000);
    expect(summary.byYear).toEqual([
      { year: 2019, cents: 6_400_000 },
      { year: 2020, cents: 12_800_000 },
      { year: 2021, cents: 100_000 },
    ]);
    expect(summary.byFunder).toEqual([
      { funder: 'DDCS', cents: 15_000_000 },
      { funder: 'AMI Logement d’abord', cents: 4_200_000 },
      { funder: 'Ville', cents: 100_000 },
    ]);
  });

  it('is empty without lines', () => {
    expect(summarise([])).toEqual({ totalCents: 0, byYear: [], byFunder: [] });
  });

  it('rounds euros typed by a person to the cent', () => {
    expect(centsOf(1400)).toBe(140_000);
    expect(centsOf(0.1 + 0.2)).toBe(30);
    expect(centsOf(12.345)).toBe(1235);
  });
});
