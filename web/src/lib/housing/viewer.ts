// Which housing roles the signed-in account holds in a territory, from the roles resolved once
// per request (hooks.server.ts). The API decides what each role reads; this only picks what the
// pages offer (the board's empty state, the referral button).

export const housingGrants = ['CARE_TEAM', 'COORDINATOR', 'HOUSING_OPERATOR', 'LANDLORD_REFERENT'] as const;

type Roles = ReadonlyArray<{ role: string; territory: { slug: string } }>;

export function housingRolesOf(me: { roles: Roles } | null | undefined, territory: string): string[] {
	const held = (me?.roles ?? []).filter((grant) => grant.territory.slug === territory).map((grant) => grant.role);
	return housingGrants.filter((role) => held.includes(role));
}
