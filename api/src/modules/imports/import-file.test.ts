import { describe, expect, it } from 'vitest';
import { ImportFileError, ImportFormat, csvList, jsonErrorOffset, maxImportBytes, parseCsvRows, parseImportFile } from './import-file.js';

const file = (text: string) => Buffer.from(text, 'utf8');
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error.message;
    throw error;
  }
  throw new Error('the file was accepted');
};

describe('reading an import file', () => {
  it('detects data·inclusion JSON, HSDS JSON and CSV', () => {
    expect(parseImportFile(file('[{"source":"s","id":"1","nom":"A","date_maj":"2025-01-01"}]'), 'auto').format).toBe(ImportFormat.DATA_INCLUSION_JSON);
    expect(parseImportFile(file('[{"id":"x","name":"A"}]'), 'auto').format).toBe(ImportFormat.HSDS_JSON);
    expect(parseImportFile(file('{"contents":[{"id":"x","name":"A"}]}'), 'auto').records).toHaveLength(1);
    const csv = parseImportFile(file('\ufeffid;nom;source\n1;"A; B";s\r\n2;"Dit ""C""";s\n'), 'auto');
    expect(csv.format).toBe(ImportFormat.DATA_INCLUSION_CSV);
    expect(csv.records.map((r) => [r.label, r.value.nom])).toEqual([
      ['ligne 2', 'A; B'],
      ['ligne 3', 'Dit "C"'],
    ]);
  });

  it('names the line and column of a JSON syntax error', () => {
    const text = '[\n  {"id": "1", "nom": "A"},\n  {"id": "2", "nom": }\n]';
    expect(jsonErrorOffset(text)).toBe(text.indexOf('}\n]'));
    expect(refusal(() => parseImportFile(file(text), 'auto'))).toBe(
      'JSON mal formé à la ligne 3, colonne 22 (caractère 51) : près de « } ». Rien n’a été importé.',
    );
    expect(refusal(() => parseImportFile(file('[{"id": "1"'), 'auto'))).toMatch(/^JSON mal formé à la ligne 1, colonne 12 .*fin du fichier inattendue/);
  });

  it('refuses a file over 10 MB before reading it', () => {
    const big = Buffer.alloc(maxImportBytes + 1, 0x20);
    expect(refusal(() => parseImportFile(big, 'auto'))).toBe('Le fichier dépasse la taille maximale de 10 Mo (10 Mo). Rien n’a été importé.');
  });

  it('refuses more than 50,000 rows, in JSON and in CSV', () => {
    const json = `[${Array.from({ length: 50_001 }, () => '{}').join(',')}]`;
    expect(refusal(() => parseImportFile(file(json), 'auto'))).toMatch(/^Le fichier compte 50[\s\u202f]001 lignes : 50 000 au plus/);
    const csv = `id,nom\n${Array.from({ length: 50_001 }, (_, i) => `${i},n`).join('\n')}\n`;
    expect(refusal(() => parseImportFile(file(csv), 'auto'))).toMatch(/^Le fichier compte 50[\s\u202f]001 lignes/);
    // 50,000 rows are accepted
    expect(parseImportFile(file(`[${Array.from({ length: 50_000 }, () => '{"nom":"x"}').join(',')}]`), 'auto').records).toHaveLength(50_000);
  });

  it('refuses what is not UTF-8, an empty file, an unclosed quote', () => {
    expect(refusal(() => parseImportFile(Buffer.from([0x69, 0x64, 0xe9, 0x0a]), 'auto'))).toMatch(/UTF-8/);
    expect(refusal(() => parseImportFile(Buffer.alloc(0), 'auto'))).toBe('Le fichier est vide.');
    expect(() => parseCsvRows('id,nom\n1,"A\n')).toThrow(/guillemet ouvert à la ligne 2/);
  });

  it('reads list cells as JSON arrays or comma-separated values', () => {
    expect(csvList('["a","b"]')).toEqual(['a', 'b']);
    expect(csvList('a, b')).toEqual(['a', 'b']);
    expect(csvList(null)).toBe(null);
  });
});
