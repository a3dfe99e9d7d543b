import { error } from '@sveltejs/kit';
import { CoordinatorDashboardQuery } from '$lib/graphql/dashboard';
import { serverQueryOrFailure, territorySlug } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireSignedIn(event);
	const { data, failure } = await serverQueryOrFailure(event, CoordinatorDashboardQuery, { territory: territorySlug() });
	if (failure?.code === 'FORBIDDEN') error(403, 'Le tableau de bord est réservé à la coordination du CLSM.');
	if (!data) error(503, failure?.message ?? 'Le service est momentanément indisponible.');
	return {
		alerts: data.conventionAlerts,
		submissions: data.pendingEventSubmissions,
		actions: data.territoryOpenActions
	};
};
