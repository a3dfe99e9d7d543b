import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Partner } from '../partners/partner.entity.js';
import { euros } from '../projects/funding.js';
import { HousingOffer } from './housing-offer.entity.js';
import { HousingOfferInput } from './housing-offer.inputs.js';
import { territoryIdOf } from './territory-ref.js';
import { OfferStatus, offerStatusLabels } from './housing-offer.rules.js';

@ObjectType({ description: 'Un logement suggéré pour un parcours' })
class ImlOfferSuggestion {
  @Field(() => HousingOffer)
  offer!: HousingOffer;

  @Field(() => Int, { description: 'Souhaits satisfaits (commune, services, transports)' })
  score!: number;

  @Field(() => Float, { description: 'Reste à charge mensuel pour la personne (€)' })
  remainingCharge!: number;

  @Field(() => [String])
  reasons!: string[];
}

@Resolver(() => HousingOffer)
export class HousingOfferResolver {
  @FieldResolver(() => Float, { description: 'Loyer mensuel (€)' })
  rent(@Root() offer: HousingOffer): number {
    return euros(offer.rentCents);
  }

  @FieldResolver(() => Float, { description: 'Charges mensuelles (€)' })
  charges(@Root() offer: HousingOffer): number {
    return euros(offer.chargesCents);
  }

  @FieldResolver(() => String)
  statusLabel(@Root() offer: HousingOffer): string {
    return offerStatusLabels[offer.status];
  }

  @FieldResolver(() => Partner, { nullable: true })
  landlord(@Root() offer: HousingOffer, @Ctx() ctx: Context) {
    return ctx.loaders.partnerById.load(offer.landlordId);
  }

  @Query(() => [HousingOffer], { description: 'Les logements proposés pour l’IML (les vôtres pour un bailleur)' })
  async housingOffers(
    @Arg('territory', () => String) territory: string,
    @Arg('statuses', () => [OfferStatus], { nullable: true }) statuses: OfferStatus[] | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.housingOffers.list(await territoryIdOf(ctx, territory), statuses);
  }

  @Query(() => [ImlOfferSuggestion], { description: 'Les logements disponibles classés pour un parcours (opérateur, coordination)' })
  async imlOfferSuggestions(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<ImlOfferSuggestion[]> {
    const suggestions = await ctx.services.housingOffers.suggestionsFor(caseId);
    const offers = await ctx.services.housingOffers.byIds(suggestions.map((s) => s.offerId));
    return suggestions.map((s) => ({ offer: offers.get(s.offerId)!, score: s.score, remainingCharge: euros(s.remainingChargeCents), reasons: s.reasons }));
  }

  @Mutation(() => HousingOffer, { description: 'Un bailleur publie un logement pour l’IML' })
  async publishHousingOffer(
    @Arg('territory', () => String) territory: string,
    @Arg('landlordId', () => ID, { description: 'Le bailleur (votre structure)' }) landlordId: string,
    @Arg('input', () => HousingOfferInput) input: HousingOfferInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.housingOffers.publish(await territoryIdOf(ctx, territory), landlordId, input);
  }

  @Mutation(() => HousingOffer, { description: 'Modifie un logement publié' })
  updateHousingOffer(
    @Arg('offerId', () => ID) offerId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => HousingOfferInput) input: HousingOfferInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.housingOffers.update(offerId, version, input);
  }

  @Mutation(() => HousingOffer, { description: 'Retire un logement disponible' })
  withdrawHousingOffer(@Arg('offerId', () => ID) offerId: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return ctx.services.housingOffers.withdraw(offerId, version);
  }
}
