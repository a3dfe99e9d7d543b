import type { EntityManager } from 'typeorm';

// The yearly report's figures, one aggregate statement each: the number of statements does not
// grow with the number of partners, meetings or events. Parameters: $1 territory id, $2 year.
// Timestamps are cut at midnight in Paris, the territory's civil year.
const yearStart = `make_timestamptz($2, 1, 1, 0, 0, 0, 'Europe/Paris')`;
const yearEnd = `make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'Europe/Paris')`;
const projectRunsInYear = `(p.start_year IS NULL OR p.start_year <= $2) AND (p.end_year IS NULL OR p.end_year >= $2)`;
const dayInYear = (column: string) => `${column} >= make_date($2, 1, 1) AND ${column} < make_date($2 + 1, 1, 1)`;

export type ReportParameters = [territoryId: string, year: number];

/** Lead and partner organisations of the projects running that year, and organisers of its events. */
export function partnersBySector(manager: EntityManager, parameters: ReportParameters): Promise<Array<{ sector: string; partners: number }>> {
  return manager.query(
    `WITH involved AS (
       SELECT p.lead_partner_id AS partner_id FROM project p
        WHERE p.territory_id = $1 AND p.lead_partner_id IS NOT NULL AND ${projectRunsInYear}
       UNION
       SELECT pp.partner_id FROM project_partner pp JOIN project p ON p.id = pp.project_id
        WHERE p.territory_id = $1 AND ${projectRunsInYear}
       UNION
       SELECT eo.partner_id FROM event_organiser eo
         JOIN project_event e ON e.id = eo.event_id JOIN project p ON p.id = e.project_id
        WHERE p.territory_id = $1 AND e.status = 'ACCEPTED' AND e.starts_at >= ${yearStart} AND e.starts_at < ${yearEnd})
     SELECT pa.sector, count(*)::int AS partners FROM involved i JOIN partner pa ON pa.id = i.partner_id
     GROUP BY pa.sector`,
    parameters,
  );
}

export interface MeetingRow {
  slug: string | null;
  name: string | null;
  body: string;
  held: number;
  cancelled: number;
  attendances: number;
}

/** Meetings of the year per group (or per body for the plenary and the steering committee). */
export function meetingsByGroup(manager: EntityManager, parameters: ReportParameters): Promise<MeetingRow[]> {
  return manager.query(
    `SELECT g.slug, g.name, m.body,
            count(*) FILTER (WHERE m.status = 'HELD')::int AS held,
            count(*) FILTER (WHERE m.status = 'CANCELLED')::int AS cancelled,
            COALESCE(sum(a.present) FILTER (WHERE m.status = 'HELD'), 0)::int AS attendances
       FROM meeting m
       LEFT JOIN working_group g ON g.id = m.group_id
       LEFT JOIN LATERAL (SELECT count(*) AS present FROM attendance a WHERE a.meeting_id = m.id AND a.status = 'PRESENT') a ON true
      WHERE m.territory_id = $1 AND m.starts_at >= ${yearStart} AND m.starts_at < ${yearEnd}
      GROUP BY g.slug, g.name, m.body
      ORDER BY held DESC, g.name`,
    parameters,
  );
}

export async function partnersAttending(manager: EntityManager, parameters: ReportParameters): Promise<number> {
  const [row] = await manager.query(
    `SELECT count(DISTINCT a.partner_id)::int AS partners FROM attendance a JOIN meeting m ON m.id = a.meeting_id
      WHERE m.territory_id = $1 AND m.status = 'HELD' AND a.status = 'PRESENT'
        AND m.starts_at >= ${yearStart} AND m.starts_at < ${yearEnd}`,
    parameters,
  );
  return row.partners;
}

export interface EditionRow {
  slug: string;
  project_name: string;
  theme: string;
  events: number;
  participants: number;
  organisers: number;
}

