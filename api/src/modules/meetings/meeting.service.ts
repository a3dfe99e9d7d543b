import type { DataSource, EntityManager } from 'typeorm';
import { canReadGroup, isCoordinatorOf, partnersOf, requireCoordinator, requireSignedIn, territoriesOf } from '../../auth/policy.js';
import type { SignedInViewer, Viewer } from '../../auth/viewer.js';
import { bumpVersion } from '../../db/optimistic-lock.js';
import { NotFoundError, UserInputError } from '../../errors/errors.js';
import { publishEvent } from '../../events/event-bus.js';
import { optionalText, requiredText } from '../../text/input.js';
import { recordAudit } from '../audit/audit.service.js';
import { groupChangedTopic, type GroupService } from '../groups/group.service.js';
import { Territory } from '../territories/territory.entity.js';
import { ActionItem, AgendaItem, Attendance, Decision } from './meeting-parts.entity.js';
import { ActionStatus, AttendanceStatus, MeetingBody, MeetingStatus } from './meeting.enums.js';
import { Meeting } from './meeting.entity.js';
import type { MeetingLoaders } from './meeting.loaders.js';

export const meetingChangedTopic = 'meeting.changed';

export interface MeetingFields {
  title?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  place?: string | null;
  videoUrl?: string | null;
  hostPartnerId?: string | null;
}

export interface AttendanceEntry {
  personId?: string | null;
  partnerId?: string | null;
  status: AttendanceStatus;
}

export interface ActionFields {
  title: string;
  ownerPersonId?: string | null;
  ownerPartnerId?: string | null;
  dueDate?: string | null;
}

function checkSchedule(startsAt: Date, endsAt: Date): void {
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime())) throw new UserInputError('Date invalide.', 'startsAt');
  if (endsAt <= startsAt) throw new UserInputError('La fin doit suivre le début.', 'endsAt');
}

function checkVideoUrl(url: string | null): string | null {
  if (url && !/^https:\/\/[^\s]+$/i.test(url)) throw new UserInputError('Le lien de visioconférence doit commencer par https://.', 'videoUrl');
  return url;
}

