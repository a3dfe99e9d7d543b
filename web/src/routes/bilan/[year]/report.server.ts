import { error, type RequestEvent } from '@sveltejs/kit';
import { YearlyReportQuery } from '$lib/graphql/reports';
import { serverQueryOrFailure, territorySlug } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';

/** The report of the year in the URL, for the page and its CSV export. */
export async function loadReport(event: RequestEvent) {
	requireSignedIn(event);
	const year = Number(event.params.year);
	if (!/^\d{4}$/.test(event.params.year ?? '')) error(404, 'Cette année n’existe pas.');
	const { data, failure } = await serverQueryOrFailure(event, YearlyReportQuery, { territory: territorySlug(), year });
	if (failure?.code === 'FORBIDDEN') error(403, failure.message);
	if (failure?.code === 'BAD_USER_INPUT') error(404, failure.message);
	if (!data) error(503, failure?.message ?? 'Le service est momentanément indisponible.');
	return { ...data.yearlyReport, support: data.supportEvaluation };
}
