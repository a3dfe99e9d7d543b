import type { DataSource } from 'typeorm';
import { canEditGroup, canReadGroup, partnersOf, requireCoordinator, requireGroupEditor, requireSignedIn, territoriesOf } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { bumpVersion } from '../../db/optimistic-lock.js';
import { ForbiddenError, NotFoundError } from '../../errors/errors.js';
import { uniqueSlug } from '../../db/unique-slug.js';
import { optionalText, requiredText } from '../../text/input.js';
import { publishEvent } from '../../events/event-bus.js';
import { recordAudit } from '../audit/audit.service.js';
import type { MeetingLoaders } from '../meetings/meeting.loaders.js';
import { Territory } from '../territories/territory.entity.js';
import { GroupRole, GroupStatus, MembershipStatus } from './group.enums.js';
import { GroupMembership } from './group-membership.entity.js';
import { WorkingGroup } from './working-group.entity.js';

export const groupChangedTopic = 'group.changed';

export interface GroupFields {
  name?: string | null;
  theme?: string | null;
  purpose?: string | null;
  status?: GroupStatus | null;
  isPublic?: boolean | null;
}

// Absent (undefined) leaves a field as it is.
const ifGiven = (value: string | null | undefined, label: string, max: number, field: string) =>
  value === undefined ? undefined : optionalText(value, label, max, field);

