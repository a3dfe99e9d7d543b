import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { postGraphql } from '../support/hub.js';
import { useHub } from '../support/fixtures.js';

// Abuse of the GraphQL endpoint, over HTTP and over WebSocket, against the built hub in
// production mode. Every refusal is a 4xx or a typed GraphQL error with a French message:
// never a 500, never a stack trace, never a hint at the schema, never data.
const fixture = useHub();

const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: themes { code }`).join(' ')} }`;
const deep = (levels: number) => `{ partner(slug: "unafam-moselle") { ${'parent { '.repeat(levels)}slug${' }'.repeat(levels)} } }`;
const manyTokens = (count: number) => `{ ${'__typename '.repeat(count)}}`;
const french = /[éèêàùçœ’«]|Requête|requête/;

type Result = Awaited<ReturnType<typeof postGraphql>>;

/** A refusal as the API must give it: 4xx, typed errors in French, no data, no leak. */
function expectRefused(result: Result, code: string | RegExp, message: RegExp) {
  expect(result.status, result.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
  expect(result.status).toBeLessThan(500);
  expect(result.json?.data ?? null).toBeNull();
  const errors = result.json?.errors ?? [];
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error.extensions?.code).toMatch(code);
    expect(error.message).toMatch(french);
  }
  expect(errors.map((error) => error.message).join('\n')).toMatch(message);
  expectNoLeak(result.text);
}

function expectNoLeak(text: string) {
  expect(text).not.toMatch(/Did you mean|stacktrace|\bat .*\.[jt]s:\d+|INTERNAL_SERVER_ERROR/);
}

