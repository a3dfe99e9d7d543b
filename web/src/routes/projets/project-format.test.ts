import { describe, expect, it } from 'vitest';
import { chartBars, chartSummary, formatEuros, formatYears } from './project-format';

// Intl writes French numbers with narrow no-break spaces: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('project formatting', () => {
	it('writes euros the French way', () => {
		expect(plain(formatEuros(192000))).toBe('192 000 €');
		expect(plain(formatEuros(1200.5))).toBe('1 200,50 €');
	});

	it('writes year ranges', () => {
		expect(formatYears(2019, 2020)).toBe('2019 – 2020');
		expect(formatYears(2018, null)).toBe('depuis 2018');
		expect(formatYears(null, null)).toBeNull();
	});

	it('scales the bars to the largest figure', () => {
		const bars = chartBars([{ year: 2019, target: null, value: 102 }, { year: 2020, target: 204, value: null }], 100);
		expect(bars.map((b) => [b.valueHeight, b.targetHeight])).toEqual([[50, 0], [0, 100]]);
		expect(chartBars([{ year: 2019, target: 0, value: 0 }], 100)[0].valueHeight).toBe(0);
	});

	it('says the chart in words', () => {
		expect(plain(chartSummary('Participants', [{ year: 2019, target: null, value: 102 }, { year: 2020, target: 204, value: null }], 'personnes'))).toBe(
			'Participants. 2019 : valeur 102 personnes ; 2020 : cible 204 personnes.'
		);
	});
});

describe('numbers typed in forms', () => {
	it('reads French decimals and spaces', async () => {
		const { parseDecimal } = await import('./project-format');
		expect(parseDecimal('1 400,50')).toBe(1400.5);
		expect(parseDecimal('5000 €')).toBe(5000);
		expect(parseDecimal('')).toBeNull();
		expect(parseDecimal('beaucoup')).toBeNaN();
	});
});
