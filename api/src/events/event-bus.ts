import { Repeater } from '@repeaterjs/repeater';
import pg from 'pg';
import type { Logger } from 'pino';
import type { PubSub } from 'type-graphql';
import type { EntityManager } from 'typeorm';

// Live events travel through PostgreSQL LISTEN/NOTIFY, so every API process behind a load
// balancer hears every change. Payloads carry ids only (NOTIFY stops at 8000 bytes, and a
// subscriber must re-read the record under its own permissions anyway).
const channel = 'clsm_events';

export interface HubEvent {
  topic: string;
  id: string;
}

/** The arguments of `pg_notify` for an event, for a statement that also does other work. */
export const notifyArguments = (event: HubEvent): [string, string] => [channel, JSON.stringify(event)];

/** Queues an event in the caller's transaction: PostgreSQL delivers it only if it commits. */
export async function publishEvent(manager: EntityManager, event: HubEvent): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', notifyArguments(event));
}

/** Also type-graphql's PubSub, which its schema builder requires. */
export class EventBus implements PubSub {
  private client: pg.Client | undefined;
  private readonly listeners = new Set<(event: HubEvent) => void>();
  private closing = false;
  private connections = 0;

  constructor(
    private readonly connectionString: string,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    // The server may drop us (restart, shutdown): reconnect unless we are closing.
    client.on('error', (error) => {
      if (this.closing) return;
      this.log.warn({ err: error }, 'event listener connection lost; reconnecting');
      this.client = undefined;
      setTimeout(() => void this.start().catch((e) => this.log.error({ err: e }, 'event listener reconnect failed')), 1000);
    });
    client.on('notification', (message) => {
      if (message.channel !== channel || !message.payload) return;
      const event = JSON.parse(message.payload) as HubEvent;
      for (const listener of this.listeners) listener(event);
    });
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    this.client = client;
    this.connections += 1;
  }

  /**
   * Which listening connection is up (null while none is): events written while it was down
   * are missed, so a change of number tells a consumer to forget what it derived from them.
   */
  get connection(): number | null {
    return this.client ? this.connections : null;
  }

  /** Outside a transaction (type-graphql's PubSub): nobody awaits it, so a failure is logged, not thrown. */
  publish(topic: string, ...args: unknown[]): void {
    const id = String(args[0]);
    this.client
      ?.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify({ topic, id })])
      .catch((error: unknown) => this.log.warn({ err: error, topic }, 'event not published'));
  }

  /** Events of one topic (and one record when `id` is given), until the consumer stops. */
  subscribe(topic: string, id?: string): AsyncIterableIterator<HubEvent> {
    return new Repeater<HubEvent>(async (push, stop) => {
      const listener = (event: HubEvent) => {
        if (event.topic === topic && (id === undefined || event.id === id)) void push(event);
      };
      this.listeners.add(listener);
      await stop;
      this.listeners.delete(listener);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.client?.end().catch(() => undefined);
  }
}
