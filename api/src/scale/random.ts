// Seeded randomness for the scale generator: the same seed gives the same network, run after run.

/** cyrb128: four 32-bit words from a string, to seed sfc32. */
function seedWords(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i += 1) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** sfc32, a small fast PRNG; `fork` derives an independent stream by name. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: string) {
    [this.a, this.b, this.c, this.d] = seedWords(seed);
    for (let i = 0; i < 12; i += 1) this.next();
  }

  /** A stream of its own for one part of the network: adding draws elsewhere does not move it. */
  fork(...labels: Array<string | number>): Random {
    return new Random(`${this.seed}/${labels.join('/')}`);
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of `items`, with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of items) total += weight;
    let draw = this.next() * total;
    for (const [item, weight] of items) {
      draw -= weight;
      if (draw < 0) return item;
    }
    return items[items.length - 1][0];
  }

  /** `count` distinct items (all of them when there are fewer), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = items.slice();
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i += 1) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A positive weight, log-normally spread: most near 1, a few several times larger. */
  spread(sigma: number): number {
    return Math.exp(sigma * this.normal());
  }
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest remainder): the parts add
 * up exactly, so a table gets the count asked for.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!weights.length) return [];
  if (sum <= 0) return apportion(total, weights.map(() => 1));
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => [value - Math.floor(value), index] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left -= 1) parts[order[k][1]] += 1;
  return parts;
}

function fmix32(input: number): number {
  let h = input | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');

/**
 * The id of the `n`-th generated row of a table (`tag` 1–255): a valid version-4 UUID whose first
 * bytes are the tag and the counter, so that rows written in order land at the end of the primary
 * key's B-tree (random UUIDs would touch a random page per row), and whose rest looks random.
 * Deterministic: the same row gets the same id in every run.
 */
export function scaleId(tag: number, n: number): string {
  const high = Math.floor(n / 0x10000);
  const low = n % 0x10000;
  const r1 = fmix32(Math.imul(n ^ (tag << 24), 0x9e3779b1) + low);
  const r2 = fmix32(r1 ^ Math.imul(high + 0x632be5ab, 0x85ebca77));
  const r3 = fmix32(r2 + tag);
  return `${hex(tag, 2)}${hex(high, 6)}-${hex(low, 4)}-4${hex(r1 & 0xfff, 3)}-${hex(0x8000 | ((r1 >>> 12) & 0x3fff), 4)}-${hex(r2, 8)}${hex(r3 & 0xffff, 4)}`;
}

/** One tag per generated table, so that ids never meet across tables. */
export const idTag = {
  territory: 0xc1,
  person: 0xc2,
  partner: 0xc3,
  contact: 0xc4,
  sector: 0xc5,
  group: 0xc6,
  membership: 0xc7,
  project: 0xc8,
  edition: 0xc9,
  meeting: 0xca,
  agendaItem: 0xcb,
  attendance: 0xcc,
  decision: 0xcd,
  action: 0xce,
  event: 0xcf,
  registration: 0xd0,
  offer: 0xd1,
  imlCase: 0xd2,
  consent: 0xd3,
  step: 0xd4,
  review: 0xd5,
  outcome: 0xd6,
} as const;
