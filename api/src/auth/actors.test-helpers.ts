import type { ExecutionResult } from 'graphql';
import { createClient } from 'graphql-ws';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll } from 'vitest';
import WebSocket from 'ws';
import { demoAccounts, demoPassword } from '../demo/accounts.data.js';
import { useAccountsServer } from '../modules/accounts/account.test-helpers.js';
import { Role } from '../modules/accounts/role.enum.js';
import type { GraphqlResult } from '../test-support/test-server.js';
import type { EventBus } from '../events/event-bus.js';
import { hashPassword } from './password.js';

/** Who the security tests act as: the public, one demo account per role, and an outsider. */
export const actorNames = [
  'anonymous',
  'coordinator',
  'unafamAdmin',
  'gemMember',
  'landlordReferent',
  'careTeam',
  'housingOperator',
  'otherCoordinator',
] as const;

export type ActorName = (typeof actorNames)[number];
export type AccountActor = Exclude<ActorName, 'anonymous'>;

const demoEmail = (role: Role) => demoAccounts.find((account) => account.role === role)!.email;

export const otherTerritorySlug = 'clsm-essai';
export const otherCoordinatorPassword = 'mot-de-passe-essai';

export const actorEmails: Record<AccountActor, string> = {
  coordinator: demoEmail(Role.COORDINATOR),
  unafamAdmin: demoEmail(Role.PARTNER_ADMIN),
  gemMember: demoEmail(Role.MEMBER),
  landlordReferent: demoEmail(Role.LANDLORD_REFERENT),
  careTeam: demoEmail(Role.CARE_TEAM),
  housingOperator: demoEmail(Role.HOUSING_OPERATOR),
  otherCoordinator: 'coordination@clsm-essai.example.org',
};

export const passwordOf = (actor: AccountActor): string => (actor === 'otherCoordinator' ? otherCoordinatorPassword : demoPassword);

/** Who may edit the unafam-moselle entry (and so see `viewerCanEdit` true on it). */
export const unafamEditors: ReadonlySet<ActorName> = new Set(['coordinator', 'unafamAdmin']);
/** Accounts of the clsm-metz territory: they read contact details and history of its entries. */
export const metzAccounts: ReadonlySet<ActorName> = new Set(actorNames.filter((a) => a !== 'anonymous' && a !== 'otherCoordinator'));

export interface AccountRow {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  grants: Array<{ territorySlug: string; role: Role; partnerSlug?: string }>;
}

/** Inserts an account straight into the tables, as an invitation accepted long ago would have. */
export async function insertAccount(dataSource: DataSource, account: AccountRow): Promise<string> {
  const passwordHash = await hashPassword(account.password);
  return dataSource.transaction(async (manager) => {
    const [{ id: personId }] = await manager.query(`INSERT INTO person (first_name, last_name) VALUES ($1, $2) RETURNING id`, [
      account.firstName,
      account.lastName,
    ]);
    const [{ id: userId }] = await manager.query(
      `INSERT INTO user_account (email, password_hash, person_id) VALUES ($1, $2, $3) RETURNING id`,
      [account.email, passwordHash, personId],
    );
    for (const grant of account.grants) {
      await manager.query(
        `INSERT INTO role_assignment (user_id, territory_id, role, partner_id)
         VALUES ($1, (SELECT id FROM territory WHERE slug = $2), $3, (SELECT id FROM partner WHERE slug = $4))`,
        [userId, grant.territorySlug, grant.role, grant.partnerSlug ?? null],
      );
    }
    return userId;
  });
}

/** A second CLSM and its coordinator, who has no role at all in clsm-metz. */
export async function insertOtherTerritoryCoordinator(dataSource: DataSource): Promise<string> {
  await dataSource.query(`INSERT INTO territory (slug, name, short_name) VALUES ($1, 'CLSM d’essai', 'CLSM essai')`, [otherTerritorySlug]);
  return insertAccount(dataSource, {
    email: actorEmails.otherCoordinator,
    password: otherCoordinatorPassword,
    firstName: 'Olivier',
    lastName: 'Ailleurs',
    grants: [{ territorySlug: otherTerritorySlug, role: Role.COORDINATOR }],
  });
}

/**
 * The accounts server (demo data, demo accounts, outbox) plus the other territory's coordinator,
 * a session for every actor, and the event bus listening so that subscriptions hear changes.
 */
