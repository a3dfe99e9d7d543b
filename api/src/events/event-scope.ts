import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { WorkingGroup } from '../modules/groups/working-group.entity.js';
import { Meeting } from '../modules/meetings/meeting.entity.js';
import type { HubEvent } from './event-bus.js';

// One event reaches every subscriber of its topic as the same object. What every subscriber
// must read for it (is my session still open? the record itself) is read once per event and
// shared, while each subscriber's permission is still decided for its own viewer.
const scopes = new WeakMap<HubEvent, ReturnType<typeof createScope>>();

function createScope(dataSource: DataSource) {
  const rowsById = <T extends { id: string }>(entity: new () => T) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    });
  return {
    liveSessions: new DataLoader<string, boolean>(async (hashes) => {
      const rows: Array<{ token_hash: string }> = await dataSource.query(
        `SELECT token_hash FROM session WHERE token_hash = ANY($1::text[]) AND expires_at > now()`,
        [hashes],
      );
      const live = new Set(rows.map((row) => row.token_hash));
      return hashes.map((hash) => live.has(hash));
    }),
    meetings: rowsById(Meeting),
    groups: rowsById(WorkingGroup),
  };
}

export function eventScope(event: HubEvent, dataSource: DataSource) {
  let scope = scopes.get(event);
  if (!scope) {
    scope = createScope(dataSource);
    scopes.set(event, scope);
  }
  return scope;
}
