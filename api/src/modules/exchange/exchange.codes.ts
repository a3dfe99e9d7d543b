import publics from '../themes/publics.json' with { type: 'json' };
import thematiques from '../themes/thematiques.json' with { type: 'json' };

// The data·inclusion reference lists, read straight from the JSON files (without the GraphQL
// types of themes/theme.catalog.ts) so that the mapping modules stay plain functions.

const labels = (items: Array<{ value: string; label: string }>) => new Map(items.map((item) => [item.value, item.label]));

export const themeLabels: ReadonlyMap<string, string> = labels(thematiques);
export const publicLabels: ReadonlyMap<string, string> = labels(publics);
