import type { DataSource } from 'typeorm';
import type { AppDeps } from '../graphql/context.js';
import { createSchema } from '../graphql/schema.js';
import { createApp } from '../server/app.js';
import { testDeps } from './test-deps.js';

export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string; currentVersion?: number } }>;
  setCookie: string[];
}

/** The real HTTP app on an ephemeral port, over the given database. */
export async function startTestServer(dataSource: DataSource, deps: AppDeps = testDeps(dataSource)) {
  const app = await createApp({ schema: await createSchema(deps.events), deps });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;

  async function graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    cookie?: string,
  ): Promise<GraphqlResult<T>> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphqlResult<T>, 'status' | 'setCookie'>;
    return { status: response.status, ...body, setCookie: response.headers.getSetCookie() };
  }

  /** Signs in and returns the Cookie header that carries the session. */
  async function signIn(email: string, password: string): Promise<string> {
    const result = await graphql('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: email, p: password });
    if (result.errors) throw new Error(`sign-in failed for ${email}: ${result.errors[0].message}`);
    return result.setCookie.map((cookie) => cookie.split(';')[0]).join('; ');
  }

  return { url, deps, graphql, signIn, close: () => app.close() };
}
