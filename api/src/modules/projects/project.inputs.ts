import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { FundingBasis } from './funding.js';
import { ProjectStatus } from './project.entity.js';

@InputType({ description: 'Les informations d’un projet que la coordination modifie' })
export class ProjectInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ProjectStatus)
  status!: ProjectStatus;

  @Field(() => ID, { nullable: true, description: 'Structure porteuse' })
  leadPartnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Convention de rattachement' })
  conventionId?: string | null;

  @Field(() => Int, { nullable: true })
  startYear?: number | null;

  @Field(() => Int, { nullable: true })
  endYear?: number | null;
}

@InputType({ description: 'Une ligne de financement' })
export class FundingLineInput {
  @Field(() => ID, { nullable: true, description: 'Le financeur, s’il est dans l’annuaire' })
  funderPartnerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Le nom du financeur (par défaut celui de la structure)' })
  funderName?: string | null;

  @Field(() => FundingBasis)
  basis!: FundingBasis;

  @Field(() => String, { nullable: true })
  unitLabel?: string | null;

  @Field(() => Float, { description: 'Montant en euros' })
  amount!: number;

  @Field(() => Int, { nullable: true, description: 'Unités par an (financement par unité), 1 par défaut' })
  units?: number | null;

  @Field(() => Int)
  fromYear!: number;

  @Field(() => Int, { nullable: true, description: 'Dernière année (par défaut l’année de début)' })
  toYear?: number | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
