import { ConventionsQuery } from '$lib/graphql/conventions';
import { serverQuery, territorySlug } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { data } = await serverQuery(event, ConventionsQuery, { territory: territorySlug() });
	const me = event.locals.me;
	return {
		conventions: data?.conventions ?? [],
		canCreate: Boolean(me?.roles.some((r) => r.role === 'COORDINATOR' && r.territory.slug === territorySlug()))
	};
};