/** Working groups: who reads them, who animates them, who joins them. */
export class GroupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly loaders: MeetingLoaders,
  ) {}

  async animatorPersonIds(groupId: string): Promise<string[]> {
    const memberships = await this.loaders.membershipsByGroupId.load(groupId);
    return memberships
      .filter((m) => m.role === GroupRole.ANIMATOR && m.status === MembershipStatus.ACTIVE && m.personId)
      .map((m) => m.personId!);
  }

  async canEdit(group: WorkingGroup): Promise<boolean> {
    return canEditGroup(this.viewer, group, await this.animatorPersonIds(group.id));
  }

  async requireEditor(groupId: string) {
    const group = await this.loaders.groupById.load(groupId);
    if (!group || !canReadGroup(this.viewer, group)) throw new NotFoundError('Ce groupe n’existe pas.');
    const user = requireGroupEditor(this.viewer, group, await this.animatorPersonIds(group.id));
    return { group, user };
  }

  async list(territorySlug: string, statuses: GroupStatus[] | null): Promise<WorkingGroup[]> {
    const groups: WorkingGroup[] = await this.dataSource
      .getRepository(WorkingGroup)
      .createQueryBuilder('g')
      .innerJoin(Territory, 't', 't.id = g.territory_id')
      .where('t.slug = :territorySlug', { territorySlug })
      .andWhere(statuses?.length ? 'g.status IN (:...statuses)' : 'TRUE', { statuses })
      .andWhere('(g.is_public OR g.territory_id IN (:...mine))', { mine: [...territoriesOf(this.viewer), '00000000-0000-0000-0000-000000000000'] })
      .orderBy(`CASE g.status WHEN 'ACTIVE' THEN 0 WHEN 'PROPOSED' THEN 1 ELSE 2 END`)
      .addOrderBy('g.name')
      .getMany();
    for (const group of groups) this.loaders.groupById.prime(group.id, group);
    return groups;
  }

  async findVisibleById(id: string): Promise<WorkingGroup | null> {
    const group = await this.loaders.groupById.load(id);
    return group && canReadGroup(this.viewer, group) ? group : null;
  }

  async findBySlug(slug: string): Promise<WorkingGroup | null> {
    const group = await this.dataSource.getRepository(WorkingGroup).findOneBy({ slug: slug.slice(0, 100) });
    return group && canReadGroup(this.viewer, group) ? group : null;
  }

  async create(territorySlug: string, fields: GroupFields): Promise<WorkingGroup> {
    const territory = await this.dataSource.getRepository(Territory).findOneBy({ slug: territorySlug });
    if (!territory) throw new NotFoundError('Ce territoire n’existe pas.');
    const user = requireCoordinator(this.viewer, territory.id);
    const name = requiredText(fields.name, 'Nom', 200, 'name');
    return this.dataSource.transaction(async (manager) => {
      const group = await manager.getRepository(WorkingGroup).save(
        manager.getRepository(WorkingGroup).create({
          territoryId: territory.id,
          slug: await uniqueSlug(manager, 'working_group', name, 'groupe'),
          name,
          theme: optionalText(fields.theme, 'Thème', 200, 'theme'),
          purpose: optionalText(fields.purpose, 'Objectif', 2000, 'purpose'),
          status: fields.status ?? GroupStatus.PROPOSED,
          isPublic: fields.isPublic ?? true,
        }),
      );
      await recordAudit(manager, { action: 'group.created', actorUserId: user.userId, targetType: 'group', targetId: group.id, territoryId: territory.id });
      return group;
    });
  }

  async update(groupId: string, version: number, fields: GroupFields): Promise<WorkingGroup> {
    const { group, user } = await this.requireEditor(groupId);
    const changes: Partial<WorkingGroup> = {};
    if (fields.name !== undefined) changes.name = requiredText(fields.name, 'Nom', 200, 'name');
    const theme = ifGiven(fields.theme, 'Thème', 200, 'theme');
    if (theme !== undefined) changes.theme = theme;
    const purpose = ifGiven(fields.purpose, 'Objectif', 2000, 'purpose');
    if (purpose !== undefined) changes.purpose = purpose;
    if (fields.status) changes.status = fields.status;
    if (fields.isPublic !== undefined && fields.isPublic !== null) changes.isPublic = fields.isPublic;
    await this.dataSource.transaction(async (manager) => {
      await bumpVersion(manager, 'working_group', group.id, version);
      if (Object.keys(changes).length) await manager.getRepository(WorkingGroup).update(group.id, changes);
      await publishEvent(manager, { topic: groupChangedTopic, id: group.id });
      await recordAudit(manager, { action: 'group.updated', actorUserId: user.userId, targetType: 'group', targetId: group.id, details: { fields: Object.keys(changes) } });
    });
    this.loaders.groupById.clear(group.id);
    return (await this.loaders.groupById.load(group.id))!;
  }

  /** A person asks to join, for themself or for an organisation they act for. */
  async requestToJoin(groupId: string, partnerId: string | null): Promise<GroupMembership> {
    const user = requireSignedIn(this.viewer);
    const group = await this.loaders.groupById.load(groupId);
    if (!group || !canReadGroup(user, group)) throw new NotFoundError('Ce groupe n’existe pas.');
    if (!territoriesOf(user).has(group.territoryId)) throw new ForbiddenError('Réservé aux partenaires du territoire.');
    if (partnerId && !partnersOf(user, group.territoryId).has(partnerId)) {
      throw new ForbiddenError('Vous ne pouvez demander l’adhésion que pour votre structure.');
    }
    const memberships = await this.loaders.membershipsByGroupId.load(groupId);
    const existing = memberships.find((m) => (partnerId ? m.partnerId === partnerId : m.personId === user.personId && !m.partnerId));
    if (existing) return existing;
    return this.dataSource.transaction(async (manager) => {
      const membership = await manager.getRepository(GroupMembership).save({
        groupId,
        personId: partnerId ? null : user.personId,
        partnerId,
        role: GroupRole.MEMBER,
        status: MembershipStatus.REQUESTED,
        requestedBy: user.userId,
      });
      await publishEvent(manager, { topic: groupChangedTopic, id: groupId });
      return membership;
    });
  }

  async decideRequest(membershipId: string, accept: boolean): Promise<WorkingGroup> {
    const membership = await this.dataSource.getRepository(GroupMembership).findOneBy({ id: membershipId });
    if (!membership) throw new NotFoundError('Cette demande n’existe pas.');
    const { group, user } = await this.requireEditor(membership.groupId);
    await this.dataSource.transaction(async (manager) => {
      if (accept) await manager.getRepository(GroupMembership).update(membership.id, { status: MembershipStatus.ACTIVE });
      else await manager.getRepository(GroupMembership).delete(membership.id);
      await publishEvent(manager, { topic: groupChangedTopic, id: group.id });
      await recordAudit(manager, { action: accept ? 'group.join_accepted' : 'group.join_refused', actorUserId: user.userId, targetType: 'group', targetId: group.id });
    });
    this.loaders.membershipsByGroupId.clear(group.id);
    return group;
  }
}
