import { fromDiService, fromDiStructure, type DiService, type DiStructure } from '../exchange/data-inclusion.mapping.js';
import type { ImportedService, ImportedStructure } from '../exchange/exchange.records.js';
import { validateExchangeRecord, type ExchangeSchema, type SchemaProblem } from '../exchange/exchange.validator.js';
import { fromHsdsOrganization, fromHsdsService, type HsdsOrganization, type HsdsService } from '../exchange/hsds.mapping.js';
import { Sector, PartnerKind } from '../partners/partner.enums.js';
import { csvList, ImportFormat, type FileRecord, type ParsedFile } from './import-file.js';
import type { Candidate, ReadRecord, ServiceCandidate, StructureCandidate } from './import.types.js';

// From the records of a file to hub candidates: each record is validated against its official
// schema (data·inclusion v1.0.8, HSDS 3.0) then read with the exchange mappings of
// `modules/exchange` (the same ones the exports use). Problems are reported per row, in French.

/** HSDS has no producer field: its ids are read as ids of the `hsds` source. */
export const hsdsSource = 'hsds';

/** What an imported structure is until the coordinator says otherwise (no format carries them). */
export const importedPartnerDefaults = { sector: Sector.SOCIAL_ACTION, kind: PartnerKind.OTHER };

const listColumns = new Set(['thematiques', 'publics', 'modes_accueil', 'modes_mobilisation', 'mobilisable_par', 'zone_eligibilite', 'reseaux_porteurs']);
const numberColumns = new Set(['latitude', 'longitude', 'volume_horaire_hebdomadaire', 'nombre_semaines']);

/** A CSV row's cells with the schema's types: lists split, numbers read (a bad number stays text, so the schema reports it). */
function typedCsvRecord(value: Record<string, unknown>): Record<string, unknown> {
  const typed: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(value)) {
    if (column === '__cellCount') continue;
    if (cell === null) typed[column] = null;
    else if (listColumns.has(column)) typed[column] = csvList(cell);
    else if (numberColumns.has(column) && String(cell).trim() !== '' && !Number.isNaN(Number(String(cell).replace(',', '.')))) {
      typed[column] = Number(String(cell).replace(',', '.'));
    } else typed[column] = cell;
  }
  return typed;
}

