import { buildSchema, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config/config.js';
import { translate } from '../errors/format-error.js';
import { armorLimits, armorValidationRules, parseWithArmor } from './armor.js';

const schema = buildSchema(readFileSync(path.join(repoRoot, 'schema', 'schema.graphql'), 'utf8'));
const rules = [...specifiedRules, ...armorValidationRules()];

/** The French messages a client would get for this document, [] if it passes. */
function refusals(query: string): string[] {
  let document;
  try {
    document = parseWithArmor(query);
  } catch (error) {
    return [translate((error as GraphQLError).message)];
  }
  return validate(schema, document, rules).map((error) => translate(error.message));
}

const nested = (levels: number, field: string) => `${field} { `.repeat(levels) + 'slug' + ' }'.repeat(levels);
const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: themes { code }`).join(' ')} }`;

describe('graphql-armor limits', () => {
  it('lets ordinary operations through', () => {
    expect(refusals('{ partner(slug: "unafam-moselle") { name parent { name } children { name } } }')).toEqual([]);
    expect(refusals('{ partners(first: 100) { totalCount edges { node { slug name } } } }')).toEqual([]);
  });

  it('refuses a query deeper than the limit', () => {
    expect(refusals(`{ partner(slug: "x") { ${nested(armorLimits.maxDepth - 2, 'parent')} } }`)).toEqual([]);
    // (its estimated cost is past the limit too: both are reported)
    expect(refusals(`{ partner(slug: "x") { ${nested(19, 'parent')} } }`)).toContain(
      `Requête trop profonde : ${armorLimits.maxDepth} niveaux d’imbrication au plus.`,
    );
  });

  it('refuses more aliases than the limit', () => {
    expect(refusals(aliases(armorLimits.maxAliases))).toEqual([]);
    expect(refusals(aliases(armorLimits.maxAliases + 1))).toEqual([`Trop d’alias dans la requête : ${armorLimits.maxAliases} au plus.`]);
  });

  it('refuses a document with too many tokens while parsing', () => {
    expect(refusals(aliases(1000))).toEqual([`Requête trop longue : ${armorLimits.maxTokens} éléments au plus.`]);
    // graphql-js's own limit, given to Apollo, words it differently (typo included): same French.
    let apolloMessage = '';
    try {
      parse(aliases(1000), { maxTokens: armorLimits.maxTokens });
    } catch (error) {
      apolloMessage = (error as GraphQLError).message;
    }
    expect(apolloMessage).toMatch(/^Syntax Error: Document contains more/);
    expect(translate(apolloMessage)).toBe(`Requête trop longue : ${armorLimits.maxTokens} éléments au plus.`);
  });

  it('refuses too many directives', () => {
    const fields = Array.from({ length: armorLimits.maxDirectives + 1 }, () => 'slug @include(if: true)').join(' ');
    expect(refusals(`{ partner(slug: "x") { ${fields} } }`)).toEqual([
      `Trop de directives dans la requête : ${armorLimits.maxDirectives} au plus.`,
    ]);
  });

  it('refuses a costly query', () => {
    // Depth 8, no alias: only the cost estimate stops it (100 pages × children × contacts …).
    const query = '{ partners(first: 100) { edges { node { children { contacts { person { displayName firstName lastName id } } } } } } }';
    expect(refusals(query)).toEqual([`Requête trop coûteuse : coût estimé limité à ${armorLimits.maxCost}.`]);
  });

  it('leaves an out-of-range `first` to the resolver, which explains it better', () => {
    expect(refusals('{ partners(first: 100000) { totalCount } }')).toEqual([]);
  });

  it('never hints at field names', () => {
    const messages = refusals('{ partner(slug: "x") { nam } }');
    expect(messages).toEqual(['Le champ « nam » n’existe pas sur Partner.']);
    expect(messages.join()).not.toMatch(/Did you mean/);
  });

  it('accepts every operation of the web app', () => {
    const folder = path.join(repoRoot, 'web', 'src', 'lib', 'graphql');
    const documents = readdirSync(folder)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
      .flatMap((file) => [...readFileSync(path.join(folder, file), 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g)].map((match) => match[1]!));
    const fragments = new Map(
      documents.filter((d) => d.trim().startsWith('fragment')).map((d) => [d.trim().split(/\s+/)[1]!, d] as const),
    );
    const operations = documents.filter((d) => !d.trim().startsWith('fragment'));
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) {
      const used = [...fragments].filter(([name]) => operation.includes(`...${name}`)).map(([, fragment]) => fragment);
      // The schema file may lag behind the web app while both change: only armor's verdict counts here.
      const armorRefusals = refusals([operation, ...used].join('\n')).filter((message) =>
        /^(Requête trop|Trop d)/.test(message),
      );
      expect(armorRefusals, operation.trim().split('\n')[0]).toEqual([]);
    }
  });
});
