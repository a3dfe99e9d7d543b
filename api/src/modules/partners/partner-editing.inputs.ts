import { Field, ID, InputType, Int } from 'type-graphql';
import { PartnerKind, Sector } from './partner.enums.js';

// Absent fields are left as they are; null clears an optional field.
@InputType({ description: 'Champs d’une fiche de l’annuaire' })
export class PartnerFieldsInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  shortName?: string | null;

  @Field(() => Sector, { nullable: true })
  sector?: Sector | null;

  @Field(() => PartnerKind, { nullable: true })
  kind?: PartnerKind | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  commune?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Format OSM opening_hours' })
  openingHours?: string | null;

  @Field(() => String, { nullable: true, description: 'SIRET (14 chiffres) : l’identifiant qui relie la fiche aux annuaires nationaux' })
  siret?: string | null;

  @Field(() => [String], { nullable: true, description: 'Codes de thématiques data·inclusion' })
  themes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Codes de publics data·inclusion' })
  publics?: string[] | null;
}

@InputType()
export class ContactFieldsInput {
  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  function?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType({ description: 'La version lue avant modification : une version dépassée est refusée (CONFLICT)' })
export class VersionedPartnerInput {
  @Field(() => ID)
  partnerId!: string;

  @Field(() => Int)
  version!: number;
}
