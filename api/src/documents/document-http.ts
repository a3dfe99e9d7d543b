import express, { type Request, type RequestHandler, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { maxDocumentBytes, type DocumentUpload } from './document-rules.js';

// The HTTP side of attached documents (conventions, housing cases): raw bodies outside GraphQL,
// opened by the session cookie. An upload must carry the `x-file-name` header, which no
// cross-site HTML form can send; the SvelteKit form action forwards the visitor's file with it.

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

interface StoredDocument {
  id: string;
  title: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
}

/** The upload handlers: the body read raw (5 MB at most), the store's typed refusals as JSON. */
export function uploadHandlers(store: (req: Request, upload: DocumentUpload) => Promise<StoredDocument>): RequestHandler[] {
  return [
    express.raw({ type: () => true, limit: maxDocumentBytes }),
    async (req, res) => {
      const fileName = decodedHeader(req, 'x-file-name');
      if (fileName === null) return fail(res, 400, 'En-tête x-file-name manquant.', 'BAD_REQUEST');
      try {
        const document = await store(req, {
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
    },
  ];
}

/** Sends a stored file; absent and forbidden look the same, so nobody learns that it exists. */
export function sendDocument(res: Response, document: { fileName: string; mediaType: string; content?: Buffer } | null): void {
  if (!document?.content) {
    res.status(404).type('text/plain; charset=utf-8').send('Document introuvable.');
    return;
  }
  res.setHeader('content-type', document.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : document.mediaType);
  res.setHeader('content-disposition', attachmentDisposition(document.fileName));
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('content-security-policy', "default-src 'none'; sandbox");
  res.setHeader('cache-control', 'private, no-store');
  res.send(document.content);
}
