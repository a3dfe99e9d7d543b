import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ErrorCode, isOwnError } from './errors.js';

// graphql-js speaks English and names the schema; the UI needs French and no hints about it.
const translations: Array<[RegExp, (match: RegExpMatchArray) => string]> = [
  // graphql-armor limits (their messages start with "Syntax Error:", so they come first).
  [/Query depth limit of (\d+) exceeded/, (m) => `Requête trop profonde : ${m[1]} niveaux d’imbrication au plus.`],
  [/Aliases limit of (\d+) exceeded/, (m) => `Trop d’alias dans la requête : ${m[1]} au plus.`],
  [/Query Cost limit of (\d+) exceeded/, (m) => `Requête trop coûteuse : coût estimé limité à ${m[1]}.`],
  [/Directives limit of (\d+) exceeded/, (m) => `Trop de directives dans la requête : ${m[1]} au plus.`],
  [/Token limit of (\d+) exceeded|Document contains more tha[nt] (\d+) tokens/, (m) => `Requête trop longue : ${m[1] ?? m[2]} éléments au plus.`],
  [/^Operation batching disabled/, () => 'Les requêtes groupées ne sont pas acceptées : une opération par requête.'],
  [/^GET requests only support query operations/, () => 'Une requête GET ne peut que lire : envoyez les modifications en POST.'],
  [/^Schema is not configured to execute (\w+) operation/, (m) => `Cette API n’accepte pas d’opération « ${m[1]} ».`],
  [/introspection/i, () => 'L’introspection du schéma est désactivée.'],
  [/^Must provide operation name|^Unknown operation named|^Unable to identify operation/, () => 'Opération introuvable dans la requête.'],
  [/^Value "(.*)" does not exist in "(\w+)" enum/, (m) => `Valeur inconnue « ${m[1]} » pour ${m[2]}.`],
  [/^Enum "(\w+)" cannot represent non-enum value: (.*?)\./, (m) => `Valeur inconnue ${m[2]} pour ${m[1]}.`],
  [/^Int cannot represent non-integer value/, () => 'Un nombre entier est attendu.'],
  [/^Int cannot represent non 32-bit signed integer value/, () => 'Ce nombre est trop grand.'],
  [/^String cannot represent a non string value/, () => 'Un texte est attendu.'],
  [/^Cannot query field "(\w+)" on type "(\w+)"/, (m) => `Le champ « ${m[1]} » n’existe pas sur ${m[2]}.`],
  [/^Unknown argument "(\w+)"/, (m) => `Argument inconnu « ${m[1]} ».`],
  [/^Field "(\w+)" argument "(\w+)" of type ".*" is required/, (m) => `L’argument « ${m[2]} » de « ${m[1]} » est obligatoire.`],
  [/^Variable "\$(\w+)" got invalid value/, (m) => `Valeur invalide pour la variable « ${m[1]} ».`],
  [/^Syntax Error/, () => 'Requête GraphQL mal formée.'],
];

/**
 * A refusal by the server itself (a protocol limit, for instance), with a French message meant
 * for the client: passed through as it is, with its code.
 */
export class ClientError extends GraphQLError {
  constructor(message: string, code: string) {
    super(message, { extensions: { code } });
  }
}

export function translate(message: string): string {
  for (const [pattern, render] of translations) {
    const match = message.match(pattern);
    if (match) return render(match);
  }
  return 'Requête invalide.';
}

export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL);
    // Apollo also uses BAD_USER_INPUT (bad variables, in English): only our own errors pass as they are.
    const original = unwrapResolverError(error);
    if (isOwnError(original) || original instanceof ClientError) {
      return { message: formatted.message, path: formatted.path, extensions: { ...formatted.extensions, code } };
    }
    const clientCodes: string[] = [
      ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
      ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
      ApolloServerErrorCode.BAD_USER_INPUT,
      ApolloServerErrorCode.BAD_REQUEST,
      ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
      ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
    ];
    if (clientCodes.includes(code)) {
      return { message: translate(formatted.message), locations: formatted.locations, extensions: { code } };
    }
    log.error({ err: error }, 'unexpected error while resolving');
    return { message: 'Erreur interne du serveur.', path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
  };
}
