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
