import { Field, InputType, Int } from 'type-graphql';
import { FlatType } from './matching.js';

@InputType({ description: 'Un logement proposé pour l’IML' })
export class HousingOfferInput {
  @Field(() => String)
  reference!: string;

  @Field(() => FlatType)
  flatType!: FlatType;

  @Field(() => String, { description: 'Code INSEE de la commune' })
  communeCode!: string;

  @Field(() => String, { nullable: true })
  district?: string | null;

  @Field(() => Int, { nullable: true })
  floor?: number | null;

  @Field(() => Number, { description: 'Loyer mensuel (€)' })
  rent!: number;

  @Field(() => Number, { description: 'Charges mensuelles (€)' })
  charges!: number;

  @Field(() => Boolean, { defaultValue: false })
  accessible!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  nearServices!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  nearTransport!: boolean;

  @Field(() => String)
  availableOn!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
