import { createHash } from 'node:crypto';
import { publicLabels, themeLabels } from './exchange.codes.js';
import {
  pageUrl,
  receptionModeCodes,
  type ExportOptions,
  type HubService,
  type HubStructure,
  type ImportedService,
  type ImportedStructure,
} from './exchange.records.js';

// Open Referral HSDS 3.0 (../shared/standards/hsds-3.0/): a partner is an organization with
// its phones, identifiers (SIRET), one physical location with its address and schedules, and
// its services. HSDS ids are UUIDs: partners and services keep theirs; the parts the hub does
// not store as rows (location, address, phone, schedule, attribute) get name-based UUIDs
// (version 5), so an export is stable from one harvest to the next. Pure functions.

type Json = Record<string, unknown>;
export type HsdsOrganization = Json & { id: string; name: string; description: string; services?: HsdsService[] };
export type HsdsService = Json & { id: string; name: string; status: string };

/** Namespace of the hub's name-based UUIDs (a random constant). */
const namespace = '6f1c2a8e-5b0d-4e57-9a43-2d8f0c7b1e65';

/** RFC 4122 version 5 UUID of `name` in the hub's namespace. */
export function nameUuid(name: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Drops null, undefined and empty lists: HSDS properties are typed without null. */
function compact<T extends Json>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && !value.length)),
  ) as T;
}

const text = (value: string | null | undefined): string | null => value?.trim() || null;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const httpUrl = (value: string | null | undefined): string | null => {
  const trimmed = text(value);
  if (!trimmed) return null;
  const candidate = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    return new URL(candidate).hostname.includes('.') ? candidate : null;
  } catch {
    return null;
  }
};

// --- Opening hours: OSM `opening_hours` (common subset) <-> HSDS weekly schedules -------------

const osmDays = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

interface WeeklySpan {
  days: string[];
  opensAt: string;
  closesAt: string;
}

/** "Mo-Fr 08:30-12:30,13:30-17:00; Sa 09:00-12:00" → weekly spans; null outside that subset. */
export function osmToWeeklySpans(value: string): WeeklySpan[] | null {
  const spans: WeeklySpan[] = [];
  for (const rule of value.split(';').map((part) => part.trim()).filter(Boolean)) {
    const match = /^([A-Za-z,-]+)\s+(\d{2}:\d{2}-\d{2}:\d{2}(?:,\d{2}:\d{2}-\d{2}:\d{2})*)$/.exec(rule);
    if (!match) return null;
    const days: string[] = [];
    for (const item of match[1].split(',')) {
      const range = /^(\w\w)-(\w\w)$/.exec(item);
      if (range) {
        const [from, to] = [osmDays.indexOf(range[1]), osmDays.indexOf(range[2])];
        if (from < 0 || to < from) return null;
        days.push(...osmDays.slice(from, to + 1));
      } else if (osmDays.includes(item)) days.push(item);
      else return null;
    }
    for (const span of match[2].split(',')) {
      const [opensAt, closesAt] = span.split('-');
      spans.push({ days, opensAt, closesAt });
    }
  }
  return spans.length ? spans : null;
}

function osmDayList(days: string[]): string {
  const indexes = days.map((day) => osmDays.indexOf(day));
  const parts: string[] = [];
  for (let i = 0; i < indexes.length; ) {
    let j = i;
    while (j + 1 < indexes.length && indexes[j + 1] === indexes[j] + 1) j += 1;
    if (j - i >= 2) parts.push(`${osmDays[indexes[i]]}-${osmDays[indexes[j]]}`);
    else for (let k = i; k <= j; k += 1) parts.push(osmDays[indexes[k]]);
    i = j + 1;
  }
  return parts.join(',');
}

/** HSDS schedules back to one OSM string: weekly rows grouped by days, else the description. */
export function schedulesToOsm(schedules: Json[] | null | undefined): string | null {
  if (!schedules?.length) return null;
  const rules = new Map<string, string[]>();
  for (const schedule of schedules) {
    const byday = typeof schedule.byday === 'string' ? schedule.byday : null;
    const opens = typeof schedule.opens_at === 'string' ? schedule.opens_at.slice(0, 5) : null;
    const closes = typeof schedule.closes_at === 'string' ? schedule.closes_at.slice(0, 5) : null;
    if (!byday || !opens || !closes) {
      return typeof schedule.description === 'string' ? text(schedule.description) : null;
    }
    const days = byday.split(',').map((day) => day.trim().slice(0, 1) + day.trim().slice(1, 2).toLowerCase());
    if (days.some((day) => !osmDays.includes(day))) return null;
    const key = osmDayList(days);
    rules.set(key, [...(rules.get(key) ?? []), `${opens}-${closes}`]);
  }
  return [...rules].map(([days, times]) => `${days} ${times.join(',')}`).join('; ');
}

