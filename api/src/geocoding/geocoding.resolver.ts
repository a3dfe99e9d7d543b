import { Arg, Ctx, Field, Float, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';

@ObjectType({ description: 'Une adresse trouvée par le service de géocodage (Base Adresse Nationale)' })
export class GeocodedAddress {
  @Field(() => String, { description: 'Adresse complète, à afficher' })
  label!: string;

  @Field(() => String, { nullable: true })
  street!: string | null;

  @Field(() => String, { nullable: true })
  houseNumber!: string | null;

  @Field(() => String, { nullable: true })
  postcode!: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune' })
  communeCode!: string | null;

  @Field(() => String, { nullable: true })
  communeName!: string | null;

  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => Float, { description: 'Confiance entre 0 et 1' })
  score!: number;
}

@Resolver()
export class GeocodingResolver {
  @Query(() => [GeocodedAddress], {
    description: 'Cherche une adresse (5 réponses au plus ; limité par appelant). Erreur SERVICE_UNAVAILABLE si le service ne répond pas : choisir alors la commune dans la liste.',
  })
  geocodeAddress(@Arg('text', () => String) text: string, @Ctx() ctx: Context): Promise<GeocodedAddress[]> {
    return ctx.services.geocoding.search(text, 5);
  }

  @Query(() => Boolean, { description: 'Un service de géocodage est-il configuré ?' })
  geocoderAvailable(@Ctx() ctx: Context): boolean {
    return ctx.services.geocoding.available;
  }
}
