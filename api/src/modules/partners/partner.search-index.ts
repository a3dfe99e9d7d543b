import type { EntityManager } from 'typeorm';
import { SqlParams } from '../../db/sql-params.js';
import { audienceCatalog, themeCatalog } from '../themes/theme.catalog.js';
import { partnerKindLabels, sectorLabels } from './partner.enums.js';
import type { Partner } from './partner.entity.js';

// Words a person may type that the row itself does not hold: labels of its kind, sector,
// themes and publics ("bailleur" finds the landlords even when their name doesn't say so).
// They live in the TS catalogs, so they reach SQL as one parameter.
const labels = JSON.stringify({
  kind: partnerKindLabels,
  sector: sectorLabels,
  theme: Object.fromEntries(themeCatalog.all().map((theme) => [theme.code, theme.label])),
  public: Object.fromEntries(audienceCatalog.all().map((audience) => [audience.code, audience.label])),
});

/** The columns of a partner row its search document is made of. */
export type DocumentColumn = 'id' | 'name' | 'short_name' | 'kind' | 'sector' | 'commune' | 'theme_codes' | 'public_codes' | 'description';

/** The fields (and `contacts`) a search document is made of: an edit of any other needs no rebuild. */
export const searchedFields: ReadonlySet<string> = new Set(['name', 'shortName', 'kind', 'sector', 'commune', 'themeCodes', 'publicCodes', 'description', 'contacts']);

/**
 * A partner's search document as an SQL expression, `value` giving each column: the row's own,
 * or what an edit is writing to it in the same UPDATE.
 * Weights: A name and acronym, B labels and commune, C description and contacts' functions.
 */
export function searchDocumentSql(value: (column: DocumentColumn) => string, params: SqlParams): string {
  const catalog = `${params.add(labels)}::jsonb`;
  const labelsOf = (list: 'theme' | 'public', codes: DocumentColumn) =>
    `(SELECT string_agg(${catalog} -> '${list}' ->> code.value, ' ' ORDER BY code.n) FROM unnest(${value(codes)}) WITH ORDINALITY AS code(value, n))`;
  const keywords = `concat_ws(' ', ${catalog} -> 'kind' ->> ${value('kind')}, ${catalog} -> 'sector' ->> ${value('sector')}, nullif(${value('commune')}, ''),
    ${labelsOf('theme', 'theme_codes')}, ${labelsOf('public', 'public_codes')})`;
  return `setweight(to_tsvector('clsm_french', ${value('name')} || ' ' || coalesce(${value('short_name')}, '')), 'A')
     || setweight(to_tsvector('clsm_french', ${keywords}), 'B')
     || setweight(to_tsvector('clsm_french', coalesce(${value('description')}, '') || ' ' || coalesce(
          (SELECT string_agg(c.function, ' ') FROM contact c WHERE c.partner_id = ${value('id')}), '')), 'C')`;
}

/**
 * Rebuilds the search documents of the given partners. Call it in the transaction of every
 * write that touches a partner or its contacts, so the index is never stale.
 */
export async function refreshSearchDocuments(manager: EntityManager, partners: Array<Pick<Partner, 'id'>>): Promise<void> {
  if (!partners.length) return;
  const params = new SqlParams();
  const document = searchDocumentSql((column) => `p.${column}`, params);
  await manager.query(`UPDATE partner p SET search_document = ${document} WHERE p.id = ANY(${params.add(partners.map((p) => p.id))}::uuid[])`, params.values);
}
