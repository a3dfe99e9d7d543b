import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { communeCentroids, distanceKm, type CommuneFeature } from './geo.js';

const outlines = JSON.parse(
	readFileSync(new URL('../../../../api/src/modules/geo/metz-metropole-communes-2018.json', import.meta.url), 'utf8')
) as { features: CommuneFeature[] };

describe('map geometry', () => {
	it('measures distances in kilometres', () => {
		// Metz cathedral to Nancy's Place Stanislas: about 47 km as the crow flies.
		const metz = { latitude: 49.1203, longitude: 6.1757 };
		const nancy = { latitude: 48.6936, longitude: 6.1832 };
		expect(distanceKm(metz, nancy)).toBeGreaterThan(46);
		expect(distanceKm(metz, nancy)).toBeLessThan(48);
		expect(distanceKm(metz, metz)).toBe(0);
	});

	it('gives the 46 communes of Metz Métropole with a centroid inside the territory, by name', () => {
		const communes = communeCentroids(outlines.features);
		expect(communes).toHaveLength(46);
		expect(communes[0].name.localeCompare(communes[1].name, 'fr')).toBeLessThan(0);
		const metz = communes.find((c) => c.name === 'Metz')!;
		expect(metz.code).toBe('57463');
		expect(distanceKm(metz, { latitude: 49.1203, longitude: 6.1757 })).toBeLessThan(3);
		for (const commune of communes) expect(distanceKm(commune, metz)).toBeLessThan(25);
	});
});
