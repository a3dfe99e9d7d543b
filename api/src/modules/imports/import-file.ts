// Reading an import file: size and row limits, format detection, JSON with the position of a
// syntax error, CSV (RFC 4180, comma or semicolon). Pure functions: nothing here touches the
// database, so a file refused here has changed nothing.

export const maxImportBytes = 10 * 1024 * 1024;
export const maxImportRows = 50_000;

export enum ImportFormat {
  DATA_INCLUSION_JSON = 'data-inclusion-json',
  DATA_INCLUSION_CSV = 'data-inclusion-csv',
  HSDS_JSON = 'hsds-json',
}

export const importFormatLabels: Record<ImportFormat, string> = {
  [ImportFormat.DATA_INCLUSION_JSON]: 'data·inclusion (JSON)',
  [ImportFormat.DATA_INCLUSION_CSV]: 'data·inclusion (CSV)',
  [ImportFormat.HSDS_JSON]: 'Open Referral HSDS 3.0 (JSON)',
};

export function parseImportFormat(value: string | null | undefined): ImportFormat | 'auto' {
  if (!value || value === 'auto') return 'auto';
  if ((Object.values(ImportFormat) as string[]).includes(value)) return value as ImportFormat;
  throw new ImportFileError(`Format inconnu : « ${value} ». Formats acceptés : data·inclusion (JSON ou CSV), HSDS 3.0 (JSON).`);
}

/** A whole-file refusal: the file is not read further and nothing changes. */
export class ImportFileError extends Error {}

/** One record of the file, with where it comes from (a CSV line or a JSON array position). */
export interface FileRecord {
  /** 1-based position in the file, as the report names it. */
  position: number;
  /** How the report names the position: « ligne 3 » (CSV) or « élément 3 » (JSON). */
  label: string;
  value: Record<string, unknown>;
}

export interface ParsedFile {
  format: ImportFormat;
  records: FileRecord[];
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 });

export function tooLargeMessage(bytes?: number): string {
  const size = bytes === undefined ? '' : ` (${megabytes(bytes)} Mo)`;
  return `Le fichier dépasse la taille maximale de 10 Mo${size}. Rien n’a été importé.`;
}

export function tooManyRowsMessage(rows: number): string {
  return `Le fichier compte ${rows.toLocaleString('fr-FR')} lignes : 50 000 au plus par import. Découpez-le en plusieurs fichiers. Rien n’a été importé.`;
}

