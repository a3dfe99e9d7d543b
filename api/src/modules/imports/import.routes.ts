import express, { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { readCookie } from '../../auth/session-cookie.js';
import { createContext, createSessionService, type AppDeps } from '../../graphql/context.js';
import { maxImportBytes, tooLargeMessage } from './import-file.js';
import { ImportRefusedError } from './import.service.js';

// Import files travel as raw bodies (up to 10 MB), outside GraphQL whose bodies stop at 100 kB.
//   POST /api/imports/:territory/preview?format=…   → { data: ImportReport }, writes nothing
//   POST /api/imports/:territory/apply?format=…     → { data: ImportReport } once applied
// The session cookie opens them; the request must carry `x-import-file` (the file's name), a
// header no cross-site HTML form can send. The SvelteKit form action forwards the file with it.

const statusOf: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

const fail = (res: Response, status: number, message: string, code: string, report: unknown = null) =>
  res.status(status).json({ errors: [{ message, extensions: { code, ...(report ? { report } : {}) } }] });

// The body parser's own refusal of an oversized file, in the words of the import.
const tooLarge: ErrorRequestHandler = (error, _req, res, next) => {
  if (error?.type === 'entity.too.large') return fail(res, 413, tooLargeMessage(), 'BAD_USER_INPUT');
  next(error);
};

export function importRoutes(deps: AppDeps): Router {
  const router = Router();
  const sessions = createSessionService(deps);
  const raw = express.raw({ type: () => true, limit: maxImportBytes });

  const handle = (mode: 'preview' | 'apply') => async (req: Request, res: Response) => {
    if (req.get('x-import-file') === undefined) return fail(res, 400, 'En-tête x-import-file manquant.', 'BAD_REQUEST');
    const { viewer } = await sessions.resolve(readCookie(req.headers.cookie));
    const ctx = createContext(deps, viewer, { log: req.log, ip: req.ip ?? null });
    const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const format = typeof req.query.format === 'string' ? req.query.format : null;
    const territory = String(req.params.territory);
    try {
      const report = mode === 'preview' ? await ctx.services.imports.preview(territory, content, format) : await ctx.services.imports.apply(territory, content, format);
      res.status(200).json({ data: report });
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code) : '';
      if (!statusOf[code]) throw error;
      fail(res, statusOf[code], (error as Error).message, code, error instanceof ImportRefusedError ? error.report : null);
    }
  };

  router.post('/:territory/preview', raw, handle('preview'));
  router.post('/:territory/apply', raw, handle('apply'));
  router.use(tooLarge);
  return router;
}
