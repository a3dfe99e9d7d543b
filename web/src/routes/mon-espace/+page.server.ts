import { housingAccess } from '$lib/housing-figures/housing-access';
import { territorySlug } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const me = requireSignedIn(event);
	const coordinated = me.roles.filter((r) => r.role === 'COORDINATOR').map((r) => r.territory);
	const administered = me.roles.filter((r) => r.role === 'PARTNER_ADMIN' && r.partner).map((r) => r.partner!);
	const housing = housingAccess(me.roles, territorySlug());
	return {
		account: { email: me.email, displayName: me.displayName, roles: me.roles },
		coordinated,
		administered,
		housing: { board: housing.href === '/logement', offers: housing.landlords.length > 0 || housing.readsAllOffers, figures: housing.readsFigures }
	};
};
