import { error } from '@sveltejs/kit';
import { serverQueryOrFailure } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import { CommissionMinutesQuery } from '$lib/tenant-support/operations';
import { loadCommissionSessions } from '$lib/tenant-support/commission.server';
import type { RequestHandler } from './$types';

// The minutes as a plain-text file: the API strikes identifiers out and keeps them for the coordination.
export const GET: RequestHandler = async (event) => {
	requireSignedIn(event);
	const sessionId = event.params.id;
	const [{ data, failure }, { sessions }] = await Promise.all([serverQueryOrFailure(event, CommissionMinutesQuery, { sessionId }), loadCommissionSessions(event)]);
	if (failure?.code === 'FORBIDDEN' || failure?.code === 'UNAUTHENTICATED') error(403, failure.message);
	if (failure?.code === 'NOT_FOUND') error(404, failure.message);
	if (!data) error(503, failure?.message ?? 'Le service est momentanément indisponible.');
	const heldOn = sessions?.find((s) => s.id === sessionId)?.heldOn ?? 'seance';
	return new Response(`${data.commissionMinutes}\n`, {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': `attachment; filename="compte-rendu-commission-${heldOn}.txt"`,
			'cache-control': 'private, no-store'
		}
	});
};
