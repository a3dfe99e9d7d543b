import { Field, InputType, Int } from 'type-graphql';

// Absent fields are left as they are on update; null clears an optional field.
@InputType({ description: 'Champs d’un service proposé par une structure' })
export class PartnerServiceFieldsInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Codes de thématiques data·inclusion' })
  themes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Codes de publics data·inclusion' })
  publics?: string[] | null;

  @Field(() => String, { nullable: true })
  accessConditions?: string | null;

  @Field(() => [String], { nullable: true, description: 'en-presentiel, a-distance' })
  receptionModes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Format OSM opening_hours' })
  openingHours?: string | null;

  @Field(() => Int, { nullable: true })
  capacity?: number | null;
}
