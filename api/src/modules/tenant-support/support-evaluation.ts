import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { requireTerritoryMember } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { parisDay } from '../calendar/paris-time.js';
import { SupportOutcome, supportOutcomeLabels } from './support-request.rules.js';

// The evaluation the 2019 convention asks for after one year: requests per landlord and per
// CMP, how long acknowledgement and closure took, and the outcomes. Figures only, counted over
// every request through `support_request_figures`.

@ObjectType({ description: 'Les demandes d’une structure dans l’année' })
export class SupportCount {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  requests!: number;

  @Field(() => Float, { nullable: true, description: 'Délai médian d’accusé de réception (jours)' })
  medianDaysToAcknowledge!: number | null;

  @Field(() => Float, { nullable: true, description: 'Délai médian de clôture (jours)' })
  medianDaysToClose!: number | null;
}

@ObjectType({ description: 'Une issue et son nombre' })
export class SupportOutcomeCount {
  @Field(() => SupportOutcome)
  outcome!: SupportOutcome;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'L’évaluation annuelle de la procédure de soutien aux locataires' })
export class SupportEvaluation {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  requests!: number;

  @Field(() => Int, { description: 'Dont avec le consentement du locataire' })
  withConsent!: number;

  @Field(() => Float, { nullable: true })
  medianDaysToAcknowledge!: number | null;

  @Field(() => Float, { nullable: true })
  medianDaysToClose!: number | null;

  @Field(() => [SupportCount])
  byLandlord!: SupportCount[];

  @Field(() => [SupportCount])
  byCmp!: SupportCount[];

  @Field(() => [SupportOutcomeCount])
  outcomes!: SupportOutcomeCount[];
}

interface Row {
  landlord: string;
  cmp: string;
  with_consent: boolean;
  outcome: SupportOutcome | null;
  created_at: Date;
  acknowledged_at: Date | null;
  closed_at: Date | null;
}

const days = (from: Date, to: Date | null) => (to ? (to.getTime() - from.getTime()) / 86_400_000 : null);

export function median(values: Array<number | null>): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return Math.round(value * 10) / 10;
}

function counts(rows: Row[], nameOf: (row: Row) => string): SupportCount[] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(nameOf(row), [...(groups.get(nameOf(row)) ?? []), row]);
  return [...groups]
    .map(([name, group]) => ({
      name,
      requests: group.length,
      medianDaysToAcknowledge: median(group.map((r) => days(r.created_at, r.acknowledged_at))),
      medianDaysToClose: median(group.map((r) => days(r.created_at, r.closed_at))),
    }))
    .sort((a, b) => b.requests - a.requests || a.name.localeCompare(b.name, 'fr'));
}

export async function supportEvaluation(dataSource: DataSource, viewer: Viewer, territoryId: string, year: number): Promise<SupportEvaluation> {
  requireTerritoryMember(viewer, territoryId);
  const all: Row[] = await dataSource.query(
    `SELECT l.name AS landlord, c.name AS cmp, f.with_consent, f.outcome, f.created_at, f.acknowledged_at, f.closed_at
     FROM support_request_figures($1) f JOIN partner l ON l.id = f.landlord_id JOIN partner c ON c.id = f.cmp_id`,
    [territoryId],
  );
  const rows = all.filter((row) => parisDay(row.created_at).startsWith(`${year}-`));
  return {
    year,
    requests: rows.length,
    withConsent: rows.filter((row) => row.with_consent).length,
    medianDaysToAcknowledge: median(rows.map((r) => days(r.created_at, r.acknowledged_at))),
    medianDaysToClose: median(rows.map((r) => days(r.created_at, r.closed_at))),
    byLandlord: counts(rows, (row) => row.landlord),
    byCmp: counts(rows, (row) => row.cmp),
    outcomes: Object.values(SupportOutcome).map((outcome) => ({ outcome, label: supportOutcomeLabels[outcome], count: rows.filter((row) => row.outcome === outcome).length })),
  };
}
