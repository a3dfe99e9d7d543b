import type { DataSource } from 'typeorm';
import { themeCatalog } from '../themes/theme.catalog.js';
import { Partner } from './partner.entity.js';
import { PartnerKind, Sector, partnerKindLabels, sectorLabels } from './partner.enums.js';
import { normalizeFilter, normalizePageSize } from './partner.filter.js';
import type { PartnersArgs } from './partner.inputs.js';
import { searchPartners, type PartnerPage } from './partner.search.js';

export interface Facet<T extends string = string> {
  code: T;
  label: string;
  partnerCount: number;
}

export interface DirectoryFacets {
  sectors: Facet<Sector>[];
  kinds: Facet<PartnerKind>[];
  communes: Facet[];
  themes: Facet[];
}

const territoryCondition = `($1::text IS NULL OR EXISTS (SELECT 1 FROM partner_territory pt
  JOIN territory t ON t.id = pt.territory_id WHERE pt.partner_id = p.id AND t.slug = $1))`;

export class PartnerService {
  constructor(private readonly dataSource: DataSource) {}

  list(args: PartnersArgs): Promise<PartnerPage> {
    return searchPartners(this.dataSource, normalizeFilter(args.filter), normalizePageSize(args.first), args.after);
  }

  findBySlug(slug: string): Promise<Partner | null> {
    return this.dataSource.getRepository(Partner).findOneBy({ slug: slug.slice(0, 200) });
  }

  /** Every sector, even those with no partner yet, in the order of the plenary report. */
  async sectors(territory: string | null): Promise<Facet<Sector>[]> {
    return (await this.facets(territory)).sectors;
  }

  async kinds(): Promise<Facet<PartnerKind>[]> {
    const rows: Array<{ kind: PartnerKind; count: number }> = await this.dataSource.query(
      `SELECT kind, count(*)::int AS count FROM partner GROUP BY kind`,
    );
    const counts = new Map(rows.map((row) => [row.kind, row.count]));
    return Object.values(PartnerKind)
      .map((code) => ({ code, label: partnerKindLabels[code], partnerCount: counts.get(code) ?? 0 }))
      .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
  }

  async facets(territory: string | null): Promise<DirectoryFacets> {
    const rows: Array<{ facet: string; code: string; count: number }> = await this.dataSource.query(
      `SELECT 'sector' AS facet, p.sector AS code, count(*)::int AS count FROM partner p
         WHERE ${territoryCondition} GROUP BY p.sector
       UNION ALL SELECT 'kind', p.kind, count(*)::int FROM partner p
         WHERE ${territoryCondition} GROUP BY p.kind
       UNION ALL SELECT 'commune', p.commune, count(*)::int FROM partner p
         WHERE p.commune IS NOT NULL AND ${territoryCondition} GROUP BY p.commune
       UNION ALL SELECT 'theme', theme, count(*)::int FROM partner p, unnest(p.theme_codes) AS theme
         WHERE ${territoryCondition} GROUP BY theme`,
      [territory],
    );
    const counts = (facet: string) => new Map(rows.filter((row) => row.facet === facet).map((row) => [row.code, row.count]));
    const sectorCounts = counts('sector');
    const kindCounts = counts('kind');
    const byLabel = (a: Facet, b: Facet) => a.label.localeCompare(b.label, 'fr');
    return {
      sectors: Object.values(Sector).map((code) => ({ code, label: sectorLabels[code], partnerCount: sectorCounts.get(code) ?? 0 })),
      kinds: Object.values(PartnerKind)
        .filter((code) => kindCounts.has(code))
        .map((code) => ({ code, label: partnerKindLabels[code], partnerCount: kindCounts.get(code) ?? 0 }))
        .sort(byLabel),
      communes: [...counts('commune')].map(([code, partnerCount]) => ({ code, label: code, partnerCount })).sort(byLabel),
      themes: [...counts('theme')]
        .map(([code, partnerCount]) => ({ code, label: themeCatalog.get(code)?.label ?? code, partnerCount }))
        .sort(byLabel),
    };
  }
}
