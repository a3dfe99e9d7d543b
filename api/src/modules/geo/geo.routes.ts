import { Router } from 'express';
import { metzMetropoleCommuneCentres } from './communes.js';
import communes from './metz-metropole-communes-2018.json' with { type: 'json' };

// Static public data, serialised once, cached by the browser for a day: the commune outlines
// of Metz Métropole, drawn by the map page when no tile server answers, and their centres.
export const communeOutlinesPath = '/metz-metropole-communes.geojson';
export const communeCentresPath = '/metz-metropole-communes-centres.json';

export function geoRoutes(): Router {
  const router = Router();
  const serve = (path: string, contentType: string, data: unknown) => {
    const body = JSON.stringify(data);
    router.get(path, (_req, res) => {
      res.setHeader('content-type', `${contentType}; charset=utf-8`);
      res.setHeader('cache-control', 'public, max-age=86400');
      res.send(body);
    });
  };
  serve(communeOutlinesPath, 'application/geo+json', communes);
  serve(communeCentresPath, 'application/json', metzMetropoleCommuneCentres());
  return router;
}
