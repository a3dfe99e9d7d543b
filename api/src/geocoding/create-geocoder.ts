import { BanGeocoder } from './ban.geocoder.js';
import { NoGeocoder, type Geocoder } from './geocoder.js';

export interface GeocoderConfig {
  provider: 'ban' | 'none';
  url: string;
  timeoutMs: number;
}

// Metz, to rank the addresses of the territory first.
const metz = { latitude: 49.1193, longitude: 6.1757 };

export function createGeocoder(config: GeocoderConfig): Geocoder {
  if (config.provider === 'none') return new NoGeocoder();
  return new BanGeocoder({ url: config.url, timeoutMs: config.timeoutMs, near: metz });
}
