/** One address found by a geocoder. */
export interface GeocodedAddress {
  label: string;
  street: string | null;
  houseNumber: string | null;
  postcode: string | null;
  communeCode: string | null;
  communeName: string | null;
  latitude: number;
  longitude: number;
  /** Confidence between 0 and 1. */
  score: number;
}

/** Turns free text into addresses; throws GeocoderUnavailable when the service cannot answer. */
export interface Geocoder {
  readonly name: string;
  search(text: string, limit: number): Promise<GeocodedAddress[]>;
}

export class GeocoderUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GeocoderUnavailable';
  }
}

/** No provider configured: every search is "unavailable", so callers fall back to the commune list. */
export class NoGeocoder implements Geocoder {
  readonly name = 'none';

  async search(): Promise<GeocodedAddress[]> {
    throw new GeocoderUnavailable('no geocoder configured');
  }
}
