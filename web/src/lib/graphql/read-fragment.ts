import type { readFragment as tadaReadFragment } from 'gql.tada';

/**
 * gql.tada's `readFragment`, typed as it is: unmasking a fragment is a type-level operation,
 * and at run time the identity. A module of its own, so that a page that only reads fragments
 * loads neither gql.tada nor the GraphQL parser it brings (about 4 kB gzip).
 */
export const readFragment = ((...args: unknown[]) => (args.length === 2 ? args[1] : args[0])) as typeof tadaReadFragment;
