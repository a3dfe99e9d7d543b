import { ServiceUnavailableError, TooManyRequestsError, UserInputError } from '../errors/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { GeocoderUnavailable, NoGeocoder, type GeocodedAddress, type Geocoder } from './geocoder.js';
import { RateLimiter } from './rate-limit.js';

export const geocoderUnavailableMessage = 'Le service de géocodage est indisponible : choisissez la commune dans la liste.';

/** What lives as long as the process: the provider and the per-caller counter. */
export interface Geocoding {
  geocoder: Geocoder;
  limiter: RateLimiter;
}

/** Address searches per caller (session, else IP address) and per minute. */
export const searchesPerMinute = 20;

export function createGeocoding(geocoder: Geocoder = new NoGeocoder()): Geocoding {
  return { geocoder, limiter: new RateLimiter(searchesPerMinute, 60_000) };
}

/** Address search for people: rate-limited, French errors, the caller falls back to the commune list. */
export class GeocodingService {
  constructor(
    private readonly geocoding: Geocoding,
    private readonly viewer: Viewer,
    private readonly ip: string | null,
  ) {}

  get available(): boolean {
    return this.geocoding.geocoder.name !== 'none';
  }

  async search(text: string, limit = 5): Promise<GeocodedAddress[]> {
    const query = text.replace(/\s+/g, ' ').trim();
    if (query.length < 3) throw new UserInputError('Saisissez au moins 3 caractères de l’adresse.', 'text');
    if (query.length > 200) throw new UserInputError('L’adresse est trop longue (200 caractères au plus).', 'text');
    const key = this.viewer.kind === 'user' ? `user:${this.viewer.userId}` : `ip:${this.ip ?? 'unknown'}`;
    if (!this.geocoding.limiter.take(key)) {
      throw new TooManyRequestsError('Trop de recherches d’adresse en peu de temps. Réessayez dans une minute.', 60);
    }
    try {
      return await this.geocoding.geocoder.search(query, limit);
    } catch (error) {
      if (error instanceof GeocoderUnavailable) throw new ServiceUnavailableError(geocoderUnavailableMessage);
      throw error;
    }
  }
}
