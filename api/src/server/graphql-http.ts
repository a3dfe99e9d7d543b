import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { createErrorFormatter } from '../errors/format-error.js';
import type { Context } from '../graphql/context.js';
import { apolloArmor } from './armor.js';

export function createApollo(schema: GraphQLSchema, httpServer: Server, log: Logger, production: boolean, extraPlugins: ApolloServerPlugin<Context>[] = []) {
  // Depth, aliases, cost, directives and tokens: the limits of armor.ts, shared with graphql-ws.
  const armor = apolloArmor();
  return new ApolloServer<Context>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    // Spelled out although they are Apollo's defaults: one operation per request (a JSON array
    // of 100 operations is refused), and the CSRF check (GET and simple POSTs need a header
    // a cross-site form or <img> cannot send). GET can only run queries (405 otherwise).
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    csrfPrevention: true,
    parseOptions: armor.parseOptions,
    validationRules: armor.validationRules,
    formatError: createErrorFormatter(log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      ...armor.plugins,
      ...extraPlugins,
    ],
  });
}
