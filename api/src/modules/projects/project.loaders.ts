import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupRows } from '../../graphql/group-rows.js';
import { byId, byParent } from '../../graphql/loader-factories.js';
import { Convention } from '../conventions/convention.entity.js';
import { FundingLine, IndicatorValue, ProjectIndicator } from './project-parts.entity.js';

// Every relation a list of projects can ask for, one statement per batch.
export function createProjectLoaders(dataSource: DataSource) {
  return {
    partnerIdsByProjectId: new DataLoader<string, string[]>(async (ids) => {
      const rows: Array<{ project_id: string; partner_id: string }> = await dataSource.query(
        `SELECT pp.project_id, pp.partner_id FROM project_partner pp JOIN partner p ON p.id = pp.partner_id
         WHERE pp.project_id = ANY($1::uuid[]) ORDER BY p.name`,
        [ids],
      );
      return groupRows(ids, rows, (row) => row.project_id).map((list) => list.map((row) => row.partner_id));
    }),
    projectConventionById: byId(dataSource, Convention),
    fundingLinesByProjectId: byParent(dataSource, FundingLine, 'projectId', { position: 'ASC', id: 'ASC' }),
    indicatorsByProjectId: byParent(dataSource, ProjectIndicator, 'projectId', { position: 'ASC', id: 'ASC' }),
    valuesByIndicatorId: byParent(dataSource, IndicatorValue, 'indicatorId', { year: 'ASC' }),
  };
}

export type ProjectLoaders = ReturnType<typeof createProjectLoaders>;
