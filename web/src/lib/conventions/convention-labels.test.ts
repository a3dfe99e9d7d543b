import { describe, expect, it } from 'vitest';
import { formatBytes, formatDay, formatDaysLeft } from './convention-labels';

describe('convention labels', () => {
	it('writes dates, sizes and delays in French', () => {
		expect(formatDay('2019-12-10')).toBe('10 décembre 2019');
		expect(formatDay(null)).toBe('');
		expect(formatBytes(900)).toBe('900 octets');
		expect(formatBytes(2048)).toBe('2 Ko');
		expect(formatDaysLeft(10)).toBe('dans 10 jours');
		expect(formatDaysLeft(-1)).toBe('en retard de 1 jour');
		expect(formatDaysLeft(0)).toBe('aujourd’hui');
	});
});
