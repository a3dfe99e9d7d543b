import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor } from '../../graphql/connection.js';
import { UserInputError } from '../../errors/errors.js';
import { Partner } from './partner.entity.js';
import { foldedName, foldForSimilarity, toPrefixQuery, type NormalizedFilter } from './partner.filter.js';
import { isUuid } from '../../text/ids.js';
import { SqlParams } from '../../db/sql-params.js';

type SortKey = [rank: string, sortName: string, id: string];

export interface PartnerPage {
  totalCount: number;
  rows: Array<{ partner: Partner; cursor: string }>;
  hasNextPage: boolean;
}

function parseCursor(after: string | null | undefined): SortKey | null {
  if (!after) return null;
  const key = decodeCursor(after);
  // Each part goes into SQL as numeric, text and uuid: a forged value must not reach PostgreSQL.
  const [rank, sortName, id] = key ?? [];
  if (
    key?.length !== 3 ||
    typeof rank !== 'string' || !/^-?\d{1,20}(\.\d{1,6})?$/.test(rank) ||
    typeof sortName !== 'string' || sortName.includes('\u0000') ||
    typeof id !== 'string' || !isUuid(id)
  ) {
    throw new UserInputError('Curseur de pagination invalide.', 'after');
  }
  return [rank, sortName, id];
}

export function matching(filter: NormalizedFilter, params: SqlParams): { where: string; rank: string } {
  const where: string[] = [];
  if (filter.sectors.length) where.push(`p.sector = ANY(${params.add(filter.sectors)}::text[])`);
  if (filter.kinds.length) where.push(`p.kind = ANY(${params.add(filter.kinds)}::text[])`);
  if (filter.communes.length) {
    where.push(`lower(p.commune) = ANY(${params.add(filter.communes.map((c) => c.toLowerCase()))}::text[])`);
  }
  if (filter.themes.length) where.push(`p.theme_codes && ${params.add(filter.themes)}::text[]`);
  if (filter.territory) {
    where.push(`EXISTS (SELECT 1 FROM partner_territory pt JOIN territory t ON t.id = pt.territory_id
      WHERE pt.partner_id = p.id AND t.slug = ${params.add(filter.territory)})`);
  }
  if (filter.box) {
    // The expression of the GiST index partner_location_idx.
    const { south, west, north, east } = filter.box;
    where.push(`point(p.longitude, p.latitude) <@ box(point(${params.add(west)}::float8, ${params.add(south)}::float8), point(${params.add(east)}::float8, ${params.add(north)}::float8))`);
  }
  let rank = '0::numeric';
  if (filter.search) {
    const tsquery = `to_tsquery('clsm_french', ${params.add(toPrefixQuery(filter.search))})`;
    const folded = params.add(foldForSimilarity(filter.search));
    where.push(`(p.search_document @@ ${tsquery} OR ${folded} <% ${foldedName})`);
    rank = `round((ts_rank(p.search_document, ${tsquery}) + word_similarity(${folded}, ${foldedName}))::numeric, 6)`;
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', rank };
}

/**
 * One statement: filter, rank, count and page. Ranking mixes full-text relevance (French
 * stems, prefixes, weighted fields) with trigram similarity of the name, so typos still
 * find an organisation. Keyset pagination on (rank, folded name, id) keeps pages stable.
 */
export async function searchPartners(
  dataSource: DataSource,
  filter: NormalizedFilter,
  first: number,
  after: string | null | undefined,
): Promise<PartnerPage> {
  const params = new SqlParams();
  const { where, rank } = matching(filter, params);
  const key = parseCursor(after);
  const keyset = key
    ? `WHERE s.rank < ${params.add(key[0])}::numeric
        OR (s.rank = $${params.values.length}::numeric AND (s.sort_name, s.id) > (${params.add(key[1])}, ${params.add(key[2])}::uuid))`
    : '';
  const columns = dataSource
    .getMetadata(Partner)
    .columns.filter((column) => column.isSelect)
    .map((column) => `p.${column.databaseName} AS "${column.propertyName}"`)
    .join(', ');
  const sql = `
    SELECT s.rank::text AS "_rank", s.sort_name AS "_sortName", s.total AS "_total", ${columns}
    FROM (
      SELECT p.id, ${rank} AS rank, clsm_unaccent(lower(p.name)) AS sort_name, count(*) OVER () AS total
      FROM partner p
      ${where}
    ) s
    JOIN partner p ON p.id = s.id
    ${keyset}
    ORDER BY s.rank DESC, s.sort_name, s.id
    LIMIT ${params.add(first + 1)}`;
  const rows: Array<Record<string, unknown>> = await dataSource.query(sql, params.values);
  const page = rows.slice(0, first);
  const totalCount = rows.length ? Number(rows[0]._total) : await countPartners(dataSource, filter);
  return {
    totalCount,
    hasNextPage: rows.length > first,
    rows: page.map(({ _rank, _sortName, _total, ...columns }) => ({
      partner: Object.assign(new Partner(), columns),
      cursor: encodeCursor([_rank, _sortName, columns.id]),
    })),
  };
}

async function countPartners(dataSource: DataSource, filter: NormalizedFilter): Promise<number> {
  const params = new SqlParams();
  const { where } = matching(filter, params);
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM partner p ${where}`, params.values);
  return count;
}
