import { describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/accounts.data.js';
import { demoConventions } from '../../demo/conventions.data.js';
import { demoEditions, demoTrainingSessions, trainingOrganiserSlug } from '../../demo/events.data.js';
import { demoMeetings } from '../../demo/meetings.data.js';
import { demoPartners } from '../../demo/partners.data.js';
import { demoProjects } from '../../demo/projects.data.js';
import { useAccountsServer } from '../accounts/account.test-helpers.js';
import { conventionStatusLabels } from '../conventions/convention.enums.js';

// The 2019 report of the demo territory, against the demo data files themselves: what the
// plenary assembly of 10 Dec 2019 would have read, computed here from the source arrays by a
// different road (plain TypeScript) than the report's SQL.
const env = useAccountsServer();
const year = 2019;
const inYear = (isoDate: string) => isoDate.startsWith(String(year));
const sum = <T>(rows: T[], of: (row: T) => number) => rows.reduce((total, row) => total + of(row), 0);

function expectedFigures() {
  const held = demoMeetings.filter((m) => inYear(m.startsAt) && m.status === 'HELD');
  const editions = demoEditions.filter((e) => e.year === year);
  const training = demoTrainingSessions.filter((s) => inYear(s.startsAt));
  const running = demoProjects.filter((p) => (p.startYear ?? year) <= year && (p.endYear ?? year) >= year);
  const involved = new Set([
    ...running.flatMap((p) => [...(p.leadPartnerSlug ? [p.leadPartnerSlug] : []), ...(p.partnerSlugs ?? [])]),
    ...editions.flatMap((e) => e.events.flatMap((event) => event.organiserSlugs)),
    ...(training.length ? [trainingOrganiserSlug] : []),
  ]);
  const sectorOf = new Map(demoPartners.map((p) => [p.slug, p.sector as string]));
  const bySector: Record<string, number> = {};
  for (const slug of involved) bySector[sectorOf.get(slug)!] = (bySector[sectorOf.get(slug)!] ?? 0) + 1;
  const milestones = demoConventions.flatMap((c) => [
    ...c.steps.filter((step) => inYear(step.on)).map((step) => ({ conventionSlug: c.slug, label: conventionStatusLabels[step.status], date: step.on })),
    ...(c.evaluationDue && inYear(c.evaluationDue) ? [{ conventionSlug: c.slug, label: 'Évaluation prévue', date: c.evaluationDue }] : []),
  ]);
  return {
    partnersInvolved: involved.size,
    bySector,
    meetingsHeld: held.length,
    meetingsCancelled: demoMeetings.filter((m) => inYear(m.startsAt) && m.status === 'CANCELLED').length,
    attendances: sum(held, (m) => m.presentPartnerSlugs.length),
    activeGroups: new Set(held.filter((m) => m.groupSlug).map((m) => m.groupSlug)).size,
    editions: editions.map((e) => ({
      events: e.events.length,
      participants: sum(e.events, (event) => event.attendance ?? 0),
      organisers: new Set(e.events.flatMap((event) => event.organiserSlugs)).size,
    })),
    trainingSessions: training.length,
    trainingParticipants: sum(training, (s) => s.attendance ?? 0),
    milestones,
  };
}

interface Report {
  partnersInvolved: number;
  partnersBySector: Array<{ sector: string; partners: number }>;
  meetingsHeld: number;
  meetingsCancelled: number;
  attendances: number;
  activeGroups: number;
  editions: Array<{ events: number; participants: number; organisers: number }>;
  trainingSessions: number;
  trainingParticipants: number;
  conventionMilestones: Array<{ conventionSlug: string; label: string; date: string }>;
  imlIndicators: Array<{ name: string; value: number | null }>;
}

describe('the 2019 report of the demo territory', () => {
  it('matches what the demo data holds, and the plenary’s own figures where the data has them', async () => {
    const coordinator = await env.server.signIn('coordination@example.org', demoPassword);
    const result = await env.server.graphql<{ yearlyReport: Report }>(
      `{ yearlyReport(territory: "clsm-metz", year: 2019) {
          partnersInvolved partnersBySector { sector partners } meetingsHeld meetingsCancelled attendances activeGroups
          editions { events participants organisers } trainingSessions trainingParticipants
          conventionMilestones { conventionSlug label date } imlIndicators { name value } } }`,
      {},
      coordinator,
    );
    expect(result.errors).toBeUndefined();
    const report = result.data!.yearlyReport;
    const expected = expectedFigures();
    expect(report.partnersInvolved).toBe(expected.partnersInvolved);
    expect(Object.fromEntries(report.partnersBySector.filter((s) => s.partners > 0).map((s) => [s.sector, s.partners]))).toEqual(expected.bySector);
    expect(report).toMatchObject({
      meetingsHeld: expected.meetingsHeld,
      meetingsCancelled: expected.meetingsCancelled,
      attendances: expected.attendances,
      activeGroups: expected.activeGroups,
      editions: expected.editions,
      trainingSessions: expected.trainingSessions,
      trainingParticipants: expected.trainingParticipants,
      conventionMilestones: expected.milestones,
    });
    // The plenary's figures for 2019 that the demo reproduces: SISM 2019 had 9 events, 250
    // participants and 18 organising partners; 5 awareness sessions had 102 participants; the
    // 2019 convention was signed on 10 Dec 2019; 11 people were housed through the IML.
    expect(report.editions).toEqual([{ events: 9, participants: 250, organisers: 18 }]);
    expect([report.trainingSessions, report.trainingParticipants]).toEqual([5, 102]);
    expect(report.conventionMilestones).toContainEqual({ conventionSlug: 'convention-cmp-bailleurs-2019', label: 'Signée', date: '2019-12-10' });
    expect(report.imlIndicators.map((i) => i.value)).toContain(11);
    expect(report.meetingsHeld).toBeGreaterThan(0);
  });

  it('counts the IML results of 2020 from the demo cases, against the targets the documents set', async () => {
    const coordinator = await env.server.signIn('coordination@example.org', demoPassword);
    const result = await env.server.graphql<{ yearlyReport: { imlIndicators: Array<{ name: string; target: number | null; value: number | null }> } }>(
      `{ yearlyReport(territory: "clsm-metz", year: 2020) { imlIndicators { name target value } } }`,
      {},
      coordinator,
    );
    expect(result.errors).toBeUndefined();
    // Press release of 2020: 9 more people housed that year; plenary of Dec 2019: 2 lease transfers in view.
    expect(result.data!.yearlyReport.imlIndicators).toEqual([
      { name: 'Personnes logées', target: 9, value: 9 },
      { name: 'Glissements de bail', target: 2, value: 2 },
    ]);
  });
});
