import { graphql } from './graphql';

// Editions of a project (SISM), their programme, and the training sessions. Every export here
// is a document: operations.test.ts validates each one against schema/schema.graphql.

export const EventSummaryFragment = graphql(`
	fragment EventSummary on ProjectEvent {
		id
		kind
		title
		description
		startsAt
		endsAt
		place
		communeCode
		communeName
		latitude
		longitude
		audience
		audienceLabel
		status
		statusLabel
		attendance
		capacity
		registeredCount
		version
		submittedByViewer
		organisers {
			id
			slug
			name
		}
	}
`);

export const CommuneMapFragment = graphql(`
	fragment CommuneMapData on CommuneMap {
		width
		height
		west
		north
		kx
		ky
		communes {
			code
			name
			path
		}
	}
`);

/** What the project page needs for its editions and sessions (ProjectEditions.svelte). */
export const ProjectEditionsFragment = graphql(`
	fragment ProjectEditions on Project {
		editions {
			id
			slug
			year
			theme
			startsOn
			endsOn
			eventCount
			totalAttendance
			organiserCount
		}
		trainingSessions {
			id
			title
			startsAt
			endsAt
			status
			attendance
			capacity
			registeredCount
		}
	}
`);

export const EditionPageQuery = graphql(
	`
		query EditionPage($slug: String!) {
			edition(slug: $slug) {
				id
				slug
				year
				theme
				startsOn
				endsOn
				submissionsOpen
				version
				eventCount
				totalAttendance
				organiserCount
				calendarPath
				viewerCanSubmit
				viewerIsCoordinator
				project {
					id
					slug
					name
				}
				programme {
					...EventSummary
				}
				submissions {
					...EventSummary
				}
			}
			communeMap {
				...CommuneMapData
			}
		}
	`,
	[EventSummaryFragment, CommuneMapFragment]
);

export const ProposeEventQuery = graphql(`
	query ProposeEvent($slug: String!) {
		edition(slug: $slug) {
			id
			slug
			year
			theme
			startsOn
			endsOn
			submissionsOpen
			viewerCanSubmit
			viewerIsCoordinator
			viewerPartners {
				id
				name
			}
			project {
				name
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

export const TerritoryPartnersQuery = graphql(`
	query TerritoryPartners($territory: String!) {
		partners(filter: { territory: $territory }, first: 100) {
			edges {
				node {
					id
					name
				}
			}
		}
	}
`);

export const SubmitEventMutation = graphql(`
	mutation SubmitEvent($input: EventSubmissionInput!) {
		submitEvent(input: $input) {
			id
			status
		}
	}
`);

export const DecideEventMutation = graphql(`
	mutation DecideEvent($eventId: ID!, $version: Int!, $accept: Boolean!) {
		decideEvent(eventId: $eventId, version: $version, accept: $accept) {
			id
			status
			version
		}
	}
`);

export const CreateEditionMutation = graphql(`
	mutation CreateEdition($projectId: ID!, $year: Int!, $fields: EditionFieldsInput!) {
		createEdition(projectId: $projectId, year: $year, fields: $fields) {
			id
			slug
		}
	}
`);

export const UpdateEditionMutation = graphql(`
	mutation UpdateEdition($editionId: ID!, $version: Int!, $fields: EditionFieldsInput!) {
		updateEdition(editionId: $editionId, version: $version, fields: $fields) {
			id
			version
			submissionsOpen
		}
	}
`);

export const CancelEventMutation = graphql(`
	mutation CancelEvent($eventId: ID!, $version: Int!) {
		cancelEvent(eventId: $eventId, version: $version) {
			id
			status
			version
		}
	}
`);

export const RecordEventAttendanceMutation = graphql(`
	mutation RecordEventAttendance($eventId: ID!, $version: Int!, $attendance: Int!) {
		recordEventAttendance(eventId: $eventId, version: $version, attendance: $attendance) {
			id
			attendance
			version
		}
	}
`);

export const EditionProgrammeChangedSubscription = graphql(`
	subscription EditionProgrammeChanged($editionId: ID!) {
		editionProgrammeChanged(editionId: $editionId) {
			id
			version
		}
	}
`);

export const TrainingSessionsQuery = graphql(
	`
		query TrainingSessions($territory: String!) {
			trainingSessions(territory: $territory) {
				...EventSummary
				myRegistration {
					id
				}
			}
		}
	`,
	[EventSummaryFragment]
);

export const EventPageQuery = graphql(
	`
		query EventPage($id: ID!) {
			event(id: $id) {
				...EventSummary
				decidedAt
				viewerIsCoordinator
				edition {
					slug
					year
					theme
				}
				project {
					slug
					name
				}
				myRegistration {
					id
				}
				registrations {
					id
					fullName
					attended
					registeredAt
					partner {
						name
					}
				}
			}
		}
	`,
	[EventSummaryFragment]
);

export const RegisterForEventMutation = graphql(`
	mutation RegisterForEvent($eventId: ID!) {
		registerForEvent(eventId: $eventId) {
			id
		}
	}
`);

export const CancelRegistrationMutation = graphql(`
	mutation CancelRegistration($registrationId: ID!) {
		cancelRegistration(registrationId: $registrationId) {
			id
			registeredCount
		}
	}
`);

export const AddRegistrationMutation = graphql(`
	mutation AddRegistration($eventId: ID!, $fullName: String!, $partnerId: ID) {
		addRegistration(eventId: $eventId, fullName: $fullName, partnerId: $partnerId) {
			id
		}
	}
`);

export const SetAttendanceSheetMutation = graphql(`
	mutation SetAttendanceSheet($eventId: ID!, $version: Int!, $presentRegistrationIds: [ID!]!) {
		setAttendanceSheet(eventId: $eventId, version: $version, presentRegistrationIds: $presentRegistrationIds) {
			id
			attendance
			version
		}
	}
`);

export const CreateTrainingSessionMutation = graphql(`
	mutation CreateTrainingSession($territory: String!, $fields: EventFieldsInput!) {
		createTrainingSession(territory: $territory, fields: $fields) {
			id
		}
	}
`);
