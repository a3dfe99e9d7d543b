import { createHash } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../graphql/context.js';
import { isUuid } from '../../text/ids.js';
import { defaultPageSize, ExchangeExportService, hubSource, maxPageSize, type Page } from './exchange.service.js';

// Public, read-only harvesting of the directory (mounted at /api/exports):
//   /data-inclusion/structures, /data-inclusion/services   JSON pages {items, total, page, size, pages}
//   /data-inclusion/structures.csv, /data-inclusion/services.csv   the whole directory, schema columns
//   /hsds/organizations, /hsds/services   HSDS 3.0 API pages {total_items, total_pages, page_number, size, first_page, last_page, empty, contents}
//   /hsds/organizations/:id
// Pages start at 1; `size` (or HSDS `per_page`) is at most 200. Answers carry an ETag and may be
// cached five minutes.

class BadQuery extends Error {}

function pageQuery(req: Request): { page: number; size: number } {
  const number = (name: string, fallback: number) => {
    const raw = req.query[name];
    if (raw === undefined) return fallback;
    if (typeof raw !== 'string' || !/^\d{1,6}$/.test(raw)) throw new BadQuery(`Le paramètre « ${name} » doit être un nombre entier positif.`);
    return Number(raw);
  };
  const page = number('page', 1);
  const size = number('size', number('per_page', defaultPageSize));
  if (page < 1) throw new BadQuery('Les pages commencent à 1.');
  if (size < 1 || size > maxPageSize) throw new BadQuery(`La taille de page doit être comprise entre 1 et ${maxPageSize}.`);
  return { page, size };
}

function send(req: Request, res: Response, type: string, body: string) {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  res.setHeader('etag', etag);
  res.setHeader('cache-control', 'public, max-age=300');
  res.setHeader('access-control-allow-origin', '*');
  if (req.headers['if-none-match'] === etag) return res.status(304).end();
  res.type(type).send(body);
}

const pages = (page: Page<unknown>) => Math.max(1, Math.ceil(page.total / page.size));

const diPage = (page: Page<unknown>) => ({ items: page.items, total: page.total, page: page.page, size: page.size, pages: pages(page) });

const hsdsPage = (page: Page<unknown>) => ({
  total_items: page.total,
  total_pages: pages(page),
  page_number: page.page,
  size: page.size,
  first_page: page.page === 1,
  last_page: page.page >= pages(page),
  empty: page.items.length === 0,
  contents: page.items,
});

export function exchangeRoutes(deps: AppDeps): Router {
  const router = Router();
  const exports = new ExchangeExportService(deps.dataSource, { source: hubSource, publicBaseUrl: deps.config.origin.replace(/\/$/, '') });

  const json = (work: (page: number, size: number) => Promise<unknown>) => async (req: Request, res: Response) => {
    try {
      const { page, size } = pageQuery(req);
      send(req, res, 'application/json; charset=utf-8', JSON.stringify(await work(page, size)));
    } catch (error) {
      if (error instanceof BadQuery) return res.status(400).json({ error: error.message });
      throw error;
    }
  };
  const csv = (filename: string, work: () => Promise<string>) => async (req: Request, res: Response) => {
    res.setHeader('content-disposition', `attachment; filename="${filename}"`);
    send(req, res, 'text/csv; charset=utf-8', await work());
  };

  router.get('/data-inclusion/structures', json(async (page, size) => diPage(await exports.diStructures(page, size))));
  router.get('/data-inclusion/services', json(async (page, size) => diPage(await exports.diServices(page, size))));
  router.get('/data-inclusion/structures.csv', csv('structures.csv', () => exports.diStructuresCsv()));
  router.get('/data-inclusion/services.csv', csv('services.csv', () => exports.diServicesCsv()));
  router.get('/hsds/organizations', json(async (page, size) => hsdsPage(await exports.hsdsOrganizations(page, size))));
  router.get('/hsds/services', json(async (page, size) => hsdsPage(await exports.hsdsServices(page, size))));
  router.get('/hsds/organizations/:id', async (req, res) => {
    const id = String(req.params.id);
    const organization = isUuid(id) ? await exports.hsdsOrganization(id) : null;
    if (!organization) return res.status(404).json({ error: 'Organisation introuvable.' });
    send(req, res, 'application/json; charset=utf-8', JSON.stringify(organization));
  });
  router.use((_req, res) => res.status(404).json({ error: 'Export introuvable.' }));
  return router;
}
