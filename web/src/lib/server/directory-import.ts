import { env } from '$env/dynamic/private';
import type { RequestEvent } from '@sveltejs/kit';
import { sessionCookieName } from './session-cookie';

// Forwards an import file chosen in the form to the API's import route, with the visitor's
// session. Plain fetch, as in graphql.ts: the API is not a SvelteKit route.

export const maxImportBytes = 10 * 1024 * 1024;

export type RowOutcome = 'NEW' | 'CHANGED' | 'UNCHANGED' | 'REJECTED';

export interface ImportRow {
	label: string;
	position: number;
	entity: 'structure' | 'service';
	id: string | null;
	name: string | null;
	outcome: RowOutcome;
	changedFields: string[];
	reasons: string[];
}

export interface ImportReport {
	format: string;
	applied: boolean;
	counts: Record<RowOutcome, number>;
	rows: ImportRow[];
}

export type ImportOutcome =
	| { ok: true; report: ImportReport }
	| { ok: false; status: number; message: string; report: ImportReport | null };

const unavailable = 'Le service est momentanément indisponible. Réessayez dans quelques instants.';

export async function sendImport(
	event: RequestEvent,
	mode: 'preview' | 'apply',
	territory: string,
	file: File,
	format: string
): Promise<ImportOutcome> {
	const base = env.API_INTERNAL_URL ?? new URL('/graphql', event.url).toString();
	const url = new URL(`/api/imports/${encodeURIComponent(territory)}/${mode}`, base);
	url.searchParams.set('format', format || 'auto');
	const headers = new Headers({
		'content-type': 'application/octet-stream',
		'x-import-file': encodeURIComponent(file.name)
	});
	const token = event.cookies.get(sessionCookieName);
	if (token) headers.set('cookie', `${sessionCookieName}=${encodeURIComponent(token)}`);
	let response: Response;
	try {
		response = await fetch(url, { method: 'POST', headers, body: new Uint8Array(await file.arrayBuffer()) });
	} catch {
		return { ok: false, status: 503, message: unavailable, report: null };
	}
	const answer = (await response.json().catch(() => null)) as {
		data?: ImportReport;
		errors?: Array<{ message?: string; extensions?: { report?: ImportReport } }>;
	} | null;
	if (response.ok && answer?.data) return { ok: true, report: answer.data };
	const failure = answer?.errors?.[0];
	return {
		ok: false,
		status: response.status,
		message: (response.status < 500 ? failure?.message : undefined) ?? unavailable,
		report: failure?.extensions?.report ?? null
	};
}

/** What the page receives: the counts, and the rows trimmed so a 50,000-row file stays light. */
export function trimReport(report: ImportReport, perOutcome = 1000) {
	const seen: Record<RowOutcome, number> = { NEW: 0, CHANGED: 0, UNCHANGED: 0, REJECTED: 0 };
	const rows = report.rows.filter((row) => seen[row.outcome]++ < perOutcome);
	return { ...report, rows, trimmed: report.rows.length - rows.length };
}
