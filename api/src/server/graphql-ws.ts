import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { isOwnError } from '../errors/errors.js';
import {
  execute,
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  specifiedRules,
  subscribe,
  validate,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { anonymous, type Viewer } from '../auth/viewer.js';
import { webSocketOrigins } from '../config/config.js';
import { ClientError, createErrorFormatter } from '../errors/format-error.js';
import { createContext, createSessionService, type AppDeps } from '../graphql/context.js';
import { readCookie } from '../auth/session-cookie.js';
import { armorValidationRules, parseWithArmor } from './armor.js';
import { createOriginCheck, listeningOrigins, originGuard } from './websocket-guard.js';

interface SocketExtra {
  viewer?: Viewer;
}

/** Operations one socket may have running at once; the next one is refused, the socket stays. */
export const MAX_OPERATIONS_PER_SOCKET = 20;
/** Largest WebSocket message accepted (ws's default is 100 MiB); HTTP bodies stop at 100 kB. */
export const WS_MAX_PAYLOAD = 64 * 1024;

export interface GraphqlWsOptions {
  /** As for Apollo: no introspection in production. Defaults to NODE_ENV === 'production'. */
  production?: boolean;
  /**
   * Origins a browser page may open the socket from. Defaults to the configured `origin` and
   * config's `webSocketOrigins` (ORIGIN, localhost / 127.0.0.1 at PORT); localhost and
   * 127.0.0.1 at the port actually listened on are always allowed.
   */
  allowedOrigins?: readonly string[];
}

// Gives an error from graphql-js the code Apollo gives it on the HTTP path.
const withCode = (error: unknown, code: string): GraphQLError =>
  error instanceof GraphQLError
    ? new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        extensions: { ...error.extensions, code },
      })
    : new GraphQLError(String((error as Error)?.message ?? error), { extensions: { code } });

// The same schema over WebSocket, for subscriptions. graphql-ws does not go through Apollo, so
// this path applies the same limits itself (armor.ts), formats errors with the same formatter,
// and checks the Origin of the upgrade. Each operation gets a fresh context so DataLoader
// caches never serve one event's data to the next.
export function attachGraphqlWs(
  httpServer: Server,
  schema: GraphQLSchema,
  deps: AppDeps,
  options: GraphqlWsOptions = {},
) {
  const { log } = deps;
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const wsLog = log.child({ transport: 'ws' });
  const sessions = createSessionService(deps);
  const isAllowedOrigin = createOriginCheck(options.allowedOrigins ?? [deps.config.origin, ...webSocketOrigins()], () =>
    listeningOrigins(httpServer),
  );
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: WS_MAX_PAYLOAD,
    verifyClient: originGuard(isAllowedOrigin, wsLog),
  });
  const rules = [...specifiedRules, ...armorValidationRules(), ...(production ? [NoSchemaIntrospectionCustomRule] : [])];
  const formatError = createErrorFormatter(wsLog);
  // A refusal thrown inside a subscription's source (an async generator) reaches us wrapped in a
  // new error without its code: unwrap our own errors so the client still gets UNAUTHENTICATED.
  const format = (errors: readonly GraphQLError[]) =>
    errors.map((error) => (isOwnError(error.originalError) ? error.originalError : error)).map((error) => formatError(error.toJSON(), error));

  const cleanup = useServer(
    {
      schema,
      execute,
      subscribe,
      // Parse (token limit) and validate (graphql's rules + armor's) here, so that a refusal is
      // an `error` message for that operation only, never a closed socket.
      onSubscribe: (ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
        // graphql-ws has already registered this operation: it counts itself.
        if (Object.keys(ctx.subscriptions).length > MAX_OPERATIONS_PER_SOCKET) {
          return [
            new ClientError(
              `Trop d’opérations en cours sur cette connexion : ${MAX_OPERATIONS_PER_SOCKET} au plus.`,
              'TOO_MANY_OPERATIONS',
            ),
          ];
        }
        let document;
        try {
          document = parseWithArmor(payload.query);
        } catch (error) {
          return [withCode(error, ApolloServerErrorCode.GRAPHQL_PARSE_FAILED)];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors.map((error) => withCode(error, ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED));
        if (!getOperationAST(document, payload.operationName)) {
          return [withCode(new GraphQLError('Unable to identify operation'), ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE)];
        }
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        // No `data` at all: the request itself was refused, by bad variables (coded here) or by
        // the subscription's own check (our errors, which keep their code: UNAUTHENTICATED…).
        const errors =
          'data' in result
            ? result.errors
            : result.errors.map((error) => (isOwnError(unwrapResolverError(error)) ? error : withCode(error, ApolloServerErrorCode.BAD_USER_INPUT)));
        return { ...result, errors: format(errors) };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      // The session cookie of the upgrade request, resolved at connection_init; a socket without
      // one stays open for public operations, and subscriptions that need a session refuse it.
      onConnect: async (ctx) => {
        const { viewer } = await sessions.resolve(readCookie(ctx.extra.request.headers.cookie));
        (ctx.extra as SocketExtra).viewer = viewer;
        return true;
      },
      context: (ctx) =>
        createContext(deps, (ctx.extra as SocketExtra).viewer ?? anonymous, {
          log: wsLog,
          ip: ctx.extra.request.socket.remoteAddress ?? null,
        }),
    },
    wsServer,
  );
  // graphql-ws prints every socket error to stderr with its stack, including a client's bad
  // frame (a message over maxPayload, invalid UTF-8…): noise an attacker controls. ws has
  // already closed such a socket with the right code (1009, 1007…); log it as a warning.
  // Runs after graphql-ws's own 'connection' listener, whose error handler it replaces.
  wsServer.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error: Error & { code?: string }) => {
      if (error.code?.startsWith('WS_ERR_')) {
        wsLog.warn({ code: error.code }, 'WebSocket closed: invalid frame from the client');
        return;
      }
      wsLog.error({ err: error }, 'WebSocket error');
      socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
  });
  return {
    async close(): Promise<void> {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
