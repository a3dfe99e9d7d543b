import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

// Operations are typed from schema/schema.graphql: a field the API lacks fails `npm run check`.
export const graphql = initGraphQLTada<{
	introspection: introspection;
	scalars: { DateTimeISO: string };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from './read-fragment';
