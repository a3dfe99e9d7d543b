import { GraphQLError } from 'graphql';

// Codes the web app switches on; messages are French because the UI shows them as they are.
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL = 'INTERNAL_SERVER_ERROR',
}

class CodedError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export class UserInputError extends CodedError {
  constructor(message: string, field?: string) {
    super(message, ErrorCode.BAD_USER_INPUT, field ? { field } : {});
  }
}

export class NotFoundError extends CodedError {
  constructor(message: string) {
    super(message, ErrorCode.NOT_FOUND);
  }
}

export class UnauthenticatedError extends CodedError {
  constructor(message = 'Vous devez être connecté.') {
    super(message, ErrorCode.UNAUTHENTICATED);
  }
}

export class ForbiddenError extends CodedError {
  constructor(message = 'Vous n’avez pas les droits nécessaires pour cette action.') {
    super(message, ErrorCode.FORBIDDEN);
  }
}

export class ConflictError extends CodedError {
  constructor(message: string, currentVersion?: number) {
    super(message, ErrorCode.CONFLICT, currentVersion === undefined ? {} : { currentVersion });
  }
}

export class TooManyAttemptsError extends CodedError {
  constructor(retryAfterSeconds: number) {
    super(
      `Trop de tentatives de connexion. Réessayez dans ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
      ErrorCode.TOO_MANY_ATTEMPTS,
      { retryAfterSeconds },
    );
  }
}

/** Too many calls of a rate-limited operation (address search) from one address or session. */
export class TooManyRequestsError extends CodedError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, ErrorCode.TOO_MANY_REQUESTS, { retryAfterSeconds });
  }
}

/** An outside service we depend on (the geocoder) cannot answer now. */
export class ServiceUnavailableError extends CodedError {
  constructor(message: string) {
    super(message, ErrorCode.SERVICE_UNAVAILABLE);
  }
}

/** Errors we raise on purpose: their message is meant for the person and passes through. */
export const isOwnError = (error: unknown): error is CodedError => error instanceof CodedError;
