import { error, fail } from '@sveltejs/kit';
import { formText } from '$lib/form-text';
import { type ApiFailure, failureStatus, serverMutation, serverQuery, territorySlug } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import { AddSupportClinicalNoteMutation, SupportRequestPageQuery, TakeSupportStepMutation } from '$lib/tenant-support/operations';
import { isAction, isOutcome } from '$lib/tenant-support/support-format';
import { loadCommuneNames } from '$lib/tenant-support/support.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireSignedIn(event);
	const [{ data }, communes] = await Promise.all([serverQuery(event, SupportRequestPageQuery, { id: event.params.id }), loadCommuneNames(event)]);
	const request = data?.supportRequest;
	if (!request) error(404, 'Cette demande n’existe pas ou ne vous est pas accessible.');
	return {
		request,
		territory: territorySlug(),
		commune: communes[request.communeCode] ?? `Commune ${request.communeCode}`,
		notice: event.url.searchParams.has('envoyee') ? `La demande ${request.reference} a été envoyée au CMP du secteur.` : null
	};
};

const stepKinds = ['ACKNOWLEDGED', 'INFO_REQUESTED', 'INFO_PROVIDED', 'ACTION_PROPOSED', 'CLOSED'] as const;
type StepKind = (typeof stepKinds)[number];
const isStepKind = (value: string): value is StepKind => (stepKinds as readonly string[]).includes(value);

const doneMessages: Record<StepKind, string> = {
	ACKNOWLEDGED: 'L’accusé de réception a été envoyé au référent.',
	INFO_REQUESTED: 'Votre demande d’informations a été envoyée au référent.',
	INFO_PROVIDED: 'Votre réponse a été envoyée au CMP.',
	ACTION_PROPOSED: 'L’action proposée a été enregistrée et transmise au référent.',
	CLOSED: 'La demande est clôturée.'
};

// A conflict tells the person the request changed meanwhile; the page then reloads it.
function refused(failure: ApiFailure, action: string, values: Record<string, string>) {
	return fail(failureStatus(failure), { action, conflict: failure.code === 'CONFLICT', message: failure.message, field: failure.field ?? null, values });
}

export const actions: Actions = {
	step: async (event) => {
		requireSignedIn(event);
		const form = await event.request.formData();
		const kind = formText(form, 'kind');
		const values = { message: formText(form, 'message'), action: formText(form, 'supportAction'), outcome: formText(form, 'outcome') };
		if (!isStepKind(kind)) return fail(400, { action: kind || 'step', conflict: false, message: 'Étape inconnue.', field: null, values });
		if (kind === 'ACTION_PROPOSED' && !isAction(values.action)) {
			return fail(400, { action: kind, conflict: false, message: 'Choisissez l’action proposée.', field: 'action', values });
		}
		if (kind === 'CLOSED' && !isOutcome(values.outcome)) {
			return fail(400, { action: kind, conflict: false, message: 'Choisissez l’issue de la demande.', field: 'outcome', values });
		}
		const { failure } = await serverMutation(event, TakeSupportStepMutation, {
			id: event.params.id,
			version: Number(form.get('version')),
			input: {
				kind,
				message: values.message || null,
				action: kind === 'ACTION_PROPOSED' && isAction(values.action) ? values.action : null,
				outcome: kind === 'CLOSED' && isOutcome(values.outcome) ? values.outcome : null
			}
		});
		if (failure) return refused(failure, kind, values);
		return { action: kind, conflict: false, done: doneMessages[kind] };
	},
	note: async (event) => {
		requireSignedIn(event);
		const form = await event.request.formData();
		const values = { note: formText(form, 'note') };
		if (!values.note) return fail(400, { action: 'note', conflict: false, message: 'Écrivez la note.', field: 'note', values });
		const { failure } = await serverMutation(event, AddSupportClinicalNoteMutation, { id: event.params.id, note: values.note });
		if (failure) return refused(failure, 'note', values);
		return { action: 'note', conflict: false, done: 'La note clinique a été ajoutée.' };
	}
};
