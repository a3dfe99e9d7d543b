import { beforeAll, describe, expect, it } from 'vitest';
import { demoPartners } from '../../demo/partners.data.js';
import type { DemoPartner } from '../../demo/demo.types.js';
import { PartnerTerritory } from '../territories/partner-territory.entity.js';
import { Territory } from '../territories/territory.entity.js';
import { Partner } from './partner.entity.js';
import { PartnerKind, Sector } from './partner.enums.js';
import {
  matchingSlugs,
  partnersPage,
  sorted,
  useDemoDirectory,
  type PartnerFilterInput,
} from './partner.test-helpers.js';

const directory = useDemoDirectory();

// Every demo partner belongs to clsm-metz; a second territory with a few of them shows that
// the territory filter really filters.
const otherTerritory = { slug: 'clsm-essai', members: ['unafam-moselle', 'gem-l-albatros', 'moselis', 'ch-jury'] };

beforeAll(async () => {
  const { dataSource } = directory;
  const { id } = await dataSource.getRepository(Territory).save({ slug: otherTerritory.slug, name: 'CLSM d’essai' });
  const partners = await dataSource.getRepository(Partner).findBy(otherTerritory.members.map((slug) => ({ slug })));
  expect(partners).toHaveLength(otherTerritory.members.length);
  await dataSource.getRepository(PartnerTerritory).insert(partners.map((p) => ({ partnerId: p.id, territoryId: id })));
});

const slugs = (filter: PartnerFilterInput) => matchingSlugs(directory.server, filter);
const demoSlugs = (keep: (p: DemoPartner) => boolean) => sorted(demoPartners.filter(keep).map((p) => p.slug));
const inTerritory = (territory: string | null) => (p: DemoPartner) => {
  if (territory === otherTerritory.slug) return otherTerritory.members.includes(p.slug);
  return territory === null || territory === 'clsm-metz';
};

describe('directory filters', () => {
  it.each(Object.values(Sector))('sector %s gives exactly the partners of that sector', async (sector) => {
    expect(sorted(await slugs({ sectors: [sector] }))).toEqual(demoSlugs((p) => p.sector === sector));
  });

  it('gives the housing sector its landlords and housing associations', async () => {
    const housing = await slugs({ sectors: [Sector.HOUSING] });
    expect(housing).toEqual(expect.arrayContaining(['batigere', 'metz-habitat-territoire', 'amli']));
    expect(housing).not.toContain('ch-jury');
  });

  it.each([PartnerKind.SOCIAL_LANDLORD, PartnerKind.GEM, PartnerKind.CMP])('kind %s', async (kind) => {
    expect(sorted(await slugs({ kinds: [kind] }))).toEqual(demoSlugs((p) => p.kind === kind));
  });

  it.each([[['metz']], [['METZ']], [['Metz', 'MONTIGNY-LÈS-METZ']]])('communes %j, whatever the case', async (communes) => {
    const wanted = communes.map((c) => c.toLowerCase());
    const expected = demoSlugs((p) => wanted.includes(p.commune?.toLowerCase() ?? ''));
    expect(expected.length).toBeGreaterThan(communes.length);
    expect(sorted(await slugs({ communes }))).toEqual(expected);
  });

  it.each([
    [['famille--soutien-aidants']],
    [['sante--sante-mentale']],
    [['famille--garde-denfants', 'logement-hebergement--reduire-les-impayes-de-loyer']],
  ])('themes %j', async (themes) => {
    const expected = demoSlugs((p) => p.themes.some((t) => themes.includes(t)));
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(await slugs({ themes }))).toEqual(expected);
  });

  it.each(['clsm-metz', otherTerritory.slug, 'inconnu'])('territory %s', async (territory) => {
    expect(sorted(await slugs({ territory }))).toEqual(demoSlugs(inTerritory(territory)));
  });

  it.each<[string, PartnerFilterInput, (p: DemoPartner) => boolean]>([
    [
      'sector and commune',
      { sectors: [Sector.HOUSING], communes: ['metz'] },
      (p) => p.sector === Sector.HOUSING && p.commune === 'Metz',
    ],
    [
      'sectors, kind and theme',
      {
        sectors: [Sector.INSTITUTIONS, Sector.CARE],
        kinds: [PartnerKind.STATE_SERVICE, PartnerKind.HOSPITAL],
        themes: ['sante--sante-mentale'],
      },
      (p) =>
        [Sector.INSTITUTIONS, Sector.CARE].includes(p.sector) &&
        [PartnerKind.STATE_SERVICE, PartnerKind.HOSPITAL].includes(p.kind) &&
        p.themes.includes('sante--sante-mentale'),
    ],
    [
      'kind and territory',
      { kinds: [PartnerKind.GEM], territory: otherTerritory.slug },
      (p) => p.kind === PartnerKind.GEM && otherTerritory.members.includes(p.slug),
    ],
  ])('combines %s (AND)', async (_, filter, keep) => {
    const expected = demoSlugs(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(demoSlugs(() => true).length);
    expect(sorted(await slugs(filter))).toEqual(expected);
  });

  it.each<[string, PartnerFilterInput, (p: DemoPartner) => boolean]>([
    ['santé', { sectors: [Sector.CARE] }, (p) => p.sector === Sector.CARE],
    [
      'santé',
      { communes: ['Metz'], kinds: [PartnerKind.LOCAL_AUTHORITY, PartnerKind.STATE_SERVICE] },
      (p) => p.commune === 'Metz' && [PartnerKind.LOCAL_AUTHORITY, PartnerKind.STATE_SERVICE].includes(p.kind),
    ],
    ['logement', { territory: otherTerritory.slug }, inTerritory(otherTerritory.slug)],
  ])('combines the search %s with %j, keeping its ranking', async (search, filter, keep) => {
    const kept = new Set(demoPartners.filter(keep).map((p) => p.slug));
    const expected = (await slugs({ search })).filter((slug) => kept.has(slug));
    expect(expected.length).toBeGreaterThan(0);
    expect(await slugs({ search, ...filter })).toEqual(expected);
  });
});

