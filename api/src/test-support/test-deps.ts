import type { DataSource } from 'typeorm';
import { defaultPublicCacheSeconds } from '../config/config.js';
import { EventBus } from '../events/event-bus.js';
import type { AppDeps } from '../graphql/context.js';
import type { Mail, Mailer } from '../mail/mailer.js';
import { testLog } from './test-database.js';

/** Keeps the mails a test made the hub send, so it can follow their links. */
export class MailOutbox implements Mailer {
  readonly sent: Mail[] = [];

  async send(mail: Mail): Promise<void> {
    this.sent.push(mail);
  }

  /** The token of the last link sent to `to` under `path` (e.g. /reinitialisation/). */
  lastToken(to: string, path: string): string | undefined {
    const mail = this.sent.filter((m) => m.to === to).at(-1);
    return mail?.text.match(new RegExp(`${path}([A-Za-z0-9_-]+)`))?.[1];
  }
}

export function testDeps(dataSource: DataSource, options: { mailer?: Mailer; production?: boolean } = {}): AppDeps {
  return {
    dataSource,
    log: testLog,
    mailer: options.mailer ?? new MailOutbox(),
    // Not listening until a test starts it: most tests publish nothing they wait for.
    events: new EventBus(String((dataSource.options as { url?: string }).url), testLog),
    config: {
      production: options.production ?? false,
      origin: 'http://localhost:3000',
      publicCacheSeconds: defaultPublicCacheSeconds,
      auth: {
        secret: 'test-secret',
        sessionTtlHours: 8,
        secureCookies: false,
        maxFailuresPerAccount: 5,
        maxFailuresPerAddress: 20,
        failureWindowMinutes: 15,
      },
    },
  };
}
