import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A random token for a cookie or a link, and the hash that is stored instead of it. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A keyed hash of an e-mail address, so throttling can count attempts without storing it. */
export const subjectKey = (secret: string, email: string): string =>
  createHmac('sha256', secret).update(email.trim().toLowerCase()).digest('hex');
