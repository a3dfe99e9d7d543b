import type { RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { communeCentroids, type Commune, type CommuneFeature } from '$lib/map/geo.js';
import { communeOutlinesPath, tileConfig, type TileConfig } from '$lib/map/tiles';
import { apiUrl } from './graphql';

/** The base layer of the map page, read from the environment at each request. */
export function mapTiles(): TileConfig {
	return tileConfig({ MAP_TILE_URL: env.MAP_TILE_URL, MAP_TILE_ATTRIBUTION: env.MAP_TILE_ATTRIBUTION });
}

let communes: Promise<Commune[]> | undefined;

/**
 * The communes of Metz Métropole with their centroid, by name: the places of "autour de", sent
 * in the page rather than computed by each browser from the outlines. Static data, read from
 * the API once per process; when it cannot be read there are none, and a later request retries.
 */
export function metzMetropoleCommunes(event: RequestEvent): Promise<Commune[]> {
	const pending = (communes ??= fetch(new URL(communeOutlinesPath, apiUrl(event))).then(async (response) => {
		if (!response.ok) throw new Error(`the commune outlines answer ${response.status}`);
		const collection = (await response.json()) as { features: CommuneFeature[] };
		return communeCentroids(collection.features);
	}));
	return pending.catch((error: unknown) => {
		if (communes === pending) communes = undefined;
		console.error(JSON.stringify({ msg: 'commune outlines unavailable', error: String(error) }));
		return [];
	});
}
