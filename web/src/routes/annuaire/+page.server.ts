import { DirectoryFacetsQuery, DirectoryQuery } from '$lib/graphql/directory';
import type { VariablesOf } from '$lib/graphql/graphql';
import { serverQuery, territorySlug } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';
import { readSearchState } from './search-state';

const pageSize = 20;

type PartnerFilter = NonNullable<VariablesOf<typeof DirectoryQuery>['filter']>;

export const load: PageServerLoad = async (event) => {
	const state = readSearchState(event.url.searchParams);
	const territory = territorySlug();
	// Values the API does not know come back as a French input error shown on the page.
	const filter: PartnerFilter = {
		territory,
		search: state.q || null,
		sectors: state.sectors.length ? (state.sectors as PartnerFilter['sectors']) : null,
		kinds: state.kind ? ([state.kind] as PartnerFilter['kinds']) : null,
		communes: state.commune ? [state.commune] : null,
		themes: state.theme ? [state.theme] : null
	};
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
