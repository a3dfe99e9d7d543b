import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { NotFoundError } from '../../errors/errors.js';
import type { HubEvent } from '../../events/event-bus.js';
import { renewForEvent, subscribeToVisible } from '../../events/event-scope.js';
import type { Context } from '../../graphql/context.js';
import { WorkingGroup } from '../groups/working-group.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { Person } from '../people/person.entity.js';
import { ActionItem, AgendaItem, Attendance, Decision } from './meeting-parts.entity.js';
import { ActionStatus, bodyLabels, MeetingBody } from './meeting.enums.js';
import { Meeting } from './meeting.entity.js';
import { meetingChangedTopic } from './meeting.service.js';
import { ActionInput, AgendaMinutesInput, AttendanceInput, AttendanceLine, MeetingFieldsInput } from './meeting.types.js';

const subscribeToMeeting = subscribeToVisible(meetingChangedTopic, (ctx, args) => ctx.services.meetings.findById(String(args.meetingId)), 'Cette réunion n’existe pas.');

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true })
  meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Meeting | null> {
    return ctx.services.meetings.findById(id);
  }

  @Query(() => [Meeting], { description: 'Les prochaines réunions visibles d’un territoire' })
  upcomingMeetings(@Arg('territory', () => String) territory: string, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: Context) {
    return ctx.services.meetings.upcoming(territory, first);
  }

  @Query(() => [Meeting], { description: 'Mes réunions : celles de mes groupes et celles où je suis invité' })
  myMeetings(@Ctx() ctx: Context): Promise<Meeting[]> {
    return ctx.services.meetings.mine();
  }

  @Query(() => [ActionItem], { description: 'Les actions ouvertes que je porte, ou que porte ma structure' })
  myActions(@Ctx() ctx: Context): Promise<ActionItem[]> {
    return ctx.services.meetings.myActions();
  }

  @Query(() => [ActionItem], { description: 'Les actions ouvertes du territoire, les plus urgentes d’abord (coordination)' })
  territoryOpenActions(
    @Arg('territory', () => String) territory: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<ActionItem[]> {
    return ctx.services.meetings.openActionsOf(territory, first);
  }

  @Mutation(() => Meeting, { description: 'Programme une réunion ; les actions ouvertes du groupe passent à son ordre du jour' })
  createMeeting(
    @Arg('territory', () => String) territory: string,
    @Arg('body', () => MeetingBody) body: MeetingBody,
    @Arg('groupId', () => ID, { nullable: true }) groupId: string | null,
    @Arg('fields', () => MeetingFieldsInput) fields: MeetingFieldsInput,
    @Arg('agenda', () => [String], { defaultValue: [] }) agenda: string[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.create({ territorySlug: territory, body, groupId, fields, agenda });
  }

  @Mutation(() => Meeting, { description: 'Déplace ou modifie une réunion' })
  updateMeeting(@Arg('meetingId', () => ID) meetingId: string, @Arg('version', () => Int) version: number, @Arg('fields', () => MeetingFieldsInput) fields: MeetingFieldsInput, @Ctx() ctx: Context) {
    return ctx.services.meetings.reschedule(meetingId, version, fields);
  }

  @Mutation(() => Meeting, { description: 'Annule une réunion, remplacée le cas échéant par une autre' })
  cancelMeeting(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('version', () => Int) version: number,
    @Arg('replacedById', () => ID, { nullable: true }) replacedById: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.cancel(meetingId, version, replacedById ?? null);
  }

  @Mutation(() => Meeting)
  markMeetingHeld(@Arg('meetingId', () => ID) meetingId: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return ctx.services.meetings.markHeld(meetingId, version);
  }

  @Mutation(() => Meeting, { description: 'Enregistre le compte rendu (général et par point)' })
  saveMinutes(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('version', () => Int) version: number,
    @Arg('minutes', () => String, { nullable: true }) minutes: string | null,
    @Arg('items', () => [AgendaMinutesInput], { defaultValue: [] }) items: AgendaMinutesInput[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.saveMinutes(meetingId, version, minutes ?? null, items.map((i) => ({ agendaItemId: i.agendaItemId, minutes: i.minutes ?? null })));
  }

  @Mutation(() => Meeting)
  addAgendaItem(@Arg('meetingId', () => ID) meetingId: string, @Arg('title', () => String) title: string, @Ctx() ctx: Context) {
    return ctx.services.meetings.addAgendaItem(meetingId, title);
  }

  @Mutation(() => Meeting, { description: 'Remplit la feuille d’émargement' })
  setAttendance(@Arg('meetingId', () => ID) meetingId: string, @Arg('entries', () => [AttendanceInput]) entries: AttendanceInput[], @Ctx() ctx: Context) {
    return ctx.services.meetings.setAttendance(meetingId, entries);
  }

  @Mutation(() => Meeting)
  addDecision(@Arg('meetingId', () => ID) meetingId: string, @Arg('text', () => String) text: string, @Ctx() ctx: Context) {
    return ctx.services.meetings.addDecision(meetingId, text);
  }

  @Mutation(() => Meeting)
  addAction(@Arg('meetingId', () => ID) meetingId: string, @Arg('action', () => ActionInput) action: ActionInput, @Ctx() ctx: Context) {
    return ctx.services.meetings.addAction(meetingId, action);
  }

  @Mutation(() => ActionItem)
  setActionStatus(@Arg('actionId', () => ID) actionId: string, @Arg('version', () => Int) version: number, @Arg('status', () => ActionStatus) status: ActionStatus, @Ctx() ctx: Context) {
    return ctx.services.meetings.setActionStatus(actionId, version, status);
  }

  @Subscription(() => Meeting, { subscribe: subscribeToMeeting as never, description: 'Une réunion modifiée, en direct (comptes connectés)' })
  async meetingChanged(@Root() event: HubEvent, @Arg('meetingId', () => ID) _meetingId: string, @Ctx() ctx: Context): Promise<Meeting> {
    // Permissions follow the event: a closed session, a role removed or a group no longer visible stop it.
    const shared = await renewForEvent(ctx, event);
    const row = await shared.meetings.load(event.id);
    if (row) ctx.loaders.meetingById.prime(row.id, row);
    const group = row?.groupId ? await shared.groups.load(row.groupId) : null;
    if (group) ctx.loaders.groupById.prime(group.id, group);
    const meeting = await ctx.services.meetings.findById(event.id);
    if (!meeting) throw new NotFoundError('Cette réunion n’est plus visible.');
    return meeting;
  }

  @FieldResolver(() => String)
  bodyLabel(@Root() meeting: Meeting): string {
    return bodyLabels[meeting.body];
  }

  @FieldResolver(() => WorkingGroup, { nullable: true })
  group(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return meeting.groupId ? ctx.loaders.groupById.load(meeting.groupId) : null;
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'Structure d’accueil' })
  hostPartner(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return meeting.hostPartnerId ? ctx.loaders.partnerById.load(meeting.hostPartnerId) : null;
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'La réunion qui remplace celle-ci (annulée)' })
  replacedBy(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return meeting.replacedById ? ctx.services.meetings.findById(meeting.replacedById) : null;
  }

  @FieldResolver(() => [Meeting], { description: 'Les réunions annulées que celle-ci remplace' })
  replaces(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.meetingsReplacedBy.load(meeting.id);
  }

  @FieldResolver(() => [AgendaItem])
  agenda(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.agendaByMeetingId.load(meeting.id);
  }

  @FieldResolver(() => [AttendanceLine], { description: 'Feuille d’émargement' })
  attendance(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Attendance[]> {
    return ctx.loaders.attendanceByMeetingId.load(meeting.id);
  }

  @FieldResolver(() => [Decision])
  decisions(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.decisionsByMeetingId.load(meeting.id);
  }

  @FieldResolver(() => [ActionItem])
  actions(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.actionsByMeetingId.load(meeting.id);
  }

  @FieldResolver(() => Boolean)
  viewerCanEdit(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.meetings.canEdit(meeting);
  }

  @FieldResolver(() => String, { description: 'Adresse du fichier iCalendar de la réunion' })
  calendarPath(@Root() meeting: Meeting): string {
    return `/calendrier/reunions/${meeting.id}.ics`;
  }
}

@Resolver(() => Partner)
export class PartnerActionsResolver {
  @FieldResolver(() => [ActionItem], { description: 'Actions ouvertes portées par la structure (membres du territoire)' })
  async openActions(@Root() partner: Partner, @Ctx() ctx: Context): Promise<ActionItem[]> {
    if (!(await ctx.services.partnerEditing.contactDetailsVisible(partner.id))) return [];
    const actions = await ctx.loaders.openActionsByOwnerPartnerId.load(partner.id);
    // An action of a group the viewer may not read stays hidden.
    const visible = await Promise.all(actions.map(async (action) => Boolean(await ctx.services.meetings.findById(action.meetingId))));
    return actions.filter((_, i) => visible[i]);
  }
}

@Resolver(() => AttendanceLine)
export class AttendanceLineResolver {
  @FieldResolver(() => Person, { nullable: true })
  person(@Root() line: AttendanceLine, @Ctx() ctx: Context) {
    return line.personId ? ctx.loaders.personById.load(line.personId) : null;
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() line: AttendanceLine, @Ctx() ctx: Context) {
    return line.partnerId ? ctx.loaders.partnerById.load(line.partnerId) : null;
  }
}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @FieldResolver(() => Person, { nullable: true })
  ownerPerson(@Root() action: ActionItem, @Ctx() ctx: Context) {
    return action.ownerPersonId ? ctx.loaders.personById.load(action.ownerPersonId) : null;
  }

  @FieldResolver(() => Partner, { nullable: true })
  ownerPartner(@Root() action: ActionItem, @Ctx() ctx: Context) {
    return action.ownerPartnerId ? ctx.loaders.partnerById.load(action.ownerPartnerId) : null;
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'La réunion où l’action a été décidée' })
  meeting(@Root() action: ActionItem, @Ctx() ctx: Context) {
    return ctx.services.meetings.findById(action.meetingId);
  }
}
