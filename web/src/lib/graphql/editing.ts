import { graphql } from './graphql';

export const PartnerFormOptionsFragment = graphql(`
	fragment PartnerFormOptions on Query {
		sectors {
			code
			label
		}
		partnerKinds {
			code
			label
		}
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

export const PartnerFormOptionsQuery = graphql(
	`
		query PartnerFormOptions {
			...PartnerFormOptions
		}
	`,
	[PartnerFormOptionsFragment]
);

export const CreatePartnerMutation = graphql(`
	mutation CreatePartner($territory: String!, $fields: PartnerFieldsInput!) {
		createPartner(territory: $territory, fields: $fields) {
			slug
		}
	}
`);

export const PartnerEditQuery = graphql(
	`
	query PartnerEdit($slug: String!) {
		partner(slug: $slug) {
			id
			slug
			name
			shortName
			sector
			kind
			description
			address
			postalCode
			commune
			phone
			email
			website
			openingHours
			siret
			version
			viewerCanEdit
			themes {
				code
			}
			publics {
				code
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
			}
		}
		...PartnerFormOptions
	}
`, [PartnerFormOptionsFragment]);

export const UpdatePartnerMutation = graphql(`
	mutation UpdatePartner($target: VersionedPartnerInput!, $fields: PartnerFieldsInput!) {
		updatePartner(target: $target, fields: $fields) {
			slug
			version
		}
	}
`);

export const AddContactMutation = graphql(`
	mutation AddContact($target: VersionedPartnerInput!, $contact: ContactFieldsInput!) {
		addContact(target: $target, contact: $contact) {
			version
		}
	}
`);

export const RemoveContactMutation = graphql(`
	mutation RemoveContact($contactId: ID!, $partnerVersion: Int!) {
		removeContact(contactId: $contactId, partnerVersion: $partnerVersion) {
			version
		}
	}
`);

export const PartnerHistoryQuery = graphql(`
	query PartnerHistory($slug: String!) {
		partner(slug: $slug) {
			history(first: 30) {
				id
				changedAt
				fieldLabel
				before
				after
				authorName
			}
		}
	}
`);
