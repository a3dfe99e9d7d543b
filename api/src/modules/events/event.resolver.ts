import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { NotFoundError } from '../../errors/errors.js';
import type { HubEvent } from '../../events/event-bus.js';
import { renewForEvent, subscribeToVisible } from '../../events/event-scope.js';
import type { Context } from '../../graphql/context.js';
import { Partner } from '../partners/partner.entity.js';
import { Project } from '../projects/project.entity.js';
import { communeCentroid } from '../geo/communes.js';
import { Edition, EventRegistration, ProjectEvent } from './event.entity.js';
import { audienceLabels, EventKind, EventStatus, eventStatusLabels } from './event.enums.js';
import { communeMap, communeName } from './event.map.js';
import { editionProgrammeChangedTopic } from './event.service.js';
import { CommuneMap, EditionFieldsInput, EventFieldsInput, EventSubmissionInput } from './event.types.js';

const subscribeToEdition = subscribeToVisible(
  editionProgrammeChangedTopic,
  (ctx, args) => ctx.loaders.editionById.load(String(args.editionId)).catch(() => null),
  'Cette édition n’existe pas.',
);

@Resolver(() => Edition)
export class EditionResolver {
  @Query(() => Edition, { nullable: true, description: 'Une édition (sism-2020…)' })
  edition(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<Edition | null> {
    return ctx.services.events.editionBySlug(slug);
  }

  @Query(() => [Edition], { description: 'Les éditions des projets d’un territoire, les plus récentes d’abord' })
  editions(@Arg('territory', () => String) territory: string, @Ctx() ctx: Context): Promise<Edition[]> {
    return ctx.services.events.editions(territory);
  }

  @Query(() => CommuneMap, { description: 'Les contours des communes de Metz Métropole, pour la carte du programme' })
  communeMap(): CommuneMap {
    return communeMap();
  }

  @Mutation(() => Edition, { description: 'Crée l’édition d’une année (coordination)' })
  createEdition(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('year', () => Int) year: number,
    @Arg('fields', () => EditionFieldsInput) fields: EditionFieldsInput,
    @Ctx() ctx: Context,
  ): Promise<Edition> {
    return ctx.services.events.createEdition(projectId, year, fields);
  }

  @Mutation(() => Edition, { description: 'Modifie le thème, les dates ou l’ouverture des propositions (coordination)' })
  updateEdition(
    @Arg('editionId', () => ID) editionId: string,
    @Arg('version', () => Int) version: number,
    @Arg('fields', () => EditionFieldsInput) fields: EditionFieldsInput,
    @Ctx() ctx: Context,
  ): Promise<Edition> {
    return ctx.services.events.updateEdition(editionId, version, fields);
  }

  @Subscription(() => Edition, { subscribe: subscribeToEdition as never, description: 'Le programme d’une édition a changé (comptes connectés)' })
  async editionProgrammeChanged(@Root() event: HubEvent, @Arg('editionId', () => ID) _editionId: string, @Ctx() ctx: Context): Promise<Edition> {
    // Permissions follow the event: the session must still be open.
    await renewForEvent(ctx, event);
    const edition = await ctx.loaders.editionById.load(event.id);
    if (!edition) throw new NotFoundError('Cette édition n’existe plus.');
    return edition;
  }

  @FieldResolver(() => Project)
  async project(@Root() edition: Edition, @Ctx() ctx: Context): Promise<Project> {
    return (await ctx.loaders.eventProjectById.load(edition.projectId))!;
  }

  @FieldResolver(() => [ProjectEvent], { description: 'Le programme : événements acceptés et annulés, par date' })
  programme(@Root() edition: Edition, @Ctx() ctx: Context): Promise<ProjectEvent[]> {
    return ctx.loaders.programmeByEditionId.load(edition.id);
  }

  @FieldResolver(() => [ProjectEvent], { description: 'Propositions hors programme visibles de la personne (les siennes ; toutes pour la coordination)' })
  submissions(@Root() edition: Edition, @Ctx() ctx: Context): Promise<ProjectEvent[]> {
    return ctx.services.events.submissions(edition);
  }

  @FieldResolver(() => Int, { description: 'Nombre d’événements au programme (hors annulés)' })
  async eventCount(@Root() edition: Edition, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.programmeByEditionId.load(edition.id)).filter((e) => e.status === EventStatus.ACCEPTED).length;
  }

