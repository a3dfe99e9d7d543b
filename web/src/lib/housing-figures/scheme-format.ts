// The IML scheme's figures in French: months, days, and the funding with the AMI doubled.
import { formatNumber } from '../../routes/projets/project-format';

/** « 3,5 mois », or a dash when no case has reached that point yet. */
export const formatMonths = (months: number | null): string => (months === null ? '—' : `${formatNumber(months)} mois`);

export const formatDays = (days: number): string => `${formatNumber(days)} jour${days > 1 ? 's' : ''}`;

export interface FundingYear {
	year: number;
	flat: number;
	flatDays: number;
	person: number;
	personDays: number;
	personDoubled: number;
	total: number;
}

/** Each year with its total when the AMI is doubled, and the sum of all years. */
export function fundingTable(years: readonly FundingYear[]) {
	const rows = years.map((y) => ({ ...y, totalDoubled: Math.round((y.flat + y.personDoubled) * 100) / 100 }));
	const sum = (pick: (row: (typeof rows)[number]) => number) => Math.round(rows.reduce((total, row) => total + pick(row), 0) * 100) / 100;
	return {
		rows,
		totals: {
			flat: sum((r) => r.flat),
			flatDays: sum((r) => r.flatDays),
			person: sum((r) => r.person),
			personDays: sum((r) => r.personDays),
			personDoubled: sum((r) => r.personDoubled),
			total: sum((r) => r.total),
			totalDoubled: sum((r) => r.totalDoubled)
		}
	};
}
