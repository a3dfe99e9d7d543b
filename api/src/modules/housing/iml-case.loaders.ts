import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { HousingOffer } from './housing-offer.entity.js';
import type { Viewer } from '../../auth/viewer.js';
import { groupRows } from '../../graphql/group-rows.js';
import { caseActionLabels, caseAuditTarget, readCaseParts } from './case-audit.js';
import type { CasePage } from './case-page.js';
import { caseParts } from './case-parts.js';
import { caseScopeRounds } from './case-scope.js';
import { ImlConsent } from './iml-case.entity.js';
import type { ImlCaseAccess } from './iml-case.types.js';

// The nested parts of cases, batched per request, each batch read under the viewer's case
// scope: row-level security filters them again whatever the field policy already decided.

const accessLogLength = 100;

export function createHousingLoaders(dataSource: DataSource, viewer: Viewer, ip: string | null) {
  const scoped = caseScopeRounds(dataSource, viewer);
  const byCase = <T extends { caseId: string }>({ entity, order }: { entity: new () => T; order: { column: string; direction: 'ASC' | 'DESC' } }) =>
    new DataLoader<string, T[]>(async (ids) => {
      const rows = await scoped((manager) =>
        manager.getRepository(entity).createQueryBuilder('part').where('part.case_id = ANY(:ids)', { ids: [...ids] }).orderBy(`part.${order.column}`, order.direction).getMany(),
      );
      return groupRows(ids, rows, (row) => row.caseId);
    });
  // The person's identity and the clinical part: each read is logged with the rows it returned.
  const oneByCase = <T extends { caseId: string }>({ entity, action }: { entity: new () => T; action: string }) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await scoped((manager) => readCaseParts(manager, viewer, ip, entity, ids, action));
      return ids.map((id) => rows.find((row) => row.caseId === id) ?? null);
    });
  return {
    offerById: new DataLoader<string, HousingOffer | null>(async (ids) => {
      const offers = await dataSource.getRepository(HousingOffer).findBy({ id: In([...ids]) });
      return ids.map((id) => offers.find((offer) => offer.id === id) ?? null);
    }),
    casePrivate: oneByCase(caseParts.casePrivate),
    caseClinical: oneByCase(caseParts.caseClinical),
    caseSteps: byCase(caseParts.caseSteps),
    caseReviews: byCase(caseParts.caseReviews),
    /** With the name of who collected each consent. */
    caseConsents: new DataLoader<string, Array<ImlConsent & { collectedByName: string | null }>>(async (ids) => {
      const rows = await scoped((manager) =>
        manager
          .getRepository(ImlConsent)
          .createQueryBuilder('part')
          .leftJoin('user_account', 'u', 'u.id = part.collected_by')
          .leftJoin('person', 'p', 'p.id = u.person_id')
          .addSelect(`p.first_name || ' ' || p.last_name`, 'collected_by_name')
          .where('part.case_id = ANY(:ids)', { ids: [...ids] })
          .orderBy({ 'part.given_on': 'ASC', 'part.created_at': 'ASC' })
          .getRawAndEntities(),
      );
      const consents = rows.entities.map((consent, index) => Object.assign(consent, { collectedByName: (rows.raw[index]?.collected_by_name as string | null) ?? null }));
      return groupRows(ids, consents, (row) => row.caseId);
    }),
    caseDecisions: byCase(caseParts.caseDecisions),
    caseDocuments: byCase(caseParts.caseDocuments),
    /** Who read or changed each case, most recent first, with their organisation. */
    caseAccessLog: new DataLoader<string, ImlCaseAccess[]>(async (ids) => {
      const rows: Array<{ case_id: string; at: Date; action: string; who: string | null; organisation: string | null }> = await dataSource.query(
        `SELECT a.target_id AS case_id, a.created_at AS at, a.action,
                p.first_name || ' ' || p.last_name AS who,
                (SELECT string_agg(DISTINCT o.name, ', ') FROM role_assignment r JOIN partner o ON o.id = r.partner_id
                  WHERE r.user_id = a.actor_user_id AND r.territory_id = a.territory_id) AS organisation
         FROM (SELECT *, row_number() OVER (PARTITION BY target_id ORDER BY created_at DESC, id DESC) AS n
               FROM audit_event WHERE target_type = $1 AND target_id = ANY($2::text[])) a
         LEFT JOIN user_account u ON u.id = a.actor_user_id
         LEFT JOIN person p ON p.id = u.person_id
         WHERE a.n <= $3
         ORDER BY a.created_at DESC, a.id DESC`,
        [caseAuditTarget, [...ids], accessLogLength],
      );
      const entries = rows.map((row) => ({
        caseId: row.case_id,
        at: row.at,
        who: row.who ?? 'Traitement automatique',
        organisation: row.organisation,
        action: caseActionLabels[row.action] ?? row.action,
      }));
      return groupRows(ids, entries, (entry) => entry.caseId);
    }),
  };
}

export type HousingLoaders = ReturnType<typeof createHousingLoaders>;

/** Hands the parts a case page read to their loaders, where the nested fields' resolvers find them. */
export function primeCaseParts(loaders: HousingLoaders, page: CasePage): void {
  for (const [name, rows] of page.parts) {
    const loader = loaders[name] as DataLoader<string, unknown>;
    loader.prime(page.row.id, 'one' in caseParts[name] ? (rows[0] ?? null) : rows);
  }
}
