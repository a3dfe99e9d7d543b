import { UserInputError } from '../../errors/errors.js';
import { foldAccents } from '../../text/fold.js';
import { themeCatalog } from '../themes/theme.catalog.js';
import type { PartnerKind, Sector } from './partner.enums.js';
import type { BoundingBox, PartnerFilter } from './partner.inputs.js';

export const pageSize = { default: 20, max: 100 };
const limits = { search: 200, listItems: 50, itemLength: 120 };

export interface NormalizedFilter {
  search: string | null;
  sectors: Sector[];
  kinds: PartnerKind[];
  communes: string[];
  themes: string[];
  territory: string | null;
  box: BoundingBox | null;
}

function list<T extends string>(values: T[] | null | undefined, field: string): T[] {
  const items = [...new Set(values ?? [])];
  if (items.length > limits.listItems) {
    throw new UserInputError(`Trop de valeurs pour le filtre « ${field} » (${limits.listItems} au plus).`, field);
  }
  if (items.some((item) => item.length > limits.itemLength)) {
    throw new UserInputError(`Une valeur du filtre « ${field} » est trop longue.`, field);
  }
  return items;
}

function boundingBox(box: BoundingBox | null | undefined): BoundingBox | null {
  if (!box) return null;
  const { south, west, north, east } = box;
  const latitudes = [south, north].every((value) => Number.isFinite(value) && value >= -90 && value <= 90);
  const longitudes = [west, east].every((value) => Number.isFinite(value) && value >= -180 && value <= 180);
  if (!latitudes || !longitudes || south > north || west > east) {
    throw new UserInputError('Le rectangle de la carte est invalide (sud ≤ nord, ouest ≤ est, en degrés).', 'box');
  }
  return { south, west, north, east };
}

/** Checks a filter from the outside world and returns it in one canonical shape. */
export function normalizeFilter(filter: PartnerFilter | null | undefined): NormalizedFilter {
  const search = filter?.search?.trim() || null;
  if (search && search.length > limits.search) {
    throw new UserInputError(`La recherche est trop longue (${limits.search} caractères au plus).`, 'search');
  }
  const themes = list(filter?.themes, 'themes');
  const unknown = themes.find((code) => !themeCatalog.has(code));
  if (unknown) throw new UserInputError(`Thématique inconnue : « ${unknown} ».`, 'themes');
  return {
    search,
    sectors: list(filter?.sectors, 'sectors'),
    kinds: list(filter?.kinds, 'kinds'),
    communes: list(filter?.communes, 'communes').map((commune) => commune.trim()).filter(Boolean),
    themes,
    territory: filter?.territory?.trim() || null,
    box: boundingBox(filter?.box),
  };
}

export function normalizePageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return pageSize.default;
  if (!Number.isInteger(first) || first < 1 || first > pageSize.max) {
    throw new UserInputError(`« first » doit être compris entre 1 et ${pageSize.max}.`, 'first');
  }
  return first;
}

/**
 * The name and acronym of partner `p`, folded in SQL exactly as the trigram index
 * partner_name_trgm_idx is built, so that the planner uses the index.
 */
export const foldedName = `clsm_unaccent(lower(p.name || ' ' || coalesce(p.short_name, '')))`;

/**
 * Turns free text into a prefix tsquery: every word must match the start of a word of the
 * entry ("Metz Hab" finds "Metz Habitat Territoire"). Accents and case are folded in SQL.
 */
export function toPrefixQuery(search: string): string {
  const words = foldAccents(search)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  return words.map((word) => `${word}:*`).join(' & ');
}

export function foldForSimilarity(search: string): string {
  return foldAccents(search).toLowerCase();
}