describe('attacks over HTTP', () => {
  it('refuses a query with 1,000 aliases', async () => {
    const result = await postGraphql(fixture.hub.url, { query: aliases(1000) });
    // 6,000 tokens: the parser stops before anything counts the aliases.
    expectRefused(result, /^GRAPHQL_(PARSE|VALIDATION)_FAILED$/, /Requête trop longue|Trop d’alias/);
  });

  it('refuses a query with more aliases than the limit', async () => {
    const result = await postGraphql(fixture.hub.url, { query: aliases(100) });
    expectRefused(result, 'GRAPHQL_VALIDATION_FAILED', /^Trop d’alias dans la requête : 15 au plus\.$/m);
  });

  it('refuses a query of depth 20', async () => {
    const result = await postGraphql(fixture.hub.url, { query: deep(19) });
    expectRefused(result, 'GRAPHQL_VALIDATION_FAILED', /Requête trop profonde : 10 niveaux/);
  });

  it('refuses a query of 5,000 tokens', async () => {
    const result = await postGraphql(fixture.hub.url, { query: manyTokens(5000) });
    expectRefused(result, 'GRAPHQL_PARSE_FAILED', /^Requête trop longue : 2000 éléments au plus\.$/);
  });

  it('refuses a 1 MiB body with a 413', async () => {
    const result = await postGraphql(fixture.hub.url, { query: `{ ${'__typename '.repeat(100_000)}}` });
    expect(result.status).toBe(413);
    expectRefused(result, 'BAD_REQUEST', /^Requête trop volumineuse\.$/);
  });

  it('refuses a batch of 100 operations', async () => {
    const batch = Array.from({ length: 100 }, () => ({ query: '{ territories { slug } }' }));
    const result = await postGraphql(fixture.hub.url, batch);
    expect(result.status).toBe(400);
    expectRefused(result, 'BAD_REQUEST', /requêtes groupées ne sont pas acceptées/);
  });

  it('refuses a mutation sent with GET, even past the CSRF check', async () => {
    const response = await fetch(`${fixture.hub.url}/graphql?query=${encodeURIComponent('mutation{__typename}')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    const text = await response.text();
    const result = { status: response.status, text, json: JSON.parse(text), headers: response.headers };
    expect([400, 405]).toContain(result.status);
    // 405 once the schema has mutations; 400 while it has none. Either way it does not run.
    expectRefused(result, /^(BAD_REQUEST|GRAPHQL_VALIDATION_FAILED)$/, /GET ne peut que lire|n’accepte pas d’opération « mutation »/);
  });

  it('refuses a GET query without the CSRF header', async () => {
    const response = await fetch(`${fixture.hub.url}/graphql?query=${encodeURIComponent('{ territories { slug } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('clsm-metz');
  });

  it('refuses introspection in production', async () => {
    const result = await postGraphql(fixture.hub.url, { query: '{ __schema { types { name } } }' });
    expectRefused(result, 'GRAPHQL_VALIDATION_FAILED', /introspection du schéma est désactivée/);
  });

  it('hints at no field name', async () => {
    const result = await postGraphql(fixture.hub.url, { query: '{ partner(slug: "unafam-moselle") { nam } }' });
    expectRefused(result, 'GRAPHQL_VALIDATION_FAILED', /Le champ « nam » n’existe pas sur Partner/);
  });

  it('sends the security headers on API answers and on pages', async () => {
    const responses = [
      await fetch(`${fixture.hub.url}/healthz`),
      await fetch(`${fixture.hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      await fetch(`${fixture.hub.url}/`),
    ];
    for (const response of responses) {
      expect(response.status, response.url).toBeLessThan(500);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      // Plain HTTP: no HSTS.
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });
});

// --- WebSocket (graphql-transport-ws, spoken by hand to control every frame) ---

interface Message {
  type: string;
  id?: string;
  payload?: unknown;
}
type WsError = { message: string; extensions?: { code?: string } };

const wsUrl = () => `${fixture.hub.url.replace(/^http/, 'ws')}/graphql`;

/** Status of the HTTP answer to an upgrade request (101 when the socket opens). */
function upgradeStatus(origin?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl(), 'graphql-transport-ws', origin ? { origin } : {});
    socket.on('unexpected-response', (request, response) => {
      resolve(response.statusCode ?? 0);
      request.destroy();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('error', reject);
  });
}

async function connect(origin?: string) {
  const socket = new WebSocket(wsUrl(), 'graphql-transport-ws', origin ? { origin } : {});
  const inbox: Message[] = [];
  let wake: () => void = () => {};
  socket.on('message', (data) => {
    inbox.push(JSON.parse(String(data)) as Message);
    wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => {
      wake();
      resolve({ code, reason: String(reason) });
    }),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });

  async function until<T>(find: () => T | undefined, timeout = 15_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (socket.readyState !== WebSocket.OPEN) throw new Error('the socket closed');
      if (Date.now() > deadline) throw new Error('timed out waiting for the server');
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 50);
      });
    }
  }

  socket.send(JSON.stringify({ type: 'connection_init' }));
  await until(() => inbox.find((message) => message.type === 'connection_ack'));

  return {
    socket,
    closed,
    subscribe(id: string, query: string) {
      socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));
    },
    /** The outcome of operation `id`: its results, or the errors it was refused with. */
    async outcome(id: string): Promise<{ data?: unknown; errors?: WsError[] }> {
      const end = await until(() => inbox.find((m) => m.id === id && (m.type === 'complete' || m.type === 'error')));
      if (end.type === 'error') return { errors: end.payload as WsError[] };
      const next = inbox.find((m) => m.id === id && m.type === 'next');
      return next?.payload as { data?: unknown; errors?: WsError[] };
    },
    async run(id: string, query: string) {
      this.subscribe(id, query);
      return this.outcome(id);
    },
    close() {
      socket.close();
    },
  };
}

function expectWsRefused(outcome: { data?: unknown; errors?: WsError[] }, code: string | RegExp, message: RegExp) {
  expect(outcome.data ?? null).toBeNull();
  expect(outcome.errors?.length).toBeGreaterThan(0);
  for (const error of outcome.errors ?? []) {
    expect(error.extensions?.code).toMatch(code);
    expect(error.message).toMatch(french);
  }
  expect(outcome.errors?.map((error) => error.message).join('\n')).toMatch(message);
  expectNoLeak(JSON.stringify(outcome));
}

const territoriesQuery = '{ territories { slug } }';

describe('attacks over WebSocket', () => {
  it('refuses a cross-site upgrade with a 403, before the handshake', async () => {
    expect(await upgradeStatus('https://evil.example')).toBe(403);
    expect(await upgradeStatus('null')).toBe(403);
  });

  it('accepts an upgrade from the hub itself, or without Origin', async () => {
    expect(await upgradeStatus(fixture.hub.url)).toBe(101);
    expect(await upgradeStatus()).toBe(101);
    const client = await connect(fixture.hub.url);
    try {
      expect(await client.run('1', territoriesQuery)).toEqual({ data: { territories: [{ slug: 'clsm-metz' }] } });
    } finally {
      client.close();
    }
  });

  it('refuses depth 20, 1,000 aliases, 5,000 tokens and introspection, and the socket stays usable', async () => {
    const client = await connect();
    try {
      expectWsRefused(await client.run('deep', deep(19)), 'GRAPHQL_VALIDATION_FAILED', /Requête trop profonde : 10 niveaux/);
      expectWsRefused(await client.run('aliases-1000', aliases(1000)), /^GRAPHQL_(PARSE|VALIDATION)_FAILED$/, /Requête trop longue|Trop d’alias/);
      expectWsRefused(await client.run('aliases-100', aliases(100)), 'GRAPHQL_VALIDATION_FAILED', /^Trop d’alias dans la requête : 15 au plus\.$/);
      expectWsRefused(await client.run('tokens', manyTokens(5000)), 'GRAPHQL_PARSE_FAILED', /^Requête trop longue : 2000 éléments au plus\.$/);
      expectWsRefused(await client.run('schema', '{ __schema { types { name } } }'), 'GRAPHQL_VALIDATION_FAILED', /introspection du schéma est désactivée/);
      expectWsRefused(await client.run('typo', '{ partner(slug: "x") { nam } }'), 'GRAPHQL_VALIDATION_FAILED', /Le champ « nam » n’existe pas/);
      expectWsRefused(await client.run('syntax', '{ partner(slug: '), 'GRAPHQL_PARSE_FAILED', /^Requête GraphQL mal formée\.$/);
      expect(await client.run('after', territoriesQuery)).toEqual({ data: { territories: [{ slug: 'clsm-metz' }] } });
    } finally {
      client.close();
    }
  });

  it('refuses the 21st operation running on one socket, and the socket stays usable', async () => {
    const client = await connect();
    try {
      // Twenty-one operations sent at once; each reads the database, so none is over when
      // the last arrives.
      const query = '{ partners(first: 100) { totalCount edges { node { slug contacts { function } } } } }';
      const ids = Array.from({ length: 21 }, (_, i) => `op-${i + 1}`);
      for (const id of ids) client.subscribe(id, query);
      const outcomes = await Promise.all(ids.map((id) => client.outcome(id)));
      const refused = outcomes.filter((outcome) => outcome.errors);
      expect(refused).toHaveLength(1);
      expectWsRefused(refused[0]!, 'TOO_MANY_OPERATIONS', /^Trop d’opérations en cours sur cette connexion : 20 au plus\.$/);
      expect(outcomes.filter((outcome) => outcome.data)).toHaveLength(20);
      expect(await client.run('after', territoriesQuery)).toEqual({ data: { territories: [{ slug: 'clsm-metz' }] } });
    } finally {
      client.close();
    }
  });

  it('closes a socket that sends a message over 64 KiB', async () => {
    const client = await connect();
    client.subscribe('big', `{ ${'__typename '.repeat(8000)}}`);
    expect((await client.closed).code).toBe(1009);
  });
});

describe('after the attacks', () => {
  it('the hub logged no error: every refusal was expected', () => {
    const entries = fixture.hub.logs.flatMap((line) => {
      try {
        return [JSON.parse(line) as { level?: number; msg?: string }];
      } catch {
        return [{ level: 60, msg: line }];
      }
    });
    expect(entries.filter((entry) => (entry.level ?? 0) >= 50)).toEqual([]);
  });
});
