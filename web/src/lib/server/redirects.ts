import { redirect, type RequestEvent } from '@sveltejs/kit';

/** A same-site path to return to after sign-in; anything else falls back to the account page. */
export function safeReturnPath(value: string | null | undefined): string {
	return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/mon-espace';
}

/** Pages for signed-in people send the others to the sign-in page, and back afterwards. */
export function requireSignedIn(event: RequestEvent) {
	const me = event.locals.me;
	if (!me) redirect(303, `/connexion?retour=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	return me;
}
