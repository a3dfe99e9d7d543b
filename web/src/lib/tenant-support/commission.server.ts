import { fail, type RequestEvent } from '@sveltejs/kit';
import type { ResultOf } from '$lib/graphql/graphql';
import { readFragment } from '$lib/graphql/graphql';
import { formText } from '$lib/form-text';
import { failureStatus, serverMutation, serverQueryOrFailure, territorySlug } from '$lib/server/graphql';
import { CommissionSessionFragment, CommissionSessionsQuery, PublishCommissionAgendaMutation } from './operations';

export type CommissionSessionData = ResultOf<typeof CommissionSessionFragment>;

/** The viewer's sessions and the names of the territory's organisations; null when unreadable. */
export async function loadCommissionSessions(event: RequestEvent) {
	const { data, failure } = await serverQueryOrFailure(event, CommissionSessionsQuery, { territory: territorySlug() });
	if (!data) return { sessions: null, partners: [], failure };
	return {
		sessions: readFragment(CommissionSessionFragment, data.commissionSessions),
		partners: [...data.partnerMarkers].sort((a, b) => a.name.localeCompare(b.name, 'fr')),
		failure
	};
}

/** The coordination publishes a session's agenda: the files open to its members. */
export async function publishAgenda(event: RequestEvent) {
	const form = await event.request.formData();
	const sessionId = formText(form, 'sessionId');
	const { failure } = await serverMutation(event, PublishCommissionAgendaMutation, { sessionId, version: Number(form.get('version')) });
	if (failure) return fail(failureStatus(failure), { action: 'publish', sessionId, conflict: failure.code === 'CONFLICT', message: failure.message });
	return { action: 'publish', sessionId, done: 'L’ordre du jour est publié : les membres consultent maintenant les dossiers.' };
}
