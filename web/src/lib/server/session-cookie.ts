import type { RequestEvent } from '@sveltejs/kit';

export const sessionCookieName = 'clsm_session';

/** Passes the API's Set-Cookie headers on to the browser, with the API's attributes. */
export function applySetCookies(event: RequestEvent, headers: string[]): void {
	for (const header of headers) {
		const [pair, ...attributes] = header.split(';').map((part) => part.trim());
		const index = pair.indexOf('=');
		const name = pair.slice(0, index);
		if (name !== sessionCookieName) continue;
		const value = decodeURIComponent(pair.slice(index + 1));
		const attribute = (key: string) =>
			attributes.find((a) => a.toLowerCase().startsWith(`${key.toLowerCase()}=`))?.split('=')[1];
		const expires = attribute('Expires');
		if (!value || (expires && new Date(expires).getTime() <= Date.now())) {
			event.cookies.delete(name, { path: '/' });
			continue;
		}
		event.cookies.set(name, value, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: attributes.some((a) => a.toLowerCase() === 'secure'),
			...(expires ? { expires: new Date(expires) } : {})
		});
	}
}
