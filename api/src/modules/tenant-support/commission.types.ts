import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType({ description: 'Une séance de la commission' })
export class CommissionSessionInput {
  @Field(() => String, { description: 'Date de la séance (AAAA-MM-JJ)' })
  heldOn!: string;

  @Field(() => [ID], { description: 'Les structures membres (social, médico-social, soin)' })
  memberPartnerIds!: string[];

  @Field(() => Int, { nullable: true, description: 'Jours après la séance pendant lesquels les membres consultent les dossiers (7 par défaut)' })
  accessDays?: number | null;
}

@ObjectType({ description: 'Une séance de la commission pour les locataires en difficulté' })
export class CommissionSessionView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  heldOn!: string;

  @Field(() => Date, { nullable: true, description: 'Publication de l’ordre du jour : ouvre les dossiers aux membres' })
  agendaPublishedAt!: Date | null;

  @Field(() => Date, { description: 'Fin de la consultation des dossiers' })
  accessClosesAt!: Date;

  @Field(() => Boolean, { description: 'Les dossiers sont consultables maintenant' })
  filesOpen!: boolean;

  @Field(() => [ID])
  memberPartnerIds!: string[];

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'Une situation à l’ordre du jour, sous pseudonyme' })
export class CommissionSituationView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  pseudonym!: string;

  @Field(() => String)
  facts!: string;

  @Field(() => ID, { description: 'La structure qui l’a inscrite' })
  putByPartnerId!: string;

  @Field(() => String, { nullable: true })
  decision!: string | null;

  @Field(() => ID, { nullable: true, description: 'La structure qui assure le suivi' })
  followUpPartnerId!: string | null;
}
