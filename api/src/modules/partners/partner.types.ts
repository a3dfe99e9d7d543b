import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { Partner } from './partner.entity.js';
import { PartnerKind, Sector } from './partner.enums.js';

export const PartnerConnection = Connection(Partner, 'Partner');

@ObjectType({ description: 'Position géographique' })
export class GeoPoint {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@ObjectType({ description: 'Un secteur, avec le nombre de partenaires qui en relèvent' })
export class SectorInfo {
  @Field(() => Sector)
  code!: Sector;

  @Field(() => String, { description: 'Libellé en français' })
  label!: string;

  @Field(() => Int)
  partnerCount!: number;
}

@ObjectType()
export class PartnerKindInfo {
  @Field(() => PartnerKind)
  code!: PartnerKind;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  partnerCount!: number;
}

@ObjectType({ description: 'Une valeur de filtre (commune, thématique) et son nombre de partenaires' })
export class FacetValue {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  partnerCount!: number;
}

@ObjectType({ description: 'Les valeurs proposées par les filtres de l’annuaire' })
export class DirectoryFacets {
  @Field(() => [SectorInfo])
  sectors!: SectorInfo[];

  @Field(() => [PartnerKindInfo])
  kinds!: PartnerKindInfo[];

  @Field(() => [FacetValue])
  communes!: FacetValue[];

  @Field(() => [FacetValue])
  themes!: FacetValue[];
}
