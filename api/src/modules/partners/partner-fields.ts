import { UserInputError } from '../../errors/errors.js';
import { optionalText, requiredText } from '../../text/input.js';
import { audienceCatalog, themeCatalog } from '../themes/theme.catalog.js';
import { describeOpeningHours } from './opening-hours.js';
import { partnerKindLabels, sectorLabels, type PartnerKind, type Sector } from './partner.enums.js';

// The editable fields of a directory entry: French label for the history, and the check of a
// new value (null clears an optional field).
type Check = (value: unknown) => unknown;

const text = (field: string, label: string, max: number, { required = false, pattern, hint }: { required?: boolean; pattern?: RegExp; hint?: string } = {}): Check =>
  (value) => {
    const given = value === null ? null : String(value);
    const checked = required ? requiredText(given, label, max, field) : optionalText(given, label, max, field);
    if (checked && pattern && !pattern.test(checked)) throw new UserInputError(`« ${label} » n’a pas le bon format${hint ? ` (${hint})` : ''}.`, field);
    return checked;
  };

const codes = (field: string, label: string, known: (code: string) => boolean): Check => (value) => {
  const list = [...new Set((value as string[] | null) ?? [])];
  const unknown = list.find((code) => !known(code));
  if (unknown) throw new UserInputError(`Valeur inconnue pour « ${label} » : ${unknown}.`, field);
  if (list.length > 30) throw new UserInputError(`Trop de valeurs pour « ${label} ».`, field);
  return list;
};

const openingHours: Check = (value) => {
  const checked = text('openingHours', 'Horaires', 300)(value) as string | null;
  if (checked && !describeOpeningHours(checked)) {
    throw new UserInputError('Horaires non reconnus. Exemple : « Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00 ».', 'openingHours');
  }
  return checked;
};

// People type a SIRET in groups ("123 456 789 00012"); it is stored as its 14 digits.
const siret: Check = (value) => {
  const digits = value === null || value === undefined ? '' : String(value).replace(/[\s.]/g, '');
  if (!digits) return null;
  if (!/^\d{14}$/.test(digits)) throw new UserInputError('« SIRET » n’a pas le bon format (14 chiffres).', 'siret');
  return digits;
};

export const editableFields = {
  name: { label: 'Nom', check: text('name', 'Nom', 200, { required: true }) },
  shortName: { label: 'Sigle', check: text('shortName', 'Sigle', 40) },
  sector: { label: 'Secteur', check: (value: unknown) => value },
  kind: { label: 'Type de structure', check: (value: unknown) => value },
  description: { label: 'Présentation', check: text('description', 'Présentation', 3000) },
  address: { label: 'Adresse', check: text('address', 'Adresse', 200) },
  postalCode: { label: 'Code postal', check: text('postalCode', 'Code postal', 5, { pattern: /^\d{5}$/, hint: '5 chiffres' }) },
  commune: { label: 'Commune', check: text('commune', 'Commune', 100) },
  phone: { label: 'Téléphone', check: text('phone', 'Téléphone', 25, { pattern: /^\+?[\d .-]{6,24}$/, hint: 'ex. 03 87 00 00 00' }) },
  email: { label: 'Courriel', check: text('email', 'Courriel', 200, { pattern: /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/ }) },
  // Only web addresses: a javascript: URL in a link would run in every reader's browser.
  website: { label: 'Site internet', check: text('website', 'Site internet', 300, { pattern: /^https?:\/\/[^\s]+$/i, hint: 'commençant par https://' }) },
  openingHours: { label: 'Horaires', check: openingHours },
  siret: { label: 'SIRET', check: siret },
  themeCodes: { label: 'Thématiques', check: codes('themes', 'Thématiques', themeCatalog.has) },
  publicCodes: { label: 'Publics', check: codes('publics', 'Publics', audienceCatalog.has) },
} as const;

export type EditableField = keyof typeof editableFields;

export const fieldLabel = (field: string): string =>
  (editableFields as Record<string, { label: string }>)[field]?.label ?? (field === 'contacts' ? 'Contacts' : field === 'created' ? 'Création' : field);

/** A value of the history in words, as the entry's page shows it. */
export function describeValue(field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (field === 'sector') return sectorLabels[value as Sector] ?? String(value);
  if (field === 'kind') return partnerKindLabels[value as PartnerKind] ?? String(value);
  if (field === 'themeCodes') return (value as string[]).map((code) => themeCatalog.get(code)?.label ?? code).join(', ');
  if (field === 'publicCodes') return (value as string[]).map((code) => audienceCatalog.get(code)?.label ?? code).join(', ');
  if (typeof value === 'object') {
    const { name, function: role } = value as { name?: string; function?: string };
    return [name, role].filter(Boolean).join(' – ');
  }
  return String(value);
}
