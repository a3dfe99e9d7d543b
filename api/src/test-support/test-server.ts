import type { DataSource } from 'typeorm';
import { createSchema } from '../graphql/schema.js';
import { createApp } from '../server/app.js';
import { testLog } from './test-database.js';

export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
}

/** The real HTTP app on an ephemeral port, over the given database. */
export async function startTestServer(dataSource: DataSource) {
  const app = await createApp({ schema: await createSchema(), dataSource, log: testLog, production: true });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResult<T>> {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as Omit<GraphqlResult<T>, 'status'>) };
    },
    close: () => app.close(),
  };
}
