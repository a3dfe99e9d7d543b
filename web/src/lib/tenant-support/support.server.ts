import type { RequestEvent } from '@sveltejs/kit';
import type { ResultOf } from '$lib/graphql/graphql';
import { serverQueryOrFailure, territorySlug } from '$lib/server/graphql';
import { SupportCommunesQuery, SupportRequestAlertsQuery, SupportViewerQuery } from './operations';
import { supportViewer, type SupportViewer } from './support-format';

export type SupportAlert = ResultOf<typeof SupportRequestAlertsQuery>['supportRequestAlerts'][number];

const nobody: SupportViewer = { landlords: [], cmps: [], coordinator: false, partners: [] };

/** The signed-in viewer's part in the procedure (referent, correspondent, coordination). */
export async function loadSupportViewer(event: RequestEvent): Promise<SupportViewer> {
	if (!event.locals.me) return nobody;
	const { data } = await serverQueryOrFailure(event, SupportViewerQuery, {});
	return data?.me ? supportViewer(data.me.roles, territorySlug()) : nobody;
}

/** INSEE code → commune name, for requests that keep the commune only. */
export async function loadCommuneNames(event: RequestEvent): Promise<Record<string, string>> {
	const { data } = await serverQueryOrFailure(event, SupportCommunesQuery, { territory: territorySlug() });
	return Object.fromEntries((data?.sectorCommunes ?? []).map((c) => [c.code, c.name]));
}

/**
 * Requests waiting for an acknowledgement for more than 3 days: all of them for the coordination,
 * its own for a CMP. Null when the list could not be read (the component says so).
 */
export async function loadOverdueAcknowledgements(event: RequestEvent): Promise<SupportAlert[] | null> {
	const { data } = await serverQueryOrFailure(event, SupportRequestAlertsQuery, { territory: territorySlug() });
	return data?.supportRequestAlerts ?? null;
}
