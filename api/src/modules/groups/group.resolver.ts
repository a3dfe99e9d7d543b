import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { NotFoundError } from '../../errors/errors.js';
import type { HubEvent } from '../../events/event-bus.js';
import { renewForEvent, subscribeToVisible } from '../../events/event-scope.js';
import type { Context } from '../../graphql/context.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { Person } from '../people/person.entity.js';
import { Territory } from '../territories/territory.entity.js';
import { GroupRole, GroupStatus, MembershipStatus } from './group.enums.js';
import { groupChangedTopic } from './group.service.js';
import { GroupFieldsInput, GroupParticipant } from './group.types.js';
import { WorkingGroup } from './working-group.entity.js';

const subscribeToGroup = subscribeToVisible(groupChangedTopic, (ctx, args) => ctx.services.groups.findBySlug(String(args.slug)), 'Ce groupe n’existe pas.');

@Resolver(() => WorkingGroup)
export class GroupResolver {
  @Query(() => [WorkingGroup], { description: 'Les groupes de travail visibles d’un territoire' })
  groups(
    @Arg('territory', () => String) territory: string,
    @Arg('statuses', () => [GroupStatus], { nullable: true }) statuses: GroupStatus[] | null,
    @Ctx() ctx: Context,
  ): Promise<WorkingGroup[]> {
    return ctx.services.groups.list(territory, statuses ?? null);
  }

  @Query(() => WorkingGroup, { nullable: true })
  group(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<WorkingGroup | null> {
    return ctx.services.groups.findBySlug(slug);
  }

  @Mutation(() => WorkingGroup, { description: 'Crée un groupe (coordination)' })
  createGroup(@Arg('territory', () => String) territory: string, @Arg('fields', () => GroupFieldsInput) fields: GroupFieldsInput, @Ctx() ctx: Context) {
    return ctx.services.groups.create(territory, fields);
  }

  @Mutation(() => WorkingGroup, { description: 'Modifie un groupe (animateurs, coordination)' })
  updateGroup(
    @Arg('groupId', () => ID) groupId: string,
    @Arg('version', () => Int) version: number,
    @Arg('fields', () => GroupFieldsInput) fields: GroupFieldsInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.groups.update(groupId, version, fields);
  }

  @Mutation(() => GroupParticipant, { description: 'Demande à rejoindre un groupe, pour soi ou pour sa structure' })
  requestToJoinGroup(@Arg('groupId', () => ID) groupId: string, @Arg('partnerId', () => ID, { nullable: true }) partnerId: string | null, @Ctx() ctx: Context) {
    return ctx.services.groups.requestToJoin(groupId, partnerId ?? null);
  }

  @Mutation(() => WorkingGroup, { description: 'Accepte ou refuse une demande (animateurs, coordination)' })
  decideJoinRequest(@Arg('membershipId', () => ID) membershipId: string, @Arg('accept', () => Boolean) accept: boolean, @Ctx() ctx: Context) {
    return ctx.services.groups.decideRequest(membershipId, accept);
  }

  @Subscription(() => WorkingGroup, { subscribe: subscribeToGroup as never, description: 'Un groupe modifié, en direct (comptes connectés)' })
  async groupChanged(@Root() event: HubEvent, @Arg('slug', () => String) _slug: string, @Ctx() ctx: Context): Promise<WorkingGroup> {
    await renewForEvent(ctx, event);
    const group = await ctx.loaders.groupById.load(event.id);
    if (!group || !(await ctx.services.groups.findBySlug(group.slug))) throw new NotFoundError('Ce groupe n’est plus visible.');
    return group;
  }

  @FieldResolver(() => Territory)
  async territory(@Root() group: WorkingGroup, @Ctx() ctx: Context): Promise<Territory> {
    return (await ctx.loaders.territoryById.load(group.territoryId))!;
  }

  @FieldResolver(() => [GroupParticipant], { description: 'Animateurs : personnes et structures co-animatrices' })
  async animators(@Root() group: WorkingGroup, @Ctx() ctx: Context) {
    return (await ctx.loaders.membershipsByGroupId.load(group.id)).filter((m) => m.role === GroupRole.ANIMATOR && m.status === MembershipStatus.ACTIVE);
  }

  @FieldResolver(() => [GroupParticipant])
  async members(@Root() group: WorkingGroup, @Ctx() ctx: Context) {
    return (await ctx.loaders.membershipsByGroupId.load(group.id)).filter((m) => m.role === GroupRole.MEMBER && m.status === MembershipStatus.ACTIVE);
  }

  @FieldResolver(() => [GroupParticipant], { description: 'Demandes d’adhésion en attente (animateurs, coordination)' })
  async pendingRequests(@Root() group: WorkingGroup, @Ctx() ctx: Context) {
    if (!(await ctx.services.groups.canEdit(group))) return [];
    return (await ctx.loaders.membershipsByGroupId.load(group.id)).filter((m) => m.status === MembershipStatus.REQUESTED);
  }

  @FieldResolver(() => [Meeting], { description: 'Les réunions du groupe, dans l’ordre chronologique' })
  meetings(@Root() group: WorkingGroup, @Ctx() ctx: Context): Promise<Meeting[]> {
    return ctx.loaders.meetingsByGroupId.load(group.id);
  }

  @FieldResolver(() => Boolean)
  viewerCanEdit(@Root() group: WorkingGroup, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.groups.canEdit(group);
  }
}

@Resolver(() => GroupParticipant)
export class GroupParticipantResolver {
  @FieldResolver(() => Person, { nullable: true })
  person(@Root() participant: GroupParticipant, @Ctx() ctx: Context) {
    return participant.personId ? ctx.loaders.personById.load(participant.personId) : null;
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() participant: GroupParticipant, @Ctx() ctx: Context) {
    return participant.partnerId ? ctx.loaders.partnerById.load(participant.partnerId) : null;
  }
}
