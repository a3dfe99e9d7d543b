import { foldAccents } from '../../text/fold.js';

// Street types as people abbreviate them, mapped to one word: « r. Serpenoise » and « Rue
// Serpenoise » are the same street.
const streetTypes: Record<string, string> = {
  r: 'rue',
  rue: 'rue',
  av: 'avenue',
  ave: 'avenue',
  avn: 'avenue',
  avenue: 'avenue',
  bd: 'boulevard',
  bld: 'boulevard',
  blvd: 'boulevard',
  bvd: 'boulevard',
  boul: 'boulevard',
  boulevard: 'boulevard',
  pl: 'place',
  place: 'place',
  all: 'allee',
  allee: 'allee',
  imp: 'impasse',
  impasse: 'impasse',
  ch: 'chemin',
  chem: 'chemin',
  chemin: 'chemin',
  rte: 'route',
  route: 'route',
  sq: 'square',
  square: 'square',
  fg: 'faubourg',
  fbg: 'faubourg',
  faubourg: 'faubourg',
  crs: 'cours',
  cours: 'cours',
  pas: 'passage',
  pass: 'passage',
  passage: 'passage',
  qu: 'quai',
  quai: 'quai',
  esp: 'esplanade',
  espl: 'esplanade',
  esplanade: 'esplanade',
  prom: 'promenade',
  promenade: 'promenade',
  res: 'residence',
  residence: 'residence',
  sen: 'sentier',
  sentier: 'sentier',
  che: 'chemin',
  mte: 'montee',
  montee: 'montee',
  rle: 'ruelle',
  ruelle: 'ruelle',
};

// Within the name: saints, and the small words people drop or add (« rue de la Gare » / « rue Gare »).
const words: Record<string, string> = { st: 'saint', ste: 'sainte', gal: 'general', mal: 'marechal', pdt: 'president' };
const smallWords = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'au', 'aux', 'et']);

/**
 * The key a street is matched on: accents folded, lower case, punctuation as spaces, the street
 * type in full (« av » → « avenue »), common abbreviations expanded, small words dropped.
 */
export function streetKey(label: string): string {
  const tokens = foldAccents(label)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (!tokens.length) return '';
  const [first, ...rest] = tokens;
  const type = streetTypes[first];
  const body = (type ? rest : tokens).map((token) => words[token] ?? token);
  const kept = body.filter((token) => !smallWords.has(token));
  return [...(type ? [type] : []), ...(kept.length ? kept : body)].join(' ');
}

/** Whether a house number falls in a range of a street (bounds included, parity respected). */
export function numberInRange(number: number, range: { numberFrom: number | null; numberTo: number | null; parity: string }): boolean {
  if (range.numberFrom !== null && number < range.numberFrom) return false;
  if (range.numberTo !== null && number > range.numberTo) return false;
  if (range.parity === 'ODD') return number % 2 === 1;
  if (range.parity === 'EVEN') return number % 2 === 0;
  return true;
}

/** Whether two ranges of one street share at least one number. */
export function rangesOverlap(
  a: { numberFrom: number | null; numberTo: number | null; parity: string },
  b: { numberFrom: number | null; numberTo: number | null; parity: string },
): boolean {
  if (a.parity !== 'ALL' && b.parity !== 'ALL' && a.parity !== b.parity) return false;
  const lowA = a.numberFrom ?? -Infinity;
  const highA = a.numberTo ?? Infinity;
  const lowB = b.numberFrom ?? -Infinity;
  const highB = b.numberTo ?? Infinity;
  return Math.max(lowA, lowB) <= Math.min(highA, highB);
}
