import { graphql } from './graphql';

// Services a partner offers: shown on the partner page, managed by those who may edit the entry.

export const ServiceDetailsFragment = graphql(`
	fragment ServiceDetails on PartnerService {
		id
		slug
		name
		description
		accessConditions
		receptionModes
		openingHours
		openingHoursText
		capacity
		version
		themes {
			code
			label
		}
		publics {
			code
			label
		}
	}
`);

export const PartnerServicesQuery = graphql(
	`
	query PartnerServices($slug: String!) {
		partner(slug: $slug) {
			id
			slug
			name
			viewerCanEdit
			services {
				...ServiceDetails
			}
		}
	}
`,
	[ServiceDetailsFragment]
);

export const ServiceFormOptionsQuery = graphql(`
	query ServiceFormOptions {
		themes {
			code
			label
		}
		audiences {
			code
			label
		}
	}
`);

export const CreatePartnerServiceMutation = graphql(`
	mutation CreatePartnerService($partnerId: ID!, $fields: PartnerServiceFieldsInput!) {
		createPartnerService(partnerId: $partnerId, fields: $fields) {
			id
			name
		}
	}
`);

export const UpdatePartnerServiceMutation = graphql(`
	mutation UpdatePartnerService($id: ID!, $version: Int!, $fields: PartnerServiceFieldsInput!) {
		updatePartnerService(id: $id, version: $version, fields: $fields) {
			id
			name
			version
		}
	}
`);

export const RemovePartnerServiceMutation = graphql(`
	mutation RemovePartnerService($id: ID!, $version: Int!) {
		removePartnerService(id: $id, version: $version)
	}
`);
