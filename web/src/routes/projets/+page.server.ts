import { ProjectsQuery } from '$lib/graphql/projects';
import { serverQuery, territorySlug } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { data } = await serverQuery(event, ProjectsQuery, { territory: territorySlug() });
	return { projects: data?.projects ?? [] };
};
