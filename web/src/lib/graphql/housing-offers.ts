import { graphql } from './graphql';

// Offers of flats the landlords make available for the IML scheme.

export const HousingOfferFieldsFragment = graphql(`
	fragment HousingOfferFields on HousingOffer {
		id
		version
		reference
		status
		statusLabel
		flatType
		communeCode
		district
		floor
		rent
		charges
		accessible
		nearServices
		nearTransport
		availableOn
		description
		landlordId
		landlord {
			slug
			name
		}
	}
`);

export const HousingOffersPageQuery = graphql(
	`
		query HousingOffersPage($territory: String!, $statuses: [OfferStatus!]) {
			housingOffers(territory: $territory, statuses: $statuses) {
				...HousingOfferFields
			}
			communeMap {
				communes {
					code
					name
				}
			}
			me {
				roles {
					role
					territory {
						slug
					}
					partner {
						id
						slug
						name
					}
				}
			}
		}
	`,
	[HousingOfferFieldsFragment]
);

export const PublishHousingOfferMutation = graphql(`
	mutation PublishHousingOffer($territory: String!, $landlordId: ID!, $input: HousingOfferInput!) {
		publishHousingOffer(territory: $territory, landlordId: $landlordId, input: $input) {
			id
			reference
		}
	}
`);

export const UpdateHousingOfferMutation = graphql(`
	mutation UpdateHousingOffer($offerId: ID!, $version: Int!, $input: HousingOfferInput!) {
		updateHousingOffer(offerId: $offerId, version: $version, input: $input) {
			id
			reference
			version
		}
	}
`);

export const WithdrawHousingOfferMutation = graphql(`
	mutation WithdrawHousingOffer($offerId: ID!, $version: Int!) {
		withdrawHousingOffer(offerId: $offerId, version: $version) {
			id
			reference
			status
		}
	}
`);
