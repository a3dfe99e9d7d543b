import { DirectoryFacetsQuery } from '$lib/graphql/directory';
import { MapGeocoderQuery, PartnerMarkersQuery } from '$lib/graphql/map';
import { mapTiles } from '$lib/server/map-config';
import { serverQuery, territorySlug } from '$lib/server/graphql';
import { partnerFilter, readSearchState } from '../annuaire/search-state';
import type { PageServerLoad } from './$types';

// The map is the directory's other view: same query string, same filter, every match at once.
export const load: PageServerLoad = async (event) => {
	const state = readSearchState(event.url.searchParams);
	const territory = territorySlug();
	const filter = partnerFilter(state, territory);
	const [markers, facets, geocoder] = await Promise.all([
		serverQuery(event, PartnerMarkersQuery, { filter }),
		serverQuery(event, DirectoryFacetsQuery, { territory }),
		serverQuery(event, MapGeocoderQuery, {})
	]);
	return {
		state,
		markers: markers.data?.partnerMarkers ?? [],
		inputError: markers.inputError,
		facets: facets.data?.directoryFacets ?? null,
		tiles: mapTiles(),
		geocoderAvailable: geocoder.data?.geocoderAvailable ?? false
	};
};
