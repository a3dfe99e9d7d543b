// The hub's side of the exchange formats: plain records that the mapping modules read and
// write. The Partner and PartnerService entities satisfy them, so exports pass entities and
// imports get back column values they can save. Only public directory data: never a contact
// person's details.

export interface HubStructure {
  id: string;
  slug: string;
  name: string;
  shortName: string | null;
  description: string | null;
  address: string | null;
  postalCode: string | null;
  commune: string | null;
  communeCode: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  openingHours: string | null;
  siret: string | null;
  source: string | null;
  sourceId: string | null;
  parentId?: string | null;
  updatedAt: Date;
}

export interface HubService {
  id: string;
  slug: string;
  partnerId: string;
  name: string;
  description: string | null;
  themeCodes: string[];
  publicCodes: string[];
  accessConditions: string | null;
  receptionModes: string[];
  openingHours: string | null;
  capacity: number | null;
  source: string | null;
  sourceId: string | null;
  updatedAt: Date;
}

/** Column values an import may write on a partner (no id, slug, sector or kind: the importer decides). */
export type ImportedStructure = Omit<HubStructure, 'id' | 'slug' | 'updatedAt' | 'parentId'> & { updatedAt: Date | null };

/** Column values an import may write on a service, with the key of the structure it belongs to. */
export type ImportedService = Omit<HubService, 'id' | 'slug' | 'partnerId' | 'updatedAt'> & {
  updatedAt: Date | null;
  /** The structure's key in the source (data·inclusion `structure_id`, HSDS `organization_id`). */
  structureSourceId: string;
};

export interface ExportOptions {
  /** Producer id written in `source` for the hub's own entries (data·inclusion), e.g. "clsm-metz". */
  source: string;
  /** Public base URL of the hub (no trailing slash), for links to the directory's pages; null: no links. */
  publicBaseUrl: string | null;
}

export const receptionModeCodes = ['en-presentiel', 'a-distance'] as const;

export const isoDate = (value: Date) => value.toISOString().slice(0, 10);

export function pageUrl(options: ExportOptions, path: string): string | null {
  return options.publicBaseUrl ? `${options.publicBaseUrl}${path}` : null;
}
