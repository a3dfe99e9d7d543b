import { env } from '$env/dynamic/private';
import { tileConfig, type TileConfig } from '$lib/map/tiles';

/** The base layer of the map page, read from the environment at each request. */
export function mapTiles(): TileConfig {
	return tileConfig({ MAP_TILE_URL: env.MAP_TILE_URL, MAP_TILE_ATTRIBUTION: env.MAP_TILE_ATTRIBUTION });
}