  @FieldResolver(() => Int, { description: 'Participants comptés, tous événements' })
  async totalAttendance(@Root() edition: Edition, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.programmeByEditionId.load(edition.id)).reduce((sum, e) => sum + (e.status === EventStatus.ACCEPTED ? (e.attendance ?? 0) : 0), 0);
  }

  @FieldResolver(() => Int, { description: 'Structures organisatrices distinctes des événements au programme' })
  async organiserCount(@Root() edition: Edition, @Ctx() ctx: Context): Promise<number> {
    const events = (await ctx.loaders.programmeByEditionId.load(edition.id)).filter((e) => e.status === EventStatus.ACCEPTED);
    const lists = await ctx.loaders.organiserIdsByEventId.loadMany(events.map((e) => e.id));
    return new Set(lists.flatMap((list) => (Array.isArray(list) ? list : []))).size;
  }

  @FieldResolver(() => Boolean, { description: 'La personne peut proposer un événement (partenaire du territoire, propositions ouvertes)' })
  async viewerCanSubmit(@Root() edition: Edition, @Ctx() ctx: Context): Promise<boolean> {
    if (!edition.submissionsOpen || ctx.viewer.kind !== 'user') return false;
    const territoryId = await ctx.services.events.territoryIdOf(edition);
    return ctx.services.events.isCoordinatorFor(territoryId) || ctx.viewer.grants.some((g) => g.territoryId === territoryId && g.partnerId);
  }

  @FieldResolver(() => Boolean, { description: 'La personne coordonne l’édition (décide des propositions)' })
  async viewerIsCoordinator(@Root() edition: Edition, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.events.isCoordinatorFor(await ctx.services.events.territoryIdOf(edition));
  }

  @FieldResolver(() => [Partner], { description: 'Les structures au nom desquelles la personne peut proposer' })
  async viewerPartners(@Root() edition: Edition, @Ctx() ctx: Context): Promise<Partner[]> {
    if (ctx.viewer.kind !== 'user') return [];
    const territoryId = await ctx.services.events.territoryIdOf(edition);
    const ids = ctx.viewer.grants.filter((g) => g.territoryId === territoryId && g.partnerId).map((g) => g.partnerId!);
    const partners = await ctx.loaders.partnerById.loadMany([...new Set(ids)]);
    return partners.filter((p): p is Partner => Boolean(p) && !(p instanceof Error));
  }

  @FieldResolver(() => String, { description: 'Adresse du fichier iCalendar du programme' })
  calendarPath(@Root() edition: Edition): string {
    return `/calendrier/editions/${edition.slug}.ics`;
  }
}

