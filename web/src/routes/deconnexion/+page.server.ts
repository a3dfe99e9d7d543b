import { redirect } from '@sveltejs/kit';
import { SignOutMutation } from '$lib/graphql/account';
import { serverMutation } from '$lib/server/graphql';
import { sessionCookieName } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state: only by POST (the header's button), never by following a link.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async (event) => {
		await serverMutation(event, SignOutMutation, {});
		event.cookies.delete(sessionCookieName, { path: '/' });
		redirect(303, '/');
	}
};
