import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { EventAudience } from './event.enums.js';

@InputType({ description: 'Thème, dates et appel à propositions d’une édition' })
export class EditionFieldsInput {
  @Field(() => String, { nullable: true })
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'Premier jour (AAAA-MM-JJ)' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Dernier jour (AAAA-MM-JJ)' })
  endsOn?: string | null;

  @Field(() => Boolean, { nullable: true })
  submissionsOpen?: boolean | null;
}

@InputType({ description: 'Les champs d’un événement ou d’une session ; un champ absent reste inchangé' })
export class EventFieldsInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE d’une commune de Metz Métropole' })
  communeCode?: string | null;

  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;

  @Field(() => EventAudience, { nullable: true })
  audience?: EventAudience | null;

  @Field(() => Int, { nullable: true, description: 'Nombre de places' })
  capacity?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Structures organisatrices' })
  organiserIds?: string[] | null;
}

@InputType({ description: 'Une proposition d’événement pour une édition' })
export class EventSubmissionInput extends EventFieldsInput {
  @Field(() => ID)
  editionId!: string;
}

@ObjectType({ description: 'Une commune de Metz Métropole, son contour en chemin SVG' })
export class CommuneOutline {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Contour (attribut d de <path>) dans le repère de la carte' })
  path!: string;
}

@ObjectType({
  description:
    'Carte de Metz Métropole : projection équirectangulaire (x = (longitude − west) × kx, y = (north − latitude) × ky)',
})
export class CommuneMap {
  @Field(() => Float)
  width!: number;

  @Field(() => Float)
  height!: number;

  @Field(() => Float)
  west!: number;

  @Field(() => Float)
  north!: number;

  @Field(() => Float)
  kx!: number;

  @Field(() => Float)
  ky!: number;

  @Field(() => [CommuneOutline])
  communes!: CommuneOutline[];
}
