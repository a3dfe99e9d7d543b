import { graphql } from './graphql';

// The IML scheme's figures: counts, delays and funding, never a case.

export const ImlSchemeFiguresQuery = graphql(`
	query ImlSchemeFigures($territory: String!) {
		imlSchemeFigures(territory: $territory) {
			placesTarget
			placesByYear {
				year
				places
				used
			}
			referred
			housedNow
			housedEver
			byState {
				state
				label
				count
			}
			averageMonthsToHousing
			averageMonthsHoused
			reviewsOverdue
			reviewsDueSoon
			funding {
				year
				flat
				flatDays
				person
				personDays
				personDoubled
				total
			}
		}
	}
`);

/** The reviews falling due, for the coordinator's dashboard. */
export const ImlReviewsDueQuery = graphql(`
	query ImlReviewsDue($territory: String!) {
		imlSchemeFigures(territory: $territory) {
			reviewsOverdue
			reviewsDueSoon
			housedNow
		}
	}
`);
