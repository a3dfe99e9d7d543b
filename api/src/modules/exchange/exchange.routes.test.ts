import { beforeAll, describe, expect, it } from 'vitest';
import { useAccountsServer } from '../accounts/account.test-helpers.js';
import { diServiceColumns, diStructureColumns, fromDiCsv } from './data-inclusion.mapping.js';
import { validateExchangeRecord, type ExchangeSchema } from './exchange.validator.js';

const env = useAccountsServer();

// A contact's details are not public: they must never reach an export.
const privateEmail = 'prive.export@example.org';
const privatePhone = '06 99 88 77 66';

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${env.server.url}/api/exports${path}`, { headers });
  return { response, text: response.status === 304 ? '' : await response.text() };
}

async function getJson<T>(path: string): Promise<T> {
  const { response, text } = await get(path);
  expect(response.status, `${path}: ${text}`).toBe(200);
  return JSON.parse(text) as T;
}

interface DiPage {
  items: Array<Record<string, unknown>>;
  total: number;
  page: number;
  size: number;
  pages: number;
}
interface HsdsPage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Array<Record<string, unknown>>;
}

let partnerCount = 0;
let serviceCount = 0;

beforeAll(async () => {
  const ds = env.database.dataSource;
  [{ count: partnerCount }] = await ds.query(`SELECT count(*)::int AS count FROM partner`);
  [{ count: serviceCount }] = await ds.query(`SELECT count(*)::int AS count FROM partner_service`);
  await ds.query(`UPDATE contact SET email = $1, phone = $2 WHERE id = (SELECT id FROM contact ORDER BY id LIMIT 1)`, [privateEmail, privatePhone]);
});

async function allDiPages(path: string, size: number) {
  const first = await getJson<DiPage>(`${path}?size=${size}`);
  const items = [...first.items];
  for (let page = 2; page <= first.pages; page += 1) items.push(...(await getJson<DiPage>(`${path}?size=${size}&page=${page}`)).items);
  return { first, items };
}

describe('public export endpoint', () => {
  it('pages of data·inclusion structures cover every partner exactly once, each valid against structure.json', async () => {
    expect(partnerCount).toBeGreaterThan(20);
    const { first, items } = await allDiPages('/data-inclusion/structures', 7);
    expect(first).toMatchObject({ total: partnerCount, page: 1, size: 7, pages: Math.ceil(partnerCount / 7) });
    expect(items).toHaveLength(partnerCount);
    expect(new Set(items.map((item) => item.id)).size).toBe(partnerCount);
    for (const item of items) expect(validateExchangeRecord('data-inclusion/structure', item), String(item.id)).toEqual([]);
    expect(items.find((item) => item.id === 'amli')).toMatchObject({ source: 'clsm-hub', lien_source: 'http://localhost:3000/annuaire/amli' });
  });

  it('exports every service of the demo data valid against service.json, linked to an exported structure', async () => {
    expect(serviceCount).toBeGreaterThanOrEqual(9);
    const { items } = await allDiPages('/data-inclusion/services', 4);
    expect(items).toHaveLength(serviceCount);
    for (const item of items) expect(validateExchangeRecord('data-inclusion/service', item), String(item.id)).toEqual([]);
    const structures = new Set((await allDiPages('/data-inclusion/structures', 200)).items.map((item) => item.id));
    for (const item of items) expect(structures.has(item.structure_id)).toBe(true);
    expect(items.find((item) => item.id === 'amli-logements-accompagnes-iml')).toMatchObject({ structure_id: 'amli', publics: ['personnes-en-situation-de-handicap'] });
  });

  it('exports HSDS organizations and services with the HSDS API page fields, valid against the HSDS schemas', async () => {
    const first = await getJson<HsdsPage>('/hsds/organizations?per_page=10');
    expect(first).toMatchObject({ total_items: partnerCount, total_pages: Math.ceil(partnerCount / 10), page_number: 1, size: 10, first_page: true, last_page: false, empty: false });
    const organizations = [...first.contents];
    for (let page = 2; page <= first.total_pages; page += 1) {
      const next = await getJson<HsdsPage>(`/hsds/organizations?per_page=10&page=${page}`);
      expect(next.last_page).toBe(page === first.total_pages);
      organizations.push(...next.contents);
    }
    expect(new Set(organizations.map((item) => item.id)).size).toBe(partnerCount);
    const check = (schema: ExchangeSchema, record: Record<string, unknown>) => expect(validateExchangeRecord(schema, record), `${schema} ${String(record.name)}`).toEqual([]);
    let services = 0;
    for (const organization of organizations) {
      check('hsds/organization', organization);
      for (const location of (organization.locations as Array<Record<string, unknown>> | undefined) ?? []) check('hsds/location', location);
      for (const service of (organization.services as Array<Record<string, unknown>> | undefined) ?? []) {
        check('hsds/service', service);
        services += 1;
      }
    }
    expect(services).toBe(serviceCount);
    const page = await getJson<HsdsPage>('/hsds/services?size=200');
    expect(page.contents).toHaveLength(serviceCount);
    for (const service of page.contents) check('hsds/service', service);
    const amli = organizations.find((item) => item.alternate_name === 'AMLI')!;
    const one = await getJson<Record<string, unknown>>(`/hsds/organizations/${String(amli.id)}`);
    expect(one).toEqual(amli);
    expect((await get('/hsds/organizations/00000000-0000-4000-8000-000000000000')).response.status).toBe(404);
    const empty = await getJson<HsdsPage>('/hsds/organizations?page=999');
    expect(empty).toMatchObject({ empty: true, contents: [], last_page: true });
  });

  it('writes CSV files with the schema’s column names that read back into valid records', async () => {
    const structures = await get('/data-inclusion/structures.csv');
    expect(structures.response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(structures.text.split('\r\n')[0]).toBe(diStructureColumns.join(','));
    const rows = fromDiCsv(structures.text);
    expect(rows).toHaveLength(partnerCount);
    for (const row of rows) expect(validateExchangeRecord('data-inclusion/structure', row)).toEqual([]);
    const services = await get('/data-inclusion/services.csv');
    expect(services.text.split('\r\n')[0]).toBe(diServiceColumns.join(','));
    expect(fromDiCsv(services.text)).toHaveLength(serviceCount);
  });

  it('limits the page size and rejects malformed paging, in French', async () => {
    for (const query of ['size=201', 'size=0', 'page=0', 'page=abc', 'per_page=1000']) {
      const { response, text } = await get(`/data-inclusion/structures?${query}`);
      expect(response.status, query).toBe(400);
      expect(JSON.parse(text).error).toMatch(/page|paramètre/);
    }
    expect((await getJson<DiPage>('/data-inclusion/structures?size=200')).items).toHaveLength(Math.min(200, partnerCount));
  });

  it('answers with an ETag and cache headers, and 304 when nothing changed', async () => {
    const { response } = await get('/hsds/organizations');
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect((await get('/hsds/organizations', { 'if-none-match': etag })).response.status).toBe(304);
    await env.database.dataSource.query(`UPDATE partner SET description = 'Description changée pour l’export.' WHERE slug = 'amli'`);
    const changed = await get('/hsds/organizations', { 'if-none-match': etag });
    expect(changed.response.status).toBe(200);
  });

  it('never shows a contact’s private email or phone', async () => {
    const [{ email }] = await env.database.dataSource.query(`SELECT email FROM contact WHERE email = $1`, [privateEmail]);
    expect(email).toBe(privateEmail);
    const paths = [
      '/data-inclusion/structures?size=200',
      '/data-inclusion/services?size=200',
      '/data-inclusion/structures.csv',
      '/data-inclusion/services.csv',
      '/hsds/organizations?size=200',
      '/hsds/services?size=200',
    ];
    for (const path of paths) {
      const { text } = await get(path);
      expect(text.length).toBeGreaterThan(100);
      expect(text, path).not.toContain(privateEmail);
      expect(text, path).not.toContain(privatePhone);
      for (const demoContact of ['bruno.essai@example.org']) expect(text, path).not.toContain(demoContact);
    }
  });
});
