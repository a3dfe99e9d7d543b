import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PartnerFilter } from '../partners/partner.inputs.js';
import { PartnerMarker } from './map.types.js';

@Resolver(() => PartnerMarker)
export class MapResolver {
  @Query(() => [PartnerMarker], {
    description: 'La carte des ressources : les structures de l’annuaire pour ce filtre, sans pagination ni relation',
  })
  partnerMarkers(
    @Arg('filter', () => PartnerFilter, { nullable: true }) filter: PartnerFilter | null,
    @Ctx() ctx: Context,
  ): Promise<PartnerMarker[]> {
    return ctx.services.map.partnerMarkers(filter);
  }
}
