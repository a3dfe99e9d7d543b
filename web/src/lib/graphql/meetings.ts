import { graphql } from './graphql';

// Working groups and their meetings. Every export here is a document: operations.test.ts
// validates each one against schema/schema.graphql.

export const MeetingSummaryFragment = graphql(`
	fragment MeetingSummary on Meeting {
		id
		title
		status
		startsAt
		endsAt
		timeUnknown
		place
		videoUrl
		bodyLabel
		group {
			slug
			name
		}
		replacedBy {
			id
			title
			startsAt
			endsAt
			timeUnknown
		}
	}
`);

export const ParticipantFragment = graphql(`
	fragment Participant on GroupParticipant {
		id
		role
		status
		person {
			id
			displayName
		}
		partner {
			id
			slug
			name
		}
	}
`);

export const GroupsQuery = graphql(
	`
		query Groups($territory: String!) {
			groups(territory: $territory) {
				id
				slug
				name
				status
				theme
				purpose
				animators {
					id
					partner {
						id
						name
					}
				}
				members {
					id
				}
			}
			upcomingMeetings(territory: $territory, first: 5) {
				...MeetingSummary
			}
		}
	`,
	[MeetingSummaryFragment]
);

export const GroupPageQuery = graphql(
	`
		query GroupPage($slug: String!) {
			group(slug: $slug) {
				id
				slug
				name
				status
				theme
				purpose
				isPublic
				version
				viewerCanEdit
				animators {
					...Participant
				}
				members {
					...Participant
				}
				pendingRequests {
					...Participant
				}
				meetings {
					...MeetingSummary
				}
				projects {
					slug
					name
					description
					statusLabel
					contribution
				}
			}
		}
	`,
	[ParticipantFragment, MeetingSummaryFragment]
);

/** The organisations a signed-in person may ask to join a group for. */
export const MyOrganisationsQuery = graphql(`
	query MyOrganisations {
		me {
			roles {
				territory {
					slug
				}
				partner {
					id
					name
				}
			}
		}
	}
`);

export const MeetingPageQuery = graphql(
	`
		query MeetingPage($id: ID!) {
			meeting(id: $id) {
				id
				title
				status
				body
				bodyLabel
				startsAt
				endsAt
				timeUnknown
				place
				videoUrl
				calendarPath
				minutes
				version
				viewerCanEdit
				hostPartner {
					slug
					name
				}
				group {
					id
					slug
					name
					animators {
						...Participant
					}
					members {
						...Participant
					}
					meetings {
						id
						title
						status
						startsAt
						timeUnknown
					}
				}
				replacedBy {
					id
					title
					startsAt
					endsAt
					timeUnknown
				}
				replaces {
					id
					title
					startsAt
					endsAt
					timeUnknown
				}
				agenda {
					id
					position
					title
					minutes
				}
				attendance {
					id
					status
					person {
						id
						displayName
					}
					partner {
						id
						slug
						name
					}
				}
				decisions {
					id
					position
					text
				}
				actions {
					id
					title
					dueDate
					status
					version
					ownerPartner {
						slug
						name
					}
					ownerPerson {
						displayName
					}
				}
			}
		}
	`,
	[ParticipantFragment]
);

export const MyMeetingsQuery = graphql(
	`
		query MyMeetings {
			myMeetings {
				...MeetingSummary
			}
		}
	`,
	[MeetingSummaryFragment]
);

export const MyActionsQuery = graphql(`
	query MyActions {
		myActions {
			id
			title
			dueDate
			status
			ownerPartner {
				slug
				name
			}
			ownerPerson {
				displayName
			}
			meeting {
				id
				title
				startsAt
				timeUnknown
				group {
					slug
					name
				}
			}
		}
	}
`);

export const CreateMeetingMutation = graphql(`
	mutation CreateMeeting($territory: String!, $groupId: ID, $fields: MeetingFieldsInput!, $agenda: [String!]!) {
		createMeeting(territory: $territory, body: GROUP, groupId: $groupId, fields: $fields, agenda: $agenda) {
			id
		}
	}
`);

export const UpdateMeetingMutation = graphql(`
	mutation UpdateMeeting($meetingId: ID!, $version: Int!, $fields: MeetingFieldsInput!) {
		updateMeeting(meetingId: $meetingId, version: $version, fields: $fields) {
			id
			version
		}
	}
`);

export const CancelMeetingMutation = graphql(`
	mutation CancelMeeting($meetingId: ID!, $version: Int!, $replacedById: ID) {
		cancelMeeting(meetingId: $meetingId, version: $version, replacedById: $replacedById) {
			id
			version
		}
	}
`);

export const MarkMeetingHeldMutation = graphql(`
	mutation MarkMeetingHeld($meetingId: ID!, $version: Int!) {
		markMeetingHeld(meetingId: $meetingId, version: $version) {
			id
			version
		}
	}
`);

export const SaveMinutesMutation = graphql(`
	mutation SaveMinutes($meetingId: ID!, $version: Int!, $minutes: String, $items: [AgendaMinutesInput!]!) {
		saveMinutes(meetingId: $meetingId, version: $version, minutes: $minutes, items: $items) {
			id
			version
		}
	}
`);

export const AddAgendaItemMutation = graphql(`
	mutation AddAgendaItem($meetingId: ID!, $title: String!) {
		addAgendaItem(meetingId: $meetingId, title: $title) {
			id
		}
	}
`);

export const SetAttendanceMutation = graphql(`
	mutation SetAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) {
		setAttendance(meetingId: $meetingId, entries: $entries) {
			id
		}
	}
`);

export const AddDecisionMutation = graphql(`
	mutation AddDecision($meetingId: ID!, $text: String!) {
		addDecision(meetingId: $meetingId, text: $text) {
			id
		}
	}
`);

export const AddActionMutation = graphql(`
	mutation AddAction($meetingId: ID!, $action: ActionInput!) {
		addAction(meetingId: $meetingId, action: $action) {
			id
		}
	}
`);

export const SetActionStatusMutation = graphql(`
	mutation SetActionStatus($actionId: ID!, $version: Int!, $status: ActionStatus!) {
		setActionStatus(actionId: $actionId, version: $version, status: $status) {
			id
			status
			version
		}
	}
`);

export const RequestToJoinGroupMutation = graphql(`
	mutation RequestToJoinGroup($groupId: ID!, $partnerId: ID) {
		requestToJoinGroup(groupId: $groupId, partnerId: $partnerId) {
			id
			status
		}
	}
`);

export const DecideJoinRequestMutation = graphql(`
	mutation DecideJoinRequest($membershipId: ID!, $accept: Boolean!) {
		decideJoinRequest(membershipId: $membershipId, accept: $accept) {
			id
		}
	}
`);

export const CreateCalendarFeedMutation = graphql(`
	mutation CreateCalendarFeed {
		createCalendarFeed
	}
`);

// Live updates: only ids come back; the page reloads its data through its server `load`.
export const GroupChangedSubscription = graphql(`
	subscription GroupChanged($slug: String!) {
		groupChanged(slug: $slug) {
			id
			version
		}
	}
`);

export const MeetingChangedSubscription = graphql(`
	subscription MeetingChanged($meetingId: ID!) {
		meetingChanged(meetingId: $meetingId) {
			id
			version
		}
	}
`);
