import { graphql } from './graphql';

// The coordinator's dashboard: what falls due, what waits for a decision, what is owed.

export const CoordinatorDashboardQuery = graphql(`
	query CoordinatorDashboard($territory: String!) {
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
		pendingEventSubmissions(territory: $territory) {
			id
			title
			startsAt
			edition {
				slug
				theme
			}
			organisers {
				slug
				name
			}
		}
		territoryOpenActions(territory: $territory, first: 50) {
			id
			title
			dueDate
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
			}
		}
	}
`);
