import type { Handle } from '@sveltejs/kit';
import { MeQuery } from '$lib/graphql/account';
import { serverQueryOrFailure } from '$lib/server/graphql';
import { sessionCookieName } from '$lib/server/session-cookie';
import { mapTiles } from '$lib/server/map-config';
import { allowImages, tileOrigin } from '$lib/map/tiles';

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.me = null;
	if (event.cookies.get(sessionCookieName)) {
		const { data, failure } = await serverQueryOrFailure(event, MeQuery, {});
		event.locals.me = data?.me ?? null;
		// The API answered that this session is over: stop sending it.
		if (!failure && !event.locals.me) event.cookies.delete(sessionCookieName, { path: '/' });
	}
	const response = await resolve(event, {
		// SvelteKit refuses to serialise other headers of fetches made during SSR.
		filterSerializedResponseHeaders: (name) => name === 'content-type'
	});
	// The map page alone may load images from the configured tile server.
	if (event.route.id === '/carte') {
		const tiles = mapTiles().url;
		const source = tiles ? tileOrigin(tiles) : null;
		const csp = response.headers.get('content-security-policy');
		if (source && csp) response.headers.set('content-security-policy', allowImages(csp, source));
	}
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(self)');
	return response;
};
