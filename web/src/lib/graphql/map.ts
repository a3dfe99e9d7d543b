import { graphql } from './graphql';

// The map's markers: the directory's filter, every match at once, the fields of a marker only.
export const PartnerMarkersQuery = graphql(`
	query PartnerMarkers($filter: PartnerFilter) {
		partnerMarkers(filter: $filter) {
			id
			slug
			name
			shortName
			sector
			sectorLabel
			kindLabel
			commune
			latitude
			longitude
		}
	}
`);

export const MapGeocoderQuery = graphql(`
	query MapGeocoder {
		geocoderAvailable
	}
`);

// "Autour d'une adresse": the geocoder of the sectors module (Base Adresse Nationale by default).
export const MapGeocodeQuery = graphql(`
	query MapGeocode($text: String!) {
		geocodeAddress(text: $text) {
			label
			latitude
			longitude
			score
		}
	}
`);
