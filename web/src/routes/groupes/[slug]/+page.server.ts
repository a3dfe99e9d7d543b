import { error, fail, redirect } from '@sveltejs/kit';
import { parisToIso } from '$lib/components/meeting-dates';
import { readFragment } from '$lib/graphql/graphql';
import {
	CreateMeetingMutation,
	DecideJoinRequestMutation,
	GroupPageQuery,
	MeetingSummaryFragment,
	MyOrganisationsQuery,
	ParticipantFragment,
	RequestToJoinGroupMutation
} from '$lib/graphql/meetings';
import { type ApiFailure, failureStatus, serverMutation, serverQuery, serverQueryOrFailure, territorySlug } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '$lib/form-text';

export const load: PageServerLoad = async (event) => {
	const signedIn = Boolean(event.locals.me);
	const [{ data }, mine] = await Promise.all([
		serverQuery(event, GroupPageQuery, { slug: event.params.slug }),
		signedIn ? serverQueryOrFailure(event, MyOrganisationsQuery, {}) : null
	]);
	const group = data?.group;
	// A private group is not visible to the public: the same answer as a group that does not exist.
	if (!group) error(404, 'Ce groupe de travail n’existe pas, ou il est réservé aux partenaires du territoire.');
	const territory = territorySlug();
	const organisations = (mine?.data?.me?.roles ?? [])
		.filter((role) => role.territory.slug === territory && role.partner)
		.map((role) => role.partner!)
		.filter((partner, i, all) => all.findIndex((p) => p.id === partner.id) === i);
	return {
		group: {
			...group,
			animators: readFragment(ParticipantFragment, group.animators),
			members: readFragment(ParticipantFragment, group.members),
			pendingRequests: readFragment(ParticipantFragment, group.pendingRequests),
			meetings: readFragment(MeetingSummaryFragment, group.meetings)
		},
		signedIn,
		organisations,
		// Past and coming meetings are split by the server's clock, the same for SSR and hydration.
		now: new Date().toISOString()
	};
};

function refused(failure: ApiFailure, action: string, values?: Record<string, unknown>) {
	const status = failureStatus(failure);
	return fail(status, { action, conflict: failure.code === 'CONFLICT', message: failure.message, values });
}


export const actions: Actions = {
	join: async (event) => {
		const form = await event.request.formData();
		const partnerId = formText(form, 'partnerId') || null;
		const { data, failure } = await serverMutation(event, RequestToJoinGroupMutation, { groupId: formText(form, 'groupId'), partnerId });
		if (failure) return refused(failure, 'join');
		const active = data!.requestToJoinGroup.status === 'ACTIVE';
		return {
			action: 'join',
			joined: partnerId ?? 'self',
			done: active
				? 'Vous faites déjà partie de ce groupe.'
				: 'Votre demande a été envoyée. Elle est en attente de la réponse des animateurs du groupe.'
		};
	},
	decide: async (event) => {
		const form = await event.request.formData();
		const accept = form.get('accept') === 'oui';
		const { failure } = await serverMutation(event, DecideJoinRequestMutation, { membershipId: formText(form, 'membershipId'), accept });
		if (failure) return refused(failure, 'decide');
		return { action: 'decide', done: accept ? 'La demande a été acceptée.' : 'La demande a été refusée.' };
	},
	schedule: async (event) => {
		const form = await event.request.formData();
		const values = {
			title: formText(form, 'title'),
			date: formText(form, 'date'),
			start: formText(form, 'start'),
			end: formText(form, 'end'),
			place: formText(form, 'place'),
			videoUrl: formText(form, 'videoUrl'),
			agenda: String(form.get('agenda') ?? '')
		};
		const invalid = (message: string) => fail(400, { action: 'schedule', conflict: false, message, values });
		if (!values.title) return invalid('Indiquez le titre de la réunion.');
		if (!values.date || !values.start || !values.end) return invalid('Indiquez la date, l’heure de début et l’heure de fin.');
		// The form is in Paris time; the API wants instants.
		const startsAt = parisToIso(values.date, values.start);
		const endsAt = parisToIso(values.date, values.end);
		if (!startsAt || !endsAt) return invalid('La date ou l’heure n’est pas valide (date AAAA-MM-JJ, heure HH:MM).');
		const agenda = values.agenda
			.split(/\r?\n/)
			.map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
			.filter(Boolean);
		const { data, failure } = await serverMutation(event, CreateMeetingMutation, {
			territory: territorySlug(),
			groupId: formText(form, 'groupId'),
			fields: { title: values.title, startsAt, endsAt, place: values.place || null, videoUrl: values.videoUrl || null },
			agenda
		});
		if (failure) return refused(failure, 'schedule', values);
		redirect(303, `/reunions/${data!.createMeeting.id}?programmee=1`);
	}
};