export function useActorsServer() {
  const env = useAccountsServer() as ReturnType<typeof useAccountsServer> & {
    cookies: Record<ActorName, string | undefined>;
    /** Runs an operation over HTTP as the actor, with its session. */
    as(actor: ActorName): <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphqlResult<T>>;
    /** A session of its own, for operations that end the one they run in. */
    freshCookie(actor: ActorName): Promise<string | undefined>;
    partnerId(slug: string): Promise<string>;
    userId(actor: AccountActor): Promise<string>;
  };
  beforeAll(async () => {
    await insertOtherTerritoryCoordinator(env.database.dataSource);
    await env.server.deps.events.start();
    env.freshCookie = async (actor) => (actor === 'anonymous' ? undefined : env.server.signIn(actorEmails[actor], passwordOf(actor)));
    env.cookies = {} as Record<ActorName, string | undefined>;
    for (const actor of actorNames) env.cookies[actor] = await env.freshCookie(actor);
    env.as = (actor) => (query, variables) => env.server.graphql(query, variables, env.cookies[actor]);
    env.partnerId = async (slug) => (await env.database.dataSource.query('SELECT id FROM partner WHERE slug = $1', [slug]))[0].id;
    env.userId = async (actor) =>
      (await env.database.dataSource.query('SELECT id FROM user_account WHERE email = $1', [actorEmails[actor]]))[0].id;
  });
  // Registered after useAccountsServer's: vitest runs it first, before the database goes away.
  afterAll(async () => {
    await env.server?.deps.events.close();
  });
  return env;
}

/**
 * More actors for the housing modules (issues #7 and #8), kept out of `actorNames` so that the
 * tests written for the first eight keep their exact expectations: the referent of another
 * landlord (vilogia, which the demo cases never involve), a funder of the scheme (the demo's, of
 * ddcs-moselle) and a CMP correspondent (the demo's, of sector 2). All hold their role in
 * clsm-metz. Use `useHousingActorsServer` to have them signed in too.
 */
export const housingActorNames = ['otherLandlord', 'funder', 'cmpCorrespondent'] as const;
export type HousingActorName = (typeof housingActorNames)[number];
/** Every actor: the first eight, then the housing ones. */
export const allActorNames = [...actorNames, ...housingActorNames] as const;
export type AnyActorName = ActorName | HousingActorName;
export type AnyAccountActor = Exclude<AnyActorName, 'anonymous'>;

export const housingActorEmails: Record<HousingActorName, string> = {
  otherLandlord: 'referent.vilogia@example.org',
  funder: demoAccounts.find((account) => account.role === Role.FUNDER)!.email,
  cmpCorrespondent: demoAccounts.find((account) => account.role === Role.CARE_TEAM && account.partnerSlug?.startsWith('cmp-'))!.email,
};
export const allActorEmails: Record<AnyAccountActor, string> = { ...actorEmails, ...housingActorEmails };
/** Accounts of the clsm-metz territory, the housing actors included. */
export const allMetzAccounts: ReadonlySet<AnyActorName> = new Set<AnyActorName>([...metzAccounts, ...housingActorNames]);

const isHousingActor = (actor: AnyActorName): actor is HousingActorName => (housingActorNames as readonly string[]).includes(actor);

/** The housing actor the demo does not have (demo password), as an invitation accepted long ago would have left it. */
export async function insertHousingActors(dataSource: DataSource): Promise<void> {
  await insertAccount(dataSource, {
    email: housingActorEmails.otherLandlord,
    password: demoPassword,
    firstName: 'Valérie',
    lastName: 'Autrebailleur',
    grants: [{ territorySlug: 'clsm-metz', role: Role.LANDLORD_REFERENT, partnerSlug: 'vilogia' }],
  });
}

type ActorsEnv = ReturnType<typeof useActorsServer>;
export type HousingActorsEnv = Omit<ActorsEnv, 'cookies' | 'as' | 'freshCookie' | 'userId'> & {
  cookies: Record<AnyActorName, string | undefined>;
  as(actor: AnyActorName): <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphqlResult<T>>;
  freshCookie(actor: AnyActorName): Promise<string | undefined>;
  userId(actor: AnyAccountActor): Promise<string>;
};