function toSchedules(openingHours: string | null, owner: { service_id?: string; location_id?: string }, seed: string): Json[] {
  const value = text(openingHours);
  if (!value) return [];
  const spans = osmToWeeklySpans(value);
  if (!spans) return [compact({ id: nameUuid(`${seed}:schedule:0`), ...owner, description: value })];
  return spans.map((span, index) =>
    compact({
      id: nameUuid(`${seed}:schedule:${index}`),
      ...owner,
      freq: 'WEEKLY',
      interval: 1,
      byday: span.days.map((day) => day.toUpperCase()).join(','),
      opens_at: span.opensAt,
      closes_at: span.closesAt,
    }),
  );
}

// --- Attributes: data·inclusion codes and the capacity, as taxonomy terms ----------------------

const taxonomies = {
  thematiques: 'data·inclusion thématiques v1.0.8',
  publics: 'data·inclusion publics v1.0.8',
  modes: 'data·inclusion modes d’accueil v1.0.8',
  hub: 'CLSM hub',
} as const;

function attribute(service: HubService, taxonomy: string, code: string, label: string, value?: string): Json {
  const termId = nameUuid(`term:${taxonomy}:${code}`);
  return compact({
    id: nameUuid(`${service.id}:attribute:${taxonomy}:${code}`),
    link_id: service.id,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: termId,
    value: value ?? code,
    taxonomy_term: { id: termId, code, name: label, description: label, taxonomy },
  });
}

// --- Organization, location, service ----------------------------------------------------------

const departments: Record<string, string> = { '54': 'Meurthe-et-Moselle', '55': 'Meuse', '57': 'Moselle', '67': 'Bas-Rhin', '68': 'Haut-Rhin', '88': 'Vosges' };

/** Id of the partner's location (its address), or null when the hub knows no place for it. */
export function hsdsLocationId(partner: HubStructure): string | null {
  const hasPlace = text(partner.address) || text(partner.commune) || (partner.latitude !== null && partner.longitude !== null);
  return hasPlace ? nameUuid(`${partner.id}:location`) : null;
}

export function toHsdsLocation(partner: HubStructure): Json | null {
  const id = hsdsLocationId(partner);
  if (!id) return null;
  const address1 = text(partner.address);
  const city = text(partner.commune);
  const postalCode = text(partner.postalCode);
  const department = (partner.communeCode ?? postalCode ?? '').slice(0, 2);
  return compact({
    id,
    location_type: 'physical',
    organization_id: partner.id,
    name: partner.name,
    latitude: partner.latitude,
    longitude: partner.longitude,
    external_identifier: text(partner.communeCode),
    external_identifier_type: partner.communeCode ? 'code INSEE de la commune' : null,
    // HSDS requires every line of an address; a partner known by its commune alone still has
    // one, with the unknown lines empty, so that the commune survives a round trip.
    addresses: city
      ? [
          {
            id: nameUuid(`${partner.id}:address`),
            location_id: id,
            address_1: address1 ?? '',
            city,
            state_province: departments[department] ?? department,
            postal_code: postalCode ?? '',
            country: 'FR',
            address_type: 'physical',
          },
        ]
      : [],
    schedules: toSchedules(partner.openingHours, { location_id: id }, `${partner.id}:location`),
  });
}

export function toHsdsService(service: HubService, partner: HubStructure, options: ExportOptions): HsdsService {
  const locationId = hsdsLocationId(partner);
  return compact({
    id: service.id,
    organization_id: partner.id,
    name: service.name,
    description: text(service.description),
    url: pageUrl(options, `/annuaire/${partner.slug}#service-${service.slug}`),
    status: 'active',
    eligibility_description: text(service.accessConditions),
    last_modified: service.updatedAt.toISOString(),
    schedules: toSchedules(service.openingHours, { service_id: service.id }, service.id),
    service_at_locations: locationId
      ? [{ id: nameUuid(`${service.id}:at:${locationId}`), service_id: service.id, location_id: locationId }]
      : [],
    attributes: [
      ...service.themeCodes.filter((code) => themeLabels.has(code)).map((code) => attribute(service, taxonomies.thematiques, code, themeLabels.get(code)!)),
      ...service.publicCodes.filter((code) => publicLabels.has(code)).map((code) => attribute(service, taxonomies.publics, code, publicLabels.get(code)!)),
      ...service.receptionModes
        .filter((mode) => (receptionModeCodes as readonly string[]).includes(mode))
        .map((mode) => attribute(service, taxonomies.modes, mode, mode === 'a-distance' ? 'À distance' : 'En présentiel')),
      ...(service.capacity !== null ? [attribute(service, taxonomies.hub, 'capacite', 'Capacité (places)', String(service.capacity))] : []),
    ],
  }) as HsdsService;
}

