import { error, fail, redirect } from '@sveltejs/kit';
import { readConventionForm, type ConventionFormValues } from '$lib/conventions/convention-form';
import { ConventionEditQuery, UpdateConventionMutation } from '$lib/graphql/conventions';
import { failureStatus, serverMutation, serverQuery } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireSignedIn(event);
	const { data } = await serverQuery(event, ConventionEditQuery, { slug: event.params.slug });
	const convention = data?.convention;
	if (!convention) error(404, 'Cette convention n’existe pas.');
	if (!convention.viewerCanEdit) {
		error(403, convention.status === 'ENDED' ? 'Une convention terminée ne peut plus être modifiée.' : 'Réservé à la coordination du CLSM.');
	}
	const values: ConventionFormValues = {
		title: convention.title,
		summary: convention.summary ?? '',
		objectives: convention.objectives.map((o) => o.text).join('\n'),
		durationMonths: convention.durationMonths?.toString() ?? '',
		evaluationDue: convention.evaluationDue ?? '',
		renewalDue: convention.renewalDue ?? ''
	};
	return { convention: { id: convention.id, slug: convention.slug, title: convention.title, version: convention.version }, values };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const { values, input, error: formError } = readConventionForm(form);
		if (!input) return fail(400, { message: formError, conflict: false, values });
		const { failure } = await serverMutation(event, UpdateConventionMutation, {
			conventionId: String(form.get('conventionId') ?? ''),
			version: Number(form.get('version')),
			input
		});
		if (failure) {
			const status = failureStatus(failure);
			return fail(status, { message: failure.message, conflict: failure.code === 'CONFLICT', values });
		}
		redirect(303, `/conventions/${event.params.slug}?modifiee`);
	}
};
