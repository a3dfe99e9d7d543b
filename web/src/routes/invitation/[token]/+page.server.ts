import { fail, redirect } from '@sveltejs/kit';
import { AcceptInvitationMutation } from '$lib/graphql/account';
import { serverMutation } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ signedInAs: locals.me?.email ?? null });

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const fields = {
			firstName: String(form.get('firstName') ?? '') || null,
			lastName: String(form.get('lastName') ?? '') || null,
			password: String(form.get('password') ?? '') || null
		};
		const { failure } = await serverMutation(event, AcceptInvitationMutation, {
			input: { token: event.params.token, ...fields }
		});
		if (failure) return fail(400, { message: failure.message, firstName: fields.firstName, lastName: fields.lastName });
		redirect(303, '/mon-espace');
	}
};
