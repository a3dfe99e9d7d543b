import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Sector } from '../partners/partner.enums.js';

@ObjectType({ description: 'Une structure de l’annuaire sur la carte : le strict nécessaire pour un marqueur' })
export class PartnerMarker {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  shortName!: string | null;

  @Field(() => Sector)
  sector!: Sector;

  @Field(() => String)
  sectorLabel!: string;

  @Field(() => String)
  kindLabel!: string;

  @Field(() => String, { nullable: true })
  commune!: string | null;

  @Field(() => Float, { nullable: true, description: 'Vide si la structure n’est pas encore géolocalisée' })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;
}
