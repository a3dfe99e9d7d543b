import { error, fail, redirect } from '@sveltejs/kit';
import { readConventionForm } from '$lib/conventions/convention-form';
import { CreateConventionMutation } from '$lib/graphql/conventions';
import { failureStatus, serverMutation, territorySlug } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import type { Actions, PageServerLoad } from './$types';

const isCoordinator = (me: App.Locals['me']) => Boolean(me?.roles.some((r) => r.role === 'COORDINATOR' && r.territory.slug === territorySlug()));

export const load: PageServerLoad = async (event) => {
	const me = requireSignedIn(event);
	if (!isCoordinator(me)) error(403, 'Réservé à la coordination du CLSM.');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const formData = await event.request.formData();
		const draftedOn = String(formData.get('draftedOn') ?? '').trim();
		const { values, input, error: formError } = readConventionForm(formData);
		if (!input) return fail(400, { message: formError, values, draftedOn });
		const { data, failure } = await serverMutation(event, CreateConventionMutation, { territory: territorySlug(), input, draftedOn: draftedOn || null });
		if (failure) return fail(failureStatus(failure), { message: failure.message, values, draftedOn });
		redirect(303, `/conventions/${data!.createConvention.slug}?creee`);
	}
};
