import type { DataSource } from 'typeorm';
import { Territory } from './territory.entity.js';

export class TerritoryService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<Territory[]> {
    return this.dataSource.getRepository(Territory).find({ order: { name: 'ASC' } });
  }

  findBySlug(slug: string): Promise<Territory | null> {
    return this.dataSource.getRepository(Territory).findOneBy({ slug: slug.slice(0, 200) });
  }
}
