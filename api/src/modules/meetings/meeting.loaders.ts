import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { entityFromJson } from '../../db/entity-from-json.js';
import { byId, byParent } from '../../graphql/loader-factories.js';
import { groupRows } from '../../graphql/group-rows.js';
import { GroupMembership } from '../groups/group-membership.entity.js';
import { WorkingGroup } from '../groups/working-group.entity.js';
import { Partner } from '../partners/partner.entity.js';
import type { PartnerLoaders } from '../partners/partner.loaders.js';
import { Person } from '../people/person.entity.js';
import { Project } from '../projects/project.entity.js';
import { ActionItem, AgendaItem, Attendance, Decision } from './meeting-parts.entity.js';
import { ActionStatus } from './meeting.enums.js';
import { Meeting } from './meeting.entity.js';

/** `partnerById` is the partners' loader: attendance lines prime it with their organisations. */
export function createMeetingLoaders(dataSource: DataSource, { partnerById }: Pick<PartnerLoaders, 'partnerById'>) {
  const personById = byId(dataSource, Person);
  return {
    groupById: byId(dataSource, WorkingGroup),
    meetingById: byId(dataSource, Meeting),
    personById,
    membershipsByGroupId: byParent(dataSource, GroupMembership, 'groupId', { role: 'ASC', createdAt: 'ASC' }),
    meetingsByGroupId: byParent(dataSource, Meeting, 'groupId', { startsAt: 'ASC' }),
    meetingsReplacedBy: byParent(dataSource, Meeting, 'replacedById', { startsAt: 'ASC' }),
    agendaByMeetingId: byParent(dataSource, AgendaItem, 'meetingId', { position: 'ASC' }),
    // The lines, their people and their organisations in one statement, each person and
    // organisation once (a group's year of meetings names the same few dozen many times over);
    // the people and organisations prime their loaders, where the lines' resolvers find them.
    attendanceByMeetingId: new DataLoader<string, Attendance[]>(async (ids) => {
      const rows: Array<{ kind: 'line' | 'person' | 'partner'; row: Record<string, unknown> }> = await dataSource.query(
        `WITH line AS (SELECT * FROM attendance WHERE meeting_id = ANY($1::uuid[]))
         SELECT kind, row FROM (
           SELECT 'line' AS kind, to_jsonb(l) AS row, row_number() OVER (ORDER BY l.status, l.id) AS n FROM line l
           UNION ALL SELECT 'person', to_jsonb(pe), 0 FROM person pe WHERE pe.id IN (SELECT person_id FROM line)
           UNION ALL SELECT 'partner', to_jsonb(pa) - 'search_document', 0 FROM partner pa WHERE pa.id IN (SELECT partner_id FROM line)
         ) parts ORDER BY n`,
        [[...ids]],
      );
      const lines: Attendance[] = [];
      for (const { kind, row } of rows) {
        if (kind === 'person') personById.prime(row.id as string, entityFromJson(dataSource, Person, row));
        else if (kind === 'partner') partnerById.prime(row.id as string, entityFromJson(dataSource, Partner, row));
        else lines.push(entityFromJson(dataSource, Attendance, row));
      }
      return groupRows(ids, lines, (line) => line.meetingId);
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
