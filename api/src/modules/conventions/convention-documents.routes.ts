import { Router, type Request } from 'express';
import { readCookie } from '../../auth/session-cookie.js';
import { sendDocument, uploadHandlers } from '../../documents/document-http.js';
import { createContext, createSessionService, type AppDeps, type Context } from '../../graphql/context.js';
import { housingDocumentRoutes } from '../housing/iml-case-documents.routes.js';

// Attached documents: those of conventions here, those of housing cases under /iml.

export function conventionDocumentRoutes(deps: AppDeps): Router {
  const router = Router();
  const sessions = createSessionService(deps);
  const contextOf = async (req: Request): Promise<Context> => {
    const { viewer } = await sessions.resolve(readCookie(req.headers.cookie));
    return createContext(deps, viewer, { log: req.log, ip: req.ip ?? null });
  };

  router.post(
    '/conventions/:conventionId',
    ...uploadHandlers(async (req, upload) => (await contextOf(req)).services.conventions.addDocument(String(req.params.conventionId), upload)),
  );
  router.use(housingDocumentRoutes(contextOf));
  router.get('/:documentId', async (req, res) => {
    const ctx = await contextOf(req);
    sendDocument(res, await ctx.services.conventions.documentForDownload(String(req.params.documentId)));
  });

  return router;
}
