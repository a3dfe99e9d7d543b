import { fail, redirect } from '@sveltejs/kit';
import { SignInMutation } from '$lib/graphql/account';
import { serverMutation } from '$lib/server/graphql';
import { safeReturnPath } from '$lib/server/redirects';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.me) redirect(303, safeReturnPath(url.searchParams.get('retour')));
	return { passwordReset: url.searchParams.has('reinitialise') };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const email = String(form.get('email') ?? '');
		const password = String(form.get('password') ?? '');
		if (!email || !password) return fail(400, { email, message: 'Indiquez votre adresse e-mail et votre mot de passe.' });
		const { failure } = await serverMutation(event, SignInMutation, { email, password });
		if (failure) return fail(failure.code === 'TOO_MANY_ATTEMPTS' ? 429 : 400, { email, message: failure.message });
		redirect(303, safeReturnPath(event.url.searchParams.get('retour')));
	}
};
