import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { VerifyClientCallbackAsync } from 'ws';

/** The origin of a URL or an `Origin` header (scheme://host[:port], lower case), or undefined. */
export function normalizeOrigin(value: string): string | undefined {
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * Decides whether a WebSocket upgrade may proceed, from its `Origin` header. Browsers always
 * send one, and cookies ride along with a cross-site upgrade (no CORS preflight applies to
 * WebSockets): a page elsewhere must not open a socket in a visitor's name. A request without
 * `Origin` does not come from a browser page (a script, a test, a server) and is let through.
 * `extra` is consulted on each call: the listening port is only known once the server listens.
 */
export function createOriginCheck(allowed: readonly string[], extra: () => readonly string[] = () => []) {
  const fixed = new Set(allowed.map(normalizeOrigin).filter((origin): origin is string => !!origin));
  return (origin: string | undefined): boolean => {
    if (origin === undefined) return true;
    const normalized = normalizeOrigin(origin);
    if (!normalized) return false;
    return fixed.has(normalized) || extra().some((candidate) => normalizeOrigin(candidate) === normalized);
  };
}

/** The hub reached directly at the port it actually listens on (PORT=0 picks one at random). */
export function listeningOrigins(server: Server): string[] {
  const address = server.address() as AddressInfo | string | null;
  if (!address || typeof address === 'string') return [];
  return [`http://localhost:${address.port}`, `http://127.0.0.1:${address.port}`];
}

/** ws's `verifyClient`: a refused upgrade gets a plain HTTP 403, before any handshake. */
export function originGuard(isAllowed: (origin: string | undefined) => boolean, log: Logger): VerifyClientCallbackAsync<IncomingMessage> {
  return ({ origin }, done) => {
    if (isAllowed(origin)) return done(true);
    log.warn({ origin }, 'WebSocket upgrade refused: origin not allowed');
    done(false, 403, 'Forbidden');
  };
}
