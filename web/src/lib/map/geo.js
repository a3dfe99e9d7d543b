// @ts-check
// Small geometry for the map page: distances, no library needed.
// Plain JavaScript: the map page has no SvelteKit client, and its script imports this file
// as it is served (see routes/carte/map-enhance.js).

/** @typedef {{ latitude: number, longitude: number }} Point */

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
