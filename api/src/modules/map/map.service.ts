import type { DataSource } from 'typeorm';
import { partnerKindLabels, sectorLabels, type PartnerKind, type Sector } from '../partners/partner.enums.js';
import { normalizeFilter } from '../partners/partner.filter.js';
import type { PartnerFilter } from '../partners/partner.inputs.js';
import { SqlParams } from '../../db/sql-params.js';
import { matching } from '../partners/partner.search.js';
import type { PartnerMarker } from './map.types.js';

// Far above the network's size; a bound so that no filter can ask for an unbounded payload.
export const markerLimit = 5000;

interface MarkerRow {
  id: string;
  slug: string;
  name: string;
  shortName: string | null;
  sector: Sector;
  kind: PartnerKind;
  commune: string | null;
  latitude: number | null;
  longitude: number | null;
}

export class MapService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Every partner the directory finds for this filter (same rules, same public data), in one
   * statement and without pagination, sorted by name. Partners without coordinates are
   * included with null latitude/longitude so that the page can list them.
   */
  async partnerMarkers(filter: PartnerFilter | null | undefined): Promise<PartnerMarker[]> {
    const params = new SqlParams();
    const { where } = matching(normalizeFilter(filter), params);
    const rows: MarkerRow[] = await this.dataSource.query(
      `SELECT p.id, p.slug, p.name, p.short_name AS "shortName", p.sector, p.kind, p.commune, p.latitude, p.longitude
       FROM partner p
       ${where}
       ORDER BY clsm_unaccent(lower(p.name)), p.id
       LIMIT ${params.add(markerLimit)}`,
      params.values,
    );
    return rows.map(({ kind, ...row }) => ({ ...row, sectorLabel: sectorLabels[row.sector], kindLabel: partnerKindLabels[kind] }));
  }
}
