import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { Role } from '../accounts/role.enum.js';
import { CasePartyRole } from './pathway.js';

// The keys a viewer may read cases under, `ROLE:id`: the territory for the coordination, the
// partner organisation for the others. The same spelling fills `iml_case.party_keys`, and
// row-level security compares the two.

const partyRoleOfGrant: Partial<Record<Role, CasePartyRole>> = {
  [Role.COORDINATOR]: CasePartyRole.COORDINATION,
  [Role.CARE_TEAM]: CasePartyRole.CARE_TEAM,
  [Role.HOUSING_OPERATOR]: CasePartyRole.HOUSING_OPERATOR,
  [Role.LANDLORD_REFERENT]: CasePartyRole.LANDLORD,
};

export const partyKey = (role: CasePartyRole, id: string): string => `${role}:${id}`;

export interface ScopeEntry {
  role: CasePartyRole;
  /** The partner organisation, or the territory for the coordination. */
  partyId: string;
  territoryId: string;
}

export function scopeOf(viewer: Viewer): ScopeEntry[] {
  if (viewer.kind !== 'user') return [];
  return viewer.grants.flatMap((grant) => {
    const role = partyRoleOfGrant[grant.role];
    if (!role) return [];
    const partyId = role === CasePartyRole.COORDINATION ? grant.territoryId : grant.partnerId;
    return partyId ? [{ role, partyId, territoryId: grant.territoryId }] : [];
  });
}

export const scopeKeys = (viewer: Viewer): string[] => scopeOf(viewer).map((entry) => partyKey(entry.role, entry.partyId));

/**
 * Keys of commission membership (tenant support): `MEMBER:id` of every organisation the viewer
 * acts for, whatever the role, and the coordination's key.
 */
export function memberKeys(viewer: Viewer): string[] {
  if (viewer.kind !== 'user') return [];
  return viewer.grants.map((grant) => (grant.role === Role.COORDINATOR ? partyKey(CasePartyRole.COORDINATION, grant.territoryId) : grant.partnerId ? `MEMBER:${grant.partnerId}` : null)).filter((key): key is string => key !== null);
}

/** The viewer's roles on a case: its scope's keys that the case shares. */
export function rolesOnCase(viewer: Viewer, casePartyKeys: readonly string[]): Set<CasePartyRole> {
  const shared = new Set(casePartyKeys);
  return new Set(scopeOf(viewer).filter((entry) => shared.has(partyKey(entry.role, entry.partyId))).map((entry) => entry.role));
}

/**
 * Runs `work` in a transaction whose scope is the viewer's: PostgreSQL then shows and lets
 * change only the rows (IML cases, tenant-support requests, commission files) the viewer is a
 * party or a member of, whatever `work` asks for.
 */
export function withCaseScope<T>(dataSource: DataSource, viewer: Viewer, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (manager) => {
    const keys = new Set([...scopeKeys(viewer), ...memberKeys(viewer)]);
    await manager.query(`SELECT set_config('clsm.housing_scope', $1, true)`, [[...keys].join(',')]);
    return work(manager);
  });
}

/**
 * `withCaseScope` for the parts of cases that are not read ahead with them (a board, a change's
 * answer, the consents of a page): the reads asked for in one tick (identity, clinical part,
 * steps… each a DataLoader batch) share one scoped transaction, one after the other on its
 * connection, instead of opening one each. A failure aborts the transaction, so
 * every read of that round fails with it.
 */
export function caseScopeRounds(dataSource: DataSource, viewer: Viewer) {
  type Read = { work: (manager: EntityManager) => Promise<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };
  let round: Read[] | null = null;
  const flush = async (reads: Read[]) => {
    const results: unknown[] = [];
    try {
      await withCaseScope(dataSource, viewer, async (manager) => {
        for (const read of reads) results.push(await read.work(manager));
      });
    } catch (error) {
      for (const read of reads) read.reject(error);
      return;
    }
    reads.forEach((read, index) => read.resolve(results[index]));
  };
  return function inRound<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (!round) {
        const reads: Read[] = (round = []);
        // DataLoader dispatches its batches on process.nextTick: by setImmediate, the tick's are all in.
        setImmediate(() => {
          round = null;
          void flush(reads);
        });
      }
      round.push({ work, resolve: resolve as (value: unknown) => void, reject });
    });
  };
}
