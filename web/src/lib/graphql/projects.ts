import { ProjectEditionsFragment } from './events';
import { graphql } from './graphql';

// Projects: the list, a project's page and the coordinator's edits. Every export here is a
// document: operations.test.ts validates each one against schema/schema.graphql.

export const ProjectsQuery = graphql(`
	query Projects($territory: String!) {
		projects(territory: $territory) {
			id
			slug
			name
			description
			status
			statusLabel
			contribution
			startYear
			endYear
			leadPartner {
				slug
				name
			}
		}
	}
`);

export const ProjectPageQuery = graphql(`
	query ProjectPage($slug: String!) {
		project(slug: $slug) {
			id
			slug
			name
			description
			status
			statusLabel
			contribution
			startYear
			endYear
			version
			viewerCanEdit
			leadPartner {
				id
				slug
				name
			}
			partners {
				id
				slug
				name
			}
			groups {
				slug
				name
			}
			convention {
				id
				slug
				title
			}
			fundingLines {
				id
				funderName
				funderPartner {
					id
					slug
				}
				basis
				basisLabel
				unitLabel
				amount
				units
				fromYear
				toYear
				note
				yearlyAmount
				total
			}
			funding {
				total
				byYear {
					year
					amount
				}
				byFunder {
					funder
					amount
				}
			}
			indicators {
				id
				name
				unit
				values {
					year
					target
					value
				}
			}
			...ProjectEditions
		}
	}
`, [ProjectEditionsFragment]);

/** What the coordinator's forms choose from: the territory's organisations and conventions. */
export const ProjectChoicesQuery = graphql(`
	query ProjectChoices($territory: String!) {
		partners(filter: { territory: $territory }, first: 100) {
			edges {
				node {
					id
					name
				}
			}
		}
		conventions(territory: $territory) {
			id
			title
		}
		projectStatuses {
			status
			label
		}
	}
`);

export const UpdateProjectMutation = graphql(`
	mutation UpdateProject($projectId: ID!, $version: Int!, $input: ProjectInput!) {
		updateProject(projectId: $projectId, version: $version, input: $input) {
			slug
			version
		}
	}
`);

export const SetProjectPartnerMutation = graphql(`
	mutation SetProjectPartner($projectId: ID!, $partnerId: ID!, $present: Boolean!) {
		setProjectPartner(projectId: $projectId, partnerId: $partnerId, present: $present) {
			id
		}
	}
`);

export const AddFundingLineMutation = graphql(`
	mutation AddFundingLine($projectId: ID!, $input: FundingLineInput!) {
		addFundingLine(projectId: $projectId, input: $input) {
			id
		}
	}
`);

export const UpdateFundingLineMutation = graphql(`
	mutation UpdateFundingLine($lineId: ID!, $input: FundingLineInput!) {
		updateFundingLine(lineId: $lineId, input: $input) {
			id
		}
	}
`);

export const RemoveFundingLineMutation = graphql(`
	mutation RemoveFundingLine($lineId: ID!) {
		removeFundingLine(lineId: $lineId) {
			id
		}
	}
`);

export const AddIndicatorMutation = graphql(`
	mutation AddIndicator($projectId: ID!, $name: String!, $unit: String) {
		addIndicator(projectId: $projectId, name: $name, unit: $unit) {
			id
		}
	}
`);

export const RemoveIndicatorMutation = graphql(`
	mutation RemoveIndicator($indicatorId: ID!) {
		removeIndicator(indicatorId: $indicatorId) {
			id
		}
	}
`);

export const SetIndicatorValueMutation = graphql(`
	mutation SetIndicatorValue($indicatorId: ID!, $year: Int!, $target: Float, $value: Float) {
		setIndicatorValue(indicatorId: $indicatorId, year: $year, target: $target, value: $value) {
			id
		}
	}
`);

export const ProjectChangedSubscription = graphql(`
	subscription ProjectChanged($slug: String!) {
		projectChanged(slug: $slug) {
			id
			version
		}
	}
`);
