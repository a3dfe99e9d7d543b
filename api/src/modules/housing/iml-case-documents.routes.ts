import { Router, type Request } from 'express';
import { sendDocument, uploadHandlers } from '../../documents/document-http.js';
import type { Context } from '../../graphql/context.js';

/** `POST /iml/:caseId` adds a file to a case, `GET /iml-file/:documentId` opens one: for its parties. */
export function housingDocumentRoutes(contextOf: (req: Request) => Promise<Context>): Router {
  const router = Router();
  router.post('/iml/:caseId', ...uploadHandlers(async (req, upload) => (await contextOf(req)).services.imlDocuments.add(String(req.params.caseId), upload)));
  router.get('/iml-file/:documentId', async (req, res) => {
    const ctx = await contextOf(req);
    sendDocument(res, await ctx.services.imlDocuments.forDownload(String(req.params.documentId)));
  });
  return router;
}
