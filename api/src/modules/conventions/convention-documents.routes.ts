import express, { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { readCookie } from '../../auth/session-cookie.js';
import { createContext, createSessionService, type AppDeps, type Context } from '../../graphql/context.js';
import { maxDocumentBytes } from './convention-document.rules.js';

// Attached documents of conventions travel as raw bodies, outside GraphQL. The session cookie
// opens them. An upload must carry the `x-file-name` header, which no cross-site HTML form can
// send; the SvelteKit form action forwards the visitor's file with it.

const statusOf: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

const fail = (res: Response, status: number, message: string, code: string, field?: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });

/** Header values are Latin-1 on the wire: names and titles come percent-encoded. */
function decodedHeader(req: Request, name: string): string | null {
  const value = req.get(name);
  if (value === undefined) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `filename` for old clients (ASCII only), `filename*` with the real name for the others. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\;]/g, '_') || 'document';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function conventionDocumentRoutes(deps: AppDeps): Router {
  const router = Router();
  const sessions = createSessionService(deps);
  const contextOf = async (req: Request): Promise<Context> => {
    const { viewer } = await sessions.resolve(readCookie(req.headers.cookie));
    return createContext(deps, viewer, { log: req.log, ip: req.ip ?? null });
  };

  router.post('/conventions/:conventionId', express.raw({ type: () => true, limit: maxDocumentBytes }), async (req, res) => {
    const fileName = decodedHeader(req, 'x-file-name');
    if (fileName === null) return fail(res, 400, 'En-tête x-file-name manquant.', 'BAD_REQUEST');
    const ctx = await contextOf(req);
    try {
      const document = await ctx.services.conventions.addDocument(String(req.params.conventionId), {
        title: decodedHeader(req, 'x-document-title') ?? (typeof req.query.title === 'string' ? req.query.title : null),
        fileName,
        mediaType: req.get('content-type') ?? null,
        content: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
      });
      res.status(201).json({
        data: { id: document.id, title: document.title, fileName: document.fileName, mediaType: document.mediaType, byteSize: document.byteSize },
      });
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code) : '';
      if (!statusOf[code]) throw error;
      fail(res, statusOf[code], error instanceof Error ? error.message : '', code, (error as GraphQLError).extensions.field as string | undefined);
    }
  });

  router.get('/:documentId', async (req, res) => {
    const ctx = await contextOf(req);
    const document = await ctx.services.conventions.documentForDownload(String(req.params.documentId));
    // Absent and forbidden look the same: nobody learns that a document exists.
    if (!document?.content) return res.status(404).type('text/plain; charset=utf-8').send('Document introuvable.');
    res.setHeader('content-type', document.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : document.mediaType);
    res.setHeader('content-disposition', attachmentDisposition(document.fileName));
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-security-policy', "default-src 'none'; sandbox");
    res.setHeader('cache-control', 'private, no-store');
    res.send(document.content);
  });

  return router;
}
