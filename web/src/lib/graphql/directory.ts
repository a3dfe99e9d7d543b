import { graphql } from './graphql';

export const PartnerCardFragment = graphql(`
	fragment PartnerCard on Partner {
		id
		slug
		name
		shortName
		sector
		sectorLabel
		kindLabel
		commune
		description
	}
`);

export const DirectoryQuery = graphql(
	`
		query Directory($filter: PartnerFilter, $first: Int, $after: String) {
			partners(filter: $filter, first: $first, after: $after) {
				totalCount
				edges {
					cursor
					node {
						...PartnerCard
					}
				}
				pageInfo {
					hasNextPage
					endCursor
				}
			}
		}
	`,
	[PartnerCardFragment]
);

export const DirectoryFacetsQuery = graphql(`
	query DirectoryFacets($territory: String) {
		directoryFacets(territory: $territory) {
			sectors {
				code
				label
				partnerCount
			}
			kinds {
				code
				label
				partnerCount
			}
			communes {
				code
				label
				partnerCount
			}
			themes {
				code
				label
				partnerCount
			}
		}
	}
`);

export const HomeQuery = graphql(`
	query Home($territory: String!) {
		territory(slug: $territory) {
			name
			shortName
			description
		}
		sectors(territory: $territory) {
			code
			label
			partnerCount
		}
	}
`);

export const PartnerPageQuery = graphql(`
	query PartnerPage($slug: String!) {
		partner(slug: $slug) {
			id
			slug
			name
			shortName
			sector
			sectorLabel
			kindLabel
			description
			address
			postalCode
			commune
			phone
			email
			website
			openingHours
			openingHoursText
			updatedAt
			viewerCanEdit
			themes {
				code
				label
			}
			publics {
				code
				label
			}
			parent {
				slug
				name
			}
			children {
				slug
				name
				kindLabel
			}
			contacts {
				id
				function
				email
				phone
				person {
					displayName
				}
			}
			territories {
				slug
				name
			}
		}
	}
`);
