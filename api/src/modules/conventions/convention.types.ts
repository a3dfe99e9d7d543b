import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Convention } from './convention.entity.js';

@InputType({ description: 'Les champs d’une convention (création et modification)' })
export class ConventionInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => [String], { description: 'Les objectifs, dans l’ordre', defaultValue: [] })
  objectives!: string[];

  @Field(() => Int, { nullable: true, description: 'Durée en mois' })
  durationMonths?: number | null;

  @Field(() => String, { nullable: true, description: 'Évaluation prévue (AAAA-MM-JJ)' })
  evaluationDue?: string | null;

  @Field(() => String, { nullable: true, description: 'Renouvellement prévu (AAAA-MM-JJ)' })
  renewalDue?: string | null;
}

export enum ConventionAlertKind {
  EVALUATION = 'EVALUATION',
  RENEWAL = 'RENEWAL',
}

registerEnumType(ConventionAlertKind, { name: 'ConventionAlertKind', description: 'Échéance d’une convention' });

@ObjectType({ description: 'Une échéance proche ou dépassée d’une convention' })
export class ConventionAlert {
  @Field(() => Convention)
  convention!: Convention;

  @Field(() => ConventionAlertKind)
  kind!: ConventionAlertKind;

  @Field(() => String, { description: 'Date de l’échéance (AAAA-MM-JJ)' })
  dueOn!: string;

  @Field(() => Int, { description: 'Jours restants (négatif : échéance dépassée)' })
  daysLeft!: number;
}
