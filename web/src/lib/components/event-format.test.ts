import { describe, expect, it } from 'vitest';
import { byDay, formatHours, formatPeriod, project } from './event-format';

describe('event formatting', () => {
	it('groups events by their day in Paris, not in UTC', () => {
		const days = byDay([
			{ startsAt: '2020-03-17T23:30:00Z', title: 'a' },
			{ startsAt: '2020-03-18T09:00:00Z', title: 'b' },
			{ startsAt: '2020-03-19T09:00:00Z', title: 'c' }
		]);
		expect(days.map((d) => [d.key, d.events.map((e) => e.title)])).toEqual([
			['2020-03-18', ['a', 'b']],
			['2020-03-19', ['c']]
		]);
		expect(days[0].label).toBe('Mercredi 18 mars 2020');
	});

	it('writes periods and hours in French, Paris time', () => {
		expect(formatPeriod('2020-03-16', '2020-03-29')).toBe('du 16 mars 2020 au 29 mars 2020');
		expect(formatHours('2020-03-18T13:00:00Z', '2020-03-18T16:00:00Z')).toBe('14:00 – 17:00');
	});

	it('projects the north-west corner to the origin, east and south to growing x and y', () => {
		const frame = { width: 600, height: 500, west: 6, north: 49.2, kx: 1000, ky: 1500 };
		expect(project(frame, 6, 49.2)).toEqual({ x: 0, y: 0 });
		const point = project(frame, 6.1, 49.1);
		expect(point.x).toBeCloseTo(100);
		expect(point.y).toBeCloseTo(150);
	});
});
