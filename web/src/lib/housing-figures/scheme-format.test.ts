import { describe, expect, it } from 'vitest';
import { formatDays, formatMonths, fundingTable } from './scheme-format';

describe('scheme figures in French', () => {
	it('says months and days', () => {
		expect(formatMonths(3.5)).toBe('3,5 mois');
		expect(formatMonths(null)).toBe('—');
		expect([formatDays(1), formatDays(365)]).toEqual(['1 jour', '365 jours']);
	});

	it('adds the doubled AMI to each year and sums the years', () => {
		const table = fundingTable([
			{ year: 2019, flat: 2500, flatDays: 183, person: 700.1, personDays: 183, personDoubled: 1400.2, total: 3200.1 },
			{ year: 2020, flat: 5000, flatDays: 366, person: 1400, personDays: 366, personDoubled: 2800, total: 6400 }
		]);
		expect(table.rows.map((r) => r.totalDoubled)).toEqual([3900.2, 7800]);
		expect(table.totals).toEqual({ flat: 7500, flatDays: 549, person: 2100.1, personDays: 549, personDoubled: 4200.2, total: 9600.1, totalDoubled: 11700.2 });
	});
});
