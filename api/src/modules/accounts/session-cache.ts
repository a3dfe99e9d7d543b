import type { SignedInViewer } from '../../auth/viewer.js';
import type { EventBus } from '../../events/event-bus.js';

/**
 * Notified by PostgreSQL (migration SessionRevocation) when what a session opens may have
 * shrunk: a session ended or shortened, an account changed, a role given or taken. The id is
 * the account's, or `*` for many at once.
 */
export const accountsChangedTopic = 'accounts.changed';

/**
 * How long a known session is trusted before the database is asked again. That asking is also
 * what slides the session's expiry, so the expiry moves by steps of this length at most.
 */
export const sessionRecheckMs = 60_000;

const maxEntries = 10_000;

export interface KnownSession {
  viewer: SignedInViewer;
  expiresAt: Date;
  checkedAt: number;
}

/**
 * The sessions this process has resolved recently, so that a signed-in request does not cost a
 * statement before its own. Whatever revokes a session (sign-out, an expiry cut short, an
 * account disabled, a role removed), whoever writes it, reaches every process by notification
 * and drops the account's entries; a resolution that ran across such a drop is not kept.
 * Without the listening connection nothing is trusted, as notifications could be missed.
 */
export class SessionCache {
  private readonly known = new Map<string, KnownSession>();
  private generation = 0;
  private connection: number | null = null;

  constructor(private readonly events: EventBus) {
    void (async () => {
      for await (const event of events.subscribe(accountsChangedTopic)) this.forgetAccount(event.id);
    })();
  }

  /** The session of a token hash as last resolved, while still to be trusted. */
  get(tokenHash: string): KnownSession | null {
    if (!this.listening()) return null;
    const entry = this.known.get(tokenHash);
    if (!entry) return null;
    if (Date.now() - entry.checkedAt >= sessionRecheckMs || entry.expiresAt.getTime() <= Date.now()) {
      this.known.delete(tokenHash);
      return null;
    }
    return entry;
  }

  /**
   * Call before asking the database; the function it returns keeps the answer, unless a
   * revocation arrived in between (the answer may predate it).
   */
  beginResolve(): (tokenHash: string, session: Omit<KnownSession, 'checkedAt'>) => void {
    const generation = this.generation;
    const checkedAt = Date.now();
    return (tokenHash, session) => {
      if (generation !== this.generation || !this.listening()) return;
      this.known.delete(tokenHash);
      this.known.set(tokenHash, { ...session, checkedAt });
      if (this.known.size > maxEntries) this.known.delete(this.known.keys().next().value!);
    };
  }

  forgetToken(tokenHash: string): void {
    this.generation += 1;
    this.known.delete(tokenHash);
  }

  forgetAccount(userId: string): void {
    this.generation += 1;
    if (userId === '*') return this.known.clear();
    for (const [tokenHash, entry] of this.known) if (entry.viewer.userId === userId) this.known.delete(tokenHash);
  }

  private listening(): boolean {
    const connection = this.events.connection;
    if (connection !== this.connection) {
      this.forgetAccount('*');
      this.connection = connection;
    }
    return connection !== null;
  }
}

// One per event bus: every session service of a process shares what its notifications clear.
const caches = new WeakMap<EventBus, SessionCache>();

export function sessionCacheOf(events: EventBus): SessionCache {
  let cache = caches.get(events);
  if (!cache) caches.set(events, (cache = new SessionCache(events)));
  return cache;
}
