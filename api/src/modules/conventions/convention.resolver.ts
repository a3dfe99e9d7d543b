import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { NotFoundError } from '../../errors/errors.js';
import type { HubEvent } from '../../events/event-bus.js';
import { renewForEvent, subscribeToVisible } from '../../events/event-scope.js';
import type { Context } from '../../graphql/context.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { conventionStatusLabels, ConventionStatus, nextStatuses, PartyRole, partyRoleLabels } from './convention.enums.js';
import { Convention, ConventionDocument, ConventionObjective, ConventionParty, ConventionStatusChange } from './convention.entity.js';
import { conventionChangedTopic } from './convention.service.js';
import { ConventionAlert, ConventionInput } from './convention.types.js';

const subscribeToConvention = subscribeToVisible(conventionChangedTopic, (ctx, args) => ctx.services.conventions.findById(String(args.conventionId)), 'Cette convention n’existe pas.');

@ObjectType({ description: 'Une étape possible du cycle de vie' })
class ConventionStep {
  @Field(() => ConventionStatus)
  status!: ConventionStatus;

  @Field(() => String)
  label!: string;
}

@Resolver(() => Convention)
export class ConventionResolver {
  @Query(() => [Convention], { description: 'Les conventions de partenariat d’un territoire' })
  conventions(@Arg('territory', () => String) territory: string, @Ctx() ctx: Context): Promise<Convention[]> {
    return ctx.services.conventions.list(territory);
  }

  @Query(() => Convention, { nullable: true })
  convention(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<Convention | null> {
    return ctx.services.conventions.findBySlug(slug);
  }

  @Query(() => [ConventionAlert], { description: 'Évaluations et renouvellements à moins de 60 jours ou dépassés (coordination)' })
  conventionAlerts(@Arg('territory', () => String) territory: string, @Ctx() ctx: Context): Promise<ConventionAlert[]> {
    return ctx.services.conventions.alerts(territory);
  }

  @Mutation(() => Convention, { description: 'Crée une convention à l’état de projet (coordination)' })
  createConvention(
    @Arg('territory', () => String) territory: string,
    @Arg('input', () => ConventionInput) input: ConventionInput,
    @Arg('draftedOn', () => String, { nullable: true, description: 'Date du projet (AAAA-MM-JJ), aujourd’hui par défaut : pour enregistrer une convention plus ancienne' })
    draftedOn: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.conventions.create(territory, input, draftedOn);
  }

  @Mutation(() => Convention, { description: 'Modifie les champs et les objectifs d’une convention (coordination)' })
  updateConvention(
    @Arg('conventionId', () => ID) conventionId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ConventionInput) input: ConventionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.conventions.update(conventionId, version, input);
  }

  @Mutation(() => Convention, { description: 'Retire un document joint (coordination)' })
  removeConventionDocument(@Arg('documentId', () => ID) documentId: string, @Ctx() ctx: Context) {
    return ctx.services.conventions.removeDocument(documentId);
  }

  @Subscription(() => Convention, { subscribe: subscribeToConvention as never, description: 'Une convention modifiée, en direct (comptes connectés)' })
  async conventionChanged(@Root() event: HubEvent, @Arg('conventionId', () => ID) _conventionId: string, @Ctx() ctx: Context): Promise<Convention> {
    // The session is checked again for every event.
    await renewForEvent(ctx, event);
    const convention = await ctx.services.conventions.findById(event.id);
    if (!convention) throw new NotFoundError('Cette convention n’existe plus.');
    return convention;
  }

  @Mutation(() => Convention, { description: 'Fait avancer une convention dans son cycle de vie (coordination)' })
  changeConventionStatus(
    @Arg('conventionId', () => ID) conventionId: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => ConventionStatus) status: ConventionStatus,
    @Arg('effectiveOn', () => String) effectiveOn: string,
    @Arg('signedOn', () => String, { nullable: true }) signedOn: string | null,
    @Arg('signedAt', () => String, { nullable: true }) signedAt: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.conventions.changeStatus(conventionId, version, status, effectiveOn, { signedOn, signedAt });
  }

  @Mutation(() => Convention, { description: 'Ajoute ou retire une partie (coordination)' })
  setConventionParty(
    @Arg('conventionId', () => ID) conventionId: string,
    @Arg('version', () => Int) version: number,
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('role', () => PartyRole) role: PartyRole,
    @Arg('present', () => Boolean) present: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.conventions.setParty(conventionId, version, partnerId, role, present);
  }

  @FieldResolver(() => String)
  statusLabel(@Root() convention: Convention): string {
    return conventionStatusLabels[convention.status];
  }

  @FieldResolver(() => [ConventionStep], { description: 'Les étapes qui peuvent suivre' })
  nextSteps(@Root() convention: Convention): ConventionStep[] {
    return nextStatuses[convention.status].map((status) => ({ status, label: conventionStatusLabels[status] }));
  }

  @FieldResolver(() => [ConventionObjective])
  objectives(@Root() convention: Convention, @Ctx() ctx: Context) {
    return ctx.loaders.objectivesByConventionId.load(convention.id);
  }

  @FieldResolver(() => [ConventionParty])
  parties(@Root() convention: Convention, @Ctx() ctx: Context) {
    return ctx.loaders.partiesByConventionId.load(convention.id);
  }

  @FieldResolver(() => [ConventionDocument], { description: 'Les documents joints (comptes du territoire ; vide sinon)' })
  async documents(@Root() convention: Convention, @Ctx() ctx: Context): Promise<ConventionDocument[]> {
    if (!ctx.services.conventions.canReadDocuments(convention)) return [];
    return ctx.loaders.documentsByConventionId.load(convention.id);
  }

  @FieldResolver(() => Boolean, { description: 'La personne peut-elle modifier cette convention ?' })
  viewerCanEdit(@Root() convention: Convention, @Ctx() ctx: Context): boolean {
    return convention.status !== ConventionStatus.ENDED && ctx.services.conventions.isCoordinator(convention);
  }

  @FieldResolver(() => [ConventionStatusChange], { description: 'Le cycle de vie, dans l’ordre' })
  timeline(@Root() convention: Convention, @Ctx() ctx: Context) {
    return ctx.loaders.timelineByConventionId.load(convention.id);
  }

  @FieldResolver(() => [Meeting], { description: 'Les réunions qui l’ont préparée (visibles de la personne)' })
  async preparatoryMeetings(@Root() convention: Convention, @Ctx() ctx: Context): Promise<Meeting[]> {
    const ids = await ctx.loaders.meetingIdsByConventionId.load(convention.id);
    const meetings = await Promise.all(ids.map((id) => ctx.services.meetings.findById(id)));
    return meetings.filter((meeting): meeting is Meeting => Boolean(meeting));
  }
}

@Resolver(() => ConventionParty)
export class ConventionPartyResolver {
  @FieldResolver(() => String)
  roleLabel(@Root() party: ConventionParty): string {
    return partyRoleLabels[party.role];
  }

  @FieldResolver(() => Partner)
  async partner(@Root() party: ConventionParty, @Ctx() ctx: Context): Promise<Partner> {
    return (await ctx.loaders.partnerById.load(party.partnerId))!;
  }
}

@Resolver(() => ConventionDocument)
export class ConventionDocumentResolver {
  @FieldResolver(() => String, { description: 'Adresse de téléchargement (comptes du territoire)' })
  downloadUrl(@Root() document: ConventionDocument): string {
    return `/documents/${document.id}`;
  }
}
