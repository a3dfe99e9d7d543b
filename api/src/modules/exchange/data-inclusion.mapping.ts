import { publicLabels, themeLabels } from './exchange.codes.js';
import {
  isoDate,
  pageUrl,
  receptionModeCodes,
  type ExportOptions,
  type HubService,
  type HubStructure,
  type ImportedService,
  type ImportedStructure,
} from './exchange.records.js';

// data·inclusion schema v1.0.8 (structure.json, service.json in ../shared/standards/):
// the hub's partners are "structures", their services are "services". Pure functions: no
// database, no network. The field-by-field mapping is documented in the README.

export interface DiStructure {
  source: string;
  id: string;
  nom: string;
  date_maj: string;
  siret: string | null;
  description: string | null;
  adresse: string | null;
  complement_adresse: string | null;
  code_postal: string | null;
  commune: string | null;
  code_insee: string | null;
  latitude: number | null;
  longitude: number | null;
  telephone: string | null;
  courriel: string | null;
  site_web: string | null;
  horaires_accueil: string | null;
  lien_source: string | null;
  accessibilite_lieu: string | null;
  reseaux_porteurs: string[] | null;
}

export interface DiService {
  source: string;
  id: string;
  structure_id: string;
  nom: string;
  description: string;
  date_maj: string;
  type: string | null;
  thematiques: string[] | null;
  publics: string[] | null;
  publics_precisions: string | null;
  conditions_acces: string | null;
  frais: string | null;
  frais_precisions: string | null;
  modes_accueil: string[] | null;
  horaires_accueil: string | null;
  adresse: string | null;
  complement_adresse: string | null;
  code_postal: string | null;
  commune: string | null;
  code_insee: string | null;
  latitude: number | null;
  longitude: number | null;
  telephone: string | null;
  courriel: string | null;
  contact_nom_prenom: string | null;
  lien_source: string | null;
  lien_mobilisation: string | null;
  modes_mobilisation: string[] | null;
  mobilisable_par: string[] | null;
  mobilisation_precisions: string | null;
  zone_eligibilite: string[] | null;
  volume_horaire_hebdomadaire: number | null;
  nombre_semaines: number | null;
}

/** Column order of the CSV files: the properties of the official schemas, in their order. */
export const diStructureColumns = [
  'source', 'id', 'nom', 'date_maj', 'siret', 'description', 'adresse', 'complement_adresse', 'code_postal',
  'commune', 'code_insee', 'latitude', 'longitude', 'telephone', 'courriel', 'site_web', 'horaires_accueil',
  'lien_source', 'accessibilite_lieu', 'reseaux_porteurs',
] as const satisfies ReadonlyArray<keyof DiStructure>;

export const diServiceColumns = [
  'source', 'id', 'structure_id', 'nom', 'description', 'date_maj', 'type', 'thematiques', 'publics',
  'publics_precisions', 'conditions_acces', 'frais', 'frais_precisions', 'modes_accueil', 'horaires_accueil',
  'adresse', 'complement_adresse', 'code_postal', 'commune', 'code_insee', 'latitude', 'longitude', 'telephone',
  'courriel', 'contact_nom_prenom', 'lien_source', 'lien_mobilisation', 'modes_mobilisation', 'mobilisable_par',
  'mobilisation_precisions', 'zone_eligibilite', 'volume_horaire_hebdomadaire', 'nombre_semaines',
] as const satisfies ReadonlyArray<keyof DiService>;

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};
const matching = (value: string | null | undefined, pattern: RegExp) => {
  const trimmed = text(value);
  return trimmed && pattern.test(trimmed) ? trimmed : null;
};
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const httpUrl = (value: string | null | undefined): string | null => {
  const trimmed = text(value);
  if (!trimmed) return null;
  const candidate = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(candidate);
    return url.hostname.includes('.') && candidate.length <= 2083 ? candidate : null;
  } catch {
    return null;
  }
};
const listOrNull = <T>(items: T[]): T[] | null => (items.length ? items : null);
const unique = <T>(items: T[]) => [...new Set(items)];

/** data·inclusion id of a hub partner: its id at its source when imported, else its slug. */
export function diStructureKey(partner: Pick<HubStructure, 'slug' | 'source' | 'sourceId'>, options: ExportOptions) {
  return partner.source && partner.sourceId
    ? { source: partner.source, id: partner.sourceId }
    : { source: options.source, id: partner.slug };
}

function nameOf(name: string): string {
  const trimmed = name.trim();
  return trimmed.length > 150 ? `${trimmed.slice(0, 149)}…` : trimmed;
}

function place(partner: HubStructure) {
  return {
    adresse: text(partner.address),
    complement_adresse: null,
    code_postal: matching(partner.postalCode, /^\d{5}$/),
    commune: text(partner.commune),
    code_insee: matching(partner.communeCode, /^\w{5}$/),
    latitude: partner.latitude ?? null,
    longitude: partner.longitude ?? null,
  };
}

export function toDiStructure(partner: HubStructure, options: ExportOptions): DiStructure {
  const description = text(partner.description);
  return {
    ...diStructureKey(partner, options),
    nom: nameOf(partner.name),
    date_maj: isoDate(partner.updatedAt),
    siret: matching(partner.siret, /^\d{14}$/),
    description: description && description.length >= 5 ? description.slice(0, 10000) : null,
    ...place(partner),
    telephone: text(partner.phone),
    courriel: matching(partner.email, emailPattern),
    site_web: httpUrl(partner.website),
    horaires_accueil: text(partner.openingHours),
    lien_source: pageUrl(options, `/annuaire/${partner.slug}`),
    accessibilite_lieu: null,
    reseaux_porteurs: null,
  };
}

