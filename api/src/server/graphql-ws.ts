import { execute, subscribe, validate, specifiedRules, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import { anonymous } from '../auth/viewer.js';
import { createContext } from '../graphql/context.js';

// The same schema over WebSocket, for subscriptions. Each operation gets a fresh context so
// DataLoader caches never serve one event's data to the next.
export function attachGraphqlWs(httpServer: Server, schema: GraphQLSchema, dataSource: DataSource, log: Logger) {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 64 * 1024 });
  const cleanup = useServer(
    {
      schema,
      execute,
      subscribe,
      validate: (s, document) => validate(s, document, specifiedRules),
      context: () => createContext(dataSource, anonymous, log.child({ transport: 'ws' })),
    },
    wsServer,
  );
  return {
    async close(): Promise<void> {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
