import type { RequestHandler } from 'express';

/**
 * Headers for every response of the app, API and pages alike. Pages also get a CSP with
 * `frame-ancestors` from SvelteKit; X-Frame-Options covers browsers that ignore it and the API.
 * HSTS only over HTTPS (`req.secure` honours X-Forwarded-Proto from the trusted local proxy):
 * sent over plain HTTP it is ignored at best, and would pin a development host at worst.
 */
export function securityHeaders(): RequestHandler {
  return (req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}