/**
 * A hub service as a data·inclusion service. The service takes place at its partner's address and
 * is reached through the partner's public phone and email; `description` is required by the
 * schema (5 characters at least): without one, the service's and the partner's names stand in.
 */
export function toDiService(service: HubService, partner: HubStructure, options: ExportOptions): DiService {
  const key = service.source && service.sourceId ? { source: service.source, id: service.sourceId } : { source: options.source, id: service.slug };
  const ownDescription = text(service.description);
  const description = ownDescription && ownDescription.length >= 5 ? ownDescription : `${service.name.trim()} (${partner.name.trim()})`;
  return {
    ...key,
    structure_id: diStructureKey(partner, options).id,
    nom: nameOf(service.name),
    description: description.slice(0, 10000),
    date_maj: isoDate(service.updatedAt),
    type: null,
    thematiques: unique(service.themeCodes.filter((code) => themeLabels.has(code))),
    publics: listOrNull(unique(service.publicCodes.filter((code) => publicLabels.has(code)))),
    publics_precisions: null,
    conditions_acces: text(service.accessConditions),
    frais: null,
    frais_precisions: null,
    modes_accueil: unique(service.receptionModes.filter((mode) => (receptionModeCodes as readonly string[]).includes(mode))),
    horaires_accueil: text(service.openingHours) ?? text(partner.openingHours),
    ...place(partner),
    telephone: text(partner.phone),
    courriel: matching(partner.email, emailPattern),
    contact_nom_prenom: null,
    lien_source: pageUrl(options, `/annuaire/${partner.slug}#service-${service.slug}`),
    lien_mobilisation: null,
    modes_mobilisation: null,
    mobilisable_par: null,
    mobilisation_precisions: null,
    zone_eligibilite: null,
    volume_horaire_hebdomadaire: null,
    nombre_semaines: null,
  };
}

type Loose<T> = { [K in keyof T]?: T[K] | null | undefined };

const joinAddress = (address: string | null | undefined, complement: string | null | undefined) =>
  [text(address), text(complement)].filter(Boolean).join(', ') || null;

/** A data·inclusion structure (already validated against structure.json) as hub partner columns. */
export function fromDiStructure(record: Loose<DiStructure> & Pick<DiStructure, 'source' | 'id' | 'nom'>): ImportedStructure {
  return {
    name: record.nom.trim(),
    shortName: null,
    description: text(record.description),
    address: joinAddress(record.adresse, record.complement_adresse),
    postalCode: text(record.code_postal),
    commune: text(record.commune),
    communeCode: text(record.code_insee),
    latitude: record.latitude ?? null,
    longitude: record.longitude ?? null,
    phone: text(record.telephone),
    email: text(record.courriel),
    website: text(record.site_web),
    openingHours: text(record.horaires_accueil),
    siret: text(record.siret),
    source: record.source,
    sourceId: record.id,
    updatedAt: record.date_maj ? new Date(`${record.date_maj}T00:00:00Z`) : null,
  };
}

/** A data·inclusion service (already validated against service.json) as hub service columns. */
export function fromDiService(record: Loose<DiService> & Pick<DiService, 'source' | 'id' | 'structure_id' | 'nom'>): ImportedService {
  return {
    name: record.nom.trim(),
    description: text(record.description),
    themeCodes: (record.thematiques ?? []).filter((code) => themeLabels.has(code)),
    publicCodes: (record.publics ?? []).filter((code) => publicLabels.has(code)),
    accessConditions: text(record.conditions_acces),
    receptionModes: (record.modes_accueil ?? []).filter((mode) => (receptionModeCodes as readonly string[]).includes(mode)),
    openingHours: text(record.horaires_accueil),
    capacity: null,
    source: record.source,
    sourceId: record.id,
    structureSourceId: record.structure_id,
    updatedAt: record.date_maj ? new Date(`${record.date_maj}T00:00:00Z`) : null,
  };
}

// CSV: one line per record, the schema's property names as header, RFC 4180 quoting, lists
// joined with commas (codes never contain one), null as an empty cell.

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const raw = Array.isArray(value) ? value.join(',') : String(value);
  return /[",\r\n]/.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw;
}

export function toDiCsv<T extends object>(records: T[], columns: ReadonlyArray<keyof T & string>): string {
  const lines = [columns.join(',')];
  for (const record of records) lines.push(columns.map((column) => csvCell(record[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Parses RFC 4180 CSV into rows of cells (quoted cells may hold commas, quotes and newlines). */
export function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const listColumns = new Set(['thematiques', 'publics', 'modes_accueil', 'modes_mobilisation', 'mobilisable_par', 'zone_eligibilite', 'reseaux_porteurs']);
const numberColumns = new Set(['latitude', 'longitude', 'volume_horaire_hebdomadaire', 'nombre_semaines']);

/**
 * CSV rows (header first) back to data·inclusion records: empty cell → null, list columns split on
 * commas, numeric columns as numbers (a cell that is not a number stays a string, so that schema
 * validation reports it).
 */
export function fromDiCsv(input: string): Array<Record<string, unknown>> {
  const [header, ...rows] = parseCsv(input);
  if (!header) return [];
  return rows
    .filter((cells) => cells.some((cell) => cell !== ''))
    .map((cells) => {
      const record: Record<string, unknown> = {};
      header.forEach((column, index) => {
        const cell = cells[index] ?? '';
        if (cell === '') record[column] = null;
        else if (listColumns.has(column)) record[column] = cell.split(',').map((item) => item.trim()).filter(Boolean);
        else if (numberColumns.has(column) && cell.trim() !== '' && !Number.isNaN(Number(cell))) record[column] = Number(cell);
        else record[column] = cell;
      });
      return record;
    });
}
