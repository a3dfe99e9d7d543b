import { communeCentroid, communeCodeByName } from '../geo/communes.js';
import type { SqlParams } from '../../db/sql-params.js';

export interface Placement {
  communeCode: string | null;
  latitude: number | null;
  longitude: number | null;
  coordinatesSource: string | null;
}

// A commune of Metz Métropole places an entry without an address at its centroid.
export function communePlacement(commune: string | null): Placement {
  const communeCode = commune ? communeCodeByName(commune) : null;
  const centroid = communeCode ? communeCentroid(communeCode) : null;
  return {
    communeCode,
    latitude: centroid?.latitude ?? null,
    longitude: centroid?.longitude ?? null,
    coordinatesSource: centroid ? 'COMMUNE' : null,
  };
}

/**
 * The SET items of an UPDATE of the partner row `p` writing `commune` (an SQL value). They
 * compare with the row as it was: only a change of commune moves anything, coordinates entered
 * by hand stay, and an entry with an address waits for the geocoder (it falls back to the centroid).
 */
export function communeAssignments(commune: string, params: SqlParams, placement: Placement): string[] {
  const moved = `p.commune IS DISTINCT FROM ${commune}`;
  const placed = `${moved} AND coalesce(p.address, '') = '' AND p.coordinates_source IS DISTINCT FROM 'MANUAL'`;
  const when = (condition: string, column: string, value: unknown, type: string) =>
    `${column} = CASE WHEN ${condition} THEN ${params.add(value)}::${type} ELSE p.${column} END`;
  return [
    when(moved, 'commune_code', placement.communeCode, 'text'),
    when(placed, 'latitude', placement.latitude, 'float8'),
    when(placed, 'longitude', placement.longitude, 'float8'),
    when(placed, 'coordinates_source', placement.coordinatesSource, 'text'),
  ];
}
