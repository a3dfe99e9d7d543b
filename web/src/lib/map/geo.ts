// Small geometry for the map page: distances and commune centroids, no library needed.

export interface Point {
	latitude: number;
	longitude: number;
}

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: Point, b: Point): number {
	const rad = Math.PI / 180;
	const dLat = (b.latitude - a.latitude) * rad;
	const dLon = (b.longitude - a.longitude) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

type Ring = number[][];
export interface CommuneFeature {
	properties: { code: string; nom: string };
	geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

// Area-weighted centroid of a ring (shoelace formula), as the API's communes.ts computes it.
function ringCentroid(ring: Ring): { area: number; x: number; y: number } {
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

export interface Commune extends Point {
	code: string;
	name: string;
}

/** The communes of an outline collection with the centroid of their largest polygon, by name. */
export function communeCentroids(features: CommuneFeature[]): Commune[] {
	return features
		.map((feature) => {
			const rings =
				feature.geometry.type === 'Polygon'
					? [feature.geometry.coordinates[0]]
					: feature.geometry.coordinates.map((polygon) => polygon[0]);
			const largest = rings.map(ringCentroid).sort((a, b) => Math.abs(b.area) - Math.abs(a.area))[0];
			return { code: feature.properties.code, name: feature.properties.nom, latitude: largest.y, longitude: largest.x };
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
