/** Removes accents: "Santé" → "Sante". */
export const foldAccents = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '');

/** A readable, URL-safe identifier: "GEM L'Albatros" → "gem-l-albatros". */
export function slugify(text: string, fallback: string): string {
  return foldAccents(text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || fallback;
}
