import communes from '../geo/metz-metropole-communes-2018.json' with { type: 'json' };
import type { CommuneMap } from './event.types.js';

// The communes of Metz Métropole as SVG outlines, for the programme's map. An equirectangular
// projection scaled by cos(latitude) is faithful enough at the scale of one metropolis.
type Ring = number[][];
interface Feature {
  properties: { code: string; nom: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

const features = (communes as { features: Feature[] }).features;
const WIDTH = 600;

function outerRings(feature: Feature): Ring[] {
  return feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates[0]] : feature.geometry.coordinates.map((p) => p[0]);
}

let cached: CommuneMap | undefined;

export function communeMap(): CommuneMap {
  if (cached) return cached;
  const points = features.flatMap((f) => outerRings(f).flat());
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const west = Math.min(...lons);
  const east = Math.max(...lons);
  const south = Math.min(...lats);
  const north = Math.max(...lats);
  const cos = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const kx = WIDTH / (east - west);
  const ky = kx / cos;
  const height = (north - south) * ky;
  const round = (n: number) => Math.round(n * 10) / 10;
  cached = {
    width: WIDTH,
    height: round(height),
    west,
    north,
    kx,
    ky,
    communes: features
      .map((f) => ({
        code: f.properties.code,
        name: f.properties.nom,
        path: outerRings(f)
          .map((ring) => `M${ring.map(([lon, lat]) => `${round((lon - west) * kx)},${round((north - lat) * ky)}`).join('L')}Z`)
          .join(''),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
  };
  return cached;
}

export function communeName(code: string): string | null {
  return features.find((f) => f.properties.code === code)?.properties.nom ?? null;
}
