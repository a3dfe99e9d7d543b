import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ContactResolver } from '../modules/partners/contact.resolver.js';
import { PartnerResolver } from '../modules/partners/partner.resolver.js';
import { PersonResolver } from '../modules/people/person.resolver.js';
import { TerritoryResolver } from '../modules/territories/territory.resolver.js';
import { ThemeResolver } from '../modules/themes/theme.resolver.js';

export const resolvers = [TerritoryResolver, PartnerResolver, ContactResolver, PersonResolver, ThemeResolver] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}

/** The contract as checked in: sorted, so that a diff shows real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
