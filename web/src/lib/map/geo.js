// @ts-check
// Small geometry for the map page: distances and commune centroids, no library needed.
// Plain JavaScript: the map page has no SvelteKit client, and its script imports this file
// as it is served (see routes/carte/map-enhance.js).

/** @typedef {{ latitude: number, longitude: number }} Point */
/** @typedef {number[][]} Ring */
/**
 * @typedef {{
 *   properties: { code: string, nom: string },
 *   geometry: { type: 'Polygon', coordinates: Ring[] } | { type: 'MultiPolygon', coordinates: Ring[][] }
 * }} CommuneFeature
 */
/** @typedef {Point & { code: string, name: string }} Commune */

/**
 * Great-circle distance in kilometres (haversine).
 * @param {Point} a
 * @param {Point} b
 */
export function distanceKm(a, b) {
	const rad = Math.PI / 180;
	const dLat = (b.latitude - a.latitude) * rad;
	const dLon = (b.longitude - a.longitude) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Area-weighted centroid of a ring (shoelace formula), as the API's communes.ts computes it.
 * @param {Ring} ring
 */
function ringCentroid(ring) {
	let area = 0;
	let x = 0;
	let y = 0;
	for (let i = 0; i < ring.length - 1; i += 1) {
		const [x0, y0] = ring[i];
		const [x1, y1] = ring[i + 1];
		const cross = x0 * y1 - x1 * y0;
		area += cross;
		x += (x0 + x1) * cross;
		y += (y0 + y1) * cross;
	}
	return { area: area / 2, x: x / (3 * area), y: y / (3 * area) };
}

// One collator for the whole sort: localeCompare(…, 'fr') builds one per comparison, which on a
// phone made sorting the 46 communes a long task of its own.
const byFrenchName = new Intl.Collator('fr').compare;

/**
 * The communes of an outline collection with the centroid of their largest polygon, by name.
 * @param {CommuneFeature[]} features
 * @returns {Commune[]}
 */
export function communeCentroids(features) {
	return features
		.map((feature) => {
			const rings =
				feature.geometry.type === 'Polygon'
					? [feature.geometry.coordinates[0]]
					: feature.geometry.coordinates.map((polygon) => polygon[0]);
			const largest = rings.map(ringCentroid).sort((a, b) => Math.abs(b.area) - Math.abs(a.area))[0];
			return { code: feature.properties.code, name: feature.properties.nom, latitude: largest.y, longitude: largest.x };
		})
		.sort((a, b) => byFrenchName(a.name, b.name));
}
