import { error, fail } from '@sveltejs/kit';
import { readFragment } from '$lib/graphql/graphql';
import { CancelEventMutation, CommuneMapFragment, DecideEventMutation, EditionPageQuery, EventSummaryFragment, UpdateEditionMutation } from '$lib/graphql/events';
import { type ApiFailure, failureStatus, serverMutation, serverQuery } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { data } = await serverQuery(event, EditionPageQuery, { slug: event.params.slug });
	const edition = data?.edition;
	if (!edition || !data) error(404, 'Cette édition n’existe pas.');
	return {
		edition: {
			...edition,
			programme: readFragment(EventSummaryFragment, edition.programme),
			submissions: readFragment(EventSummaryFragment, edition.submissions)
		},
		map: readFragment(CommuneMapFragment, data.communeMap),
		signedIn: Boolean(event.locals.me),
		justProposed: event.url.searchParams.has('proposee')
	};
};

function refused(failure: ApiFailure, action: string) {
	const status = failureStatus(failure);
	return fail(status, { action, conflict: failure.code === 'CONFLICT', message: failure.message });
}

export const actions: Actions = {
	decide: async (event) => {
		const form = await event.request.formData();
		const accept = form.get('accept') === 'true';
		const { failure } = await serverMutation(event, DecideEventMutation, {
			eventId: String(form.get('eventId') ?? ''),
			version: Number(form.get('version')),
			accept
		});
		if (failure) return refused(failure, 'decide');
		return { action: 'decide', conflict: false, done: accept ? 'L’événement est au programme.' : 'La proposition est refusée.' };
	},
	submissions: async (event) => {
		const form = await event.request.formData();
		const open = form.get('open') === 'true';
		const { failure } = await serverMutation(event, UpdateEditionMutation, {
			editionId: String(form.get('editionId') ?? ''),
			version: Number(form.get('version')),
			fields: { submissionsOpen: open }
		});
		if (failure) return refused(failure, 'submissions');
		return { action: 'submissions', conflict: false, done: open ? 'Les propositions sont ouvertes.' : 'Les propositions sont closes.' };
	},
	cancel: async (event) => {
		const form = await event.request.formData();
		const { failure } = await serverMutation(event, CancelEventMutation, { eventId: String(form.get('eventId') ?? ''), version: Number(form.get('version')) });
		if (failure) return refused(failure, 'cancel');
		return { action: 'cancel', conflict: false, done: 'L’événement est annulé.' };
	}
};
