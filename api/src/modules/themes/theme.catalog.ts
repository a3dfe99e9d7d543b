import { Field, ObjectType } from 'type-graphql';
import publics from './publics.json' with { type: 'json' };
import thematiques from './thematiques.json' with { type: 'json' };

// Reference lists of data·inclusion v1.0.8 (Licence Ouverte 2.0), so that the hub's
// themes and publics can be exchanged with DORA and data·inclusion without mapping.

@ObjectType({ description: 'Une thématique data·inclusion' })
export class Theme {
  @Field(() => String, { description: 'Code data·inclusion, ex. sante--sante-mentale' })
  code!: string;

  @Field(() => String)
  label!: string;
}

@ObjectType({ description: 'Un public accueilli (référentiel data·inclusion)' })
export class Audience {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  label!: string;
}

const themesByCode = new Map(thematiques.map((t) => [t.value, { code: t.value, label: t.label }]));
const audiencesByCode = new Map(publics.map((p) => [p.value, { code: p.value, label: p.label }]));

export const themeCatalog = {
  has: (code: string) => themesByCode.has(code),
  get: (code: string): Theme | undefined => themesByCode.get(code),
  all: (): Theme[] => [...themesByCode.values()],
};

export const audienceCatalog = {
  has: (code: string) => audiencesByCode.has(code),
  get: (code: string): Audience | undefined => audiencesByCode.get(code),
  all: (): Audience[] => [...audiencesByCode.values()],
};
