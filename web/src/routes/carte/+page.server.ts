import { stringifyDocument } from '@urql/core';
import { DirectoryFacetsQuery } from '$lib/graphql/directory';
import { MapGeocodeQuery, MapGeocoderQuery, PartnerMarkersQuery } from '$lib/graphql/map';
import { mapTiles, metzMetropoleCommunes } from '$lib/server/map-config';
import { serverQuery, territorySlug } from '$lib/server/graphql';
import { partnerFilter, readSearchState } from '../annuaire/search-state';
import type { PageServerLoad } from './$types';

// No SvelteKit client here: hydrating the filters, the list and the map's component cost a
// phone most of the page's blocking time. The page is server-rendered (the filters are a GET
// form, the list works without JavaScript) and map-enhance.js brings back the rest.
export const csr = false;

// The map is the directory's other view: same query string, same filter, every match at once.
export const load: PageServerLoad = async (event) => {
	const state = readSearchState(event.url.searchParams);
	const territory = territorySlug();
	const filter = partnerFilter(state, territory);
	const [markers, facets, geocoder, communes] = await Promise.all([
		serverQuery(event, PartnerMarkersQuery, { filter }),
		serverQuery(event, DirectoryFacetsQuery, { territory }),
		serverQuery(event, MapGeocoderQuery, {}),
		metzMetropoleCommunes(event)
	]);
	const geocoderAvailable = geocoder.data?.geocoderAvailable ?? false;
	return {
		state,
		markers: markers.data?.partnerMarkers ?? [],
		inputError: markers.inputError,
		facets: facets.data?.directoryFacets ?? null,
		tiles: mapTiles(),
		communes,
		// The browser's address search sends this typed, schema-checked document as it is.
		geocodeQuery: geocoderAvailable ? stringifyDocument(MapGeocodeQuery) : null
	};
};
