import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { AttendanceStatus } from './meeting.enums.js';

@InputType({ description: 'Date, lieu et titre d’une réunion ; un champ absent reste inchangé' })
export class MeetingFieldsInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Lien https de visioconférence' })
  videoUrl?: string | null;

  @Field(() => ID, { nullable: true })
  hostPartnerId?: string | null;
}

@InputType({ description: 'Une ligne de la feuille d’émargement : une personne ou une structure' })
export class AttendanceInput {
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => ID, { nullable: true })
  partnerId?: string | null;

  @Field(() => AttendanceStatus)
  status!: AttendanceStatus;
}

@InputType()
export class AgendaMinutesInput {
  @Field(() => ID)
  agendaItemId!: string;

  @Field(() => String, { nullable: true })
  minutes?: string | null;
}

@InputType()
export class ActionInput {
  @Field(() => String)
  title!: string;

  @Field(() => ID, { nullable: true })
  ownerPersonId?: string | null;

  @Field(() => ID, { nullable: true })
  ownerPartnerId?: string | null;

  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ' })
  dueDate?: string | null;
}

@ObjectType({ description: 'Une ligne de la feuille d’émargement' })
export class AttendanceLine {
  @Field(() => ID)
  id!: string;

  @Field(() => AttendanceStatus)
  status!: AttendanceStatus;

  personId!: string | null;
  partnerId!: string | null;
}