export function decodeImportFile(content: Buffer): string {
  if (content.byteLength > maxImportBytes) throw new ImportFileError(tooLargeMessage(content.byteLength));
  if (content.byteLength === 0) throw new ImportFileError('Le fichier est vide.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new ImportFileError('Le fichier n’est pas encodé en UTF-8. Enregistrez-le en UTF-8 puis réessayez.');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseImportFile(content: Buffer, declared: ImportFormat | 'auto'): ParsedFile {
  const text = decodeImportFile(content);
  const looksJson = /^\s*[[{]/.test(text);
  if (declared === ImportFormat.DATA_INCLUSION_CSV || (declared === 'auto' && !looksJson)) {
    return { format: ImportFormat.DATA_INCLUSION_CSV, records: parseCsvRecords(text) };
  }
  const json = parseJson(text);
  const items = jsonItems(json);
  if (items.length > maxImportRows) throw new ImportFileError(tooManyRowsMessage(items.length));
  const format = declared === 'auto' ? detectJsonFormat(items) : declared;
  const records = items.map((value, index): FileRecord => ({ position: index + 1, label: `élément ${index + 1}`, value: value as Record<string, unknown> }));
  return { format, records };
}

/** The records of a JSON file: an array, `{structures, services}`, or an HSDS page `{contents}`. */
function jsonItems(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (json && typeof json === 'object') {
    const object = json as Record<string, unknown>;
    if (Array.isArray(object.contents)) return object.contents;
    if (Array.isArray(object.structures) || Array.isArray(object.services)) {
      return [...((object.structures as unknown[]) ?? []), ...((object.services as unknown[]) ?? [])];
    }
    return [json];
  }
  throw new ImportFileError('Le fichier JSON doit contenir un tableau d’objets (structures, services ou organisations).');
}

function detectJsonFormat(items: unknown[]): ImportFormat {
  const first = items.find((item) => item && typeof item === 'object' && !Array.isArray(item)) as Record<string, unknown> | undefined;
  if (!first) throw new ImportFileError('Le fichier ne contient aucun objet à importer.');
  if ('nom' in first || 'structure_id' in first || 'date_maj' in first) return ImportFormat.DATA_INCLUSION_JSON;
  if ('name' in first || 'organization' in first || 'services' in first) return ImportFormat.HSDS_JSON;
  throw new ImportFileError('Format non reconnu : ni data·inclusion (champ « nom »), ni HSDS (champ « name »). Choisissez le format dans la liste.');
}

// ---------------------------------------------------------------------------------------------
// JSON with the position of the first error

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text);
    const { line, column } = lineAndColumn(text, offset);
    const near = text.slice(offset, offset + 20).split('\n')[0];
    const found = offset >= text.length ? 'fin du fichier inattendue' : `près de « ${near} »`;
    throw new ImportFileError(`JSON mal formé à la ligne ${line}, colonne ${column} (caractère ${offset + 1}) : ${found}. Rien n’a été importé.`);
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where JSON.parse stopped: V8's messages no longer carry the position, so scan for it. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  class Stop {
    constructor(readonly at: number) {}
  }
  const fail = (): never => {
    throw new Stop(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    for (const char of word) if (text[i++] !== char) (i--, fail());
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const char = text[i]!;
      if (char === '"') return void i++;
      if (char < ' ') fail();
      if (char === '\\') {
        i++;
        const escaped = text[i];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) i++;
        else fail();
      } else i++;
    }
    fail();
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail();
    i += match![0].length;
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (char === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return number();
    fail();
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return text.length;
  } catch (error) {
    if (error instanceof Stop) return Math.min(error.at, text.length);
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// CSV

/** RFC 4180 rows; the separator is the one of the header line (`;` from French spreadsheets). */
export function parseCsvRows(text: string): Array<{ line: number; cells: string[] }> {
  const headerEnd = text.search(/\r?\n/);
  const header = headerEnd < 0 ? text : text.slice(0, headerEnd);
  const separator = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
    if (rows.length > maxImportRows + 1) throw new ImportFileError(tooManyRowsMessage(countLines(text) - 1));
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') (cell += '"', i++);
        else quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) (cells.push(cell), (cell = ''));
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += char;
  }
  if (quoted) throw new ImportFileError(`CSV mal formé : guillemet ouvert à la ligne ${rowLine} jamais refermé. Rien n’a été importé.`);
  if (cell !== '' || cells.length) endRow();
  return rows;
}

function countLines(text: string): number {
  let lines = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return text.endsWith('\n') ? lines - 1 : lines;
}

/**
 * CSV records keyed by the header. Empty cells are absent values (null); cells of list fields
 * are kept as text here and read by `csvList` (a JSON array, or values separated by commas).
 */
export function parseCsvRecords(text: string): FileRecord[] {
  const rows = parseCsvRows(text);
  if (rows.length === 0) throw new ImportFileError('Le fichier CSV est vide.');
  const header = rows[0]!.cells.map((name) => name.trim());
  if (rows.length - 1 > maxImportRows) throw new ImportFileError(tooManyRowsMessage(rows.length - 1));
  if (!header.includes('id') || !header.includes('nom')) {
    throw new ImportFileError('En-tête CSV incomplet : les colonnes « id » et « nom » du schéma data·inclusion sont obligatoires.');
  }
  return rows.slice(1).map(({ line, cells }) => {
    const value: Record<string, unknown> = {};
    header.forEach((name, index) => {
      if (!name) return;
      const cell = cells[index];
      value[name] = cell === undefined || cell === '' ? null : cell;
    });
    if (cells.length !== header.length) value.__cellCount = cells.length;
    return { position: line, label: `ligne ${line}`, value };
  });
}

/** A list cell of a CSV file: a JSON array, or values separated by commas (or `|`). */
export function csvList(cell: unknown): unknown {
  if (typeof cell !== 'string') return cell;
  const text = cell.trim();
  if (text.startsWith('[')) {
    try {
      return JSON.parse(text);
    } catch {
      return cell;
    }
  }
  return text.split(/[,|]/).map((part) => part.trim()).filter(Boolean);
}
