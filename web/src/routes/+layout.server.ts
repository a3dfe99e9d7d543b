import { housingAccess } from '$lib/housing-figures/housing-access';
import { territorySlug } from '$lib/server/graphql';
import type { LayoutServerLoad } from './$types';

// Only what the header needs reaches the browser.
export const load: LayoutServerLoad = ({ locals }) => ({
	me: locals.me ? { displayName: locals.me.displayName, housingHref: housingAccess(locals.me.roles, territorySlug()).href } : null
});
