import { fail } from '@sveltejs/kit';
import { parisToIso } from '$lib/components/meeting-dates';
import { splitLocal } from '$lib/components/event-format';
import { readFragment } from '$lib/graphql/graphql';
import {
	CancelRegistrationMutation,
	CreateTrainingSessionMutation,
	EventSummaryFragment,
	RegisterForEventMutation,
	TrainingSessionsQuery
} from '$lib/graphql/events';
import { type ApiFailure, failureStatus, serverMutation, serverQuery, territorySlug } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '$lib/form-text';

export const load: PageServerLoad = async (event) => {
	const territory = territorySlug();
	const { data } = await serverQuery(event, TrainingSessionsQuery, { territory });
	const sessions = (data?.trainingSessions ?? []).map((session) => ({ ...readFragment(EventSummaryFragment, session), myRegistration: session.myRegistration }));
	const now = new Date().toISOString();
	const me = event.locals.me;
	return {
		upcoming: sessions.filter((s) => (s.endsAt ?? s.startsAt) >= now),
		past: sessions.filter((s) => (s.endsAt ?? s.startsAt) < now).reverse(),
		signedIn: Boolean(me),
		isCoordinator: Boolean(me?.roles.some((r) => r.role === 'COORDINATOR' && r.territory.slug === territory)),
		calendarPath: `/calendrier/formations/${territory}.ics`
	};
};

function refused(failure: ApiFailure, action: string, values?: Record<string, string>) {
	const status = failureStatus(failure);
	return fail(status, { action, message: failure.message, values });
}


export const actions: Actions = {
	register: async (event) => {
		const form = await event.request.formData();
		const { failure } = await serverMutation(event, RegisterForEventMutation, { eventId: formText(form, 'eventId') });
		if (failure) return refused(failure, 'register');
		return { action: 'register', done: 'Vous êtes inscrit à la session.' };
	},
	unregister: async (event) => {
		const form = await event.request.formData();
		const { failure } = await serverMutation(event, CancelRegistrationMutation, { registrationId: formText(form, 'registrationId') });
		if (failure) return refused(failure, 'register');
		return { action: 'register', done: 'Votre inscription est annulée.' };
	},
	create: async (event) => {
		const form = await event.request.formData();
		const values = { title: formText(form, 'title'), start: formText(form, 'start'), end: formText(form, 'end'), place: formText(form, 'place'), capacity: formText(form, 'capacity') };
		const start = splitLocal(values.start);
		const end = splitLocal(values.end);
		const startsAt = parisToIso(start.date, start.time);
		const endsAt = values.end ? parisToIso(end.date, end.time) : null;
		if (!startsAt) return fail(400, { action: 'create', message: 'Indiquez la date et l’heure de début.', values });
		const { failure } = await serverMutation(event, CreateTrainingSessionMutation, {
			territory: territorySlug(),
			fields: {
				title: values.title,
				startsAt,
				endsAt,
				place: values.place || null,
				capacity: values.capacity ? Number(values.capacity) : null
			}
		});
		if (failure) return refused(failure, 'create', values);
		return { action: 'create', done: 'La session est programmée.' };
	}
};
