// What the housing pages offer a signed-in account, from its role grants in the territory. The
// API decides what each query returns; this only picks the pages, links and forms to show.

export interface RoleGrantLike {
	role: string;
	territory: { slug: string };
	partner?: { slug: string; name: string } | null;
}

/** Roles that take part in IML cases (the scheme's parties). */
const partyRoles = new Set(['CARE_TEAM', 'HOUSING_OPERATOR', 'LANDLORD_REFERENT', 'COORDINATOR']);
/** Roles that read every offer of the territory. */
const offerReaderRoles = new Set(['CARE_TEAM', 'HOUSING_OPERATOR', 'COORDINATOR']);

export interface HousingAccess {
	/** Landlords whose offers this account publishes and edits. */
	landlords: Array<{ slug: string; name: string }>;
	/** Reads every landlord's offers of the territory. */
	readsAllOffers: boolean;
	/** Reads the scheme's figures (parties, coordination, funders). */
	readsFigures: boolean;
	/** Where the « Logement » link of the navigation leads, or null for no link. */
	href: string | null;
}

export function housingAccess(roles: readonly RoleGrantLike[] | null | undefined, territory: string): HousingAccess {
	const here = (roles ?? []).filter((grant) => grant.territory.slug === territory);
	const landlords = here
		.filter((grant) => grant.role === 'LANDLORD_REFERENT' && grant.partner)
		.map((grant) => ({ slug: grant.partner!.slug, name: grant.partner!.name }));
	const party = here.some((grant) => partyRoles.has(grant.role));
	const funder = here.some((grant) => grant.role === 'FUNDER');
	return {
		landlords,
		readsAllOffers: here.some((grant) => offerReaderRoles.has(grant.role)),
		readsFigures: party || funder,
		// A funder has no case and no offer: its page is the scheme's dashboard.
		href: party ? '/logement' : funder ? '/logement/dispositif' : null
	};
}
