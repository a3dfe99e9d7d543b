import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupRows } from '../../graphql/group-rows.js';
import { GroupMembership } from '../groups/group-membership.entity.js';
import { WorkingGroup } from '../groups/working-group.entity.js';
import { Person } from '../people/person.entity.js';
import { ActionItem, AgendaItem, Attendance, Decision } from './meeting-parts.entity.js';
import { ActionStatus } from './meeting.enums.js';
import { Meeting } from './meeting.entity.js';

function byId<T extends { id: string }>(dataSource: DataSource, entity: new () => T) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

function byParent<T extends object>(dataSource: DataSource, entity: new () => T, key: keyof T & string, order: Record<string, 'ASC' | 'DESC'>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = (await dataSource.getRepository(entity).find({ where: { [key]: In([...ids]) } as never, order: order as never })) as T[];
    return groupRows(ids, rows, (row) => String(row[key]));
  });
}

export function createMeetingLoaders(dataSource: DataSource) {
  return {
    groupById: byId(dataSource, WorkingGroup),
    meetingById: byId(dataSource, Meeting),
    personById: byId(dataSource, Person),
    membershipsByGroupId: byParent(dataSource, GroupMembership, 'groupId', { role: 'ASC', createdAt: 'ASC' }),
    meetingsByGroupId: byParent(dataSource, Meeting, 'groupId', { startsAt: 'ASC' }),
    meetingsReplacedBy: byParent(dataSource, Meeting, 'replacedById', { startsAt: 'ASC' }),
    agendaByMeetingId: byParent(dataSource, AgendaItem, 'meetingId', { position: 'ASC' }),
    attendanceByMeetingId: byParent(dataSource, Attendance, 'meetingId', { status: 'ASC' }),
    decisionsByMeetingId: byParent(dataSource, Decision, 'meetingId', { position: 'ASC' }),
    actionsByMeetingId: byParent(dataSource, ActionItem, 'meetingId', { createdAt: 'ASC' }),
    openActionsByOwnerPartnerId: new DataLoader<string, ActionItem[]>(async (ids) => {
      const rows = await dataSource.getRepository(ActionItem).find({
        where: { ownerPartnerId: In([...ids]), status: ActionStatus.OPEN },
        order: { dueDate: 'ASC', createdAt: 'ASC' },
      });
      return groupRows(ids, rows, (row) => row.ownerPartnerId ?? '');
    }),
  };
}

export type MeetingLoaders = ReturnType<typeof createMeetingLoaders>;
