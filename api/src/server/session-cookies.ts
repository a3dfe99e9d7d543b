import type { Response } from 'express';
import { sessionCookieName } from '../auth/session-cookie.js';
import type { HttpHandle } from '../graphql/context.js';

// httpOnly: no script reads it; SameSite=Lax: no cross-site POST carries it; Secure over HTTPS.
export function sessionCookies(res: Response, secure: boolean): HttpHandle {
  const options = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    setSessionCookie: (token, expiresAt) => res.cookie(sessionCookieName, token, { ...options, expires: expiresAt }),
    clearSessionCookie: () => res.clearCookie(sessionCookieName, options),
  };
}
