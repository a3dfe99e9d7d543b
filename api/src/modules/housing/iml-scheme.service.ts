import type { DataSource } from 'typeorm';
import { isCoordinatorOf, requireSignedIn } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { ForbiddenError } from '../../errors/errors.js';
import { isUuid } from '../../text/ids.js';
import { Role } from '../accounts/role.enum.js';
import { todayInParis } from '../calendar/paris-time.js';
import { euros } from '../projects/funding.js';
import { caseFundingByYear, imlRates } from './case-funding.js';
import { scopeOf } from './case-scope.js';
import type { ImlSchemeFigures } from './iml-scheme.types.js';
import { caseStateLabels, ImlCaseState } from './pathway.js';
import { reviewSchedule } from './review-schedule.js';

// The scheme's figures for the funders' report and the parties' dashboard: counted over every
// case of the territory through `iml_case_figures`, which returns dates and states only.

export interface CaseFigures {
  id: string;
  pseudonym: string;
  state: ImlCaseState;
  party_keys: string[];
  landlord_id: string | null;
  referred_on: string;
  lease_starts_on: string | null;
  sublease_starts_on: string | null;
  planned_end_on: string | null;
  closed_on: string | null;
  review_dates: string[];
}

const monthsBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / (1000 * 60 * 60 * 24 * 30.4375);
const average = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null);

/** The whole scheme's cases of a territory, dates and states only. */
export async function caseFigures(dataSource: DataSource, territoryId: string): Promise<CaseFigures[]> {
  const rows: CaseFigures[] = await dataSource.query(
    `SELECT id, pseudonym, state, party_keys, landlord_id, referred_on::text, lease_starts_on::text, sublease_starts_on::text,
            planned_end_on::text, closed_on::text, review_dates::text[]
     FROM iml_case_figures($1)`,
    [territoryId],
  );
  return rows.map((row) => ({ ...row, review_dates: row.review_dates ?? [] }));
}

/** Figures for everyone of the scheme in the territory: its parties, the coordination, its funders. */
export function canReadSchemeFigures(viewer: Viewer, territoryId: string): boolean {
  if (isCoordinatorOf(viewer, territoryId)) return true;
  if (scopeOf(viewer).some((entry) => entry.territoryId === territoryId)) return true;
  return viewer.kind === 'user' && viewer.grants.some((grant) => grant.role === Role.FUNDER && grant.territoryId === territoryId);
}

export class ImlSchemeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
  ) {}

  async figures(territoryId: string): Promise<ImlSchemeFigures> {
    requireSignedIn(this.viewer);
    if (!isUuid(territoryId) || !canReadSchemeFigures(this.viewer, territoryId)) throw new ForbiddenError('Réservé aux partenaires et aux financeurs du dispositif IML.');
    const today = todayInParis();
    const [cases, places] = await Promise.all([caseFigures(this.dataSource, territoryId), this.placesByYear(territoryId)]);
    const housed = cases.filter((c) => c.sublease_starts_on);
    const openHoused = housed.filter((c) => !c.closed_on);
    const schedules = openHoused.map((c) => reviewSchedule({ subleaseStartsOn: c.sublease_starts_on!, reviewDates: c.review_dates, today }));
    const counts = new Map<ImlCaseState, number>();
    for (const c of cases) counts.set(c.state, (counts.get(c.state) ?? 0) + 1);
    const years = new Set([...places.keys(), ...housed.map((c) => Number(c.sublease_starts_on!.slice(0, 4)))]);
    const fundingInput = housed.map((c) => ({ leaseStartsOn: c.lease_starts_on, subleaseStartsOn: c.sublease_starts_on, endedOn: c.closed_on }));
    const single = caseFundingByYear(fundingInput, imlRates, today);
    const doubled = caseFundingByYear(fundingInput, { ...imlRates, personRateMultiplier: 2 }, today);
    return {
      placesTarget: Math.max(0, ...places.values()),
      placesByYear: [...years].sort().map((year) => ({
        year,
        places: places.get(year) ?? 0,
        used: housed.filter((c) => c.sublease_starts_on! <= `${year}-12-31` && (!c.closed_on || c.closed_on >= `${year}-01-01`)).length,
      })),
      referred: cases.length,
      housedEver: housed.length,
      housedNow: openHoused.length,
      byState: Object.values(ImlCaseState).map((state) => ({ state, label: caseStateLabels[state], count: counts.get(state) ?? 0 })),
      averageMonthsToHousing: average(housed.map((c) => monthsBetween(c.referred_on, c.sublease_starts_on!))),
      averageMonthsHoused: average(housed.filter((c) => c.closed_on).map((c) => monthsBetween(c.sublease_starts_on!, c.closed_on!))),
      reviewsOverdue: schedules.filter((s) => s.overdue).length,
      reviewsDueSoon: schedules.filter((s) => s.dueSoon && !s.overdue).length,
      funding: single.map((year) => {
        const twice = doubled.find((y) => y.year === year.year)!;
        return {
          year: year.year,
          flat: euros(year.flatCents),
          person: euros(year.personCents),
          personDoubled: euros(twice.personCents),
          total: euros(year.totalCents),
          flatDays: year.flatDays,
          personDays: year.personDays,
        };
      }),
    };
  }

  /** Flats funded per year: the per-flat lines of the territory's IML project (slug `iml…`). */
  private async placesByYear(territoryId: string): Promise<Map<number, number>> {
    const rows: Array<{ year: number; places: number }> = await this.dataSource.query(
      `SELECT y AS year, sum(l.units)::int AS places
       FROM funding_line l JOIN project p ON p.id = l.project_id, generate_series(l.from_year, l.to_year) y
       WHERE p.territory_id = $1 AND (p.slug = 'iml' OR p.slug LIKE 'iml-%') AND l.unit_label = 'logement'
       GROUP BY y`,
      [territoryId],
    );
    return new Map(rows.map((row) => [row.year, row.places]));
  }
}
