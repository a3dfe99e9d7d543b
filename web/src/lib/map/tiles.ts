// The map's base layer is configuration (MAP_TILE_URL, MAP_TILE_ATTRIBUTION). Pure helpers,
// shared by the server load and the hook that opens the page's CSP to the tile host.

export const defaultTileUrl = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const defaultTileAttribution =
	'© les contributeurs d’<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';
export const outlinesAttribution = 'Contours : IGN Admin Express';
// Served by the API: the outlines for the map (base layer of last resort), the centres for the
// communes of "autour de".
export const communeOutlinesPath = '/geo/metz-metropole-communes.geojson';
export const communeCentresPath = '/geo/metz-metropole-communes-centres.json';

export interface TileConfig {
	/** Leaflet URL template, or null when the operator turned tiles off (MAP_TILE_URL=none). */
	url: string | null;
	attribution: string;
}

export function tileConfig(env: { MAP_TILE_URL?: string; MAP_TILE_ATTRIBUTION?: string }): TileConfig {
	const raw = env.MAP_TILE_URL?.trim();
	const url = raw === undefined || raw === '' ? defaultTileUrl : raw.toLowerCase() === 'none' ? null : raw;
	if (url !== null && tileOrigin(url) === null) {
		throw new Error(`MAP_TILE_URL must be an http(s) URL template or "none", not ${JSON.stringify(url)}`);
	}
	const attribution = env.MAP_TILE_ATTRIBUTION?.trim() || (raw ? '' : defaultTileAttribution);
	return { url, attribution };
}

/** The CSP source of a tile URL template: its origin, `{s}` subdomains as a wildcard. */
export function tileOrigin(template: string): string | null {
	const match = /^(https?):\/\/([^/?#]+)/i.exec(template);
	if (!match) return null;
	const host = match[2].replace(/\{s\}/g, '*');
	if (!/^(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i.test(host) || host.includes('{')) return null;
	return `${match[1].toLowerCase()}://${host.toLowerCase()}`;
}

/** Adds a source to the img-src directive of a Content-Security-Policy header value. */
export function allowImages(csp: string, source: string): string {
	const directives = csp.split(';').map((d) => d.trim()).filter(Boolean);
	const index = directives.findIndex((d) => /^img-src(\s|$)/i.test(d));
	if (index === -1) return [...directives, `img-src 'self' ${source}`].join('; ');
	if (directives[index].split(/\s+/).includes(source)) return csp;
	directives[index] = `${directives[index]} ${source}`;
	return directives.join('; ');
}
