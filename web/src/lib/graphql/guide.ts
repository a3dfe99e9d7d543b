import { graphql } from './graphql';

// The printable guide reads the directory's own query, page by page. Contacts come with their
// name and function only: the guide is a public document, printed and handed out.
export const GuideEntriesQuery = graphql(`
	query GuideEntries($filter: PartnerFilter, $first: Int, $after: String) {
		partners(filter: $filter, first: $first, after: $after) {
			totalCount
			edges {
				node {
					id
					slug
					name
					shortName
					sector
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
					contacts {
						id
						function
						person {
							displayName
						}
					}
				}
			}
			pageInfo {
				hasNextPage
				endCursor
			}
		}
	}
`);

export const GuideContextQuery = graphql(`
	query GuideContext($territory: String!) {
		territory(slug: $territory) {
			name
		}
		partnerKinds {
			code
		}
		directoryFacets(territory: $territory) {
			sectors {
				code
				label
				partnerCount
			}
			communes {
				code
				label
				partnerCount
			}
		}
	}
`);
