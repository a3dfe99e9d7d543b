import { GeocoderUnavailable, type GeocodedAddress, type Geocoder } from './geocoder.js';

export interface BanOptions {
  /** The search endpoint, e.g. https://api-adresse.data.gouv.fr/search/ */
  url: string;
  timeoutMs: number;
  /** Bias results towards Metz (lat/lon), as the BAN API allows. */
  near?: { latitude: number; longitude: number };
}

interface BanFeature {
  geometry?: { coordinates?: [number, number] };
  properties?: {
    label?: string;
    housenumber?: string;
    street?: string;
    name?: string;
    postcode?: string;
    citycode?: string;
    city?: string;
    score?: number;
    type?: string;
  };
}

/** The Base Adresse Nationale (api-adresse.data.gouv.fr, GeoJSON FeatureCollection answers). */
export class BanGeocoder implements Geocoder {
  readonly name = 'ban';

  constructor(private readonly options: BanOptions) {}

  async search(text: string, limit: number): Promise<GeocodedAddress[]> {
    const url = new URL(this.options.url);
    url.searchParams.set('q', text);
    url.searchParams.set('limit', String(limit));
    if (this.options.near) {
      url.searchParams.set('lat', String(this.options.near.latitude));
      url.searchParams.set('lon', String(this.options.near.longitude));
    }
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(this.options.timeoutMs), headers: { accept: 'application/json' } });
    } catch (error) {
      const reason = error instanceof Error && error.name === 'TimeoutError' ? `timeout after ${this.options.timeoutMs} ms` : String((error as Error)?.message ?? error);
      throw new GeocoderUnavailable(`BAN unreachable: ${reason}`);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new GeocoderUnavailable(`BAN answered ${response.status}`);
    }
    let body: { features?: BanFeature[] };
    try {
      body = (await response.json()) as { features?: BanFeature[] };
    } catch {
      throw new GeocoderUnavailable('BAN answered something that is not JSON');
    }
    return (body.features ?? []).flatMap((feature): GeocodedAddress[] => {
      const [longitude, latitude] = feature.geometry?.coordinates ?? [];
      const p = feature.properties ?? {};
      if (typeof latitude !== 'number' || typeof longitude !== 'number' || !p.label) return [];
      return [
        {
          label: p.label,
          street: p.street ?? (p.type === 'street' ? (p.name ?? null) : null),
          houseNumber: p.housenumber ?? null,
          postcode: p.postcode ?? null,
          communeCode: p.citycode ?? null,
          communeName: p.city ?? null,
          latitude,
          longitude,
          score: typeof p.score === 'number' ? p.score : 0,
        },
      ];
    });
  }
}