describe('sectors and facets', () => {
  type Facet = { code: string; label: string; partnerCount: number };
  type Facets = { sectors: Facet[]; kinds: Facet[]; communes: Facet[]; themes: Facet[] };

  it.each([null, otherTerritory.slug])('sectors (territory %s): the 7 sectors in order, with counts', async (territory) => {
    const result = await directory.server.graphql<{ sectors: Facet[] }>(
      'query($territory: String) { sectors(territory: $territory) { code label partnerCount } }',
      { territory },
    );
    expect(result.errors).toBeUndefined();
    const sectors = result.data!.sectors;
    const members = demoPartners.filter(inTerritory(territory));
    expect(sectors.map((s) => s.code)).toEqual(Object.values(Sector));
    const demoCounts = Object.values(Sector).map((code) => members.filter((p) => p.sector === code).length);
    expect(sectors.map((s) => s.partnerCount)).toEqual(demoCounts);
    expect(sectors.reduce((sum, s) => sum + s.partnerCount, 0)).toBe(members.length);
    expect(sectors.every((s) => s.label.length > 0)).toBe(true);
  });

  it.each([null, otherTerritory.slug])('directoryFacets (territory %s) count what each filter finds', async (territory) => {
    const result = await directory.server.graphql<{ directoryFacets: Facets }>(
      `query($territory: String) { directoryFacets(territory: $territory) {
        sectors { code label partnerCount } kinds { code label partnerCount }
        communes { code label partnerCount } themes { code label partnerCount } } }`,
      { territory },
    );
    expect(result.errors).toBeUndefined();
    const facets = result.data!.directoryFacets;
    const members = demoPartners.filter(inTerritory(territory));
    const codes = (facet: Facet[]) => sorted(facet.map((f) => f.code));
    expect(codes(facets.kinds)).toEqual(sorted(new Set(members.map((p) => p.kind))));
    expect(codes(facets.communes)).toEqual(sorted(new Set(members.flatMap((p) => p.commune ?? []))));
    expect(codes(facets.themes)).toEqual(sorted(new Set(members.flatMap((p) => p.themes))));

    // Each facet is named like the filter field it feeds.
    for (const facet of ['sectors', 'kinds', 'communes', 'themes'] as const) {
      for (const { code, partnerCount } of facets[facet]) {
        const filter = { [facet]: [code], ...(territory ? { territory } : {}) };
        const { totalCount } = await partnersPage(directory.server, filter, 1);
        expect({ facet, code, count: totalCount }).toEqual({ facet, code, count: partnerCount });
      }
    }
  });
});
