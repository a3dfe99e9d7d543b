import { error } from '@sveltejs/kit';
import { GuideContextQuery, GuideEntriesQuery } from '$lib/graphql/guide';
import type { ResultOf, VariablesOf } from '$lib/graphql/graphql';
import { serverQuery, territorySlug } from '$lib/server/graphql';
import { readSearchState } from '../annuaire/search-state';
import type { PageServerLoad } from './$types';

type PartnerFilter = NonNullable<VariablesOf<typeof GuideEntriesQuery>['filter']>;
type GuideEntry = ResultOf<typeof GuideEntriesQuery>['partners']['edges'][number]['node'];

const batch = 100;
// Past this the page would be too long to print or to read: the PDF export takes over.
const maxEntries = 2000;

export const load: PageServerLoad = async (event) => {
	const state = readSearchState(event.url.searchParams);
	const territory = territorySlug();
	const context = await serverQuery(event, GuideContextQuery, { territory });
	if (!context.data?.territory) error(404, 'Territoire introuvable.');
	const facets = context.data.directoryFacets;
	// Enum values are checked here: GraphQL would reject an unknown one as a malformed query.
	const unknown =
		state.sectors.find((code) => !facets.sectors.some((sector) => sector.code === code)) ??
		(state.kind && !context.data.partnerKinds.some((kind) => kind.code === state.kind) ? state.kind : undefined);
	const filter: PartnerFilter = {
		territory,
		search: state.q || null,
		sectors: state.sectors.length ? (state.sectors as PartnerFilter['sectors']) : null,
		kinds: state.kind ? ([state.kind] as PartnerFilter['kinds']) : null,
		communes: state.commune ? [state.commune] : null,
		themes: state.theme ? [state.theme] : null
	};

	const entries: GuideEntry[] = [];
	let total = 0;
	let after: string | null = null;
	let inputError: string | null = unknown ? `Filtre inconnu : « ${unknown.slice(0, 60)} ».` : null;
	while (!inputError) {
		const page: { data: ResultOf<typeof GuideEntriesQuery> | undefined; inputError: string | null } = await serverQuery(
			event,
			GuideEntriesQuery,
			{ filter, first: batch, after }
		);
		if (page.inputError || !page.data) {
			inputError = page.inputError;
			break;
		}
		const { partners } = page.data;
		total = partners.totalCount;
		entries.push(...partners.edges.map((edge) => edge.node));
		if (!partners.pageInfo.hasNextPage || entries.length >= maxEntries) break;
		after = partners.pageInfo.endCursor;
	}

	// The sectors in the directory's order; a filter on sectors keeps only those.
	const sectors = context.data.directoryFacets.sectors
		.filter((sector) => !state.sectors.length || state.sectors.includes(sector.code))
		.map((sector) => {
			const items = entries.filter((entry) => entry.sector === sector.code);
			return { code: sector.code, label: sector.label, entries: items };
		});

	const pdfParams = new URLSearchParams(event.url.searchParams);
	pdfParams.delete('apres');
	pdfParams.set('territoire', territory);
	return {
		state,
		territoryName: context.data.territory.name,
		sectorOptions: context.data.directoryFacets.sectors,
		communeOptions: context.data.directoryFacets.communes,
		sectors,
		total,
		truncated: total > entries.length,
		inputError,
		editedAt: new Date().toISOString(),
		pdfHref: `/guide.pdf?${pdfParams}`
	};
};
