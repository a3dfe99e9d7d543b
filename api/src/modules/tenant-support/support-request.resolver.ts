import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { requireSignedIn } from '../../auth/policy.js';
import type { HubEvent } from '../../events/event-bus.js';
import { renewForEvent } from '../../events/event-scope.js';
import type { Context } from '../../graphql/context.js';
import { territoryIdOf } from '../housing/territory-ref.js';
import { Partner } from '../partners/partner.entity.js';
import { supportContacts, SupportContactGroup } from './support-contacts.js';
import { supportEvaluation, SupportEvaluation } from './support-evaluation.js';
import { canReadSupportField } from './support-request.policy.js';
import { supportActionLabels, supportStepLabels, type SupportAction, type SupportStepKind } from './support-request.rules.js';
import { supportRequestChangedTopic } from './support-request.service.js';
import { SupportClinicalNote, SupportRequestAlert, SupportRequestInput, SupportRequestView, SupportStepInput, SupportStepView, SupportTenant } from './support-request.types.js';

/** Every request event, kept only when the request is the viewer's now (re-read under its scope). */
async function* visibleRequestChanges({ args, context }: { args: { territory: string }; context: Context }): AsyncGenerator<SupportRequestView> {
  requireSignedIn(context.viewer);
  const territoryId = await territoryIdOf(context, args.territory);
  for await (const event of context.events.subscribe(supportRequestChangedTopic) as AsyncIterable<HubEvent>) {
    // Throws when the session has ended, which ends the subscription.
    await renewForEvent(context, event);
    const view = await context.services.supportRequests.find(event.id);
    if (view && view.row.territoryId === territoryId) yield view;
  }
}

@Resolver(() => SupportRequestView)
export class SupportRequestResolver {
  @Query(() => [SupportRequestView], { description: 'Vos demandes de soutien (référent bailleur ou CMP), les ouvertes d’abord' })
  async supportRequests(@Arg('territory', () => String) territory: string, @Ctx() ctx: Context) {
    return ctx.services.supportRequests.list(await territoryIdOf(ctx, territory));
  }

  @Query(() => SupportRequestView, { nullable: true, description: 'Une demande, si vous en êtes partie (lecture journalisée)' })
  supportRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.supportRequests.find(id);
  }

  @Query(() => [SupportRequestAlert], { description: 'Demandes sans accusé de réception depuis plus de 3 jours (coordination : toutes ; CMP : les siennes)' })
  async supportRequestAlerts(@Arg('territory', () => String) territory: string, @Ctx() ctx: Context) {
    return ctx.services.supportRequests.alerts(await territoryIdOf(ctx, territory));
  }

  @Query(() => [SupportContactGroup], { description: 'Les référents des bailleurs et les correspondants des CMP' })
  async supportContacts(@Arg('territory', () => String) territory: string, @Ctx() ctx: Context) {
    return supportContacts(ctx.dataSource, ctx.viewer, await territoryIdOf(ctx, territory));
  }

  @Query(() => SupportEvaluation, { description: 'L’évaluation annuelle de la procédure (chiffres seulement)' })
  async supportEvaluation(@Arg('territory', () => String) territory: string, @Arg('year', () => Int) year: number, @Ctx() ctx: Context) {
    return supportEvaluation(ctx.dataSource, ctx.viewer, await territoryIdOf(ctx, territory), year);
  }

  @Subscription(() => SupportRequestView, { subscribe: visibleRequestChanges as never, description: 'Une de vos demandes a changé, en direct' })
  supportRequestChanged(@Root() view: SupportRequestView, @Arg('territory', () => String) _territory: string): SupportRequestView {
    return view;
  }

  @Mutation(() => SupportRequestView, { description: 'Un référent bailleur signale une situation préoccupante au CMP du secteur' })
  async reportSupportRequest(@Arg('territory', () => String) territory: string, @Arg('input', () => SupportRequestInput) input: SupportRequestInput, @Ctx() ctx: Context) {
    return ctx.services.supportRequests.report(territory, await territoryIdOf(ctx, territory), input);
  }

  @Mutation(() => SupportRequestView, { description: 'Une étape du suivi (accusé de réception, demande d’informations, réponse, action, clôture)' })
  takeSupportStep(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('input', () => SupportStepInput) input: SupportStepInput, @Ctx() ctx: Context) {
    return ctx.services.supportRequests.step(id, version, input);
  }

  @Mutation(() => SupportRequestView, { description: 'Ajoute une note clinique (CMP seulement)' })
  addSupportClinicalNote(@Arg('id', () => ID) id: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context) {
    return ctx.services.supportRequests.addClinicalNote(id, note);
  }

  @FieldResolver(() => Partner, { nullable: true })
  landlord(@Root() view: SupportRequestView, @Ctx() ctx: Context) {
    return ctx.loaders.partnerById.load(view.row.landlordId);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'Le CMP du secteur' })
  cmp(@Root() view: SupportRequestView, @Ctx() ctx: Context) {
    return ctx.loaders.partnerById.load(view.row.cmpId);
  }

  @FieldResolver(() => SupportTenant, { nullable: true, description: 'Le locataire (avec son consentement ; lecture journalisée)' })
  tenant(@Root() view: SupportRequestView, @Ctx() ctx: Context) {
    if (!view.row.withConsent || !canReadSupportField('tenant', view.parties)) return null;
    return ctx.loaders.supportTenant.load(view.id);
  }

  @FieldResolver(() => [SupportStepView], { description: 'Les étapes datées du suivi' })
  async steps(@Root() view: SupportRequestView, @Ctx() ctx: Context): Promise<SupportStepView[]> {
    if (!canReadSupportField('steps', view.parties)) return [];
    return (await ctx.loaders.supportSteps.load(view.id)).map((step) => ({
      kind: step.kind as SupportStepKind,
      label: supportStepLabels[step.kind as SupportStepKind],
      action: step.action as SupportAction | null,
      actionLabel: step.action ? supportActionLabels[step.action as SupportAction] : null,
      message: step.message,
      at: step.at,
    }));
  }

  @FieldResolver(() => [SupportClinicalNote], { nullable: true, description: 'Notes cliniques (CMP seulement ; lecture journalisée)' })
  clinicalNotes(@Root() view: SupportRequestView, @Ctx() ctx: Context) {
    if (!canReadSupportField('clinicalNotes', view.parties)) return null;
    return ctx.loaders.supportClinicalNotes.load(view.id);
  }
}
