import { Router } from 'express';
import communes from './metz-metropole-communes-2018.json' with { type: 'json' };

// The commune outlines of Metz Métropole, drawn by the map page when no tile server answers.
// Static public data: serialised once, cached by the browser for a day.
export const communeOutlinesPath = '/metz-metropole-communes.geojson';

export function geoRoutes(): Router {
  const router = Router();
  const body = JSON.stringify(communes);
  router.get(communeOutlinesPath, (_req, res) => {
    res.setHeader('content-type', 'application/geo+json; charset=utf-8');
    res.setHeader('cache-control', 'public, max-age=86400');
    res.send(body);
  });
  return router;
}
