import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { WorkingGroup } from '../modules/groups/working-group.entity.js';
import { Meeting } from '../modules/meetings/meeting.entity.js';
import { anonymous, type Viewer } from '../auth/viewer.js';
import { requireSignedIn } from '../auth/policy.js';
import { NotFoundError, UnauthenticatedError } from '../errors/errors.js';
import type { Context } from '../graphql/context.js';
import type { SessionService } from '../modules/accounts/session.service.js';
import type { HubEvent } from './event-bus.js';

// One event reaches every subscriber of its topic as the same object. What every subscriber
// must read for it (is my session still open? the record itself) is read once per event and
// shared, while each subscriber's permission is still decided for its own viewer.
const scopes = new WeakMap<HubEvent, ReturnType<typeof createScope>>();

function createScope(dataSource: DataSource, sessions: SessionService) {
  const rowsById = <T extends { id: string }>(entity: new () => T) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    });
  return {
    viewers: new DataLoader<string, Viewer>(async (hashes) => {
      const viewers = await sessions.viewersOfSessions(hashes);
      return hashes.map((hash) => viewers.get(hash) ?? anonymous);
    }),
    meetings: rowsById(Meeting),
    groups: rowsById(WorkingGroup),
  };
}

function eventScope(event: HubEvent, dataSource: DataSource, sessions: SessionService) {
  let scope = scopes.get(event);
  if (!scope) {
    scope = createScope(dataSource, sessions);
    scopes.set(event, scope);
  }
  return scope;
}

/**
 * Brings a subscription's context up to date for one event: the session must still be open,
 * and the account's roles are read again, so that permissions follow the event, not the
 * connection. Returns what the event's subscribers share.
 */
export async function renewForEvent(ctx: Context, event: HubEvent) {
  const scope = eventScope(event, ctx.dataSource, ctx.services.sessions);
  const viewer = ctx.viewer.kind === 'user' ? await scope.viewers.load(ctx.viewer.sessionTokenHash) : anonymous;
  if (viewer.kind !== 'user') throw new UnauthenticatedError('Votre session a pris fin.');
  Object.assign(ctx, ctx.renew(viewer));
  return scope;
}

/**
 * The subscribe step of a live subscription: a session is required, and the record must be
 * visible to it now; then the events of that record on `topic`.
 */
export function subscribeToVisible(
  topic: string,
  find: (context: Context, args: Record<string, unknown>) => Promise<{ id: string } | null>,
  notFound: string,
) {
  return async ({ args, context }: { args: Record<string, unknown>; context: Context }): Promise<AsyncIterable<HubEvent>> => {
    requireSignedIn(context.viewer);
    const record = await find(context, args);
    if (!record) throw new NotFoundError(notFound);
    return context.events.subscribe(topic, record.id);
  };
}
