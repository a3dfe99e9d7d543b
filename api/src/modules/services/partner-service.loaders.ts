import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupRows } from '../../graphql/group-rows.js';
import { PartnerService } from './partner-service.entity.js';

export function createServiceLoaders(dataSource: DataSource) {
  const services = dataSource.getRepository(PartnerService);
  return {
    servicesByPartnerId: new DataLoader<string, PartnerService[]>(async (ids) => {
      const rows = await services.find({ where: { partnerId: In([...ids]) }, order: { name: 'ASC', id: 'ASC' } });
      return groupRows(ids, rows, (row) => row.partnerId);
    }),
  };
}

export type ServiceLoaders = ReturnType<typeof createServiceLoaders>;
