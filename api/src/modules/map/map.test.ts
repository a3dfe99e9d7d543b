import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../auth/viewer.js';
import { countStatements } from '../../db/query-counter.js';
import { createContext, type AppDeps } from '../../graphql/context.js';
import { createSchema } from '../../graphql/schema.js';
import { testDeps } from '../../test-support/test-deps.js';
import { Partner } from '../partners/partner.entity.js';
import { Sector } from '../partners/partner.enums.js';
import { matchingSlugs, sorted, useDemoDirectory, type PartnerFilterInput } from '../partners/partner.test-helpers.js';

const directory = useDemoDirectory();

const markersQuery = `query Markers($filter: PartnerFilter) {
  partnerMarkers(filter: $filter) { id slug name shortName sector sectorLabel kindLabel commune latitude longitude }
}`;

interface Marker {
  slug: string;
  sector: Sector;
  sectorLabel: string;
  latitude: number | null;
  longitude: number | null;
}

async function markers(filter: PartnerFilterInput | null): Promise<Marker[]> {
  const result = await directory.server.graphql<{ partnerMarkers: Marker[] }>(markersQuery, { filter });
  expect(result.errors).toBeUndefined();
  return result.data!.partnerMarkers;
}

let schema: GraphQLSchema;
let deps: AppDeps;
beforeAll(async () => {
  deps = testDeps(directory.dataSource);
  schema = await createSchema(deps.events);
});

describe('partnerMarkers, the map view of the directory', () => {
  const filters: Array<[string, PartnerFilterInput | null]> = [
    ['no filter', null],
    ['the territory', { territory: 'clsm-metz' }],
    ['a sector', { sectors: [Sector.CARE] }],
    ['two sectors', { sectors: [Sector.HOUSING, Sector.SOCIAL_ACTION] }],
    ['free text', { search: 'unafam' }],
    ['a typo', { search: 'albatross' }],
    ['a commune', { communes: ['Metz'] }],
    ['nothing', { search: 'zzzzzzzzzz' }],
  ];

  it.each(filters)('finds the same partners as the directory for %s', async (_name, filter) => {
    const found = await markers(filter);
    expect(sorted(found.map((m) => m.slug))).toEqual(sorted(await matchingSlugs(directory.server, filter)));
  });

  it('gives the stored coordinates, null where a partner has none', async () => {
    const found = await markers(null);
    const partners = await directory.dataSource.getRepository(Partner).find();
    const bySlug = new Map(partners.map((p) => [p.slug, p]));
    expect(found.length).toBe(partners.length);
    for (const marker of found) {
      const partner = bySlug.get(marker.slug)!;
      expect([marker.latitude, marker.longitude]).toEqual([partner.latitude, partner.longitude]);
      expect(marker.sector).toBe(partner.sector);
      expect(marker.sectorLabel).not.toBe('');
    }
    // The demo network must have both kinds, or the null case would prove nothing.
    expect(found.some((m) => m.latitude !== null)).toBe(true);
  });

  it('checks its filter like the directory', async () => {
    const result = await directory.server.graphql(markersQuery, { filter: { themes: ['pas-un-theme'] } });
    expect(result.errors?.[0]?.message).toBe('Thématique inconnue : « pas-un-theme ».');
  });

  it('keeps exactly the partners inside a rectangle', async () => {
    const all = (await markers(null)).filter((m) => m.latitude !== null && m.longitude !== null);
    const latitudes = all.map((m) => m.latitude!).sort((a, b) => a - b);
    const longitudes = all.map((m) => m.longitude!).sort((a, b) => a - b);
    // The south-west quarter of the network, by the median coordinates.
    const box = { south: latitudes[0], west: longitudes[0], north: latitudes[latitudes.length >> 1], east: longitudes[longitudes.length >> 1] };
    const inside = all.filter((m) => m.latitude! >= box.south && m.latitude! <= box.north && m.longitude! >= box.west && m.longitude! <= box.east);
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.length).toBeLessThan(all.length);
    expect(sorted((await markers({ box })).map((m) => m.slug))).toEqual(sorted(inside.map((m) => m.slug)));
    expect(sorted((await markers({ box, sectors: [Sector.CARE] })).map((m) => m.slug))).toEqual(
      sorted(inside.filter((m) => m.sector === Sector.CARE).map((m) => m.slug)),
    );
  });

  it.each([
    ['south above north', { south: 49.2, west: 6, north: 49, east: 6.3 }],
    ['west beyond east', { south: 49, west: 6.3, north: 49.2, east: 6 }],
    ['a latitude beyond the pole', { south: 49, west: 6, north: 91, east: 6.3 }],
  ])('refuses a rectangle with %s', async (_name, box) => {
    const result = await directory.server.graphql(markersQuery, { filter: { box } });
    expect(result.errors?.[0]?.message).toBe('Le rectangle de la carte est invalide (sud ≤ nord, ouest ≤ est, en degrés).');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs one SQL statement whatever the number of partners', async () => {
    for (const filter of [null, { sectors: [Sector.CARE] }, { search: 'metz' }]) {
      const { result, statements } = await countStatements(() =>
        graphql({ schema, source: markersQuery, variableValues: { filter }, contextValue: createContext(deps, anonymous) }),
      );
      expect(result.errors).toBeUndefined();
      expect((result.data as { partnerMarkers: unknown[] }).partnerMarkers.length).toBeGreaterThan(0);
      expect(statements).toBe(1);
    }
  });
});

describe('the commune outlines', () => {
  it('are served as GeoJSON: the 46 communes of Metz Métropole', async () => {
    const response = await fetch(`${directory.server.url}/geo/metz-metropole-communes.geojson`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const body = (await response.json()) as { features: Array<{ properties: { code: string; nom: string } }> };
    expect(body.features).toHaveLength(46);
    expect(body.features.map((f) => f.properties.nom)).toContain('Metz');
  });

  it('and their centres, by name, each near Metz (the places of « autour de »)', async () => {
    const response = await fetch(`${directory.server.url}/geo/metz-metropole-communes-centres.json`);
    expect(response.status).toBe(200);
    const communes = (await response.json()) as Array<{ code: string; name: string; latitude: number; longitude: number }>;
    expect(communes).toHaveLength(46);
    expect(communes[0].name.localeCompare(communes[1].name, 'fr')).toBeLessThan(0);
    const metz = communes.find((c) => c.name === 'Metz')!;
    expect(metz.code).toBe('57463');
    // Metz cathedral is at 49.1203 N, 6.1757 E; Metz Métropole spans about 25 km.
    expect(Math.abs(metz.latitude - 49.1203) + Math.abs(metz.longitude - 6.1757)).toBeLessThan(0.05);
    for (const commune of communes) expect(Math.abs(commune.latitude - metz.latitude) + Math.abs(commune.longitude - metz.longitude)).toBeLessThan(0.4);
  });
});
