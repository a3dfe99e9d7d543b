import type { LayoutServerLoad } from './$types';

// Only what the header needs reaches the browser.
export const load: LayoutServerLoad = ({ locals }) => ({
	me: locals.me ? { displayName: locals.me.displayName } : null
});
