import { DirectoryFacetsQuery, DirectoryQuery } from '$lib/graphql/directory';
import { serverQuery, territorySlug } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';
import { partnerFilter, readSearchState } from './search-state';

// No SvelteKit client here: its start-up (hydrating the filters and twenty cards) cost a phone
// most of the page's blocking time. The small directory-enhance.js keeps
// the results following the search box and filters, and "Afficher plus" appending in place.
export const csr = false;

const pageSize = 20;

export const load: PageServerLoad = async (event) => {
	const state = readSearchState(event.url.searchParams);
	const territory = territorySlug();
	const filter = partnerFilter(state, territory);
	const after = event.url.searchParams.get('apres');
	const [directory, facets] = await Promise.all([
		serverQuery(event, DirectoryQuery, { filter, first: pageSize, after }),
		serverQuery(event, DirectoryFacetsQuery, { territory })
	]);
	return {
		state,
		filter,
		after,
		directory: directory.data?.partners ?? null,
		inputError: directory.inputError,
		facets: facets.data?.directoryFacets ?? null
	};
};
