import { fail } from '@sveltejs/kit';
import { RequestPasswordResetMutation } from '$lib/graphql/account';
import { serverMutation } from '$lib/server/graphql';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const email = String((await event.request.formData()).get('email') ?? '');
		const { failure } = await serverMutation(event, RequestPasswordResetMutation, { email });
		if (failure) return fail(400, { email, message: failure.message });
		return { sent: true, email };
	}
};
