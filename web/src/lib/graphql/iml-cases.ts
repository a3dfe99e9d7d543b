import { graphql } from './graphql';

// IML cases (supported sublease): the board, the referral form and the case page. Every export
// here is a document: operations.test.ts validates each one against schema/schema.graphql.
// The API answers null for every field the viewer's roles do not read.

export const ImlCaseCardFragment = graphql(`
	fragment ImlCaseCard on ImlCase {
		id
		version
		pseudonym
		state
		stateLabel
		referredOn
		commissionOn
		leaseStartsOn
		subleaseStartsOn
		plannedEndOn
		closedOn
		reviewSchedule {
			nextDueOn
			overdue
			dueSoon
			marks {
				months
				on
				reached
			}
		}
	}
`);

export const ImlBoardQuery = graphql(
	`
		query ImlBoard($territory: String!, $first: Int!, $after: String) {
			imlCases(territory: $territory, first: $first, after: $after) {
				totalCount
				pageInfo {
					hasNextPage
					endCursor
				}
				edges {
					node {
						...ImlCaseCard
					}
				}
			}
		}
	`,
	[ImlCaseCardFragment]
);

/** A case changed: its card as the viewer may see it now. */
export const ImlCaseChangedSubscription = graphql(
	`
		subscription ImlCaseChanged($territory: String!) {
			imlCaseChanged(territory: $territory) {
				...ImlCaseCard
			}
		}
	`,
	[ImlCaseCardFragment]
);

/** What the referral form offers: the viewer's care teams and the communes of Metz Métropole. */
export const ImlReferralFormQuery = graphql(`
	query ImlReferralForm {
		me {
			roles {
				role
				territory {
					slug
				}
				partner {
					id
					name
				}
			}
		}
		communeMap {
			communes {
				code
				name
			}
		}
	}
`);

export const ReferImlCaseMutation = graphql(`
	mutation ReferImlCase($territory: String!, $input: ImlReferralInput!) {
		referImlCase(territory: $territory, input: $input) {
			id
		}
	}
`);

export const ImlCasePageQuery = graphql(`
	query ImlCasePage($id: ID!) {
		imlCase(id: $id) {
			id
			version
			pseudonym
			state
			stateLabel
			anonymised
			viewerRoles
			nextStates
			referredOn
			commissionOn
			refusalReason
			leaseStartsOn
			subleaseStartsOn
			plannedEndOn
			supportArrangements
			closedOn
			closingReason
			reorientation
			steps {
				fromState
				toState
				label
				on
				note
			}
			parties {
				role
				roleLabel
				partnerId
				name
				hasAccess
			}
			identity {
				firstName
				lastName
				birthDate
				phone
				email
			}
			supportPlan
			clinicalNotes
			eligibility {
				criterion
				label
				met
			}
			failingCriteria
			justifications {
				criterion
				justification
			}
			housingNeed {
				flatTypes
				preferredCommunes
				nearServices
				nearTransport
				accessibilityNeeded
				otherNeeds
			}
			resources {
				monthlyResources
				housingBenefit
			}
			offer {
				id
				reference
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
				statusLabel
				landlord {
					name
					shortName
				}
			}
			consents {
				id
				partyId
				partyName
				partyRole
				givenOn
				scope
				collectedByName
				withdrawnOn
			}
			reviewSchedule {
				nextDueOn
				overdue
				dueSoon
				latestEndOn
				marks {
					months
					on
					reached
				}
				slots {
					dueOn
					reviewedOn
					status
				}
			}
			reviews {
				id
				heldOn
				participantRoles
				participants
				conclusions
			}
			decisions {
				id
				outcome
				outcomeLabel
				decidedOn
				reason
				reorientation
				newEndOn
				agreedBy
				awaiting
				applied
				cancelled
			}
			documents {
				id
				title
				fileName
				mediaType
				byteSize
				createdAt
			}
			accessLog {
				who
				organisation
				action
				at
			}
		}
	}
`);

/** The directory’s housing operators and social landlords (consents, orientation), and the communes. Pages of 50: urql adds `__typename` everywhere, and a literal `first` multiplies the cost the API allows. */
export const ImlCaseContextQuery = graphql(`
	query ImlCaseContext($territory: String!) {
		operators: partners(filter: { territory: $territory, kinds: [ASSOCIATION, OTHER], sectors: [HOUSING] }, first: 50) {
			edges {
				node {
					id
					name
					shortName
				}
			}
		}
		landlords: partners(filter: { territory: $territory, kinds: [SOCIAL_LANDLORD] }, first: 50) {
			edges {
				node {
					id
					name
					shortName
				}
			}
		}
		communeMap {
			communes {
				code
				name
			}
		}
	}
`);

/** Flats available now, to show which landlords have one (care team, operator, coordination). */
export const ImlAvailableOffersQuery = graphql(`
	query ImlAvailableOffers($territory: String!) {
		housingOffers(territory: $territory, statuses: [AVAILABLE]) {
			id
			landlordId
		}
	}
`);

export const ImlOfferSuggestionsQuery = graphql(`
	query ImlOfferSuggestions($caseId: ID!) {
		imlOfferSuggestions(caseId: $caseId) {
			score
			remainingCharge
			reasons
			offer {
				id
				reference
				flatType
				communeCode
				district
				floor
				rent
				charges
				availableOn
				landlordId
				landlord {
					name
					shortName
				}
			}
		}
	}
`);

export const MoveImlCaseMutation = graphql(`
	mutation MoveImlCase($caseId: ID!, $version: Int!, $to: ImlCaseState!, $input: ImlMoveInput!) {
		moveImlCase(caseId: $caseId, version: $version, to: $to, input: $input) {
			id
			version
			state
		}
	}
`);

export const RecordImlConsentMutation = graphql(`
	mutation RecordImlConsent($input: ImlPartyConsentInput!) {
		recordImlConsent(input: $input) {
			id
			version
		}
	}
`);

export const WithdrawImlConsentMutation = graphql(`
	mutation WithdrawImlConsent($consentId: ID!, $withdrawnOn: String!) {
		withdrawImlConsent(consentId: $consentId, withdrawnOn: $withdrawnOn) {
			imlCase {
				id
			}
		}
	}
`);

export const RecordImlReviewMutation = graphql(`
	mutation RecordImlReview($input: ImlReviewInput!) {
		recordImlReview(input: $input) {
			id
			version
		}
	}
`);

export const ProposeImlOutcomeMutation = graphql(`
	mutation ProposeImlOutcome($input: ImlOutcomeInput!) {
		proposeImlOutcome(input: $input) {
			id
			version
		}
	}
`);

export const AnswerImlOutcomeMutation = graphql(`
	mutation AnswerImlOutcome($decisionId: ID!, $agree: Boolean!) {
		answerImlOutcome(decisionId: $decisionId, agree: $agree) {
			id
			state
		}
	}
`);