/** Meetings of groups and of the CLSM's bodies, with everything written during them. */
export class MeetingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly loaders: MeetingLoaders,
    private readonly groups: GroupService,
  ) {}

  /** Meetings of a readable group are readable; those of the bodies are public. */
  async canRead(meeting: Meeting): Promise<boolean> {
    if (!meeting.groupId) return true;
    const group = await this.loaders.groupById.load(meeting.groupId);
    return Boolean(group && canReadGroup(this.viewer, group));
  }

  async canEdit(meeting: Meeting): Promise<boolean> {
    if (!meeting.groupId) return isCoordinatorOf(this.viewer, meeting.territoryId);
    const group = await this.loaders.groupById.load(meeting.groupId);
    return Boolean(group && (await this.groups.canEdit(group)));
  }

  async findById(id: string): Promise<Meeting | null> {
    const meeting = await this.loaders.meetingById.load(id);
    return meeting && (await this.canRead(meeting)) ? meeting : null;
  }

  private async requireEditable(meetingId: string): Promise<{ meeting: Meeting; user: SignedInViewer }> {
    const meeting = await this.findById(meetingId);
    if (!meeting) throw new NotFoundError('Cette réunion n’existe pas.');
    const user = requireSignedIn(this.viewer);
    if (meeting.groupId) await this.groups.requireEditor(meeting.groupId);
    else requireCoordinator(user, meeting.territoryId);
    return { meeting, user };
  }

  /** Runs a change of a meeting in one transaction, tells its subscribers, and audits it. */
  private async change(
    meetingId: string,
    action: string,
    work: (manager: EntityManager, meeting: Meeting, user: SignedInViewer) => Promise<void>,
  ): Promise<Meeting> {
    const { meeting, user } = await this.requireEditable(meetingId);
    await this.dataSource.transaction(async (manager) => {
      await work(manager, meeting, user);
      await publishEvent(manager, { topic: meetingChangedTopic, id: meeting.id });
      if (meeting.groupId) await publishEvent(manager, { topic: groupChangedTopic, id: meeting.groupId });
      await recordAudit(manager, { action, actorUserId: user.userId, targetType: 'meeting', targetId: meeting.id, territoryId: meeting.territoryId });
    });
    for (const loader of Object.values(this.loaders)) loader.clearAll();
    return (await this.loaders.meetingById.load(meeting.id))!;
  }

  async upcoming(territorySlug: string, first: number): Promise<Meeting[]> {
    const mine = [...territoriesOf(this.viewer), '00000000-0000-0000-0000-000000000000'];
    return this.dataSource
      .getRepository(Meeting)
      .createQueryBuilder('m')
      .innerJoin(Territory, 't', 't.id = m.territory_id')
      .leftJoin('working_group', 'g', 'g.id = m.group_id')
      .where('t.slug = :territorySlug AND m.ends_at >= now()', { territorySlug })
      .andWhere('(m.group_id IS NULL OR g.is_public OR g.territory_id IN (:...mine))', { mine })
      .orderBy('m.starts_at')
      .limit(Math.min(Math.max(first, 1), 100))
      .getMany();
  }

  /** Meetings of the groups the person or their organisations belong to, and those they attend. */
  async mine(): Promise<Meeting[]> {
    const user = requireSignedIn(this.viewer);
    const partners = [...partnersOf(user), '00000000-0000-0000-0000-000000000000'];
    return this.dataSource
      .getRepository(Meeting)
      .createQueryBuilder('m')
      .where(`m.starts_at > now() - interval '90 days'`)
      .andWhere(
        `(EXISTS (SELECT 1 FROM group_membership gm WHERE gm.group_id = m.group_id AND gm.status = 'ACTIVE'
                   AND (gm.person_id = :person OR gm.partner_id IN (:...partners)))
          OR EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id AND (a.person_id = :person OR a.partner_id IN (:...partners))))`,
        { person: user.personId, partners },
      )
      .orderBy('m.starts_at')
      .limit(100)
      .getMany();
  }

  /** Open actions the person owes, or one of their organisations owes. */
  async myActions(): Promise<ActionItem[]> {
    const user = requireSignedIn(this.viewer);
    return this.dataSource
      .getRepository(ActionItem)
      .createQueryBuilder('a')
      .where('a.status = :open', { open: ActionStatus.OPEN })
      .andWhere('(a.owner_person_id = :person OR a.owner_partner_id IN (:...partners))', {
        person: user.personId,
        partners: [...partnersOf(user), '00000000-0000-0000-0000-000000000000'],
      })
      .orderBy('a.due_date', 'ASC', 'NULLS LAST')
      .getMany();
  }

  /** The territory's open actions, the overdue and the soonest due first: the coordinator's follow-up. */
  async openActionsOf(territorySlug: string, first: number): Promise<ActionItem[]> {
    const territory = await this.dataSource.getRepository(Territory).findOneBy({ slug: territorySlug.slice(0, 200) });
    if (!territory) throw new NotFoundError('Ce territoire n’existe pas.');
    requireCoordinator(this.viewer, territory.id);
    return this.dataSource
      .getRepository(ActionItem)
      .createQueryBuilder('a')
      .innerJoin(Meeting, 'm', 'm.id = a.meeting_id')
      .where('a.status = :open', { open: ActionStatus.OPEN })
      .andWhere('m.territory_id = :territory', { territory: territory.id })
      .orderBy('a.due_date', 'ASC', 'NULLS LAST')
      .addOrderBy('a.created_at', 'ASC')
      .limit(Math.min(Math.max(first, 1), 200))
      .getMany();
  }

  /**
   * A new meeting. For a group, the group's open actions come onto its agenda, so nothing
   * owed is forgotten from one meeting to the next.
   */
  async create(input: {
    territorySlug: string;
    groupId?: string | null;
    body: MeetingBody;
    fields: MeetingFields;
    agenda: string[];
  }): Promise<Meeting> {
    const territory = await this.dataSource.getRepository(Territory).findOneBy({ slug: input.territorySlug });
    if (!territory) throw new NotFoundError('Ce territoire n’existe pas.');
    let user: SignedInViewer;
    if (input.body === MeetingBody.GROUP) {
      if (!input.groupId) throw new UserInputError('Une réunion de groupe demande son groupe.', 'groupId');
      ({ user } = await this.groups.requireEditor(input.groupId));
    } else {
      if (input.groupId) throw new UserInputError('Une réunion d’instance n’appartient à aucun groupe.', 'groupId');
      user = requireCoordinator(this.viewer, territory.id);
    }
    const title = requiredText(input.fields.title, 'Titre', 200, 'title');
    const startsAt = input.fields.startsAt;
    const endsAt = input.fields.endsAt;
    if (!startsAt || !endsAt) throw new UserInputError('Indiquez le début et la fin.', 'startsAt');
    checkSchedule(startsAt, endsAt);
    if (input.agenda.length > 50) throw new UserInputError('Ordre du jour trop long (50 points au plus).', 'agenda');
    const meeting = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(Meeting).save(
        manager.getRepository(Meeting).create({
          territoryId: territory.id,
          groupId: input.groupId ?? null,
          body: input.body,
          title,
          startsAt,
          endsAt,
          place: optionalText(input.fields.place, 'Lieu', 300, 'place'),
          videoUrl: checkVideoUrl(optionalText(input.fields.videoUrl, 'Lien de visioconférence', 500, 'videoUrl')),
          hostPartnerId: input.fields.hostPartnerId ?? null,
          status: MeetingStatus.PLANNED,
        }),
      );
      const items = input.agenda.map((title) => ({ title: requiredText(title, 'Point de l’ordre du jour', 300, 'agenda'), carriedActionId: null as string | null }));
      if (input.groupId) {
        const open = await manager.getRepository(ActionItem).find({
          where: { groupId: input.groupId, status: ActionStatus.OPEN },
          order: { createdAt: 'ASC' },
        });
        items.push(...open.map((action) => ({ title: `Suivi de l’action : ${action.title}`, carriedActionId: action.id })));
      }
      if (items.length) {
        await manager.getRepository(AgendaItem).insert(items.map((item, position) => ({ ...item, meetingId: saved.id, position })));
      }
      if (input.groupId) await publishEvent(manager, { topic: groupChangedTopic, id: input.groupId });
      await recordAudit(manager, { action: 'meeting.created', actorUserId: user.userId, targetType: 'meeting', targetId: saved.id, territoryId: territory.id });
      return saved;
    });
    return meeting;
  }

  reschedule(meetingId: string, version: number, fields: MeetingFields): Promise<Meeting> {
    return this.change(meetingId, 'meeting.updated', async (manager, meeting) => {
      await bumpVersion(manager, 'meeting', meeting.id, version);
      const startsAt = fields.startsAt ?? meeting.startsAt;
      const endsAt = fields.endsAt ?? meeting.endsAt;
      checkSchedule(startsAt, endsAt);
      await manager.getRepository(Meeting).update(meeting.id, {
        title: fields.title === undefined || fields.title === null ? meeting.title : requiredText(fields.title, 'Titre', 200, 'title'),
        startsAt,
        endsAt,
        timeUnknown: fields.startsAt ? false : meeting.timeUnknown,
        place: fields.place === undefined ? meeting.place : optionalText(fields.place, 'Lieu', 300, 'place'),
        videoUrl: fields.videoUrl === undefined ? meeting.videoUrl : checkVideoUrl(optionalText(fields.videoUrl, 'Lien de visioconférence', 500, 'videoUrl')),
        hostPartnerId: fields.hostPartnerId === undefined ? meeting.hostPartnerId : fields.hostPartnerId,
      });
    });
  }

  /** Cancels a meeting, optionally pointing to the one that replaces it. */
  cancel(meetingId: string, version: number, replacedById: string | null): Promise<Meeting> {
    return this.change(meetingId, 'meeting.cancelled', async (manager, meeting) => {
      if (replacedById) {
        if (replacedById === meeting.id) throw new UserInputError('Une réunion ne peut pas se remplacer elle-même.', 'replacedById');
        const replacement = await manager.getRepository(Meeting).findOneBy({ id: replacedById });
        if (!replacement || replacement.territoryId !== meeting.territoryId) throw new NotFoundError('La réunion de remplacement n’existe pas.');
        const [{ loops }] = await manager.query(
          `WITH RECURSIVE chain(id) AS (SELECT $1::uuid UNION SELECT m.replaced_by_id FROM meeting m JOIN chain c ON m.id = c.id WHERE m.replaced_by_id IS NOT NULL)
           SELECT EXISTS (SELECT 1 FROM chain WHERE id = $2) AS loops`,
          [replacedById, meeting.id],
        );
        if (loops) throw new UserInputError('Ce remplacement formerait une boucle.', 'replacedById');
      }
      await bumpVersion(manager, 'meeting', meeting.id, version);
      await manager.getRepository(Meeting).update(meeting.id, { status: MeetingStatus.CANCELLED, replacedById });
    });
  }

  markHeld(meetingId: string, version: number): Promise<Meeting> {
    return this.change(meetingId, 'meeting.held', async (manager, meeting) => {
      if (meeting.status === MeetingStatus.CANCELLED) throw new UserInputError('Une réunion annulée ne peut pas être tenue.', 'status');
      await bumpVersion(manager, 'meeting', meeting.id, version);
      await manager.getRepository(Meeting).update(meeting.id, { status: MeetingStatus.HELD });
    });
  }

  /** Minutes are one text per agenda item plus a general part; two editors cannot overwrite each other. */
  saveMinutes(meetingId: string, version: number, minutes: string | null, items: Array<{ agendaItemId: string; minutes: string | null }>): Promise<Meeting> {
    return this.change(meetingId, 'meeting.minutes_saved', async (manager, meeting) => {
      await bumpVersion(manager, 'meeting', meeting.id, version);
      await manager.getRepository(Meeting).update(meeting.id, { minutes: optionalText(minutes, 'Compte rendu', 50_000, 'minutes') });
      const agenda = new Set((await manager.getRepository(AgendaItem).findBy({ meetingId: meeting.id })).map((item) => item.id));
      for (const item of items) {
        if (!agenda.has(item.agendaItemId)) throw new NotFoundError('Ce point n’est pas à l’ordre du jour de cette réunion.');
        await manager.getRepository(AgendaItem).update(item.agendaItemId, { minutes: optionalText(item.minutes, 'Compte rendu du point', 20_000, 'items') });
      }
    });
  }

  addAgendaItem(meetingId: string, title: string): Promise<Meeting> {
    return this.change(meetingId, 'meeting.agenda_changed', async (manager, meeting) => {
      const [{ position }] = await manager.query(`SELECT coalesce(max(position) + 1, 0)::int AS position FROM agenda_item WHERE meeting_id = $1`, [meeting.id]);
      await manager.getRepository(AgendaItem).insert({ meetingId: meeting.id, position, title: requiredText(title, 'Point de l’ordre du jour', 300, 'agenda') });
    });
  }

  /** The attendance sheet, filled line by line (on a phone, during the meeting). */
  setAttendance(meetingId: string, entries: AttendanceEntry[]): Promise<Meeting> {
    return this.change(meetingId, 'meeting.attendance_changed', async (manager, meeting) => {
      if (entries.length > 200) throw new UserInputError('Trop de lignes à la fois.', 'entries');
      for (const entry of entries) {
        if (!entry.personId === !entry.partnerId && !entry.partnerId) throw new UserInputError('Chaque ligne désigne une personne ou une structure.', 'entries');
        const where = { meetingId: meeting.id, personId: entry.personId ?? undefined, partnerId: entry.personId ? undefined : (entry.partnerId ?? undefined) };
        const existing = await manager
          .getRepository(Attendance)
          .createQueryBuilder('a')
          .setLock('pessimistic_write')
          .where('a.meeting_id = :meetingId', { meetingId: meeting.id })
          .andWhere(entry.personId ? 'a.person_id = :personId' : 'a.person_id IS NULL AND a.partner_id = :partnerId', where)
          .getOne();
        if (existing) await manager.getRepository(Attendance).update(existing.id, { status: entry.status, partnerId: entry.partnerId ?? existing.partnerId });
        else await manager.getRepository(Attendance).insert({ meetingId: meeting.id, personId: entry.personId ?? null, partnerId: entry.partnerId ?? null, status: entry.status });
      }
    });
  }

  addDecision(meetingId: string, decision: string): Promise<Meeting> {
    return this.change(meetingId, 'meeting.decision_added', async (manager, meeting) => {
      const [{ position }] = await manager.query(`SELECT coalesce(max(position) + 1, 0)::int AS position FROM decision WHERE meeting_id = $1`, [meeting.id]);
      await manager.getRepository(Decision).insert({ meetingId: meeting.id, position, text: requiredText(decision, 'Décision', 2000, 'text') });
    });
  }

  addAction(meetingId: string, fields: ActionFields): Promise<Meeting> {
    return this.change(meetingId, 'meeting.action_added', async (manager, meeting) => {
      if (fields.dueDate && !/^\d{4}-\d{2}-\d{2}$/.test(fields.dueDate)) throw new UserInputError('Échéance au format AAAA-MM-JJ.', 'dueDate');
      await manager.getRepository(ActionItem).insert({
        meetingId: meeting.id,
        groupId: meeting.groupId,
        title: requiredText(fields.title, 'Action', 500, 'title'),
        ownerPersonId: fields.ownerPersonId ?? null,
        ownerPartnerId: fields.ownerPartnerId ?? null,
        dueDate: fields.dueDate ?? null,
        status: ActionStatus.OPEN,
      });
    });
  }

  async setActionStatus(actionId: string, version: number, status: ActionStatus): Promise<ActionItem> {
    const action = await this.dataSource.getRepository(ActionItem).findOneBy({ id: actionId });
    if (!action) throw new NotFoundError('Cette action n’existe pas.');
    await this.change(action.meetingId, 'meeting.action_changed', async (manager) => {
      await bumpVersion(manager, 'action_item', action.id, version);
      await manager.getRepository(ActionItem).update(action.id, { status });
    });
    return this.dataSource.getRepository(ActionItem).findOneByOrFail({ id: actionId });
  }
}
