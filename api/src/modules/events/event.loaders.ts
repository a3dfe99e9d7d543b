import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byId, byParent } from '../../graphql/loader-factories.js';
import { groupRows } from '../../graphql/group-rows.js';
import { Project } from '../projects/project.entity.js';
import { Edition, EventRegistration, ProjectEvent } from './event.entity.js';
import { EventKind, EventStatus } from './event.enums.js';

// Every relation a programme or a list of sessions asks for, one query per batch.
export function createEventLoaders(dataSource: DataSource) {
  return {
    eventProjectById: byId(dataSource, Project),
    editionById: byId(dataSource, Edition),
    projectEventById: byId(dataSource, ProjectEvent),
    editionsByProjectId: byParent(dataSource, Edition, 'projectId', { year: 'DESC' }),
    registrationsByEventId: byParent(dataSource, EventRegistration, 'eventId', { registeredAt: 'ASC' }),
    /** Accepted and cancelled events of an edition, by date. */
    programmeByEditionId: new DataLoader<string, ProjectEvent[]>(async (ids) => {
      const rows = await dataSource.getRepository(ProjectEvent).find({
        where: { editionId: In([...ids]), status: In([EventStatus.ACCEPTED, EventStatus.CANCELLED]) },
        order: { startsAt: 'ASC', title: 'ASC' },
      });
      return groupRows(ids, rows, (row) => row.editionId ?? '');
    }),
    /** Training sessions of a project, by date (what anybody sees: scheduled or cancelled). */
    trainingSessionsByProjectId: new DataLoader<string, ProjectEvent[]>(async (ids) => {
      const rows = await dataSource.getRepository(ProjectEvent).find({
        where: { projectId: In([...ids]), kind: EventKind.TRAINING, status: In([EventStatus.ACCEPTED, EventStatus.CANCELLED]) },
        order: { startsAt: 'ASC' },
      });
      return groupRows(ids, rows, (row) => row.projectId);
    }),
    organiserIdsByEventId: new DataLoader<string, string[]>(async (ids) => {
      const rows: Array<{ event_id: string; partner_id: string }> = await dataSource.query(
        `SELECT o.event_id, o.partner_id FROM event_organiser o JOIN partner p ON p.id = o.partner_id
         WHERE o.event_id = ANY($1::uuid[]) ORDER BY p.name`,
        [ids],
      );
      return groupRows(ids, rows, (row) => row.event_id).map((list) => list.map((row) => row.partner_id));
    }),
    registrationCountByEventId: new DataLoader<string, number>(async (ids) => {
      const rows: Array<{ event_id: string; count: number }> = await dataSource.query(
        `SELECT event_id, count(*)::int AS count FROM event_registration WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
        [ids],
      );
      const counts = new Map(rows.map((row) => [row.event_id, row.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type EventLoaders = ReturnType<typeof createEventLoaders>;
