import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ImlCaseState } from './pathway.js';

@ObjectType({ description: 'Places du dispositif une année' })
export class ImlPlacesYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Logements financés' })
  places!: number;

  @Field(() => Int, { description: 'Personnes logées dans l’année (sous-location en cours à un moment de l’année)' })
  used!: number;
}

@ObjectType({ description: 'Nombre de parcours dans un état' })
export class ImlStateCount {
  @Field(() => ImlCaseState)
  state!: ImlCaseState;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Financements d’une année, calculés sur les dates réelles' })
export class ImlFundingYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, { description: 'IML (DDCS) : 5 000 €/an/logement, au prorata des jours de bail (€)' })
  flat!: number;

  @Field(() => Float, { description: 'AMI Logement d’abord : 1 400 €/an/personne, au prorata des jours de sous-location (€)' })
  person!: number;

  @Field(() => Float, { description: 'AMI Logement d’abord doublé (2 800 €/an/personne) (€)' })
  personDoubled!: number;

  @Field(() => Float, { description: 'Total, AMI non doublé (€)' })
  total!: number;

  @Field(() => Int)
  flatDays!: number;

  @Field(() => Int)
  personDays!: number;
}

@ObjectType({ description: 'Les chiffres du dispositif IML d’un territoire (aucune donnée personnelle)' })
export class ImlSchemeFigures {
  @Field(() => Int, { description: 'Places du dispositif (objectif)' })
  placesTarget!: number;

  @Field(() => [ImlPlacesYear])
  placesByYear!: ImlPlacesYear[];

  @Field(() => Int)
  referred!: number;

  @Field(() => Int, { description: 'Personnes logées depuis le début' })
  housedEver!: number;

  @Field(() => Int, { description: 'Personnes logées aujourd’hui' })
  housedNow!: number;

  @Field(() => [ImlStateCount])
  byState!: ImlStateCount[];

  @Field(() => Float, { nullable: true, description: 'Délai moyen de l’orientation à la sous-location (mois)' })
  averageMonthsToHousing!: number | null;

  @Field(() => Float, { nullable: true, description: 'Durée moyenne de sous-location des parcours terminés (mois)' })
  averageMonthsHoused!: number | null;

  @Field(() => Int, { description: 'Évaluations en retard' })
  reviewsOverdue!: number;

  @Field(() => Int, { description: 'Évaluations à faire dans les 30 jours' })
  reviewsDueSoon!: number;

  @Field(() => [ImlFundingYear])
  funding!: ImlFundingYear[];
}
