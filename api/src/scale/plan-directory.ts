import { communeCentroid, metzMetropoleCommunes } from '../modules/geo/communes.js';
import { audienceCatalog, themeCatalog } from '../modules/themes/theme.catalog.js';
import { foldAccents, slugify } from '../text/fold.js';
import { anchorsPerTerritory, type ScaleCounts } from './counts.js';
import { dayString, dayNumber, noonOf } from './dates.js';
import type { CommunePlan, ContactPlan, DemoFacts, PartnerPlan, PersonPlan, TerritoryPlan } from './network.js';
import { contactFunctions, fictionPhonePrefixes, firstNames, surnameMarkers, surnames } from './people.vocabulary.js';
import { anchorTemplates, associationNames, clinicNames, gemNames, networkSentences, openingHours, partnerTemplates, type PartnerTemplate, type TemplateKey } from './partners.vocabulary.js';
import { departements, streetNames, streetTypes, townBases, townComplements } from './places.vocabulary.js';
import { apportion, idTag, type Random, scaleId } from './random.js';

// The directory of the fictional network: territories, their communes, organisations, people
// and contacts. Everything is decided here, in memory, before anything is written.

/** A readable slug not taken yet (by the demo or an earlier row); taken from then on. */
export function uniqueSlug(text: string, taken: Set<string>): string {
  const base = slugify(text, 'element');
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

function townName(random: Random, taken: Set<string>): string {
  for (;;) {
    const name = `${random.pick(townBases)}${random.chance(0.8) ? random.pick(townComplements) : ''}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

const metzDepartement = { code: '57', name: 'Moselle', of: 'de la Moselle', latitude: 49.1, longitude: 6.2 };

function metzTerritory(demo: DemoFacts, weight: number, index: number): TerritoryPlan {
  const communes: CommunePlan[] = metzMetropoleCommunes().map(({ code, name }) => {
    const centre = communeCentroid(code)!;
    return { name, code, postalCode: code === '57463' ? '57000' : '', latitude: centre.latitude, longitude: centre.longitude };
  });
  // Metz first: the main town of the territory.
  communes.sort((a, b) => (a.code === '57463' ? -1 : b.code === '57463' ? 1 : 0));
  return {
    index,
    id: demo.metzId,
    slug: 'clsm-metz',
    name: demo.metzName,
    shortName: 'CLSM de Metz',
    description: '',
    town: 'Metz',
    townSlug: 'metz',
    departement: metzDepartement,
    latitude: communes[0].latitude,
    longitude: communes[0].longitude,
    communes,
    weight,
    isMetz: true,
    createdAt: new Date(0),
    partners: [...demo.partners],
    neighbours: [],
  };
}

/**
 * The fictional territories (named after invented towns of real départements, spread over
 * mainland France), then the real Metz one, weighted like a large territory so that the demo
 * accounts see a national-scale hub.
 */
export function planTerritories(random: Random, counts: ScaleCounts, demo: DemoFacts): TerritoryPlan[] {
  const rng = random.fork('territories');
  const towns = new Set<string>();
  const slugs = new Set<string>(['clsm-metz']);
  const codesByDepartement = new Map<string, Set<string>>();
  const territories: TerritoryPlan[] = [];
  // Every département once before any twice.
  const order = rng.sample(departements, departements.length);
  for (let index = 0; index < counts.territories; index += 1) {
    const departement = index < order.length ? order[index] : rng.pick(departements);
    const town = townName(rng, towns);
    const latitude = round6(departement.latitude + 0.25 * rng.normal());
    const longitude = round6(departement.longitude + 0.3 * rng.normal());
    const codes = codesByDepartement.get(departement.code) ?? new Set<string>();
    codesByDepartement.set(departement.code, codes);
    const communeCode = () => {
      for (;;) {
        const code = `${departement.code}${String(rng.int(1, 899)).padStart(3, '0')}`;
        if (!codes.has(code)) {
          codes.add(code);
          return code;
        }
      }
    };
    const communeNames = new Set<string>([town]);
    const communes: CommunePlan[] = [{ name: town, code: communeCode(), postalCode: `${departement.code}000`, latitude, longitude }];
    const communeCount = rng.int(4, 11);
    for (let c = 1; c < communeCount; c += 1) {
      communes.push({
        name: townName(rng, communeNames),
        code: communeCode(),
        postalCode: `${departement.code}${rng.int(10, 99)}0`,
        latitude: round6(latitude + 0.07 * rng.normal()),
        longitude: round6(longitude + 0.09 * rng.normal()),
      });
    }
    const name = `CLSM de ${town} (fictif)`;
    const created = dayString(dayNumber('2012-01-01') + rng.int(0, 9 * 365));
    territories.push({
      index,
      id: scaleId(idTag.territory, index),
      slug: uniqueSlug(name, slugs),
      name,
      shortName: `CLSM ${town}`,
      description:
        `Conseil local de santé mentale fictif de ${town} et des communes voisines (${departement.name}), généré pour les essais de charge. ` +
        `Il réunit les élus, la psychiatrie publique, les usagers, les familles et les acteurs du logement, du social et de l’insertion du territoire.`,
      town,
      townSlug: slugify(town, 'ville'),
      departement,
      latitude,
      longitude,
      communes,
      // Log-normal: most territories near the median, a few metropolitan ones several times larger.
      weight: Math.min(rng.spread(0.75), 10),
      isMetz: false,
      createdAt: noonOf(created),
      partners: [],
      neighbours: [],
    });
  }
  const mean = territories.reduce((sum, t) => sum + t.weight, 0) / territories.length;
  // One metropolitan CLSM, far larger than the others (hundreds of organisations at full size).
  territories[0].weight = 10 * mean;
  const metz = metzTerritory(demo, 3 * mean, territories.length);
  const all = [...territories, metz];
  const distance = (a: TerritoryPlan, b: TerritoryPlan) => Math.hypot(a.latitude - b.latitude, (a.longitude - b.longitude) * 0.7);
  for (const territory of all) {
    territory.neighbours = all.filter((other) => other !== territory).sort((a, b) => distance(territory, a) - distance(territory, b)).slice(0, 3);
  }
  return all;
}

const fill = (pattern: string, values: Record<string, string>) => pattern.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? key);

/** Themes and publics that a kind takes: the first always, others sometimes. */
function codesOf(rng: Random, codes: readonly string[]): string[] {
  return codes.filter((_, i) => i === 0 || rng.chance(0.6));
}

// Organisations whose name is the département's: they work for several territories of it.
const departementWide = new Set<TemplateKey>(['department', 'state', 'landlordFederation', 'teenagers', 'families', 'protection', 'resource']);

function checkCatalogues(): void {
  for (const template of Object.values(partnerTemplates) as PartnerTemplate[]) {
    for (const code of template.themes) if (!themeCatalog.has(code)) throw new Error(`unknown data·inclusion theme ${code} (${template.key})`);
    for (const code of template.publics) if (!audienceCatalog.has(code)) throw new Error(`unknown data·inclusion public ${code} (${template.key})`);
  }
}

export interface Directory {
  partners: PartnerPlan[];
  persons: PersonPlan[];
  contacts: ContactPlan[];
}

/**
 * The organisations: each fictional territory's anchors (a psychiatric hospital with its CMPs
 * and its team for housing, an IML operator, two social landlords, CCAS, GEM, town hall), then
 * the rest spread over the territories (Metz included) by weight, of every kind; some work on
 * neighbouring territories too. Then their contacts: fictional people, a few of whom work for two
 * organisations.
 */
export function planDirectory(random: Random, counts: ScaleCounts, territories: TerritoryPlan[], demo: DemoFacts): Directory {
  checkCatalogues();
  const rng = random.fork('partners');
  const slugs = new Set(demo.takenSlugs.partner);
  const partners: PartnerPlan[] = [];
  const randomTemplates = (Object.values(partnerTemplates) as PartnerTemplate[]).map((template) => [template, template.weight] as const);
  const generated = territories.filter((territory) => !territory.isMetz);
  const anchorCount = generated.length * anchorsPerTerritory;
  const extraPerTerritory = apportion(counts.partners - anchorCount, territories.map((t) => t.weight));

  const make = (territory: TerritoryPlan, template: PartnerTemplate, anchorRank: number | null, parentId: string | null): PartnerPlan => {
    const n = partners.length;
    const commune = anchorRank !== null ? territory.communes[Math.min(anchorRank, territory.communes.length - 1)] : rng.chance(0.4) ? territory.communes[0] : rng.pick(territory.communes);
    const [namePattern, shortPattern] = anchorRank !== null ? template.names[Math.min(anchorRank, template.names.length - 1)] : rng.pick(template.names);
    const values = {
      town: territory.town,
      commune: commune.name,
      deptOf: territory.departement.of,
      deptCode: territory.departement.code,
      deptName: territory.departement.name,
      name: rng.pick(associationNames),
      gem: rng.pick(gemNames),
      saint: rng.pick(clinicNames),
    };
    // Every generated name says it is invented: towns and départements alone would not (a
    // « Conseil départemental de l’Aube » exists; this one does not).
    const name = `${fill(namePattern, values)} (fictif)`;
    const slug = uniqueSlug(name, slugs);
    const sentences = rng.sample(template.sentences, rng.int(1, 2));
    const description = [...sentences, rng.pick(networkSentences), 'Structure fictive.'].join(' ');
    const created = dayNumber('2016-01-01') + rng.int(0, 8 * 365);
    const updated = Math.min(created + rng.int(0, 6 * 365), dayNumber('2026-11-30'));
    return {
      n,
      id: scaleId(idTag.partner, n),
      slug,
      name,
      shortName: shortPattern ? fill(shortPattern, values) : null,
      kind: template.kind,
      sector: template.sector,
      templateKey: template.key,
      homeId: territory.id,
      template,
      territory,
      extraTerritories: [],
      commune,
      description,
      address: `${rng.int(1, 120)} ${rng.pick(streetTypes)} ${rng.pick(streetNames)}`,
      latitude: round6(commune.latitude + 0.012 * rng.normal()),
      longitude: round6(commune.longitude + 0.016 * rng.normal()),
      phone: rng.chance(0.85) ? `${rng.pick(fictionPhonePrefixes.slice(0, 5))} ${String(rng.int(0, 99)).padStart(2, '0')} ${String(rng.int(0, 99)).padStart(2, '0')}` : null,
      email: rng.chance(0.8) ? `${slug}@example.org` : null,
      website: rng.chance(0.6) ? `https://${slug}.example.org` : null,
      openingHours: rng.chance(0.75) ? rng.pick(openingHours) : null,
      themeCodes: codesOf(rng, template.themes),
      publicCodes: codesOf(rng, template.publics),
      parentId,
      createdAt: noonOf(dayString(created), rng.int(0, 3600)),
      updatedAt: noonOf(dayString(updated), rng.int(3601, 7200)),
      contactCount: 0,
      persons: [],
    };
  };

  for (const territory of territories) {
    let hospitalId: string | null = null;
    if (!territory.isMetz) {
      const seen = new Map<TemplateKey, number>();
      for (const key of anchorTemplates) {
        const template = partnerTemplates[key];
        const ofHospital = key === 'cmpAdult' || key === 'cmpChild' || key === 'careTeam';
        // A second anchor of a kind takes the kind's second name (and the second commune: the
        // two adult CMPs are those of the first two communes, where their sectors start).
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        const partner = make(territory, template, occurrence, ofHospital ? hospitalId : null);
        if (key === 'hospital') hospitalId = partner.id;
        partners.push(partner);
      }
    }
    for (let i = 0; i < extraPerTerritory[territory.index]; i += 1) {
      const template = rng.weighted(randomTemplates);
      const parent = (template.kind === 'CMP' || template.kind === 'HOSPITAL_TEAM') && hospitalId && rng.chance(0.7) ? hospitalId : null;
      const partner = make(territory, template, null, parent);
      partners.push(partner);
      const wide = departementWide.has(template.key as TemplateKey);
      const candidates = wide
        ? territories.filter((other) => other !== territory && other.departement.code === territory.departement.code).slice(0, 2)
        : territory.neighbours;
      const extra = wide ? candidates.length : rng.chance(0.12) ? (rng.chance(0.2) ? 2 : 1) : 0;
      partner.extraTerritories = rng.sample(candidates, extra);
    }
  }
  for (const partner of partners) {
    partner.territory.partners.push(partner);
    for (const other of partner.extraTerritories) other.partners.push(partner);
  }

  // Contacts: one each at least, the rest where organisations are larger.
  const prng = random.fork('people');
  const extras = apportion(counts.contacts - partners.length, partners.map((p) => p.template.contactWeight * prng.spread(0.5)));
  const persons: PersonPlan[] = [];
  const contacts: ContactPlan[] = [];
  const peopleOfTerritory = new Map<TerritoryPlan, PersonPlan[]>();
  const newPerson = (): PersonPlan => {
    const person: PersonPlan = {
      id: scaleId(idTag.person, persons.length),
      firstName: prng.pick(firstNames),
      lastName: `${prng.weighted(surnameMarkers)}-${prng.pick(surnames)}`,
      createdAt: noonOf(dayString(dayNumber('2016-01-01') + prng.int(0, 10 * 365)), prng.int(0, 7200)),
    };
    persons.push(person);
    return person;
  };
  const ascii = (text: string) => foldAccents(text).toLowerCase().replace(/[^a-z]+/g, '');
  for (const partner of partners) {
    partner.contactCount = 1 + extras[partner.n];
    const pool = peopleOfTerritory.get(partner.territory) ?? [];
    peopleOfTerritory.set(partner.territory, pool);
    for (let position = 0; position < partner.contactCount; position += 1) {
      // Some people work for two organisations of their territory (a psychiatrist at the CMP and the hospital).
      const reused = pool.length > 20 && prng.chance(0.05) ? prng.pick(pool) : null;
      const person = reused && !partner.persons.includes(reused.id) ? reused : newPerson();
      if (person !== reused) pool.push(person);
      partner.persons.push(person.id);
      const surname = person.lastName.slice(person.lastName.indexOf('-') + 1);
      contacts.push({
        id: scaleId(idTag.contact, contacts.length),
        partnerId: partner.id,
        personId: person.id,
        function: prng.weighted(contactFunctions),
        email: prng.chance(0.8) ? `${ascii(person.firstName)}.${ascii(surname)}@example.org` : null,
        phone: prng.chance(0.55) ? `${prng.pick(fictionPhonePrefixes)} ${String(prng.int(0, 99)).padStart(2, '0')} ${String(prng.int(0, 99)).padStart(2, '0')}` : null,
        position,
      });
    }
  }
  return { partners, persons, contacts };
}
