import { graphql } from './graphql';

// Partnership conventions. Every export here is a document: operations.test.ts validates each
// one against schema/schema.graphql.

export const ConventionsQuery = graphql(`
	query Conventions($territory: String!) {
		conventions(territory: $territory) {
			id
			slug
			title
			status
			statusLabel
			signedOn
			parties {
				role
				partner {
					id
				}
			}
		}
	}
`);

export const ConventionPageQuery = graphql(`
	query ConventionPage($slug: String!, $territory: String!) {
		convention(slug: $slug) {
			id
			slug
			title
			summary
			status
			statusLabel
			version
			signedOn
			signedAt
			durationMonths
			evaluationDue
			renewalDue
			viewerCanEdit
			objectives {
				id
				position
				text
			}
			parties {
				role
				roleLabel
				partner {
					id
					slug
					name
				}
			}
			timeline {
				id
				fromStatus
				toStatus
				effectiveOn
			}
			nextSteps {
				status
				label
			}
			preparatoryMeetings {
				id
				title
				startsAt
			}
			documents {
				id
				title
				fileName
				mediaType
				byteSize
				uploadedAt
				downloadUrl
			}
		}
		partners(filter: { territory: $territory }, first: 100) {
			totalCount
			edges {
				node {
					id
					name
				}
			}
		}
	}
`);

export const ConventionEditQuery = graphql(`
	query ConventionEdit($slug: String!) {
		convention(slug: $slug) {
			id
			slug
			title
			summary
			status
			version
			durationMonths
			evaluationDue
			renewalDue
			viewerCanEdit
			objectives {
				id
				position
				text
			}
		}
	}
`);

export const CreateConventionMutation = graphql(`
	mutation CreateConvention($territory: String!, $input: ConventionInput!, $draftedOn: String) {
		createConvention(territory: $territory, input: $input, draftedOn: $draftedOn) {
			id
			slug
		}
	}
`);

export const UpdateConventionMutation = graphql(`
	mutation UpdateConvention($conventionId: ID!, $version: Int!, $input: ConventionInput!) {
		updateConvention(conventionId: $conventionId, version: $version, input: $input) {
			id
			slug
			version
		}
	}
`);

export const ChangeConventionStatusMutation = graphql(`
	mutation ChangeConventionStatus(
		$conventionId: ID!
		$version: Int!
		$status: ConventionStatus!
		$effectiveOn: String!
		$signedOn: String
		$signedAt: String
	) {
		changeConventionStatus(
			conventionId: $conventionId
			version: $version
			status: $status
			effectiveOn: $effectiveOn
			signedOn: $signedOn
			signedAt: $signedAt
		) {
			id
			status
			version
		}
	}
`);

export const SetConventionPartyMutation = graphql(`
	mutation SetConventionParty($conventionId: ID!, $version: Int!, $partnerId: ID!, $role: PartyRole!, $present: Boolean!) {
		setConventionParty(conventionId: $conventionId, version: $version, partnerId: $partnerId, role: $role, present: $present) {
			id
			version
		}
	}
`);

export const RemoveConventionDocumentMutation = graphql(`
	mutation RemoveConventionDocument($documentId: ID!) {
		removeConventionDocument(documentId: $documentId) {
			id
			version
		}
	}
`);

export const ConventionAlertsQuery = graphql(`
	query ConventionAlerts($territory: String!) {
		conventionAlerts(territory: $territory) {
			kind
			dueOn
			daysLeft
			convention {
				id
				slug
				title
				statusLabel
			}
		}
	}
`);

export const ConventionChangedSubscription = graphql(`
	subscription ConventionChanged($conventionId: ID!) {
		conventionChanged(conventionId: $conventionId) {
			id
			version
		}
	}
`);
