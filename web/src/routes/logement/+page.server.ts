import { error, redirect } from '@sveltejs/kit';
import { readFragment } from '$lib/graphql/graphql';
import { ImlBoardQuery, ImlCaseCardFragment } from '$lib/graphql/iml-cases';
import { housingAccess } from '$lib/housing-figures/housing-access';
import { housingRolesOf } from '$lib/housing/viewer';
import { serverQueryOrFailure, territorySlug } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import type { PageServerLoad } from './$types';

// The scheme has some twenty people at a time: the board follows the pages of the API (100 a
// page, its maximum) to group every case of the viewer, up to a bound it says it reached.
const pageSize = 100;
const maxPages = 5;

export const load: PageServerLoad = async (event) => {
	const me = requireSignedIn(event);
	const territory = territorySlug();
	const roles = housingRolesOf(me, territory);
	const access = housingAccess(me.roles, territory);
	const base = {
		territory,
		roles,
		canRefer: roles.includes('CARE_TEAM'),
		// The other housing pages: the landlords' offers, and the scheme's figures (funders too).
		offersLink: access.readsAllOffers || access.landlords.length > 0,
		figuresLink: access.readsFigures,
		notice: event.url.searchParams.has('consentement-retire') ? 'Le consentement est retiré : le dossier ne vous est plus accessible.' : null
	};
	if (!roles.length) return { ...base, cases: [], totalCount: 0, capped: false };

	const pageAfter = (after: string | null) => serverQueryOrFailure(event, ImlBoardQuery, { territory, first: pageSize, after });
	const cases = [];
	let after: string | null = null;
	let totalCount = 0;
	let hasNextPage = true;
	for (let page = 0; page < maxPages && hasNextPage; page++) {
		const { data, failure } = await pageAfter(after);
		if (failure?.code === 'UNAUTHENTICATED') redirect(303, `/connexion?retour=${encodeURIComponent(event.url.pathname)}`);
		if (!data) error(503, failure?.message ?? 'Le service est momentanément indisponible. Réessayez dans quelques instants.');
		cases.push(...data.imlCases.edges.map((edge) => readFragment(ImlCaseCardFragment, edge.node)));
		totalCount = data.imlCases.totalCount;
		hasNextPage = data.imlCases.pageInfo.hasNextPage;
		after = data.imlCases.pageInfo.endCursor;
	}
	return { ...base, cases, totalCount, capped: hasNextPage };
};