/** `useActorsServer`, plus the housing actors, signed in like the others. */
export function useHousingActorsServer(): HousingActorsEnv {
  const env = useActorsServer() as unknown as HousingActorsEnv;
  // Registered after useActorsServer's: runs once the first eight are signed in.
  beforeAll(async () => {
    await insertHousingActors(env.database.dataSource);
    const { freshCookie, userId } = env as unknown as ActorsEnv;
    env.freshCookie = (actor) => (isHousingActor(actor) ? env.server.signIn(housingActorEmails[actor], demoPassword) : freshCookie(actor));
    env.userId = async (actor) =>
      isHousingActor(actor)
        ? (await env.database.dataSource.query('SELECT id FROM user_account WHERE email = $1', [housingActorEmails[actor]]))[0].id
        : userId(actor);
    for (const actor of housingActorNames) env.cookies[actor] = await env.freshCookie(actor);
    env.as = (actor) => (query, variables) => env.server.graphql(query, variables, env.cookies[actor]);
  });
  return env;
}

/**
 * How many subscriptions the event bus feeds: one per live subscription whose subscribe step has
 * run. A test that expects a subscriber to hear nothing first waits for it to be counted here,
 * so that its silence cannot come from not listening yet.
 */
export function eventListenerCount(events: EventBus): number {
  return (events as unknown as { listeners: Set<unknown> }).listeners.size;
}

/** Waits until the event bus feeds at least `count` subscriptions. */
export async function untilListening(events: EventBus, count: number, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (eventListenerCount(events) < count) {
    if (Date.now() > deadline) throw new Error(`${eventListenerCount(events)} subscriptions listening, ${count} expected`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export type DenyOrAllow = 'allow' | 'deny';

/**
 * 'deny': refused with UNAUTHENTICATED or FORBIDDEN, and no data for the field; 'allow': no
 * error at all. Anything else is spelt out, so that a broken set-up never passes for either.
 */
export function classify(result: Pick<GraphqlResult, 'data' | 'errors'>, field: string): string {
  const errors = result.errors ?? [];
  const refused = errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED' || e.extensions?.code === 'FORBIDDEN');
  const data = (result.data as Record<string, unknown> | null | undefined)?.[field];
  if (refused) return data === null || data === undefined ? 'deny' : `deny, yet data: ${JSON.stringify(data)}`;
  if (errors.length) return `error: ${errors.map((e) => `${e.extensions?.code} ${e.message}`).join('; ')}`;
  return 'allow';
}

type Message = Pick<GraphqlResult, 'data' | 'errors'>;

/** A graphql-ws client that sends the session cookie with the upgrade request, as a browser does. */
function webSocketWithCookie(cookie: string | undefined) {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  };
}

/** One subscription over WebSocket; its messages queue up until the test takes them. */
export function openSubscription(serverUrl: string, query: string, variables: Record<string, unknown>, cookie: string | undefined) {
  const client = createClient({
    url: `${serverUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: webSocketWithCookie(cookie),
    retryAttempts: 0,
  });
  const queue: Message[] = [];
  let wake: (() => void) | undefined;
  let completed = false;
  const push = (message: Message) => {
    queue.push(message);
    wake?.();
  };
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (result: ExecutionResult) => push(result as Message),
      // An `error` message carries GraphQL errors; anything else is the socket failing.
      error: (error: unknown) =>
        push({
          errors: Array.isArray(error) ? error : [{ message: String((error as Error)?.message ?? error), extensions: { code: 'SOCKET' } }],
        }),
      complete: () => {
        completed = true;
        wake?.();
      },
    },
  );

  return {
    get completed() {
      return completed;
    },
    /**
     * The next message, calling `nudge` every 50 ms while none has come (a subscription is live
     * only once the server has run its subscribe step, which the client is not told of).
     */
    async next(options: { timeoutMs?: number; nudge?: () => unknown } = {}): Promise<Message> {
      const { timeoutMs = 5_000, nudge } = options;
      const deadline = Date.now() + timeoutMs;
      while (!queue.length) {
        if (completed) throw new Error('the subscription completed without a message');
        if (Date.now() > deadline) throw new Error(`no message within ${timeoutMs} ms`);
        nudge?.();
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, nudge ? 50 : Math.max(deadline - Date.now(), 0) + 1);
        });
        clearTimeout(timer);
        wake = undefined;
      }
      return queue.shift()!;
    },
    async close(): Promise<void> {
      unsubscribe();
      await client.dispose();
    },
  };
}
