// Formatting shared by the project pages: euros and numbers the French way, year ranges.

const wholeEuros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const eurosAndCents = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** "192 000 €", or "2 500,50 €" when there are cents. */
export const formatEuros = (amount: number): string => (Number.isInteger(amount) ? wholeEuros : eurosAndCents).format(amount);

export const formatNumber = (value: number): string => numberFormat.format(value);

/** "2019 – 2020", "depuis 2018", "2019", or null when no year is known. */
export function formatYears(startYear: number | null, endYear: number | null): string | null {
	if (startYear && endYear) return startYear === endYear ? String(startYear) : `${startYear} – ${endYear}`;
	if (startYear) return `depuis ${startYear}`;
	if (endYear) return `jusqu’en ${endYear}`;
	return null;
}

export const statusTone: Record<string, string> = { ACTIVE: 'active', UNDER_STUDY: 'study', CLOSED: 'closed' };

export interface IndicatorRow {
	year: number;
	target: number | null;
	value: number | null;
}

/** Bars of an indicator's chart, scaled to the largest figure (a chart of zeros stays flat). */
export function chartBars(values: IndicatorRow[], height: number): Array<IndicatorRow & { targetHeight: number; valueHeight: number }> {
	const max = Math.max(0, ...values.flatMap((v) => [v.target ?? 0, v.value ?? 0]));
	const scale = (n: number | null) => (max > 0 && n ? Math.max(1, Math.round((n / max) * height)) : 0);
	return values.map((v) => ({ ...v, targetHeight: scale(v.target), valueHeight: scale(v.value) }));
}

/** The chart's text alternative: every year's value and target, in words. */
export function chartSummary(name: string, values: IndicatorRow[], unit: string | null): string {
	const suffix = unit ? ` ${unit}` : '';
	const years = values.map((v) => {
		const parts = [v.value !== null ? `valeur ${formatNumber(v.value)}${suffix}` : null, v.target !== null ? `cible ${formatNumber(v.target)}${suffix}` : null];
		return `${v.year} : ${parts.filter(Boolean).join(', ')}`;
	});
	return `${name}. ${years.join(' ; ')}.`;
}

/** A number typed the French way ("1 400,50"); null when empty, NaN when it is not a number. */
export function parseDecimal(text: string): number | null {
	const cleaned = text.replace(/[\s\u202f\u00a0€]/g, '').replace(',', '.');
	if (!cleaned) return null;
	return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}
