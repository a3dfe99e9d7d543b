import { error } from '@sveltejs/kit';
import { ImlSchemeFiguresQuery } from '$lib/graphql/iml-figures';
import { housingAccess } from '$lib/housing-figures/housing-access';
import { serverQueryOrFailure, territorySlug } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const me = requireSignedIn(event);
	const territory = territorySlug();
	const access = housingAccess(me.roles, territory);
	const territoryName = me.roles.find((grant) => grant.territory.slug === territory)?.territory.name ?? null;
	const links = { board: access.href === '/logement', offers: access.landlords.length > 0 || access.readsAllOffers };
	if (!access.readsFigures) return { allowed: false as const, links };
	const { data, failure } = await serverQueryOrFailure(event, ImlSchemeFiguresQuery, { territory });
	if (failure?.code === 'FORBIDDEN') return { allowed: false as const, links };
	if (!data) error(503, failure?.message ?? 'Le service est momentanément indisponible. Réessayez dans quelques instants.');
	return { allowed: true as const, links, territoryName, figures: data.imlSchemeFigures };
};
