import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Connection } from '../../graphql/connection.js';
import { selectedFields } from '../../graphql/selection.js';
import { requireSignedIn } from '../../auth/policy.js';
import type { HubEvent } from '../../events/event-bus.js';
import { renewForEvent } from '../../events/event-scope.js';
import { imlCaseChangedTopic } from './case-store.js';
import { ImlOutcomeInput, ImlPartyConsentInput, ImlReferralInput, ImlReviewInput } from './iml-case.inputs.js';
import { ImlCaseView } from './iml-case.types.js';
import { ImlSchemeFigures } from './iml-scheme.types.js';
import { ImlCaseState } from './pathway.js';
import { territoryIdOf } from './territory-ref.js';

const ImlCaseConnection = Connection(ImlCaseView, 'ImlCase');

@InputType({ description: 'Ce que l’étape enregistre (selon l’étape)' })
class ImlMoveInput {
  @Field(() => String, { description: 'Date de l’étape (AAAA-MM-JJ)' })
  on!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'Orientation : l’opérateur' })
  operatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Présentation en commission : le logement' })
  offerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Refus ou retrait : le motif' })
  reason?: string | null;

  @Field(() => String, { nullable: true })
  leaseStartsOn?: string | null;

  @Field(() => String, { nullable: true })
  subleaseStartsOn?: string | null;

  @Field(() => String, { nullable: true })
  supportArrangements?: string | null;
}

/** The subscribe step: every case event, kept only when the case is visible to the viewer now. */
async function* visibleCaseChanges({ args, context }: { args: { territory: string }; context: Context }): AsyncGenerator<ImlCaseView> {
  requireSignedIn(context.viewer);
  const territoryId = await territoryIdOf(context, args.territory);
  for await (const event of context.events.subscribe(imlCaseChangedTopic) as AsyncIterable<HubEvent>) {
    // Throws when the session has ended, which ends the subscription.
    await renewForEvent(context, event);
    const view = await context.services.imlCases.findCase(event.id, 'iml_case.live');
    if (view && view.row.territoryId === territoryId) yield view;
  }
}

@ObjectType()
class ImlConsentWithdrawal {
  @Field(() => ImlCaseView, { nullable: true, description: 'Le dossier, s’il vous reste visible' })
  imlCase!: ImlCaseView | null;
}

@Resolver(() => ImlCaseView)
export class ImlCaseResolver {
  @Query(() => ImlCaseConnection, { description: 'Les parcours IML dont vous êtes partie, les plus récemment modifiés d’abord' })
  async imlCases(
    @Arg('territory', () => String) territory: string,
    @Arg('states', () => [ImlCaseState], { nullable: true }) states: ImlCaseState[] | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.imlCases.listCases(await territoryIdOf(ctx, territory), states, first, after);
  }

  @Query(() => ImlCaseView, { nullable: true, description: 'Un parcours IML, si vous en êtes partie (lecture journalisée)' })
  imlCase(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.imlCases.findCase(id, 'iml_case.read', selectedFields(info));
  }

  @Query(() => ImlSchemeFigures, { description: 'Les chiffres du dispositif IML (parties, coordination, financeurs)' })
  async imlSchemeFigures(@Arg('territory', () => String) territory: string, @Ctx() ctx: Context) {
    return ctx.services.imlScheme.figures(await territoryIdOf(ctx, territory));
  }

  @Subscription(() => ImlCaseView, { subscribe: visibleCaseChanges as never, description: 'Un parcours dont vous êtes partie a changé, en direct' })
  imlCaseChanged(@Root() view: ImlCaseView, @Arg('territory', () => String) _territory: string): ImlCaseView {
    return view;
  }

  @Mutation(() => ImlCaseView, { description: 'L’équipe de soin propose une personne (grille « Un toit »)' })
  async referImlCase(@Arg('territory', () => String) territory: string, @Arg('input', () => ImlReferralInput) input: ImlReferralInput, @Ctx() ctx: Context) {
    return ctx.services.imlCases.refer(await territoryIdOf(ctx, territory), input);
  }

  @Mutation(() => ImlCaseView, { description: 'Enregistre le consentement de la personne au partage avec une partie' })
  recordImlConsent(@Arg('input', () => ImlPartyConsentInput) input: ImlPartyConsentInput, @Ctx() ctx: Context) {
    return ctx.services.imlCases.recordConsent(input);
  }

  @Mutation(() => ImlConsentWithdrawal, { description: 'La personne retire un consentement : la partie ne voit plus le dossier' })
  async withdrawImlConsent(@Arg('consentId', () => ID) consentId: string, @Arg('withdrawnOn', () => String) withdrawnOn: string, @Ctx() ctx: Context) {
    return { imlCase: await ctx.services.imlCases.withdrawConsent(consentId, withdrawnOn) };
  }

  @Mutation(() => ImlCaseView, { description: 'Fait franchir une étape au parcours' })
  moveImlCase(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int) version: number,
    @Arg('to', () => ImlCaseState) to: ImlCaseState,
    @Arg('input', () => ImlMoveInput) input: ImlMoveInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.imlPathway.move(caseId, version, to, input);
  }

  @Mutation(() => ImlCaseView, { description: 'Enregistre une évaluation partagée' })
  recordImlReview(@Arg('input', () => ImlReviewInput) input: ImlReviewInput, @Ctx() ctx: Context) {
    return ctx.services.imlPathway.recordReview(input);
  }

  @Mutation(() => ImlCaseView, { description: 'Propose une issue (glissement de bail, réorientation, sortie, prolongation)' })
  proposeImlOutcome(@Arg('input', () => ImlOutcomeInput) input: ImlOutcomeInput, @Ctx() ctx: Context) {
    return ctx.services.imlPathway.proposeOutcome(input);
  }

  @Mutation(() => ImlCaseView, { description: 'Donne ou refuse l’accord de votre partie à une issue proposée' })
  answerImlOutcome(@Arg('decisionId', () => ID) decisionId: string, @Arg('agree', () => Boolean) agree: boolean, @Ctx() ctx: Context) {
    return ctx.services.imlPathway.agreeOutcome(decisionId, agree);
  }
}
