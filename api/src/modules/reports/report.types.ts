import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Un nombre de partenaires d’un secteur' })
export class SectorFigure {
  @Field(() => String)
  sector!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  partners!: number;
}

@ObjectType({ description: 'L’activité d’un groupe de travail ou d’une instance dans l’année' })
export class GroupFigure {
  @Field(() => String, { nullable: true, description: 'Absent pour les instances (plénière, comité de pilotage)' })
  slug!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  meetingsHeld!: number;

  @Field(() => Int, { description: 'Présences émargées' })
  attendances!: number;
}

@ObjectType({ description: 'Les chiffres d’une édition (SISM…)' })
export class EditionFigure {
  @Field(() => String)
  slug!: string;

  @Field(() => String)
  projectName!: string;

  @Field(() => String)
  theme!: string;

  @Field(() => Int)
  events!: number;

  @Field(() => Int)
  participants!: number;

  @Field(() => Int, { description: 'Partenaires organisateurs distincts' })
  organisers!: number;
}

@ObjectType({ description: 'Une étape datée d’une convention dans l’année' })
export class ConventionMilestone {
  @Field(() => String)
  conventionSlug!: string;

  @Field(() => String)
  conventionTitle!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: 'AAAA-MM-JJ' })
  date!: string;
}

@ObjectType({ description: 'Un indicateur de projet pour l’année' })
export class IndicatorFigure {
  @Field(() => String)
  projectName!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => Float, { nullable: true })
  value!: number | null;
}

@ObjectType({ description: 'Le bilan annuel d’un territoire, calculé à partir des données' })
export class YearlyReport {
  @Field(() => String)
  territorySlug!: string;

  @Field(() => String)
  territoryName!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Partenaires impliqués dans au moins un projet' })
  partnersInvolved!: number;

  @Field(() => [SectorFigure], { description: 'Les mêmes, par secteur' })
  partnersBySector!: SectorFigure[];

  @Field(() => Int, { description: 'Groupes de travail réunis au moins une fois' })
  activeGroups!: number;

  @Field(() => Int)
  meetingsHeld!: number;

  @Field(() => Int)
  meetingsCancelled!: number;

  @Field(() => Int, { description: 'Présences émargées aux réunions tenues' })
  attendances!: number;

  @Field(() => Int, { description: 'Structures distinctes présentes à au moins une réunion' })
  partnersAttending!: number;

  @Field(() => [GroupFigure])
  meetingsByGroup!: GroupFigure[];

  @Field(() => [EditionFigure])
  editions!: EditionFigure[];

  @Field(() => Int)
  trainingSessions!: number;

  @Field(() => Int)
  trainingParticipants!: number;

  @Field(() => [ConventionMilestone])
  conventionMilestones!: ConventionMilestone[];

  @Field(() => [IndicatorFigure], { description: 'Indicateurs de l’intermédiation locative (IML)' })
  imlIndicators!: IndicatorFigure[];
}
