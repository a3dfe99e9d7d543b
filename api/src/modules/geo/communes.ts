import { slugify } from '../../text/fold.js';
import communes from './metz-metropole-communes-2018.json' with { type: 'json' };

// The 46 communes of Metz Métropole (IGN Admin Express COG 2018, Licence Ouverte).
type Ring = number[][];
interface CommuneFeature {
  properties: { code: string; nom: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

const features = (communes as { features: CommuneFeature[] }).features;

// Area-weighted centroid of a ring (shoelace formula); precise enough at a commune's scale.
function ringCentroid(ring: Ring): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  return { area: area / 2, x: x / (3 * area), y: y / (3 * area) };
}

export interface Centroid {
  latitude: number;
  longitude: number;
}

/** The centroid of a commune of Metz Métropole by INSEE code, or null if not one of them. */
export function communeCentroid(inseeCode: string): Centroid | null {
  const feature = features.find((f) => f.properties.code === inseeCode);
  if (!feature) return null;
  const outerRings = feature.geometry.type === 'Polygon'
    ? [feature.geometry.coordinates[0]]
    : feature.geometry.coordinates.map((polygon) => polygon[0]);
  const largest = outerRings.map(ringCentroid).sort((a, b) => Math.abs(b.area) - Math.abs(a.area))[0];
  return { latitude: Number(largest.y.toFixed(6)), longitude: Number(largest.x.toFixed(6)) };
}

const fold = (name: string) => slugify(name, '');

/** The INSEE code of a commune of Metz Métropole from its name, accents and case aside. */
export function communeCodeByName(name: string): string | null {
  const wanted = fold(name);
  return features.find((f) => fold(f.properties.nom) === wanted)?.properties.code ?? null;
}

/** The communes of Metz Métropole with their centroid, by name: the places of the map's « autour de ». */
export function metzMetropoleCommuneCentres(): Array<{ code: string; name: string } & Centroid> {
  return metzMetropoleCommunes().map((commune) => ({ ...commune, ...communeCentroid(commune.code)! }));
}

/** The communes of Metz Métropole, by name (INSEE code and name). */
export function metzMetropoleCommunes(): Array<{ code: string; name: string }> {
  return features
    .map((f) => ({ code: f.properties.code, name: f.properties.nom }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
