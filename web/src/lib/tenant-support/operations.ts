import { graphql } from '../graphql/graphql';

// Tenant support (a landlord referent's request to the CMP of the sector) and the commission for
// tenants in difficulty. Every export here is a document: operations.test.ts validates each one
// against schema/schema.graphql.

/** Who the viewer is for the procedure: referent of which landlord, correspondent of which CMP. */
export const SupportViewerQuery = graphql(`
	query SupportViewer {
		me {
			id
			roles {
				role
				territory {
					slug
				}
				partner {
					id
					slug
					name
					kind
				}
			}
		}
	}
`);

export const SupportCommunesQuery = graphql(`
	query SupportCommunes($territory: String!) {
		sectorCommunes(territory: $territory) {
			code
			name
		}
	}
`);

export const SupportRequestSummaryFragment = graphql(`
	fragment SupportRequestSummary on SupportRequest {
		id
		reference
		status
		statusLabel
		sentAt
		acknowledgedAt
		closedAt
		acknowledgementOverdue
		communeCode
		withConsent
		riskToSelf
		riskToOthers
		outcomeLabel
		nextSteps
		viewerParties
		landlord {
			id
			name
		}
		cmp {
			id
			name
		}
	}
`);

export const SupportRequestsQuery = graphql(
	`
		query SupportRequests($territory: String!) {
			supportRequests(territory: $territory) {
				...SupportRequestSummary
			}
		}
	`,
	[SupportRequestSummaryFragment]
);

export const SupportRequestAlertsQuery = graphql(`
	query SupportRequestAlerts($territory: String!) {
		supportRequestAlerts(territory: $territory) {
			reference
			cmpName
			landlordName
			sentAt
			daysWaiting
		}
	}
`);

export const SupportContactsQuery = graphql(`
	query SupportContacts($territory: String!) {
		supportContacts(territory: $territory) {
			sectorName
			people
			partner {
				id
				slug
				name
				kind
				phone
				email
			}
		}
	}
`);

export const SupportRequestPageQuery = graphql(`
	query SupportRequestPage($id: ID!) {
		supportRequest(id: $id) {
			id
			reference
			version
			status
			statusLabel
			sentAt
			acknowledgedAt
			closedAt
			acknowledgementOverdue
			communeCode
			withConsent
			consentHow
			consentOn
			facts
			factsSince
			riskToSelf
			riskToOthers
			alreadyTried
			outcome
			outcomeLabel
			nextSteps
			viewerParties
			landlord {
				id
				slug
				name
			}
			cmp {
				id
				slug
				name
				phone
			}
			tenant {
				name
				address
				phone
			}
			steps {
				kind
				label
				action
				actionLabel
				message
				at
			}
			clinicalNotes {
				at
				note
			}
		}
	}
`);

export const ReportSupportRequestMutation = graphql(`
	mutation ReportSupportRequest($territory: String!, $input: SupportRequestInput!) {
		reportSupportRequest(territory: $territory, input: $input) {
			id
			reference
		}
	}
`);

export const TakeSupportStepMutation = graphql(`
	mutation TakeSupportStep($id: ID!, $version: Int!, $input: SupportStepInput!) {
		takeSupportStep(id: $id, version: $version, input: $input) {
			id
			version
			status
		}
	}
`);

export const AddSupportClinicalNoteMutation = graphql(`
	mutation AddSupportClinicalNote($id: ID!, $note: String!) {
		addSupportClinicalNote(id: $id, note: $note) {
			id
		}
	}
`);

export const SupportRequestChangedSubscription = graphql(`
	subscription SupportRequestChanged($territory: String!) {
		supportRequestChanged(territory: $territory) {
			id
			version
		}
	}
`);

/** The sector of an address as it is typed: the same answer as the « Quel CMP ? » page. */
export const SupportSectorLookupQuery = graphql(`
	query SupportSectorLookup($territory: String!, $address: AddressInput!) {
		sectorForAddress(territory: $territory, address: $address) {
			match
			reason
			explanation
			communeName
			isDemo
			sector {
				id
				name
				cmp {
					id
					name
				}
			}
		}
	}
`);

// The commission for tenants in difficulty.

export const CommissionSessionFragment = graphql(`
	fragment CommissionSession on CommissionSessionView {
		id
		heldOn
		agendaPublishedAt
		accessClosesAt
		filesOpen
		memberPartnerIds
		version
	}
`);

/** The sessions, and the territory's organisations to name their members. */
export const CommissionSessionsQuery = graphql(
	`
		query CommissionSessions($territory: String!) {
			commissionSessions(territory: $territory) {
				...CommissionSession
			}
			partnerMarkers(filter: { territory: $territory }) {
				id
				name
				sectorLabel
			}
		}
	`,
	[CommissionSessionFragment]
);

export const CommissionSituationsQuery = graphql(`
	query CommissionSituations($sessionId: ID!) {
		commissionSituations(sessionId: $sessionId) {
			id
			pseudonym
			facts
			putByPartnerId
			decision
			followUpPartnerId
		}
	}
`);

export const CommissionMinutesQuery = graphql(`
	query CommissionMinutes($sessionId: ID!) {
		commissionMinutes(sessionId: $sessionId)
	}
`);

export const ConveneCommissionMutation = graphql(`
	mutation ConveneCommission($territory: String!, $input: CommissionSessionInput!) {
		conveneCommission(territory: $territory, input: $input) {
			id
		}
	}
`);

export const PublishCommissionAgendaMutation = graphql(`
	mutation PublishCommissionAgenda($sessionId: ID!, $version: Int!) {
		publishCommissionAgenda(sessionId: $sessionId, version: $version) {
			id
			version
		}
	}
`);

export const AddCommissionSituationMutation = graphql(`
	mutation AddCommissionSituation($sessionId: ID!, $partnerId: ID!, $facts: String!) {
		addCommissionSituation(sessionId: $sessionId, partnerId: $partnerId, facts: $facts) {
			id
			pseudonym
		}
	}
`);

export const RecordCommissionDecisionMutation = graphql(`
	mutation RecordCommissionDecision($situationId: ID!, $decision: String!, $followUpPartnerId: ID) {
		recordCommissionDecision(situationId: $situationId, decision: $decision, followUpPartnerId: $followUpPartnerId) {
			id
			decision
			followUpPartnerId
		}
	}
`);
