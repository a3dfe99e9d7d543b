import type { RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { communeCentresPath, tileConfig, type TileConfig } from '$lib/map/tiles';
import { apiUrl } from './graphql';

/** The base layer of the map page, read from the environment at each request. */
export function mapTiles(): TileConfig {
	return tileConfig({ MAP_TILE_URL: env.MAP_TILE_URL, MAP_TILE_ATTRIBUTION: env.MAP_TILE_ATTRIBUTION });
}

// As the API serves them, its centroids rounded to six decimals.
interface Commune {
	code: string;
	name: string;
	latitude: number;
	longitude: number;
}

let communes: Promise<Commune[]> | undefined;

/**
 * The communes of Metz Métropole with their centroid, by name: the places of "autour de", sent
 * in the page. Static data, read from the API once per process; when it cannot be read there
 * are none, and a later request retries.
 */
export function metzMetropoleCommunes(event: RequestEvent): Promise<Commune[]> {
	const pending = (communes ??= fetch(new URL(communeCentresPath, apiUrl(event))).then(async (response) => {
		if (!response.ok) throw new Error(`the commune centres answer ${response.status}`);
		return (await response.json()) as Commune[];
	}));
	return pending.catch((error: unknown) => {
		if (communes === pending) communes = undefined;
		console.error(JSON.stringify({ msg: 'commune centres unavailable', error: String(error) }));
		return [];
	});
}
