import { error } from '@sveltejs/kit';
import { PartnerPageQuery } from '$lib/graphql/directory';
import { PartnerHistoryQuery } from '$lib/graphql/editing';
import { PartnerServicesQuery } from '$lib/graphql/services';
import { serverQuery, serverQueryOrFailure } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

// Links and text only, for visitors and editors alike (editing happens on /modifier and
// /services): the page needs no JavaScript, so none is sent.
export const csr = false;

export const load: PageServerLoad = async (event) => {
	const [{ data }, history, services] = await Promise.all([
		serverQuery(event, PartnerPageQuery, { slug: event.params.slug }),
		// The history names people: only members of the entry's territory get it.
		event.locals.me ? serverQueryOrFailure(event, PartnerHistoryQuery, { slug: event.params.slug }) : null,
		serverQuery(event, PartnerServicesQuery, { slug: event.params.slug })
	]);
	if (!data?.partner) error(404, 'Cette structure ne figure pas dans l’annuaire.');
	return {
		partner: data.partner,
		history: history?.data?.partner?.history ?? null,
		services: services.data?.partner?.services ?? [],
		justSaved: event.url.searchParams.has('modifie')
	};
};
