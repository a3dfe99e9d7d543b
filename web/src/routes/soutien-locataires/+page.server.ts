import { readFragment } from '$lib/graphql/graphql';
import { serverQueryOrFailure, territorySlug } from '$lib/server/graphql';
import { SupportContactsQuery, SupportRequestSummaryFragment, SupportRequestsQuery } from '$lib/tenant-support/operations';
import { loadCommuneNames, loadOverdueAcknowledgements, loadSupportViewer } from '$lib/tenant-support/support.server';
import type { PageServerLoad } from './$types';

// One page for every visitor: a referent's requests, a CMP's received requests, and for everyone
// the procedure and who takes part in it. Each block loads on its own: one failing leaves the others.
export const load: PageServerLoad = async (event) => {
	const territory = territorySlug();
	const signedIn = Boolean(event.locals.me);
	const viewer = await loadSupportViewer(event);
	const party = viewer.landlords.length > 0 || viewer.cmps.length > 0;
	const [requests, alerts, contacts, communes] = await Promise.all([
		party ? serverQueryOrFailure(event, SupportRequestsQuery, { territory }) : null,
		viewer.cmps.length || viewer.coordinator ? loadOverdueAcknowledgements(event) : undefined,
		signedIn ? serverQueryOrFailure(event, SupportContactsQuery, { territory }) : null,
		party ? loadCommuneNames(event) : ({} as Record<string, string>)
	]);
	return {
		territory,
		signedIn,
		viewer,
		requests: requests?.data ? readFragment(SupportRequestSummaryFragment, requests.data.supportRequests) : null,
		requestsFailed: Boolean(requests && !requests.data),
		alerts,
		contacts: contacts?.data?.supportContacts ?? null,
		contactsFailed: Boolean(contacts && !contacts.data),
		communes
	};
};
