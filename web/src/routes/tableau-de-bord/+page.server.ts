import { error } from '@sveltejs/kit';
import { CoordinatorDashboardQuery } from '$lib/graphql/dashboard';
import { ImlReviewsDueQuery } from '$lib/graphql/iml-figures';
import { serverQueryOrFailure, territorySlug } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import { loadOverdueAcknowledgements } from '$lib/tenant-support/support.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireSignedIn(event);
	const [{ data, failure }, iml, supportAlerts] = await Promise.all([
		serverQueryOrFailure(event, CoordinatorDashboardQuery, { territory: territorySlug() }),
		// The housing block still links to its pages when the scheme's figures fail.
		serverQueryOrFailure(event, ImlReviewsDueQuery, { territory: territorySlug() }),
		loadOverdueAcknowledgements(event)
	]);
	if (failure?.code === 'FORBIDDEN') error(403, 'Le tableau de bord est réservé à la coordination du CLSM.');
	if (!data) error(503, failure?.message ?? 'Le service est momentanément indisponible.');
	return {
		alerts: data.conventionAlerts,
		submissions: data.pendingEventSubmissions,
		actions: data.territoryOpenActions,
		iml: iml.data?.imlSchemeFigures ?? null,
		supportAlerts
	};
};
