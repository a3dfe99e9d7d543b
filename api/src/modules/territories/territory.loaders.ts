import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupRows } from '../../graphql/group-rows.js';
import { byId } from '../../graphql/loader-factories.js';
import { Territory } from './territory.entity.js';

export function createTerritoryLoaders(dataSource: DataSource) {
  return {
    territoryById: byId(dataSource, Territory),
    territoriesByPartnerId: new DataLoader<string, Territory[]>(async (ids) => {
      const rows: Array<Territory & { partnerId: string }> = await dataSource
        .getRepository(Territory)
        .createQueryBuilder('t')
        .innerJoin('partner_territory', 'pt', 'pt.territory_id = t.id')
        .where('pt.partner_id IN (:...ids)', { ids })
        .select(['t.id AS id', 't.slug AS slug', 't.name AS name', 't.short_name AS "shortName"', 't.description AS description'])
        .addSelect('pt.partner_id', 'partnerId')
        .orderBy('t.name')
        .getRawMany();
      return groupRows(ids, rows, (row) => row.partnerId);
    }),
  };
}

export type TerritoryLoaders = ReturnType<typeof createTerritoryLoaders>;
