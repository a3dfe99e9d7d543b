import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byId, byParent } from '../../graphql/loader-factories.js';
import { groupRows } from '../../graphql/group-rows.js';
import { GroupMembership } from '../groups/group-membership.entity.js';
import { WorkingGroup } from '../groups/working-group.entity.js';
import { Person } from '../people/person.entity.js';
import { Project } from '../projects/project.entity.js';
import { ActionItem, AgendaItem, Attendance, Decision } from './meeting-parts.entity.js';
import { ActionStatus } from './meeting.enums.js';
import { Meeting } from './meeting.entity.js';

export function createMeetingLoaders(dataSource: DataSource) {
  return {
    groupById: byId(dataSource, WorkingGroup),
    meetingById: byId(dataSource, Meeting),
    personById: byId(dataSource, Person),
    membershipsByGroupId: byParent(dataSource, GroupMembership, 'groupId', { role: 'ASC', createdAt: 'ASC' }),
    meetingsByGroupId: byParent(dataSource, Meeting, 'groupId', { startsAt: 'ASC' }),
    meetingsReplacedBy: byParent(dataSource, Meeting, 'replacedById', { startsAt: 'ASC' }),
    agendaByMeetingId: byParent(dataSource, AgendaItem, 'meetingId', { position: 'ASC' }),
    // The person and the organisation come with each line: a meeting list with attendance costs
    // one statement for its lines, not three.
    attendanceByMeetingId: new DataLoader<string, Attendance[]>(async (ids) => {
      const rows = await dataSource.getRepository(Attendance).find({
        where: { meetingId: In([...ids]) },
        relations: { person: true, partner: true },
        order: { status: 'ASC', id: 'ASC' },
      });
      return groupRows(ids, rows, (row) => row.meetingId);
    }),
    decisionsByMeetingId: byParent(dataSource, Decision, 'meetingId', { position: 'ASC' }),
    actionsByMeetingId: byParent(dataSource, ActionItem, 'meetingId', { createdAt: 'ASC' }),
    projectsByGroupId: new DataLoader<string, Project[]>(async (ids) => {
      const rows: Array<Project & { groupId: string }> = await dataSource
        .getRepository(Project)
        .createQueryBuilder('p')
        .innerJoin('group_project', 'gp', 'gp.project_id = p.id')
        .where('gp.group_id IN (:...ids)', { ids })
        .select(['p.id AS id', 'p.slug AS slug', 'p.name AS name', 'p.description AS description', 'p.status AS status'])
        .addSelect(['p.contribution AS contribution', 'p.territory_id AS "territoryId"', 'p.lead_partner_id AS "leadPartnerId"', 'gp.group_id AS "groupId"'])
        .orderBy('p.name')
        .getRawMany();
      return groupRows(ids, rows, (row) => row.groupId);
    }),
    groupIdsByProjectId: new DataLoader<string, string[]>(async (ids) => {
      const rows: Array<{ project_id: string; group_id: string }> = await dataSource.query(
        `SELECT project_id, group_id FROM group_project WHERE project_id = ANY($1::uuid[])`,
        [ids],
      );
      return groupRows(ids, rows, (row) => row.project_id).map((list) => list.map((row) => row.group_id));
    }),
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
