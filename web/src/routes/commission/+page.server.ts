import { error, fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-text';
import { failureStatus, serverMutation, territorySlug } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import { loadCommissionSessions, publishAgenda } from '$lib/tenant-support/commission.server';
import { ConveneCommissionMutation } from '$lib/tenant-support/operations';
import { parisDay } from '$lib/tenant-support/support-format';
import { loadSupportViewer } from '$lib/tenant-support/support.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireSignedIn(event);
	const [viewer, { sessions, partners }] = await Promise.all([loadSupportViewer(event), loadCommissionSessions(event)]);
	if (!sessions) error(503, 'Les séances de la commission n’ont pas pu être chargées. Réessayez dans quelques instants.');
	return {
		sessions,
		partnerNames: Object.fromEntries(partners.map((p) => [p.id, p.name])),
		// The coordination convenes: it chooses the members among the territory's organisations.
		choices: viewer.coordinator ? partners : [],
		coordinator: viewer.coordinator,
		today: parisDay()
	};
};

export const actions: Actions = {
	convene: async (event) => {
		requireSignedIn(event);
		const form = await event.request.formData();
		const values = { heldOn: formText(form, 'heldOn'), accessDays: formText(form, 'accessDays'), memberPartnerIds: form.getAll('memberPartnerIds').map(String) };
		const accessDays = values.accessDays === '' ? null : Number(values.accessDays);
		if (accessDays !== null && !Number.isInteger(accessDays)) {
			return fail(400, { action: 'convene', message: 'La durée de consultation est un nombre entier de jours.', field: 'accessDays', values });
		}
		const { data, failure } = await serverMutation(event, ConveneCommissionMutation, {
			territory: territorySlug(),
			input: { heldOn: values.heldOn, accessDays, memberPartnerIds: values.memberPartnerIds }
		});
		if (failure) return fail(failureStatus(failure), { action: 'convene', message: failure.message, field: failure.field ?? null, values });
		redirect(303, `/commission/${data!.conveneCommission.id}?reunie`);
	},
	publish: publishAgenda
};
