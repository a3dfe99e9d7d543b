import { error, fail } from '@sveltejs/kit';
import { readFragment } from '$lib/graphql/graphql';
import {
	AddRegistrationMutation,
	CancelEventMutation,
	CancelRegistrationMutation,
	DecideEventMutation,
	EventPageQuery,
	EventSummaryFragment,
	RecordEventAttendanceMutation,
	RegisterForEventMutation,
	SetAttendanceSheetMutation
} from '$lib/graphql/events';
import { type ApiFailure, failureStatus, serverMutation, serverQuery } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '$lib/form-text';

const notFound = 'Cet événement n’existe pas, ou il n’est pas (encore) public.';

export const load: PageServerLoad = async (event) => {
	if (!/^[0-9a-f-]{36}$/i.test(event.params.id)) error(404, notFound);
	const { data } = await serverQuery(event, EventPageQuery, { id: event.params.id });
	const found = data?.event;
	if (!found) error(404, notFound);
	return {
		event: { ...found, ...readFragment(EventSummaryFragment, found) },
		signedIn: Boolean(event.locals.me),
		past: new Date(found ? readFragment(EventSummaryFragment, found).startsAt : 0) <= new Date()
	};
};

function refused(failure: ApiFailure, action: string) {
	const status = failureStatus(failure);
	return fail(status, { action, conflict: failure.code === 'CONFLICT', message: failure.message });
}

const done = (action: string, message: string) => ({ action, conflict: false, done: message });

export const actions: Actions = {
	decide: async (event) => {
		const form = await event.request.formData();
		const accept = form.get('accept') === 'true';
		const { failure } = await serverMutation(event, DecideEventMutation, { eventId: event.params.id, version: Number(form.get('version')), accept });
		if (failure) return refused(failure, 'status');
		return done('status', accept ? 'L’événement est au programme.' : 'La proposition est refusée.');
	},
	cancel: async (event) => {
		const form = await event.request.formData();
		const { failure } = await serverMutation(event, CancelEventMutation, { eventId: event.params.id, version: Number(form.get('version')) });
		if (failure) return refused(failure, 'status');
		return done('status', 'L’événement est annulé.');
	},
	headcount: async (event) => {
		const form = await event.request.formData();
		const { failure } = await serverMutation(event, RecordEventAttendanceMutation, {
			eventId: event.params.id,
			version: Number(form.get('version')),
			attendance: Number(formText(form, 'attendance'))
		});
		if (failure) return refused(failure, 'headcount');
		return done('headcount', 'Le nombre de participants est enregistré.');
	},
	register: async (event) => {
		const { failure } = await serverMutation(event, RegisterForEventMutation, { eventId: event.params.id });
		if (failure) return refused(failure, 'register');
		return done('register', 'Vous êtes inscrit à la session.');
	},
	unregister: async (event) => {
		const form = await event.request.formData();
		const { failure } = await serverMutation(event, CancelRegistrationMutation, { registrationId: formText(form, 'registrationId') });
		if (failure) return refused(failure, formText(form, 'from') === 'list' ? 'sheet' : 'register');
		return done(formText(form, 'from') === 'list' ? 'sheet' : 'register', 'L’inscription est annulée.');
	},
	addRegistration: async (event) => {
		const form = await event.request.formData();
		const { failure } = await serverMutation(event, AddRegistrationMutation, { eventId: event.params.id, fullName: formText(form, 'fullName'), partnerId: null });
		if (failure) return refused(failure, 'sheet');
		return done('sheet', 'La personne est inscrite.');
	},
	sheet: async (event) => {
		const form = await event.request.formData();
		const { failure } = await serverMutation(event, SetAttendanceSheetMutation, {
			eventId: event.params.id,
			version: Number(form.get('version')),
			presentRegistrationIds: form.getAll('present').map(String)
		});
		if (failure) return refused(failure, 'sheet');
		return done('sheet', 'La feuille d’émargement est enregistrée.');
	}
};
