import { describe, expect, it } from 'vitest';
import { demoPartners } from '../../demo/partners.data.js';
import { PartnerKind } from './partner.enums.js';
import { fold, matchingSlugs, partnersPage, sorted, useDemoDirectory } from './partner.test-helpers.js';

const directory = useDemoDirectory();

const search = (text: string) => matchingSlugs(directory.server, { search: text });

describe('directory search', () => {
  it.each([
    ['unafam', 'unafam-moselle'],
    ['Unafam', 'unafam-moselle'],
    ['UNAFAM', 'unafam-moselle'],
    ['albatros', 'gem-l-albatros'],
    ['Metz Hab', 'metz-habitat-territoire'],
    ['psyc', 'psycom'],
  ])('ranks the expected partner first for %s', async (text, slug) => {
    expect((await search(text))[0]).toBe(slug);
  });

  it.each([
    ['unafma', 'unafam-moselle'],
    ['Albatrose', 'gem-l-albatros'],
    ['Vilogai', 'vilogia'],
  ])('still finds the partner despite the typo %s', async (text, slug) => {
    expect((await search(text))[0]).toBe(slug);
  });

  it('folds accents: santé and sante give the same results, mental health among them', async () => {
    const accented = await search('santé');
    expect(accented).toEqual(await search('sante'));
    const mentalHealth = demoPartners.filter(
      (p) => p.themes.includes('sante--sante-mentale') || fold(p.description).includes('sante mentale'),
    );
    expect(mentalHealth.length).toBeGreaterThan(10);
    expect(accented).toEqual(expect.arrayContaining(mentalHealth.map((p) => p.slug)));
  });

  it('finds every social landlord for bailleur, even those whose name does not say so', async () => {
    const results = await search('bailleur');
    const landlords = demoPartners.filter((p) => p.kind === PartnerKind.SOCIAL_LANDLORD).map((p) => p.slug);
    expect(landlords).toEqual(expect.arrayContaining(['batigere', 'moselis', 'logiest', 'metz-habitat-territoire']));
    expect(results).toEqual(expect.arrayContaining(landlords));
  });

  it('finds a partner by a word found only in the function of one of its contacts', async () => {
    const word = 'intervenant';
    const inContacts = demoPartners.filter((p) => p.contacts.some((c) => fold(c.function).includes(word)));
    const inTexts = demoPartners.filter((p) => fold(`${p.name} ${p.shortName ?? ''} ${p.description}`).includes(word));
    expect(inContacts.map((p) => p.slug)).toEqual(['unafam-moselle']);
    expect(inTexts).toEqual([]);
    expect(await search(word)).toEqual(['unafam-moselle']);
  });

  it.each(['albatros', 'arelor'])('ranks name matches above description-only matches for %s', async (word) => {
    const results = await search(word);
    const inName = demoPartners.filter((p) => fold(`${p.name} ${p.shortName ?? ''}`).includes(word)).map((p) => p.slug);
    const inDescriptionOnly = demoPartners
      .filter((p) => !inName.includes(p.slug) && fold(p.description).includes(word))
      .map((p) => p.slug);
    expect(inName.length).toBeGreaterThan(0);
    expect(inDescriptionOnly.length).toBeGreaterThan(0);
    expect(sorted(results.slice(0, inName.length))).toEqual(sorted(inName));
    expect(results).toEqual(expect.arrayContaining(inDescriptionOnly));
  });

  it('answers an empty page when nothing matches', async () => {
    const page = await partnersPage(directory.server, { search: 'xylophone' });
    expect(page).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});
