import { GroupsQuery } from '$lib/graphql/meetings';
import { serverQuery, territorySlug } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { data } = await serverQuery(event, GroupsQuery, { territory: territorySlug() });
	return { groups: data?.groups ?? [], upcoming: data?.upcomingMeetings ?? [] };
};
