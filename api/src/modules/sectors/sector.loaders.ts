import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupRows } from '../../graphql/group-rows.js';
import { PsychiatricSector, SectorCommune, SectorStreet } from './sector.entity.js';

export function createSectorLoaders(dataSource: DataSource) {
  return {
    sectorById: new DataLoader<string, PsychiatricSector | null>(async (ids) => {
      const rows = await dataSource.getRepository(PsychiatricSector).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    communesBySectorId: new DataLoader<string, SectorCommune[]>(async (ids) => {
      const rows = await dataSource.getRepository(SectorCommune).find({ where: { sectorId: In([...ids]) }, order: { communeCode: 'ASC' } });
      return groupRows(ids, rows, (row) => row.sectorId);
    }),
    streetsBySectorId: new DataLoader<string, SectorStreet[]>(async (ids) => {
      const rows = await dataSource.getRepository(SectorStreet).find({
        where: { sectorId: In([...ids]) },
        order: { communeCode: 'ASC', streetKey: 'ASC', numberFrom: 'ASC' },
      });
      return groupRows(ids, rows, (row) => row.sectorId);
    }),
  };
}

export type SectorLoaders = ReturnType<typeof createSectorLoaders>;
