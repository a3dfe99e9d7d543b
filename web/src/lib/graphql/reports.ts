import { graphql } from './graphql';

// The yearly report. Every export here is a document: operations.test.ts validates each one.

export const YearlyReportQuery = graphql(`
	query YearlyReport($territory: String!, $year: Int!) {
		yearlyReport(territory: $territory, year: $year) {
			territoryName
			year
			partnersInvolved
			partnersBySector {
				sector
				label
				partners
			}
			activeGroups
			meetingsHeld
			meetingsCancelled
			attendances
			partnersAttending
			meetingsByGroup {
				slug
				name
				meetingsHeld
				attendances
			}
			editions {
				slug
				projectName
				theme
				events
				participants
				organisers
			}
			trainingSessions
			trainingParticipants
			conventionMilestones {
				conventionSlug
				conventionTitle
				label
				date
			}
			imlIndicators {
				projectName
				name
				unit
				target
				value
			}
		}
		supportEvaluation(territory: $territory, year: $year) {
			requests
			withConsent
			medianDaysToAcknowledge
			medianDaysToClose
			byLandlord {
				name
				requests
			}
			byCmp {
				name
				requests
				medianDaysToAcknowledge
				medianDaysToClose
			}
			outcomes {
				outcome
				label
				count
			}
		}
	}
`);
