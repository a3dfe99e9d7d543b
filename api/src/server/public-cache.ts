import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode, parse } from 'graphql';
import { readCookie } from '../auth/session-cookie.js';
import type { EventBus } from '../events/event-bus.js';

/** Notified by PostgreSQL (migration NationalScale) when a write to a public table commits. */
export const publicDataChangedTopic = 'public.data.changed';

const limits = { entries: 5000, bytes: 64 * 1024 * 1024, documents: 500 };

// Bytes, gzip and validator computed once: a group page's answer can weigh 200 kB, better not
// converted, compressed and hashed again on every hit (compressing it costs more than
// answering from memory).
interface Entry {
  body: Buffer;
  gzipped: Buffer | null;
  etag: string | undefined;
  storedAt: number;
}

// Below this, compression gains less than its header costs (the compression middleware's own threshold).
const compressFrom = 1024;

/**
 * Answers of anonymous GraphQL queries, which read public data only and are the same for
 * everyone. Emptied when a public table changes (any process, any writer: a trigger notifies
 * on commit) and when this process answers a mutation, so that a reader who saw a write's
 * answer never gets the page from before it. Entries also expire after `seconds`, which
 * bounds answers that depend on the clock (upcoming meetings) and the few milliseconds a
 * notification takes to reach another process. Without the listening connection, nothing is
 * served from the cache.
 */
export class PublicAnswerCache {
  private readonly entries = new Map<string, Entry>();
  private readonly operations = new Map<string, OperationTypeNode | null>();
  private bytes = 0;
  private generation = 0;
  private connection: number | null = null;

  constructor(
    private readonly events: EventBus,
    private readonly seconds: number,
  ) {
    void (async () => {
      for await (const _ of events.subscribe(publicDataChangedTopic)) this.invalidate();
    })();
  }

  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  /** Express middleware in front of Apollo, after the JSON body parser. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const key = this.keyOf(req);
    if (!key) return next();
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.storedAt < this.seconds * 1000) {
      res.setHeader('x-clsm-cache', 'hit');
      if (hit.etag) res.setHeader('ETag', hit.etag);
      res.type('application/json; charset=utf-8');
      if (!hit.gzipped) return void res.send(hit.body);
      res.vary('Accept-Encoding');
      if (req.acceptsEncodings('gzip', 'identity') !== 'gzip') return void res.send(hit.body);
      // The compression middleware lets an answer that already carries its encoding through.
      res.setHeader('Content-Encoding', 'gzip');
      res.send(hit.gzipped);
      return;
    }
    if (hit) this.remove(key);
    res.setHeader('x-clsm-cache', 'miss');
    const generation = this.generation;
    const send = res.send.bind(res);
    res.send = (body: unknown) => {
      // An answer computed across an invalidation may predate the write: not kept.
      if (typeof body === 'string' && res.statusCode === 200 && generation === this.generation && !body.includes('"errors":')) {
        this.store(key, body, req.app.get('etag fn') as ((body: Buffer) => string) | undefined);
      }
      return send(body);
    };
    next();
  };

  /** Apollo plugin: answering a mutation empties the cache before the client reads the answer. */
  readonly plugin: ApolloServerPlugin = {
    requestDidStart: async () => ({
      willSendResponse: async ({ operation }) => {
        if (operation?.operation === OperationTypeNode.MUTATION) this.invalidate();
      },
    }),
  };

  private keyOf(req: Request): string | null {
    if (this.seconds <= 0 || !this.listening() || req.method !== 'POST' || readCookie(req.headers.cookie)) return null;
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
    if (!body || typeof body.query !== 'string' || (body.operationName != null && typeof body.operationName !== 'string')) return null;
    const operationName = (body.operationName as string | undefined) ?? null;
    // Documents are remembered by digest: 500 of them weigh 500 digests, whatever their size.
    const document = createHash('sha256').update(JSON.stringify([body.query, operationName])).digest('base64url');
    if (this.operationOf(document, body.query, operationName) !== OperationTypeNode.QUERY) return null;
    return createHash('sha256').update(JSON.stringify([document, body.variables ?? null])).digest('base64url');
  }

  private listening(): boolean {
    const connection = this.events.connection;
    if (connection !== this.connection) {
      this.invalidate();
      this.connection = connection;
    }
    return connection !== null;
  }

  private operationOf(document: string, query: string, operationName: string | null): OperationTypeNode | null {
    if (this.operations.has(document)) return this.operations.get(document)!;
    let type: OperationTypeNode | null = null;
    try {
      const operations = parse(query, { maxTokens: 2000 }).definitions.filter((d) => d.kind === 'OperationDefinition');
      const chosen = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
      type = chosen?.operation ?? null;
    } catch {
      type = null;
    }
    if (this.operations.size >= limits.documents) this.operations.delete(this.operations.keys().next().value!);
    this.operations.set(document, type);
    return type;
  }

  private store(key: string, text: string, etagOf: ((body: Buffer) => string) | undefined): void {
    const body = Buffer.from(text, 'utf8');
    if (body.length > limits.bytes / 16) return;
    this.remove(key);
    const gzipped = body.length >= compressFrom ? gzipSync(body) : null;
    this.entries.set(key, { body, gzipped, etag: etagOf?.(body), storedAt: Date.now() });
    this.bytes += body.length + (gzipped?.length ?? 0);
    for (const [oldest] of this.entries) {
      if (this.entries.size <= limits.entries && this.bytes <= limits.bytes) break;
      this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.length + (entry.gzipped?.length ?? 0);
    this.entries.delete(key);
  }
}
