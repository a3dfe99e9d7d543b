import { error, fail } from '@sveltejs/kit';
import { parisToIso } from '$lib/components/meeting-dates';
import { readFragment, type VariablesOf } from '$lib/graphql/graphql';
import {
	AddActionMutation,
	AddAgendaItemMutation,
	AddDecisionMutation,
	CancelMeetingMutation,
	MarkMeetingHeldMutation,
	MeetingPageQuery,
	ParticipantFragment,
	SaveMinutesMutation,
	SetActionStatusMutation,
	SetAttendanceMutation,
	UpdateMeetingMutation
} from '$lib/graphql/meetings';
import { type ApiFailure, failureStatus, serverMutation, serverQuery } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '$lib/form-text';

type AttendanceEntry = VariablesOf<typeof SetAttendanceMutation>['entries'][number];
type AttendanceStatus = AttendanceEntry['status'];
type ActionStatus = VariablesOf<typeof SetActionStatusMutation>['status'];

const attendanceStatuses = new Set(['PRESENT', 'EXCUSED', 'ABSENT', 'INVITED']);
const actionStatuses = new Set(['OPEN', 'DONE', 'CANCELLED']);

const uniqueById = <T extends { id: string }>(items: T[]) => items.filter((item, i) => items.findIndex((o) => o.id === item.id) === i);

export const load: PageServerLoad = async (event) => {
	const id = event.params.id;
	// Not an id the API could know: the same page as an unknown meeting, without asking it.
	if (!/^[0-9a-f-]{36}$/i.test(id)) error(404, 'Cette réunion n’existe pas, ou elle est réservée aux partenaires du territoire.');
	const { data } = await serverQuery(event, MeetingPageQuery, { id });
	const meeting = data?.meeting;
	if (!meeting) error(404, 'Cette réunion n’existe pas, ou elle est réservée aux partenaires du territoire.');
	const animators = readFragment(ParticipantFragment, meeting.group?.animators ?? []);
	const members = readFragment(ParticipantFragment, meeting.group?.members ?? []);
	// The group's organisations and people (in their own name): for the attendance sheet, and
	// the organisations for the owners of actions.
	const participants = [...animators, ...members];
	const organisations = uniqueById(participants.flatMap((p) => (p.partner ? [p.partner] : []))).sort((a, b) =>
		a.name.localeCompare(b.name, 'fr')
	);
	const people = uniqueById(participants.flatMap((p) => (p.person ? [p.person] : []))).sort((a, b) =>
		a.displayName.localeCompare(b.displayName, 'fr')
	);
	const replacements = (meeting.group?.meetings ?? [])
		.filter((m) => m.id !== meeting.id && m.status !== 'CANCELLED')
		.sort((a, b) => b.startsAt.localeCompare(a.startsAt));
	return {
		meeting: { ...meeting, group: meeting.group ? { id: meeting.group.id, slug: meeting.group.slug, name: meeting.group.name } : null },
		organisations,
		people,
		replacements,
		signedIn: Boolean(event.locals.me),
		justScheduled: event.url.searchParams.has('programmee')
	};
};

// A conflict keeps what the person typed, to show beside the version someone else saved.
function refused(failure: ApiFailure, action: string, values?: Record<string, unknown>) {
	const status = failureStatus(failure);
	return fail(status, { action, conflict: failure.code === 'CONFLICT', message: failure.message, values });
}

const done = (action: string, message: string) => ({ action, conflict: false, done: message });

