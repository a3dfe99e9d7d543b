import { HomeQuery } from '$lib/graphql/directory';
import { serverQuery, territorySlug } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { data } = await serverQuery(event, HomeQuery, { territory: territorySlug() });
	return { territory: data?.territory ?? null, sectors: data?.sectors ?? [] };
};
