import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupRows } from './group-rows.js';

/** Rows of an entity by id, one query per batch. */
export function byId<T extends { id: string }>(dataSource: DataSource, entity: new () => T) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export function byParent<T extends object>(dataSource: DataSource, entity: new () => T, key: keyof T & string, order: Record<string, 'ASC' | 'DESC'>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = (await dataSource.getRepository(entity).find({ where: { [key]: In([...ids]) } as never, order: order as never })) as T[];
    return groupRows(ids, rows, (row) => String(row[key]));
  });
}