export const actions: Actions = {
	attendance: async (event) => {
		const form = await event.request.formData();
		const status = formText(form, 'status');
		const personId = formText(form, 'personId') || null;
		const partnerId = formText(form, 'partnerId') || null;
		if (!attendanceStatuses.has(status) || (!personId && !partnerId)) {
			return fail(400, { action: 'attendance', conflict: false, message: 'Choisissez une structure et sa présence.' });
		}
		const entry: AttendanceEntry = { personId, partnerId, status: status as AttendanceStatus };
		const { failure } = await serverMutation(event, SetAttendanceMutation, { meetingId: event.params.id, entries: [entry] });
		if (failure) return refused(failure, 'attendance');
		return done('attendance', 'La feuille d’émargement a été mise à jour.');
	},
	inviteAll: async (event) => {
		const form = await event.request.formData();
		const entries = form
			.getAll('partnerId')
			.map(String)
			.filter(Boolean)
			.map((partnerId): AttendanceEntry => ({ partnerId, status: 'INVITED' }));
		if (!entries.length) return done('attendance', 'Toutes les structures du groupe sont déjà sur la feuille.');
		const { failure } = await serverMutation(event, SetAttendanceMutation, { meetingId: event.params.id, entries });
		if (failure) return refused(failure, 'attendance');
		return done('attendance', 'Les structures du groupe ont été ajoutées à la feuille d’émargement.');
	},
	minutes: async (event) => {
		const form = await event.request.formData();
		const minutes = String(form.get('minutes') ?? '');
		const items = [...form.keys()]
			.filter((key) => key.startsWith('item-'))
			.map((key) => ({ agendaItemId: key.slice('item-'.length), minutes: String(form.get(key) ?? '') }));
		const { failure } = await serverMutation(event, SaveMinutesMutation, {
			meetingId: event.params.id,
			version: Number(form.get('version')),
			minutes,
			items
		});
		if (failure) return refused(failure, 'minutes', { minutes, items });
		return done('minutes', 'Le compte rendu a été enregistré.');
	},
	agendaItem: async (event) => {
		const form = await event.request.formData();
		const title = formText(form, 'title');
		const { failure } = await serverMutation(event, AddAgendaItemMutation, { meetingId: event.params.id, title });
		if (failure) return refused(failure, 'agendaItem', { title });
		return done('agendaItem', 'Le point a été ajouté à l’ordre du jour.');
	},
	decision: async (event) => {
		const form = await event.request.formData();
		const decision = formText(form, 'text');
		const { failure } = await serverMutation(event, AddDecisionMutation, { meetingId: event.params.id, text: decision });
		if (failure) return refused(failure, 'decision', { text: decision });
		return done('decision', 'La décision a été ajoutée.');
	},
	action: async (event) => {
		const form = await event.request.formData();
		const values = { title: formText(form, 'title'), ownerPartnerId: formText(form, 'ownerPartnerId'), dueDate: formText(form, 'dueDate') };
		const { failure } = await serverMutation(event, AddActionMutation, {
			meetingId: event.params.id,
			action: { title: values.title, ownerPartnerId: values.ownerPartnerId || null, dueDate: values.dueDate || null }
		});
		if (failure) return refused(failure, 'action', values);
		return done('action', 'L’action a été ajoutée.');
	},
	actionStatus: async (event) => {
		const form = await event.request.formData();
		const status = formText(form, 'status');
		if (!actionStatuses.has(status)) return fail(400, { action: 'actionStatus', conflict: false, message: 'État inconnu.' });
		const { failure } = await serverMutation(event, SetActionStatusMutation, {
			actionId: formText(form, 'actionId'),
			version: Number(form.get('version')),
			status: status as ActionStatus
		});
		if (failure) return refused(failure, 'actionStatus');
		return done('actionStatus', 'L’état de l’action a été mis à jour.');
	},
	held: async (event) => {
		const form = await event.request.formData();
		const { failure } = await serverMutation(event, MarkMeetingHeldMutation, { meetingId: event.params.id, version: Number(form.get('version')) });
		if (failure) return refused(failure, 'status');
		return done('status', 'La réunion est marquée comme tenue.');
	},
	cancel: async (event) => {
		const form = await event.request.formData();
		const { failure } = await serverMutation(event, CancelMeetingMutation, {
			meetingId: event.params.id,
			version: Number(form.get('version')),
			replacedById: formText(form, 'replacedById') || null
		});
		if (failure) return refused(failure, 'status');
		return done('status', 'La réunion est annulée.');
	},
	reschedule: async (event) => {
		const form = await event.request.formData();
		const values = {
			title: formText(form, 'title'),
			date: formText(form, 'date'),
			start: formText(form, 'start'),
			end: formText(form, 'end'),
			place: formText(form, 'place'),
			videoUrl: formText(form, 'videoUrl')
		};
		const startsAt = parisToIso(values.date, values.start);
		const endsAt = parisToIso(values.date, values.end);
		if (!values.title || !startsAt || !endsAt) {
			return fail(400, { action: 'reschedule', conflict: false, message: 'Indiquez le titre, la date, l’heure de début et l’heure de fin.', values });
		}
		const { failure } = await serverMutation(event, UpdateMeetingMutation, {
			meetingId: event.params.id,
			version: Number(form.get('version')),
			fields: { title: values.title, startsAt, endsAt, place: values.place || null, videoUrl: values.videoUrl || null }
		});
		if (failure) return refused(failure, 'reschedule', values);
		return done('reschedule', 'La réunion a été modifiée.');
	}
};
