import { ArgsType, Field, Float, InputType, Int } from 'type-graphql';
import { PartnerKind, Sector } from './partner.enums.js';

@InputType({ description: 'Un rectangle de la carte, en degrés (WGS 84)' })
export class BoundingBox {
  @Field(() => Float)
  south!: number;

  @Field(() => Float)
  west!: number;

  @Field(() => Float)
  north!: number;

  @Field(() => Float)
  east!: number;
}

@InputType({ description: 'Recherche et filtres de l’annuaire ; les critères se combinent' })
export class PartnerFilter {
  @Field(() => String, { nullable: true, description: 'Texte libre : nom, sigle, description, thématiques, fonctions' })
  search?: string | null;

  @Field(() => [Sector], { nullable: true })
  sectors?: Sector[] | null;

  @Field(() => [PartnerKind], { nullable: true })
  kinds?: PartnerKind[] | null;

  @Field(() => [String], { nullable: true, description: 'Noms de communes' })
  communes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Codes de thématiques data·inclusion' })
  themes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Identifiant (slug) du territoire' })
  territory?: string | null;

  @Field(() => BoundingBox, { nullable: true, description: 'Les structures situées dans ce rectangle de la carte' })
  box?: BoundingBox | null;
}

@ArgsType()
export class PartnersArgs {
  @Field(() => PartnerFilter, { nullable: true })
  filter?: PartnerFilter | null;

  @Field(() => Int, { nullable: true, description: 'Taille de la page (1 à 100, 20 par défaut)' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Curseur après lequel reprendre' })
  after?: string | null;
}
