import { UserInputError } from '../../errors/errors.js';
import { foldAccents } from '../../text/fold.js';

/** One line of a sector file, read but not yet checked against the data. */
export interface CsvRow {
  line: number;
  sectorCode: string;
  communeCode: string;
  street: string;
  numberFrom: number | null;
  numberTo: number | null;
  parity: string;
  /** Why the line cannot be read at all. */
  error: string | null;
}

export const maxCsvBytes = 500_000;
export const maxCsvRows = 5000;

// Accepted names of each column (accents and case aside).
const columns = {
  sectorCode: ['secteur', 'code_secteur'],
  communeCode: ['code_commune', 'commune', 'code_insee', 'insee'],
  street: ['rue', 'voie'],
  numberFrom: ['numero_debut', 'debut', 'de'],
  numberTo: ['numero_fin', 'fin', 'a'],
  parity: ['parite', 'cote'],
} as const;

const parities: Record<string, string> = { '': 'ALL', tous: 'ALL', all: 'ALL', impairs: 'ODD', impair: 'ODD', odd: 'ODD', i: 'ODD', pairs: 'EVEN', pair: 'EVEN', even: 'EVEN', p: 'EVEN' };

const norm = (text: string) => foldAccents(text).trim().toLowerCase().replace(/\s+/g, '_');

function splitLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') { cell += '"'; i += 1; }
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') { quoted = true; cell = ''; }
    else if (char === separator) { cells.push(cell.trim()); cell = ''; }
    else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * Reads a sector file: a header line naming the columns (`secteur;code_commune;rue;numero_debut;
 * numero_fin;parite`, separator `;` or `,`), then one line per commune or street range. A file
 * that cannot be read as a whole is refused; a line that cannot be read carries its error.
 */
export function parseSectorCsv(text: string): CsvRow[] {
  if (Buffer.byteLength(text, 'utf8') > maxCsvBytes) throw new UserInputError('Fichier trop volumineux (500 Ko au plus).', 'csv');
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  if (headerIndex < 0) throw new UserInputError('Le fichier est vide.', 'csv');
  const header = lines[headerIndex];
  const separator = header.includes(';') ? ';' : header.includes(',') ? ',' : header.includes('\t') ? '\t' : ';';
  const names = splitLine(header, separator).map(norm);
  const position = Object.fromEntries(
    Object.entries(columns).map(([field, aliases]) => [field, names.findIndex((name) => (aliases as readonly string[]).includes(name))]),
  ) as Record<keyof typeof columns, number>;
  if (position.sectorCode < 0 || position.communeCode < 0) {
    throw new UserInputError('En-tête non reconnu : la première ligne doit nommer les colonnes, par exemple « secteur;code_commune;rue;numero_debut;numero_fin;parite ».', 'csv');
  }
  const rows: CsvRow[] = [];
  for (let index = headerIndex + 1; index < lines.length; index += 1) {
    if (lines[index].trim() === '') continue;
    if (rows.length >= maxCsvRows) throw new UserInputError(`Trop de lignes (${maxCsvRows} au plus).`, 'csv');
    const cells = splitLine(lines[index], separator);
    const cell = (field: keyof typeof columns) => (position[field] >= 0 ? (cells[position[field]] ?? '') : '');
    const row: CsvRow = { line: index + 1, sectorCode: cell('sectorCode'), communeCode: cell('communeCode'), street: cell('street'), numberFrom: null, numberTo: null, parity: 'ALL', error: null };
    const errors: string[] = [];
    if (cells.length > names.length) errors.push(`${cells.length} colonnes au lieu de ${names.length}`);
    if (!row.sectorCode) errors.push('secteur manquant');
    if (!row.communeCode) errors.push('code commune manquant');
    for (const field of ['numberFrom', 'numberTo'] as const) {
      const value = cell(field);
      if (value === '') continue;
      if (!/^\d{1,4}$/.test(value)) errors.push(`numéro non reconnu : « ${value} »`);
      else row[field] = Number(value);
    }
    const parity = parities[norm(cell('parity'))];
    if (!parity) errors.push(`parité non reconnue : « ${cell('parity')} » (tous, impairs ou pairs)`);
    else row.parity = parity;
    if (errors.length) row.error = `${errors.join(' ; ')}.`.replace(/^./, (c) => c.toUpperCase());
    rows.push(row);
  }
  if (!rows.length) throw new UserInputError('Le fichier ne contient aucune ligne après l’en-tête.', 'csv');
  return rows;
}
