import { UserInputError } from '../../errors/errors.js';

// What a situation may say: a pseudonym and the minimum facts. Anything that looks like a way to
// reach someone is refused at entry and struck from the minutes.

const email = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const phone = /(\+33|0)[\s.-]?[1-9](?:[\s.-]?\d{2}){4}/g;
const longNumber = /\b\d{6,}\b/g;
const uuid = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

export const identifierPatterns = [email, phone, longNumber, uuid];

export function assertNoIdentifier(text: string, field: string): void {
  if (identifierPatterns.some((pattern) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text))) {
    throw new UserInputError('Pas de courriel, de téléphone ni de numéro de dossier ici : la situation est présentée sous pseudonyme, avec le minimum de faits.', field);
  }
}

export const stripIdentifiers = (text: string): string => identifierPatterns.reduce((out, pattern) => out.replace(pattern, '[retiré]'), text);

/** Days after the session during which members still open its files. */
export const defaultAccessDays = 7;