const fieldOf = (path: string) => path.replace(/^\//, '').replace(/\//g, '.') || null;

/** ajv's English, per field, in French; the most telling problem of each field only. */
export function frenchProblems(problems: SchemaProblem[]): string[] {
  const byField = new Map<string, string>();
  for (const { path, message } of problems) {
    const raw = message.slice(message.indexOf(' ') + 1);
    const field = fieldOf(path);
    const required = /must have required property '([^']+)'/.exec(raw);
    if (required) {
      const name = field ? `${field}.${required[1]}` : required[1]!;
      byField.set(name, `« ${name} » : champ obligatoire manquant.`);
      continue;
    }
    const name = field ?? '(enregistrement)';
    let french: string | null = null;
    if (/must be equal to one of the allowed values|must be equal to constant/.test(raw)) french = 'valeur hors de l’énumération du schéma';
    else if (/must match format "([^"]+)"/.test(raw)) french = `format ${/must match format "([^"]+)"/.exec(raw)![1]} invalide`;
    else if (/must match pattern/.test(raw)) french = 'format invalide';
    else if (/must NOT have more than (\d+) characters/.test(raw)) french = `${/(\d+)/.exec(raw)![1]} caractères au plus`;
    else if (/must NOT have fewer than (\d+) characters/.test(raw)) french = `${/(\d+)/.exec(raw)![1]} caractères au moins`;
    else if (/must NOT have fewer than (\d+) items/.test(raw)) french = 'liste vide';
    else if (/must NOT have duplicate items/.test(raw)) french = 'valeurs en double dans la liste';
    else if (/must be >= (\S+)/.test(raw)) french = `doit être supérieur ou égal à ${/must be >= (\S+)/.exec(raw)![1]}`;
    else if (/must be (string|number|integer|array|object|boolean|null)/.test(raw)) {
      const type = /must be (\w+)/.exec(raw)![1]!;
      const types: Record<string, string> = { string: 'du texte', number: 'un nombre', integer: 'un nombre entier', array: 'une liste', object: 'un objet', boolean: 'vrai ou faux', null: 'vide' };
      french = `doit être ${types[type] ?? type}`;
    } else if (/must match a schema in anyOf/.test(raw)) french = null;
    else french = raw;
    if (!french) continue;
    // "doit être vide" alone (the null branch of anyOf) says nothing: keep the other branch's words.
    const previous = byField.get(name);
    if (previous && french === 'doit être vide') continue;
    if (previous && !previous.endsWith('doit être vide.')) continue;
    byField.set(name, `« ${name} » : ${french}.`);
  }
  // The null branch of an anyOf says nothing when the field has a more telling problem.
  const fields = [...byField.keys()];
  return [...byField.entries()]
    .filter(([name, message]) => !message.endsWith('doit être vide.') || !fields.some((other) => other !== name && other.startsWith(`${name}.`)))
    .map(([, message]) => message);
}

function validated(schema: ExchangeSchema, value: unknown): string[] {
  return frenchProblems(validateExchangeRecord(schema, value));
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null);

/** Partner columns (snake_case) of an imported structure; `updatedAt` is the hub's own. */
function structureCandidate(fileId: string, imported: ImportedStructure): StructureCandidate {
  const values: Record<string, unknown> = {
    name: imported.name,
    short_name: imported.shortName,
    description: imported.description,
    address: imported.address,
    postal_code: imported.postalCode,
    commune: imported.commune,
    commune_code: imported.communeCode,
    latitude: imported.latitude,
    longitude: imported.longitude,
    phone: imported.phone,
    email: imported.email,
    website: imported.website,
    opening_hours: imported.openingHours,
    siret: imported.siret,
    source: imported.source,
    source_id: imported.sourceId,
  };
  return { entity: 'structure', fileId, source: imported.source, sourceId: imported.sourceId, siret: imported.siret, name: imported.name, values };
}

function serviceCandidate(fileId: string, imported: ImportedService): ServiceCandidate {
  const values: Record<string, unknown> = {
    name: imported.name,
    description: imported.description,
    theme_codes: imported.themeCodes,
    public_codes: imported.publicCodes,
    access_conditions: imported.accessConditions,
    reception_modes: imported.receptionModes,
    opening_hours: imported.openingHours,
    capacity: imported.capacity,
    source: imported.source,
    source_id: imported.sourceId,
  };
  return {
    entity: 'service',
    fileId,
    source: imported.source,
    sourceId: imported.sourceId,
    structureFileId: imported.structureSourceId,
    name: imported.name,
    values,
  };
}

function readDataInclusion(record: FileRecord, csv: boolean): ReadRecord {
  const value = csv ? typedCsvRecord(record.value) : record.value;
  const isService = value && typeof value === 'object' && !Array.isArray(value) && 'structure_id' in value;
  const entity = isService ? 'service' : 'structure';
  const read: ReadRecord = { entity, id: str(value?.id), name: str(value?.nom), candidates: [], errors: [] };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    read.errors.push('Cet élément n’est pas un objet JSON.');
    return read;
  }
  if (csv && typeof record.value.__cellCount === 'number') {
    read.errors.push(`Nombre de colonnes incorrect (${record.value.__cellCount} au lieu de celles de l’en-tête).`);
  }
  read.errors.push(...validated(isService ? 'data-inclusion/service' : 'data-inclusion/structure', value));
  if (read.errors.length) return read;
  const candidate: Candidate = isService
    ? serviceCandidate(String(value.id), fromDiService(value as unknown as DiService))
    : structureCandidate(String(value.id), fromDiStructure(value as unknown as DiStructure));
  read.candidates.push(candidate);
  return read;
}

type Json = Record<string, unknown>;

function readHsds(record: FileRecord): ReadRecord {
  const value = record.value as Json;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { entity: 'structure', id: null, name: null, candidates: [], errors: ['Cet élément n’est pas un objet JSON.'] };
  }
  // A service with its organization (HSDS "compiled" service) or an organization with its services.
  const isService = typeof value.organization === 'object' && value.organization !== null;
  const read: ReadRecord = { entity: isService ? 'service' : 'structure', id: str(value.id), name: str(value.name), candidates: [], errors: [] };
  const organization = (isService ? value.organization : value) as Json;
  const services = isService ? [value] : ((organization.services as Json[] | undefined) ?? []);
  const { services: _nested, ...organizationOnly } = organization;
  read.errors.push(...validated('hsds/organization', organizationOnly).map((e) => (isService ? e.replace('« ', '« organization.') : e)));
  services.forEach((service, index) => {
    const { organization: _org, ...serviceOnly } = service;
    const prefix = isService ? '' : `services.${index}.`;
    read.errors.push(...validated('hsds/service', serviceOnly).map((e) => (prefix ? e.replace('« ', `« ${prefix}`) : e)));
  });
  if (read.errors.length) return read;
  const { structure } = fromHsdsOrganization({ ...organizationOnly, services: [] } as unknown as HsdsOrganization, hsdsSource);
  read.candidates.push(structureCandidate(String(organization.id), structure));
  for (const service of services) {
    const { organization: _org, ...serviceOnly } = service;
    read.candidates.push(serviceCandidate(String(service.id), fromHsdsService(serviceOnly as HsdsService, String(organization.id), hsdsSource)));
  }
  return read;
}

export function readRecords(parsed: ParsedFile): ReadRecord[] {
  return parsed.records.map((record) => {
    switch (parsed.format) {
      case ImportFormat.DATA_INCLUSION_JSON:
        return readDataInclusion(record, false);
      case ImportFormat.DATA_INCLUSION_CSV:
        return readDataInclusion(record, true);
      case ImportFormat.HSDS_JSON:
        return readHsds(record);
    }
  });
}
