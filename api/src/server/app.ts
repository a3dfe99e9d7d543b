import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { createServer } from 'node:http';
import { readCookie } from '../auth/session-cookie.js';
import { withStatementCounter } from '../db/query-counter.js';
import { createContext, createSessionService, type AppDeps } from '../graphql/context.js';
import { calendarRoutes } from '../modules/calendar/calendar.routes.js';
import { conventionDocumentRoutes } from '../modules/conventions/convention-documents.routes.js';
import { geoRoutes } from '../modules/geo/geo.routes.js';
import { eventCalendarRoutes } from '../modules/events/event.routes.js';
import { exchangeRoutes } from '../modules/exchange/exchange.routes.js';
import { guideRoutes } from '../modules/guide/guide.routes.js';
import { importRoutes } from '../modules/imports/import.routes.js';
import { sessionCookies } from './session-cookies.js';
import { createApollo } from './graphql-http.js';
import { PublicAnswerCache } from './public-cache.js';
import { attachGraphqlWs } from './graphql-ws.js';
import { requestLogging } from './request-logging.js';
import { securityHeaders } from './security-headers.js';

export interface AppOptions {
  schema: GraphQLSchema;
  deps: AppDeps;
  // The SvelteKit handler, served for every path the API does not own.
  webHandler?: RequestHandler;
}

// Malformed or oversized bodies are the client's fault: answer in JSON, never with a 500 page.
const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  const status = typeof error?.status === 'number' && error.status < 500 ? error.status : undefined;
  if (!status) return next(error);
  res.status(status).json({
    errors: [{ message: status === 413 ? 'Requête trop volumineuse.' : 'Requête mal formée.', extensions: { code: 'BAD_REQUEST' } }],
  });
};

export async function createApp({ schema, deps, webHandler }: AppOptions) {
  const { dataSource, log } = deps;
  const { production } = deps.config;
  const sessions = createSessionService(deps);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders());
  // Pages, GraphQL answers and GeoJSON travel gzip- or brotli-compressed (a phone on a slow
  // network gets the directory's HTML at a quarter of its size). Files that carry their own
  // Content-Encoding (the web app's precompressed assets) and incompressible types (PDF,
  // images) pass through untouched.
  app.use(compression());
  const httpServer = createServer(app);
  const publicAnswers = new PublicAnswerCache(deps.events, deps.config.publicCacheSeconds);
  const apollo = createApollo(schema, httpServer, log, production, [publicAnswers.plugin]);
  await apollo.start();
  const ws = attachGraphqlWs(httpServer, schema, deps, { production });

  app.use(requestLogging(log));
  // Statements per request go into the request's log line: the figure that shows an N+1.
  app.use((req, res, next) => {
    const box = { statements: 0 };
    res.on('finish', () => {
      if (box.statements) req.log.debug({ sqlStatements: box.statements }, 'sql statements');
    });
    withStatementCounter(box, next);
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      const pending = await dataSource.showMigrations();
      res.status(pending ? 503 : 200).json({ status: pending ? 'migrations pending' : 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    publicAnswers.middleware,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = readCookie(req.headers.cookie);
        const { viewer, expiresAt } = await sessions.resolve(token);
        const http = sessionCookies(res, deps.config.auth.secureCookies);
        // The cookie follows the session's sliding expiry; one that opens nothing is dropped.
        if (token && expiresAt) http.setSessionCookie(token, expiresAt);
        else if (token) http.clearSessionCookie();
        return createContext(deps, viewer, { log: req.log ?? log, ip: req.ip ?? null, http });
      },
    }),
  );
  app.use('/calendrier', calendarRoutes(deps));
  app.use('/documents', conventionDocumentRoutes(deps));
  app.use('/calendrier', eventCalendarRoutes(deps));
  app.use('/api/exports', exchangeRoutes(deps));
  app.use(guideRoutes(deps));
  app.use('/geo', geoRoutes());
  app.use('/api/imports', importRoutes(deps));
  if (webHandler) app.use(webHandler);
  app.use(bodyErrors);
  // Anything else is our fault: logged with its stack, answered without it.
  app.use(((error, req, res, _next) => {
    req.log.error({ err: error }, 'unhandled error');
    if (!res.headersSent) res.status(500).json({ errors: [{ message: 'Erreur interne du serveur.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  }) as ErrorRequestHandler);

  return {
    httpServer,
    async close(): Promise<void> {
      await ws.close();
      await apollo.stop();
    },
  };
}
