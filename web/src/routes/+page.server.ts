import { HomeQuery } from '$lib/graphql/directory';
import { serverQuery, territorySlug } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

// Read-only for everyone, and its one form is a plain GET to /annuaire: no JavaScript is sent.
export const csr = false;

export const load: PageServerLoad = async (event) => {
	const { data } = await serverQuery(event, HomeQuery, { territory: territorySlug() });
	return { territory: data?.territory ?? null, sectors: data?.sectors ?? [] };
};
