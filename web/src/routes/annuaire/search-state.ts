import type { VariablesOf } from '$lib/graphql/graphql';
import type { DirectoryQuery } from '$lib/graphql/directory';

// The directory's search and filters live in the query string, so every view is a link.
// The list (/annuaire) and the map (/carte) read the same parameters into the same filter.
export interface SearchState {
	q: string;
	sectors: string[];
	kind: string;
	commune: string;
	theme: string;
}

export const emptyState: SearchState = { q: '', sectors: [], kind: '', commune: '', theme: '' };

export function readSearchState(params: URLSearchParams): SearchState {
	return {
		q: params.get('q')?.trim() ?? '',
		sectors: params.getAll('secteur').filter(Boolean),
		kind: params.get('type') ?? '',
		commune: params.get('commune') ?? '',
		theme: params.get('theme') ?? ''
	};
}

/** The query string of a search ('' without criteria), as the links between its views carry it. */
export function searchHref(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const sector of state.sectors) params.append('secteur', sector);
	if (state.kind) params.set('type', state.kind);
	if (state.commune) params.set('commune', state.commune);
	if (state.theme) params.set('theme', state.theme);
	const query = params.toString();
	return query ? `?${query}` : '';
}

export const hasCriteria = (state: SearchState) =>
	Boolean(state.q || state.sectors.length || state.kind || state.commune || state.theme);

export type PartnerFilter = NonNullable<VariablesOf<typeof DirectoryQuery>['filter']>;

/** The API filter of a search state; values the API does not know come back as a French input error. */
export function partnerFilter(state: SearchState, territory: string): PartnerFilter {
	return {
		territory,
		search: state.q || null,
		sectors: state.sectors.length ? (state.sectors as PartnerFilter['sectors']) : null,
		kinds: state.kind ? ([state.kind] as PartnerFilter['kinds']) : null,
		communes: state.commune ? [state.commune] : null,
		themes: state.theme ? [state.theme] : null
	};
}
