import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupRows } from '../../graphql/group-rows.js';
import { byParent } from '../../graphql/loader-factories.js';
import { ConventionDocument, ConventionObjective, ConventionParty, ConventionStatusChange } from './convention.entity.js';

export function createConventionLoaders(dataSource: DataSource) {
  return {
    objectivesByConventionId: byParent(dataSource, ConventionObjective, 'conventionId', { position: 'ASC' }),
    partiesByConventionId: byParent(dataSource, ConventionParty, 'conventionId', { role: 'ASC' }),
    meetingIdsByConventionId: new DataLoader<string, string[]>(async (ids) => {
      const rows: Array<{ convention_id: string; meeting_id: string }> = await dataSource.query(
        `SELECT cm.convention_id, cm.meeting_id FROM convention_meeting cm JOIN meeting m ON m.id = cm.meeting_id
         WHERE cm.convention_id = ANY($1::uuid[]) ORDER BY m.starts_at`,
        [ids],
      );
      return groupRows(ids, rows, (row) => row.convention_id).map((list) => list.map((row) => row.meeting_id));
    }),
    // Metadata only: the content column is not selected by default.
    documentsByConventionId: byParent(dataSource, ConventionDocument, 'conventionId', { uploadedAt: 'ASC', id: 'ASC' }),
    timelineByConventionId: byParent(dataSource, ConventionStatusChange, 'conventionId', { effectiveOn: 'ASC', id: 'ASC' }),
  };
}

export type ConventionLoaders = ReturnType<typeof createConventionLoaders>;
