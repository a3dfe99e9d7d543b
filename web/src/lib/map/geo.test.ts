import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo.js';

describe('map geometry', () => {
	it('measures distances in kilometres', () => {
		// Metz cathedral to Nancy's Place Stanislas: about 47 km as the crow flies.
		const metz = { latitude: 49.1203, longitude: 6.1757 };
		const nancy = { latitude: 48.6936, longitude: 6.1832 };
		expect(distanceKm(metz, nancy)).toBeGreaterThan(46);
		expect(distanceKm(metz, nancy)).toBeLessThan(48);
		expect(distanceKm(metz, metz)).toBe(0);
	});
});
