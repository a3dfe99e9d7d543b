import { fail, redirect } from '@sveltejs/kit';
import { ResetPasswordMutation } from '$lib/graphql/account';
import { serverMutation } from '$lib/server/graphql';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const password = String(form.get('password') ?? '');
		if (password !== String(form.get('confirmation') ?? '')) {
			return fail(400, { message: 'Les deux mots de passe ne sont pas identiques.' });
		}
		const { failure } = await serverMutation(event, ResetPasswordMutation, { token: event.params.token, password });
		if (failure) return fail(400, { message: failure.message });
		redirect(303, '/connexion?reinitialise=1');
	}
};
