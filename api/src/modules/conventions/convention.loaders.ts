import type { DataSource } from 'typeorm';
import { byParent } from '../../graphql/loader-factories.js';
import { ConventionObjective, ConventionParty, ConventionStatusChange } from './convention.entity.js';

export function createConventionLoaders(dataSource: DataSource) {
  return {
    objectivesByConventionId: byParent(dataSource, ConventionObjective, 'conventionId', { position: 'ASC' }),
    partiesByConventionId: byParent(dataSource, ConventionParty, 'conventionId', { role: 'ASC' }),
    timelineByConventionId: byParent(dataSource, ConventionStatusChange, 'conventionId', { effectiveOn: 'ASC', id: 'ASC' }),
  };
}

export type ConventionLoaders = ReturnType<typeof createConventionLoaders>;
