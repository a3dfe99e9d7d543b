import { error } from '@sveltejs/kit';
import { PartnerPageQuery } from '$lib/graphql/directory';
import { serverQuery } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { data } = await serverQuery(event, PartnerPageQuery, { slug: event.params.slug });
	if (!data?.partner) error(404, 'Cette structure ne figure pas dans l’annuaire.');
	return { partner: data.partner };
};
