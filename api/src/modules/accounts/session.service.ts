import type { DataSource } from 'typeorm';
import { hashToken, newToken } from '../../auth/tokens.js';
import type { Grant, Viewer } from '../../auth/viewer.js';
import type { Role } from './role.enum.js';
import type { SessionCache } from './session-cache.js';

export interface SessionSettings {
  sessionTtlHours: number;
  production: boolean;
}

/** Server-side sessions behind an opaque cookie; resolving one gives the request's viewer. */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SessionSettings,
    private readonly cache?: SessionCache,
  ) {}

  private expiry(): Date {
    return new Date(Date.now() + this.settings.sessionTtlHours * 3_600_000);
  }

  async open(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const { token, hash } = newToken();
    const expiresAt = this.expiry();
    await this.dataSource.query(`INSERT INTO session (token_hash, user_id, expires_at) VALUES ($1, $2, $3)`, [hash, userId, expiresAt]);
    return { token, expiresAt };
  }

  /** The viewer of a session cookie; anonymous for an unknown, expired or disabled one. */
  async resolve(token: string | undefined): Promise<{ viewer: Viewer; expiresAt?: Date }> {
    if (!token || token.length > 100) return { viewer: { kind: 'anonymous' } };
    const tokenHash = hashToken(token);
    const known = this.cache?.get(tokenHash);
    if (known) return { viewer: known.viewer, expiresAt: known.expiresAt };
    const keep = this.cache?.beginResolve();
    // Sliding expiry: each use pushes the end of the session, in the same statement.
    const rows: Array<{ user_id: string; person_id: string; expires_at: Date; grants: Grant[] | null }> = await this.dataSource.query(
      `WITH live AS (
         UPDATE session s SET last_seen_at = now(), expires_at = $2
         FROM user_account u
         WHERE s.token_hash = $1 AND s.expires_at > now() AND u.id = s.user_id
           AND NOT u.disabled AND NOT (u.demo AND $3)
         RETURNING s.user_id, u.person_id, s.expires_at)
       SELECT live.*, (SELECT json_agg(json_build_object('role', r.role, 'territoryId', r.territory_id, 'partnerId', r.partner_id))
                       FROM role_assignment r WHERE r.user_id = live.user_id) AS grants
       FROM live`,
      [tokenHash, this.expiry(), this.settings.production],
    );
    const [row] = rows;
    if (!row) return { viewer: { kind: 'anonymous' } };
    const session = {
      viewer: {
        kind: 'user' as const,
        userId: row.user_id,
        personId: row.person_id,
        sessionTokenHash: tokenHash,
        grants: (row.grants ?? []).map((grant) => ({ ...grant, role: grant.role as Role })),
      },
      expiresAt: row.expires_at,
    };
    keep?.(tokenHash, session);
    return session;
  }

  /**
   * The current viewers of open sessions, by token hash, without touching their expiry: a live
   * subscription asks on every event, so a sign-out or a role removed takes effect at once.
   */
  async viewersOfSessions(tokenHashes: readonly string[]): Promise<Map<string, Viewer>> {
    const rows: Array<{ token_hash: string; user_id: string; person_id: string; grants: Grant[] | null }> = await this.dataSource.query(
      `SELECT s.token_hash, s.user_id, u.person_id,
              (SELECT json_agg(json_build_object('role', r.role, 'territoryId', r.territory_id, 'partnerId', r.partner_id))
               FROM role_assignment r WHERE r.user_id = u.id) AS grants
       FROM session s JOIN user_account u ON u.id = s.user_id
       WHERE s.token_hash = ANY($1::text[]) AND s.expires_at > now() AND NOT u.disabled AND NOT (u.demo AND $2)`,
      [tokenHashes, this.settings.production],
    );
    return new Map(
      rows.map((row) => [
        row.token_hash,
        {
          kind: 'user',
          userId: row.user_id,
          personId: row.person_id,
          sessionTokenHash: row.token_hash,
          grants: (row.grants ?? []).map((grant) => ({ ...grant, role: grant.role as Role })),
        },
      ]),
    );
  }

  /** The viewer of an account without a session: a private calendar feed acts as its owner. */
  async viewerOf(userId: string): Promise<Viewer> {
    const [row]: Array<{ person_id: string; grants: Grant[] | null }> = await this.dataSource.query(
      `SELECT u.person_id, (SELECT json_agg(json_build_object('role', r.role, 'territoryId', r.territory_id, 'partnerId', r.partner_id))
                           FROM role_assignment r WHERE r.user_id = u.id) AS grants
       FROM user_account u WHERE u.id = $1 AND NOT u.disabled AND NOT (u.demo AND $2)`,
      [userId, this.settings.production],
    );
    if (!row) return { kind: 'anonymous' };
    const grants = (row.grants ?? []).map((grant) => ({ ...grant, role: grant.role as Role }));
    return { kind: 'user', userId, personId: row.person_id, grants, sessionTokenHash: '' };
  }

  // This process forgets at once; the others when the deletion's notification reaches them.
  async close(tokenHash: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM session WHERE token_hash = $1`, [tokenHash]);
    this.cache?.forgetToken(tokenHash);
  }

  async closeAllOf(userId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM session WHERE user_id = $1`, [userId]);
    this.forgetAccount(userId);
  }

  /** After a committed change to an account's sessions or roles, made by this process. */
  forgetAccount(userId: string): void {
    this.cache?.forgetAccount(userId);
  }
}
