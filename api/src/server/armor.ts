import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import {
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Context } from '../graphql/context.js';

/**
 * Limits on the shape of a GraphQL document, the same over HTTP (Apollo) and over WebSocket
 * (graphql-ws, which does not go through Apollo): the one place where they are set. The web
 * app's largest operation (a partner page) has depth 4, about 90 tokens, no alias and a cost
 * near 150: these leave room and stop abuse.
 */
export const armorLimits = {
  /** Nesting of selections: `partner { parent { parent { … } } }` (introspection excepted). */
  maxDepth: 10,
  /** Aliases per operation (`a1: partners …`), the usual way to multiply work in one request. */
  maxAliases: 15,
  /**
   * graphql-armor's estimate: 1 per scalar, 2 per object, children ×1.5 per level, and a
   * literal `first`/`last` multiplies its field (a `$first` variable does not).
   */
  maxCost: 5000,
  /** Lexical tokens in the document, counted while parsing, before any validation work. */
  maxTokens: 2000,
  /** Directives per operation (`@include`, `@skip`). */
  maxDirectives: 10,
} as const;

/** The largest page the API serves (`first` above is refused by the resolvers). */
const MAX_PAGE_SIZE = 100;

// Rejections become ordinary validation errors, reported rather than thrown: graphql-js
// collects them with the others, Apollo answers 400 GRAPHQL_VALIDATION_FAILED, graphql-ws
// sends an `error` message. A thrown error would be a 500 in Apollo and close the socket.
function report(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
}
const reported = () => ({ propagateOnRejection: false, onReject: [report] });

type GraphQLArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

/** The graphql-armor configuration; a fresh object each call (ApolloArmor mutates its input). */
export function armorConfig() {
  return {
    maxDepth: { n: armorLimits.maxDepth, ignoreIntrospection: true, ...reported() },
    maxAliases: { n: armorLimits.maxAliases, ...reported() },
    costLimit: { maxCost: armorLimits.maxCost, ignoreIntrospection: true, ...reported() },
    maxDirectives: { n: armorLimits.maxDirectives, ...reported() },
    maxTokens: { n: armorLimits.maxTokens, propagateOnRejection: true },
    blockFieldSuggestion: { enabled: true, mask: '' },
  } satisfies GraphQLArmorConfig;
}

// graphql-armor multiplies a field's cost by a literal `first`, however large: `first: 100000`
// would be refused as too costly although the resolver refuses it anyway, with a clearer
// message. Costs are computed as if such a literal were the largest page we serve.
function clampPageSizes(operation: OperationDefinitionNode): OperationDefinitionNode {
  return visit(operation, {
    Argument(node) {
      const pageSize = node.name.value === 'first' || node.name.value === 'last';
      if (pageSize && node.value.kind === Kind.INT && Number(node.value.value) > MAX_PAGE_SIZE) {
        return { ...node, value: { ...node.value, value: String(MAX_PAGE_SIZE) } };
      }
      return undefined;
    },
  });
}

function pageAwareCostLimitRule(options: ReturnType<typeof armorConfig>['costLimit']): ValidationRule {
  return (context) => {
    const visitor = costLimitRule(options)(context);
    return {
      OperationDefinition: {
        enter: (operation: OperationDefinitionNode) => visitor.OperationDefinition.enter(clampPageSizes(operation)),
      },
    };
  };
}

/**
 * graphql-armor's validation rules, to run after graphql's `specifiedRules`, on both transports
 * (Apollo's `validationRules`, graphql-ws's `onSubscribe`).
 */
export function armorValidationRules(): ValidationRule[] {
  const config = armorConfig();
  return [
    maxAliasesRule(config.maxAliases) as unknown as ValidationRule,
    maxDepthRule(config.maxDepth) as unknown as ValidationRule,
    pageAwareCostLimitRule(config.costLimit),
    maxDirectivesRule(config.maxDirectives) as unknown as ValidationRule,
  ];
}

/**
 * Parses with graphql-armor's token limit (WebSocket path): past `maxTokens` it throws
 * "Syntax Error: Token limit of … exceeded." without reading the rest.
 */
export function parseWithArmor(source: string): DocumentNode {
  return new MaxTokensParserWLexer(source, armorConfig().maxTokens).parseDocument();
}

/**
 * What Apollo Server takes: the same validation rules; the same token limit, given to Apollo's
 * parser (graphql-js `maxTokens`: a 400 GRAPHQL_PARSE_FAILED), because ApolloArmor's token
 * plugin throws from `parsingDidStart`, which Apollo 5 answers with a 500; ApolloArmor's
 * plugin that masks "Did you mean …" suggestions; and no batching.
 */
export function apolloArmor() {
  const off = { enabled: false };
  const { plugins } = new ApolloArmor({
    blockFieldSuggestion: armorConfig().blockFieldSuggestion,
    maxTokens: off,
    maxDepth: off,
    maxAliases: off,
    costLimit: off,
    maxDirectives: off,
  }).protect();
  return {
    // Plain objects; graphql-armor's typings name Apollo's CommonJS build, ours the ESM one.
    plugins: plugins as unknown as ApolloServerPlugin<Context>[],
    validationRules: armorValidationRules(),
    parseOptions: { maxTokens: armorLimits.maxTokens },
    allowBatchedHttpRequests: false as const,
  };
}
