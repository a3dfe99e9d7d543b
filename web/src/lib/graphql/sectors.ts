import { graphql } from './graphql';

// Psychiatric sectors and address search (/secteurs). Every export here is a document:
// operations.test.ts validates each one against schema/schema.graphql.

export const SectorCmpFragment = graphql(`
	fragment SectorCmp on Partner {
		id
		slug
		name
		address
		postalCode
		commune
		phone
		email
		website
	}
`);

export const SectorsPageQuery = graphql(
	`
		query SectorsPage($territory: String!) {
			geocoderAvailable
			psychiatricSectors(territory: $territory) {
				id
				code
				name
				version
				isDemo
				viewerCanEdit
				cmp {
					id
					...SectorCmp
				}
				communes {
					code
					name
					isDemo
				}
				streets {
					id
					communeCode
					communeName
					streetLabel
					numberFrom
					numberTo
					parity
					isDemo
				}
			}
			sectorCommunes(territory: $territory) {
				code
				name
				assignment
			}
		}
	`,
	[SectorCmpFragment]
);

export const CmpChoicesQuery = graphql(`
	query CmpChoices($territory: String!) {
		partners(first: 100, filter: { territory: $territory, kinds: [CMP] }) {
			edges {
				node {
					id
					name
				}
			}
		}
	}
`);

export const GeocodeAddressQuery = graphql(`
	query GeocodeAddress($text: String!) {
		geocodeAddress(text: $text) {
			label
			street
			houseNumber
			postcode
			communeCode
			communeName
			score
		}
	}
`);

export const SectorForAddressQuery = graphql(
	`
		query SectorForAddress($territory: String!, $address: AddressInput!) {
			sectorForAddress(territory: $territory, address: $address) {
				match
				reason
				explanation
				communeCode
				communeName
				street
				houseNumber
				isDemo
				sector {
					id
					code
					name
					cmp {
						...SectorCmp
					}
				}
			}
		}
	`,
	[SectorCmpFragment]
);


export const SetSectorCmpMutation = graphql(`
	mutation SetSectorCmp($sectorId: ID!, $version: Int!, $partnerId: ID) {
		setSectorCmp(sectorId: $sectorId, version: $version, partnerId: $partnerId) {
			id
			version
		}
	}
`);

export const AssignSectorCommuneMutation = graphql(`
	mutation AssignSectorCommune($sectorId: ID!, $version: Int!, $communeCode: String!) {
		assignSectorCommune(sectorId: $sectorId, version: $version, communeCode: $communeCode) {
			id
			version
		}
	}
`);

export const UnassignSectorCommuneMutation = graphql(`
	mutation UnassignSectorCommune($sectorId: ID!, $version: Int!, $communeCode: String!) {
		unassignSectorCommune(sectorId: $sectorId, version: $version, communeCode: $communeCode) {
			id
			version
		}
	}
`);

export const AddSectorStreetMutation = graphql(`
	mutation AddSectorStreet($sectorId: ID!, $version: Int!, $input: SectorStreetInput!) {
		addSectorStreet(sectorId: $sectorId, version: $version, input: $input) {
			id
			version
		}
	}
`);

export const RemoveSectorStreetMutation = graphql(`
	mutation RemoveSectorStreet($streetId: ID!, $version: Int!) {
		removeSectorStreet(streetId: $streetId, version: $version) {
			id
			version
		}
	}
`);

export const PreviewSectorImportQuery = graphql(`
	query PreviewSectorImport($territory: String!, $csv: String!) {
		previewSectorImport(territory: $territory, csv: $csv) {
			applied
			newCount
			changedCount
			unchangedCount
			rejectedCount
			rows {
				line
				sectorCode
				communeCode
				street
				numberFrom
				numberTo
				parity
				status
				reason
			}
		}
	}
`);

export const ImportSectorsMutation = graphql(`
	mutation ImportSectors($territory: String!, $csv: String!) {
		importSectors(territory: $territory, csv: $csv) {
			applied
			newCount
			changedCount
			unchangedCount
			rejectedCount
		}
	}
`);

