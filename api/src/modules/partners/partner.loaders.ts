import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupRows } from '../../graphql/group-rows.js';
import { Contact } from './contact.entity.js';
import { Partner } from './partner.entity.js';

export function createPartnerLoaders(dataSource: DataSource) {
  const partners = dataSource.getRepository(Partner);
  const contacts = dataSource.getRepository(Contact);
  return {
    partnerById: new DataLoader<string, Partner | null>(async (ids) => {
      const rows = await partners.findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    childrenByParentId: new DataLoader<string, Partner[]>(async (ids) => {
      const rows = await partners.find({ where: { parentId: In([...ids]) }, order: { name: 'ASC' } });
      return groupRows(ids, rows, (row) => row.parentId ?? '');
    }),
    contactsByPartnerId: new DataLoader<string, Contact[]>(async (ids) => {
      const rows = await contacts.find({
        where: { partnerId: In([...ids]) },
        relations: { person: true },
        order: { position: 'ASC', id: 'ASC' },
      });
      return groupRows(ids, rows, (row) => row.partnerId);
    }),
  };
}

export type PartnerLoaders = ReturnType<typeof createPartnerLoaders>;
