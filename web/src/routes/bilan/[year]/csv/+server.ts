import { reportCsv } from '$lib/report-csv';
import { loadReport } from '../report.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const report = await loadReport(event);
	return new Response(reportCsv(report), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="bilan-clsm-${report.year}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