/** The editions of the year: accepted events, their headcounts and their distinct organisers. */
export function editionsOfYear(manager: EntityManager, parameters: ReportParameters): Promise<EditionRow[]> {
  return manager.query(
    `SELECT ed.slug, p.name AS project_name, ed.theme,
            count(e.id)::int AS events,
            COALESCE(sum(e.attendance), 0)::int AS participants,
            (SELECT count(DISTINCT eo.partner_id) FROM event_organiser eo JOIN project_event oe ON oe.id = eo.event_id
              WHERE oe.edition_id = ed.id AND oe.status = 'ACCEPTED')::int AS organisers
       FROM edition ed
       JOIN project p ON p.id = ed.project_id
       LEFT JOIN project_event e ON e.edition_id = ed.id AND e.status = 'ACCEPTED'
      WHERE p.territory_id = $1 AND ed.year = $2
      GROUP BY ed.id, p.name
      ORDER BY ed.starts_on`,
    parameters,
  );
}

export async function trainingFigures(manager: EntityManager, parameters: ReportParameters): Promise<{ sessions: number; participants: number }> {
  const [row] = await manager.query(
    `SELECT count(*)::int AS sessions, COALESCE(sum(e.attendance), 0)::int AS participants
       FROM project_event e JOIN project p ON p.id = e.project_id
      WHERE p.territory_id = $1 AND e.kind = 'TRAINING' AND e.status = 'ACCEPTED'
        AND e.starts_at >= ${yearStart} AND e.starts_at < ${yearEnd}`,
    parameters,
  );
  return row;
}

export interface MilestoneRow {
  slug: string;
  title: string;
  kind: string;
  date: string;
}

/** Lifecycle steps dated in the year, and the evaluations and renewals that fall due in it. */
export function conventionMilestones(manager: EntityManager, parameters: ReportParameters): Promise<MilestoneRow[]> {
  return manager.query(
    `SELECT slug, title, kind, to_char(day, 'YYYY-MM-DD') AS date FROM (
       SELECT c.slug, c.title, sc.to_status AS kind, sc.effective_on AS day, sc.id AS tie
         FROM convention_status_change sc JOIN convention c ON c.id = sc.convention_id
        WHERE c.territory_id = $1 AND ${dayInYear('sc.effective_on')}
       UNION ALL
       SELECT c.slug, c.title, 'EVALUATION_DUE', c.evaluation_due, 0 FROM convention c
        WHERE c.territory_id = $1 AND ${dayInYear('c.evaluation_due')}
       UNION ALL
       SELECT c.slug, c.title, 'RENEWAL_DUE', c.renewal_due, 0 FROM convention c
        WHERE c.territory_id = $1 AND ${dayInYear('c.renewal_due')}
     ) milestones ORDER BY day, tie`,
    parameters,
  );
}

export interface IndicatorRow {
  project_name: string;
  name: string;
  unit: string | null;
  target: number | null;
  value: number | null;
}

/** The IML project's indicators for the year: its targets, and its results where no case says them. */
export function imlIndicators(manager: EntityManager, parameters: ReportParameters): Promise<IndicatorRow[]> {
  return manager.query(
    `SELECT p.name AS project_name, i.name, i.unit, v.target, v.value
       FROM project_indicator i
       JOIN project p ON p.id = i.project_id
       LEFT JOIN indicator_value v ON v.indicator_id = i.id AND v.year = $2
      WHERE p.territory_id = $1 AND (p.slug = 'iml' OR p.slug LIKE 'iml-%')
      ORDER BY p.name, i.position`,
    parameters,
  );
}

export interface ImlCaseCounts {
  /** Every case of the territory, whatever the year: none means the scheme is not followed here. */
  cases: number;
  housed: number;
  lease_transfers: number;
  project_name: string | null;
}

/**
 * The year's IML results from the cases: people whose sublease began in the year, lease transfers
 * decided in it. `iml_case_figures` reads every case of the territory whoever asks, dates and
 * states only; the report keeps nothing but these counts.
 */
export async function imlCaseCounts(manager: EntityManager, parameters: ReportParameters): Promise<ImlCaseCounts> {
  const [row] = await manager.query(
    `SELECT count(*)::int AS cases,
            count(*) FILTER (WHERE ${dayInYear('f.sublease_starts_on')})::int AS housed,
            count(*) FILTER (WHERE f.state = 'LEASE_TRANSFERRED' AND ${dayInYear('f.closed_on')})::int AS lease_transfers,
            (SELECT p.name FROM project p WHERE p.territory_id = $1 AND (p.slug = 'iml' OR p.slug LIKE 'iml-%') ORDER BY p.slug LIMIT 1) AS project_name
       FROM iml_case_figures($1) f`,
    parameters,
  );
  return row;
}
