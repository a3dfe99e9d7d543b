import { MyActionsQuery } from '$lib/graphql/meetings';
import { serverQuery } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireSignedIn(event);
	const { data } = await serverQuery(event, MyActionsQuery, {});
	return { actions: data?.myActions ?? [] };
};