/** A partner as an HSDS organization, with its location(s), phones, identifiers and services. */
export function toHsdsOrganization(partner: HubStructure, services: HubService[], options: ExportOptions): HsdsOrganization {
  const location = toHsdsLocation(partner);
  const email = text(partner.email);
  return compact({
    id: partner.id,
    name: partner.name,
    alternate_name: text(partner.shortName),
    description: text(partner.description) ?? '',
    email: email && emailPattern.test(email) ? email : null,
    website: httpUrl(partner.website),
    uri: pageUrl(options, `/annuaire/${partner.slug}`),
    parent_organization_id: partner.parentId ?? null,
    organization_identifiers: partner.siret
      ? [{ id: nameUuid(`${partner.id}:siret`), organization_id: partner.id, identifier_scheme: 'FR-SIRET', identifier_type: 'SIRET', identifier: partner.siret }]
      : [],
    phones: text(partner.phone) ? [{ id: nameUuid(`${partner.id}:phone`), organization_id: partner.id, number: text(partner.phone)! }] : [],
    locations: location ? [location] : [],
    services: services.map((service) => toHsdsService(service, partner, options)),
  }) as HsdsOrganization;
}

// --- Back into the hub ------------------------------------------------------------------------

const attributesOf = (service: Json, taxonomy: string) =>
  ((service.attributes as Json[] | undefined) ?? [])
    .map((item) => ({ term: item.taxonomy_term as Json | undefined, value: item.value }))
    .filter(({ term }) => term?.taxonomy === taxonomy);

/** An HSDS service (validated against service.json) as hub service columns. */
export function fromHsdsService(service: HsdsService, organizationId: string, source: string): ImportedService {
  const codes = (taxonomy: string) => attributesOf(service, taxonomy).map(({ term }) => String(term!.code));
  const capacity = attributesOf(service, taxonomies.hub).find(({ term }) => term!.code === 'capacite')?.value;
  return {
    name: String(service.name).trim(),
    description: text(service.description as string | undefined),
    themeCodes: codes(taxonomies.thematiques).filter((code) => themeLabels.has(code)),
    publicCodes: codes(taxonomies.publics).filter((code) => publicLabels.has(code)),
    accessConditions: text(service.eligibility_description as string | undefined),
    receptionModes: codes(taxonomies.modes).filter((mode) => (receptionModeCodes as readonly string[]).includes(mode)),
    openingHours: schedulesToOsm(service.schedules as Json[] | undefined),
    capacity: capacity !== undefined && /^\d+$/.test(String(capacity)) ? Number(capacity) : null,
    source,
    sourceId: service.id,
    structureSourceId: (service.organization_id as string | undefined) ?? organizationId,
    updatedAt: typeof service.last_modified === 'string' ? new Date(service.last_modified) : null,
  };
}

/** An HSDS organization (validated against organization.json) as hub partner columns and services. */
export function fromHsdsOrganization(organization: HsdsOrganization, source: string): { structure: ImportedStructure; services: ImportedService[] } {
  const location = ((organization.locations as Json[] | undefined) ?? []).find((item) => item.location_type === 'physical');
  const address = (location?.addresses as Json[] | undefined)?.[0];
  const phone = (organization.phones as Json[] | undefined)?.[0];
  const siret = ((organization.organization_identifiers as Json[] | undefined) ?? []).find(
    (item) => String(item.identifier_type).toUpperCase() === 'SIRET',
  );
  const str = (value: unknown) => (typeof value === 'string' ? text(value) : null);
  const num = (value: unknown) => (typeof value === 'number' ? value : null);
  return {
    structure: {
      name: organization.name.trim(),
      shortName: str(organization.alternate_name),
      description: str(organization.description),
      address: [str(address?.address_1), str(address?.address_2)].filter(Boolean).join(', ') || null,
      postalCode: str(address?.postal_code),
      commune: str(address?.city),
      communeCode: location?.external_identifier_type === 'code INSEE de la commune' ? str(location.external_identifier) : null,
      latitude: num(location?.latitude),
      longitude: num(location?.longitude),
      phone: str(phone?.number),
      email: str(organization.email),
      website: str(organization.website),
      openingHours: schedulesToOsm(location?.schedules as Json[] | undefined),
      siret: str(siret?.identifier),
      source,
      sourceId: organization.id,
      updatedAt: null,
    },
    services: ((organization.services as HsdsService[] | undefined) ?? []).map((service) => fromHsdsService(service, organization.id, source)),
  };
}

