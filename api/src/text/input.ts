import { UserInputError } from '../errors/errors.js';

/** Trimmed text that must be there and not too long; errors name the field for the form. */
export function requiredText(value: string | null | undefined, label: string, max: number, field = label): string {
  const trimmed = value?.trim();
  if (!trimmed) throw new UserInputError(`« ${label} » est obligatoire.`, field);
  if (trimmed.length > max) throw new UserInputError(`« ${label} » est trop long (${max} caractères au plus).`, field);
  return trimmed;
}

/** Trimmed text or null when empty. */
export function optionalText(value: string | null | undefined, label: string, max: number, field = label): string | null {
  return value?.trim() ? requiredText(value, label, max, field) : null;
}

/** A real calendar day AAAA-MM-JJ (no 30 February), between 1900 and 2199. */
export function requiredDay(value: string | null | undefined, label: string, field = label): string {
  const trimmed = value?.trim() ?? '';
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? new Date(`${trimmed}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== trimmed) {
    throw new UserInputError(`« ${label} » doit être une date (AAAA-MM-JJ).`, field);
  }
  const year = parsed.getUTCFullYear();
  if (year < 1900 || year > 2199) throw new UserInputError(`« ${label} » n’est pas une date plausible.`, field);
  return trimmed;
}

export function optionalDay(value: string | null | undefined, label: string, field = label): string | null {
  return value?.trim() ? requiredDay(value, label, field) : null;
}
