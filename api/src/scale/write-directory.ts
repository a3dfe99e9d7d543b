import { refreshSearchDocuments } from '../modules/partners/partner.search-index.js';
import { writeTable, type ScaleContext } from './context.js';
import type { Directory } from './plan-directory.js';
import type { PartnerPlan, TerritoryPlan } from './network.js';
import { idTag, scaleId } from './random.js';

// The directory's tables, then the search documents, then the psychiatric sectors.

export async function writeDirectory(context: ScaleContext, territories: TerritoryPlan[], directory: Directory): Promise<void> {
  const generated = territories.filter((territory) => !territory.isMetz);
  await writeTable(context, { table: 'territory', columns: ['id', 'slug', 'name', 'short_name', 'description', 'created_at'] }, generated.length, (function* () {
    for (const t of generated) yield [t.id, t.slug, t.name, t.shortName, t.description, t.createdAt];
  })());

  await writeTable(context, { table: 'person', columns: ['id', 'first_name', 'last_name', 'created_at'] }, directory.persons.length, (function* () {
    for (const p of directory.persons) yield [p.id, p.firstName, p.lastName, p.createdAt];
  })());

  const { partners } = directory;
  await writeTable(
    context,
    {
      table: 'partner',
      columns: [
        'id', 'slug', 'name', 'short_name', 'sector', 'kind', 'description', 'address', 'postal_code', 'commune', 'commune_code', 'latitude', 'longitude',
        'coordinates_source', 'phone', 'email', 'website', 'opening_hours', 'theme_codes', 'public_codes', 'parent_id', 'version', 'created_at', 'updated_at',
      ],
    },
    partners.length,
    (function* () {
      for (const p of partners) {
        yield [
          p.id, p.slug, p.name, p.shortName, p.sector, p.kind, p.description, p.address, p.commune.postalCode || null, p.commune.name, p.commune.code,
          // Placed by hand: the geocoding worker never moves MANUAL coordinates.
          p.latitude, p.longitude, 'MANUAL', p.phone, p.email, p.website, p.openingHours, p.themeCodes, p.publicCodes, p.parentId, 1, p.createdAt, p.updatedAt,
        ];
      }
    })(),
  );

  const links = partners.reduce((sum, p) => sum + 1 + p.extraTerritories.length, 0);
  await writeTable(context, { table: 'partner_territory', columns: ['partner_id', 'territory_id'] }, links, (function* () {
    for (const p of partners) {
      yield [p.id, p.territory.id];
      for (const other of p.extraTerritories) yield [p.id, other.id];
    }
  })());

  await writeTable(context, { table: 'contact', columns: ['id', 'partner_id', 'person_id', 'function', 'email', 'phone', 'position'] }, directory.contacts.length, (function* () {
    for (const c of directory.contacts) yield [c.id, c.partnerId, c.personId, c.function, c.email, c.phone, c.position];
  })());

  // The search document is kept by the application (not a trigger): the same function fills it
  // here, from the rows just written.
  const line = context.progress.table('partner search_document', partners.length);
  const batch = 1000;
  for (let start = 0; start < partners.length; start += batch) {
    const slice = partners.slice(start, start + batch);
    await refreshSearchDocuments(context.manager, slice);
    line.add(slice.length);
  }
  line.finish();

  await writeSectors(context, generated, partners);
}

/**
 * Each fictional territory's psychiatric sectors: one per CMP, the adult ones sharing the
 * territory's communes between them, the child ones covering them all. Fictional cuts, marked
 * `is_demo` like the demo's, so the page announces them as such.
 */
async function writeSectors(context: ScaleContext, territories: TerritoryPlan[], partners: PartnerPlan[]): Promise<void> {
  interface SectorRow {
    id: string;
    territory: TerritoryPlan;
    code: string;
    name: string;
    population: 'ADULT' | 'CHILD';
    cmpId: string;
    communes: string[];
  }
  const cmpsOf = new Map<TerritoryPlan, PartnerPlan[]>();
  for (const p of partners) if (p.kind === 'CMP') cmpsOf.set(p.territory, [...(cmpsOf.get(p.territory) ?? []), p]);
  const sectors: SectorRow[] = [];
  for (const territory of territories) {
    const cmps = cmpsOf.get(territory) ?? [];
    for (const population of ['ADULT', 'CHILD'] as const) {
      const ofPopulation = cmps.filter((p) => (population === 'ADULT' ? p.templateKey === 'cmpAdult' : p.templateKey === 'cmpChild'));
      ofPopulation.forEach((cmp, rank) => {
        const communes = territory.communes.filter((_, c) => c % ofPopulation.length === rank).map((commune) => commune.code);
        const letter = population === 'ADULT' ? 'G' : 'I';
        sectors.push({
          id: scaleId(idTag.sector, sectors.length),
          territory,
          code: `${territory.departement.code}${letter}${String(rank + 1).padStart(2, '0')}`,
          name: population === 'ADULT' ? `Secteur ${rank + 1} – ${territory.communes[rank % territory.communes.length].name}` : `Secteur infanto-juvénile ${rank + 1}`,
          population,
          cmpId: cmp.id,
          communes,
        });
      });
    }
  }
  await writeTable(
    context,
    { table: 'psychiatric_sector', columns: ['id', 'territory_id', 'code', 'name', 'population', 'cmp_partner_id', 'is_demo', 'version', 'created_at', 'updated_at'] },
    sectors.length,
    (function* () {
      for (const s of sectors) yield [s.id, s.territory.id, s.code, s.name, s.population, s.cmpId, true, 1, s.territory.createdAt, s.territory.createdAt];
    })(),
  );
  const total = sectors.reduce((sum, s) => sum + s.communes.length, 0);
  await writeTable(context, { table: 'sector_commune', columns: ['sector_id', 'commune_code', 'is_demo'] }, total, (function* () {
    for (const s of sectors) for (const code of s.communes) yield [s.id, code, true];
  })());
}
