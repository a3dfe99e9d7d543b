import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { territoryIdOf } from '../housing/territory-ref.js';
import { CommissionSessionInput, CommissionSessionView, CommissionSituationView } from './commission.types.js';

@Resolver(() => CommissionSessionView)
export class CommissionResolver {
  @Query(() => [CommissionSessionView], { description: 'Les séances de la commission dont votre structure est membre (coordination : toutes)' })
  async commissionSessions(@Arg('territory', () => String) territory: string, @Ctx() ctx: Context) {
    return ctx.services.commission.list(await territoryIdOf(ctx, territory));
  }

  @Query(() => [CommissionSituationView], { description: 'Les dossiers d’une séance : de la publication de l’ordre du jour à la fin de la consultation' })
  commissionSituations(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    return ctx.services.commission.situations(sessionId);
  }

  @Query(() => String, { description: 'Le compte rendu, identifiants retirés (coordination)' })
  commissionMinutes(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    return ctx.services.commission.minutes(sessionId);
  }

  @Mutation(() => CommissionSessionView, { description: 'La coordination réunit une séance' })
  async conveneCommission(@Arg('territory', () => String) territory: string, @Arg('input', () => CommissionSessionInput) input: CommissionSessionInput, @Ctx() ctx: Context) {
    return ctx.services.commission.convene(await territoryIdOf(ctx, territory), input);
  }

  @Mutation(() => CommissionSessionView, { description: 'Publie l’ordre du jour : les membres consultent les dossiers' })
  publishCommissionAgenda(@Arg('sessionId', () => ID) sessionId: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return ctx.services.commission.publishAgenda(sessionId, version);
  }

  @Mutation(() => CommissionSituationView, { description: 'Un membre inscrit une situation, sous pseudonyme, avec le minimum de faits' })
  addCommissionSituation(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('partnerId', () => ID, { description: 'Votre structure membre' }) partnerId: string,
    @Arg('facts', () => String) facts: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.commission.addSituation(sessionId, partnerId, facts);
  }

  @Mutation(() => CommissionSituationView, { description: 'La décision et la structure qui assure le suivi' })
  recordCommissionDecision(
    @Arg('situationId', () => ID) situationId: string,
    @Arg('decision', () => String) decision: string,
    @Arg('followUpPartnerId', () => ID, { nullable: true }) followUpPartnerId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.commission.recordDecision(situationId, decision, followUpPartnerId);
  }
}