@Resolver(() => ProjectEvent)
export class ProjectEventResolver {
  @Query(() => ProjectEvent, { nullable: true, description: 'Un événement ou une session, s’il est visible' })
  event(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ProjectEvent | null> {
    return ctx.services.events.findEvent(id);
  }

  @Query(() => [ProjectEvent], { description: 'Propositions en attente de décision (coordination)' })
  pendingEventSubmissions(@Arg('territory', () => String) territory: string, @Ctx() ctx: Context): Promise<ProjectEvent[]> {
    return ctx.services.events.pendingSubmissions(territory);
  }

  @Query(() => [ProjectEvent], { description: 'Sessions de formation de sensibilisation, par date' })
  trainingSessions(
    @Arg('territory', () => String) territory: string,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Ctx() ctx: Context,
  ): Promise<ProjectEvent[]> {
    return ctx.services.events.trainingSessions(territory, from ?? null);
  }

  @Mutation(() => ProjectEvent, { description: 'Propose un événement pour une édition, au nom d’une structure organisatrice' })
  submitEvent(@Arg('input', () => EventSubmissionInput) input: EventSubmissionInput, @Ctx() ctx: Context): Promise<ProjectEvent> {
    const { editionId, ...fields } = input;
    return ctx.services.events.submit(editionId, fields);
  }

  @Mutation(() => ProjectEvent, { description: 'Accepte ou refuse une proposition (coordination)' })
  decideEvent(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('version', () => Int) version: number,
    @Arg('accept', () => Boolean) accept: boolean,
    @Ctx() ctx: Context,
  ): Promise<ProjectEvent> {
    return ctx.services.events.decide(eventId, version, accept);
  }

  @Mutation(() => ProjectEvent, { description: 'Modifie un événement (son auteur tant qu’il est proposé, la coordination toujours)' })
  updateEvent(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('version', () => Int) version: number,
    @Arg('fields', () => EventFieldsInput) fields: EventFieldsInput,
    @Ctx() ctx: Context,
  ): Promise<ProjectEvent> {
    return ctx.services.events.update(eventId, version, fields);
  }

  @Mutation(() => ProjectEvent, { description: 'Annule un événement du programme ou une session' })
  cancelEvent(@Arg('eventId', () => ID) eventId: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context): Promise<ProjectEvent> {
    return ctx.services.events.cancel(eventId, version);
  }

  @Mutation(() => ProjectEvent, { description: 'Note le nombre de participants, après l’événement' })
  recordEventAttendance(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('version', () => Int) version: number,
    @Arg('attendance', () => Int) attendance: number,
    @Ctx() ctx: Context,
  ): Promise<ProjectEvent> {
    return ctx.services.events.recordAttendance(eventId, version, attendance);
  }

  @Mutation(() => ProjectEvent, { description: 'Programme une session de formation (coordination)' })
  createTrainingSession(
    @Arg('territory', () => String) territory: string,
    @Arg('fields', () => EventFieldsInput) fields: EventFieldsInput,
    @Ctx() ctx: Context,
  ): Promise<ProjectEvent> {
    return ctx.services.events.createTrainingSession(territory, fields);
  }

  @Mutation(() => EventRegistration, { description: 'M’inscrit à une session de formation' })
  registerForEvent(@Arg('eventId', () => ID) eventId: string, @Ctx() ctx: Context): Promise<EventRegistration> {
    return ctx.services.events.registerSelf(eventId);
  }

  @Mutation(() => EventRegistration, { description: 'Inscrit une personne à une session (coordination)' })
  addRegistration(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('fullName', () => String) fullName: string,
    @Arg('partnerId', () => ID, { nullable: true }) partnerId: string | null,
    @Ctx() ctx: Context,
  ): Promise<EventRegistration> {
    return ctx.services.events.addRegistration(eventId, fullName, partnerId ?? null);
  }

  @Mutation(() => ProjectEvent, { description: 'Annule une inscription (la sienne ; toutes pour la coordination)' })
  cancelRegistration(@Arg('registrationId', () => ID) registrationId: string, @Ctx() ctx: Context): Promise<ProjectEvent> {
    return ctx.services.events.cancelRegistration(registrationId);
  }

  @Mutation(() => ProjectEvent, { description: 'Feuille d’émargement d’une session : les présents, et le nombre de participants qui s’en déduit' })
  setAttendanceSheet(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('version', () => Int) version: number,
    @Arg('presentRegistrationIds', () => [ID]) presentRegistrationIds: string[],
    @Ctx() ctx: Context,
  ): Promise<ProjectEvent> {
    return ctx.services.events.setAttendanceSheet(eventId, version, presentRegistrationIds);
  }

  @FieldResolver(() => [Partner], { description: 'Structures organisatrices' })
  async organisers(@Root() event: ProjectEvent, @Ctx() ctx: Context): Promise<Partner[]> {
    const ids = await ctx.loaders.organiserIdsByEventId.load(event.id);
    const partners = await ctx.loaders.partnerById.loadMany(ids);
    return partners.filter((p): p is Partner => Boolean(p) && !(p instanceof Error));
  }

  @FieldResolver(() => Edition, { nullable: true })
  edition(@Root() event: ProjectEvent, @Ctx() ctx: Context) {
    return event.editionId ? ctx.loaders.editionById.load(event.editionId) : null;
  }

  @FieldResolver(() => Project)
  async project(@Root() event: ProjectEvent, @Ctx() ctx: Context): Promise<Project> {
    return (await ctx.loaders.eventProjectById.load(event.projectId))!;
  }

  @FieldResolver(() => String, { nullable: true })
  communeName(@Root() event: ProjectEvent): string | null {
    return event.communeCode ? communeName(event.communeCode) : null;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Latitude du lieu, sinon du centre de la commune' })
  latitude(@Root() event: ProjectEvent): number | null {
    return event.latitude ?? (event.communeCode ? (communeCentroid(event.communeCode)?.latitude ?? null) : null);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Longitude du lieu, sinon du centre de la commune' })
  longitude(@Root() event: ProjectEvent): number | null {
    return event.longitude ?? (event.communeCode ? (communeCentroid(event.communeCode)?.longitude ?? null) : null);
  }

  @FieldResolver(() => String)
  audienceLabel(@Root() event: ProjectEvent): string {
    return audienceLabels[event.audience];
  }

  @FieldResolver(() => String)
  statusLabel(@Root() event: ProjectEvent): string {
    return eventStatusLabels[event.status];
  }

  @FieldResolver(() => Int, { description: 'Nombre d’inscrits' })
  registeredCount(@Root() event: ProjectEvent, @Ctx() ctx: Context): Promise<number> | number {
    return event.kind === EventKind.TRAINING ? ctx.loaders.registrationCountByEventId.load(event.id) : 0;
  }

  @FieldResolver(() => [EventRegistration], { nullable: true, description: 'Liste des inscrits (coordination seulement ; null sinon)' })
  registrations(@Root() event: ProjectEvent, @Ctx() ctx: Context): Promise<EventRegistration[] | null> {
    return ctx.services.events.registrations(event);
  }

  @FieldResolver(() => EventRegistration, { nullable: true, description: 'Mon inscription, s’il y en a une' })
  myRegistration(@Root() event: ProjectEvent, @Ctx() ctx: Context): Promise<EventRegistration | null> {
    return ctx.services.events.myRegistration(event);
  }

  @FieldResolver(() => Boolean, { description: 'Proposé par la personne' })
  submittedByViewer(@Root() event: ProjectEvent, @Ctx() ctx: Context): boolean {
    return ctx.viewer.kind === 'user' && event.submittedBy === ctx.viewer.userId;
  }

  @FieldResolver(() => Boolean, { description: 'La personne coordonne (décide, modifie, émarge)' })
  async viewerIsCoordinator(@Root() event: ProjectEvent, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.events.isCoordinatorFor(await ctx.services.events.territoryIdOf(event));
  }
}

@Resolver(() => EventRegistration)
export class EventRegistrationResolver {
  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() registration: EventRegistration, @Ctx() ctx: Context) {
    return registration.partnerId ? ctx.loaders.partnerById.load(registration.partnerId) : null;
  }
}

@Resolver(() => Project)
export class ProjectEditionsResolver {
  @FieldResolver(() => [Edition], { description: 'Les éditions annuelles du projet, les plus récentes d’abord' })
  editions(@Root() project: Project, @Ctx() ctx: Context): Promise<Edition[]> {
    return ctx.loaders.editionsByProjectId.load(project.id);
  }

  @FieldResolver(() => [ProjectEvent], { description: 'Les sessions de formation du projet, par date' })
  trainingSessions(@Root() project: Project, @Ctx() ctx: Context): Promise<ProjectEvent[]> {
    return ctx.loaders.trainingSessionsByProjectId.load(project.id);
  }
}
