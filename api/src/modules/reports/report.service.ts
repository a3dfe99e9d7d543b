import type { DataSource } from 'typeorm';
import { requireTerritoryMember } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { NotFoundError, UserInputError } from '../../errors/errors.js';
import { conventionStatusLabels, type ConventionStatus } from '../conventions/convention.enums.js';
import { bodyLabels, type MeetingBody } from '../meetings/meeting.enums.js';
import { Sector, sectorLabels } from '../partners/partner.enums.js';
import { Territory } from '../territories/territory.entity.js';
import * as figures from './report.queries.js';
import type { IndicatorFigure, YearlyReport } from './report.types.js';

const milestoneLabels: Record<string, string> = {
  ...conventionStatusLabels,
  EVALUATION_DUE: 'Évaluation prévue',
  RENEWAL_DUE: 'Renouvellement prévu',
};

export const firstReportYear = 2000;

// The names the IML project's indicators give the results the cases also hold.
const housedIndicator = { name: 'Personnes logées', unit: 'personnes' };
const leaseTransferIndicator = { name: 'Glissements de bail', unit: 'baux' };

/**
 * The IML indicators of the year. Once a territory follows its cases in the hub, the people housed
 * and the lease transfers are counted from them, and the project's indicators of the same name
 * keep only their targets; before that, the indicators as entered stand alone.
 */
function imlIndicators(indicators: figures.IndicatorRow[], counts: figures.ImlCaseCounts): IndicatorFigure[] {
  const entered = indicators.map((row) => ({ projectName: row.project_name, name: row.name, unit: row.unit, target: row.target, value: row.value }));
  if (counts.cases === 0) return entered;
  const fromCases = [
    { ...housedIndicator, value: counts.housed },
    { ...leaseTransferIndicator, value: counts.lease_transfers },
  ];
  return [
    ...fromCases.map((figure) => {
      const planned = entered.find((row) => row.name === figure.name);
      return {
        projectName: planned?.projectName ?? counts.project_name ?? 'Intermédiation locative (IML)',
        name: figure.name,
        unit: planned?.unit ?? figure.unit,
        target: planned?.target ?? null,
        value: figure.value,
      };
    }),
    // The cases are the territory's: a second IML project's indicator of the same name is not repeated.
    ...entered.filter((row) => !fromCases.some((figure) => figure.name === row.name)),
  ];
}

/** The yearly report for the plenary assembly, computed from the data of one territory. */
export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
  ) {}

  async yearly(territorySlug: string, year: number): Promise<YearlyReport> {
    if (!Number.isInteger(year) || year < firstReportYear || year > new Date().getFullYear() + 1) {
      throw new UserInputError(`Choisissez une année entre ${firstReportYear} et ${new Date().getFullYear() + 1}.`, 'year');
    }
    const territory = await this.dataSource.getRepository(Territory).findOneBy({ slug: territorySlug.slice(0, 200) });
    if (!territory) throw new NotFoundError('Ce territoire n’existe pas.');
    requireTerritoryMember(this.viewer, territory.id);

    // One snapshot for every figure, so that they add up even while people are saving.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const parameters: figures.ReportParameters = [territory.id, year];
      const sectors = await figures.partnersBySector(manager, parameters);
      const groups = await figures.meetingsByGroup(manager, parameters);
      const partnersAttending = await figures.partnersAttending(manager, parameters);
      const editions = await figures.editionsOfYear(manager, parameters);
      const training = await figures.trainingFigures(manager, parameters);
      const milestones = await figures.conventionMilestones(manager, parameters);
      const indicators = await figures.imlIndicators(manager, parameters);
      const imlCases = await figures.imlCaseCounts(manager, parameters);

      const sum = <T>(rows: T[], of: (row: T) => number) => rows.reduce((total, row) => total + of(row), 0);
      const bySector = new Map(sectors.map((row) => [row.sector, row.partners]));
      return {
        territorySlug: territory.slug,
        territoryName: territory.name,
        year,
        partnersInvolved: sum(sectors, (row) => row.partners),
        partnersBySector: Object.values(Sector).map((sector) => ({ sector, label: sectorLabels[sector], partners: bySector.get(sector) ?? 0 })),
        activeGroups: groups.filter((row) => row.slug && row.held > 0).length,
        meetingsHeld: sum(groups, (row) => row.held),
        meetingsCancelled: sum(groups, (row) => row.cancelled),
        attendances: sum(groups, (row) => row.attendances),
        partnersAttending,
        meetingsByGroup: groups
          .filter((row) => row.held > 0)
          .map((row) => ({ slug: row.slug, name: row.name ?? bodyLabels[row.body as MeetingBody], meetingsHeld: row.held, attendances: row.attendances })),
        editions: editions.map((row) => ({ slug: row.slug, projectName: row.project_name, theme: row.theme, events: row.events, participants: row.participants, organisers: row.organisers })),
        trainingSessions: training.sessions,
        trainingParticipants: training.participants,
        conventionMilestones: milestones.map((row) => ({
          conventionSlug: row.slug,
          conventionTitle: row.title,
          label: milestoneLabels[row.kind as ConventionStatus] ?? row.kind,
          date: row.date,
        })),
        imlIndicators: imlIndicators(indicators, imlCases),
      };
    });
  }
}
