import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { ConflictError, NotFoundError } from '../../errors/errors.js';
import { publishEvent } from '../../events/event-bus.js';
import { recordCaseAccess } from './case-audit.js';
import { rolesOnCase } from './case-scope.js';
import { ImlCase, ImlCaseStep } from './iml-case.entity.js';
import type { CasePartyRole, ImlCaseState } from './pathway.js';

// The write path every change of a case takes, inside a `withCaseScope` transaction: lock the
// row (visible only to its parties), check the version read, apply, log.

export const imlCaseChangedTopic = 'imlCaseChanged';

const caseGone = 'Ce dossier n’existe pas ou ne vous est pas accessible.';
const staleCase = 'Ce dossier a été modifié entre-temps par quelqu’un d’autre. Rechargez la page pour voir la version actuelle.';

export interface LockedCase {
  row: ImlCase;
  roles: Set<CasePartyRole>;
}

/** The case, locked for this transaction, if the viewer is one of its parties. */
export async function lockCase(manager: EntityManager, viewer: Viewer, caseId: string, version?: number): Promise<LockedCase> {
  const row = await manager.getRepository(ImlCase).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :caseId', { caseId }).getOne();
  if (!row) throw new NotFoundError(caseGone);
  if (version !== undefined && row.version !== version) throw new ConflictError(staleCase, row.version);
  return { row, roles: rolesOnCase(viewer, row.partyKeys) };
}

/**
 * Recomputes who reads the case: its referring team always, and each assigned party
 * (coordination, operator, landlord) while the person's consent to share with it stands.
 */
export async function refreshPartyKeys(manager: EntityManager, caseId: string): Promise<void> {
  await manager.query(
    `UPDATE iml_case c SET party_keys = ARRAY['CARE_TEAM:' || c.referring_team_id] || ARRAY(
       SELECT p.role || ':' || p.id FROM (VALUES ('COORDINATION', c.territory_id, 1), ('HOUSING_OPERATOR', c.operator_id, 2), ('LANDLORD', c.landlord_id, 3)) AS p(role, id, n)
       WHERE p.id IS NOT NULL AND EXISTS (
         SELECT 1 FROM iml_consent s WHERE s.case_id = c.id AND s.party_role = p.role AND s.party_id = p.id AND s.withdrawn_on IS NULL)
       ORDER BY p.n)
     WHERE c.id = $1`,
    [caseId],
  );
}

export interface CaseChange {
  viewer: Viewer;
  ip: string | null;
  /** Column changes of the case row. */
  set?: Partial<ImlCase>;
  step?: { from: ImlCaseState | null; to: ImlCaseState; on: string; note?: string | null };
  /** What changed, for the audit log: names, never values. */
  what: string;
}

/** Applies a change to a locked case: next version, step, party keys, audit, live event. */
export async function saveCaseChange(manager: EntityManager, locked: LockedCase, change: CaseChange): Promise<void> {
  const { row } = locked;
  await manager.getRepository(ImlCase).update({ id: row.id }, { ...change.set, ...(change.step ? { state: change.step.to } : {}), version: row.version + 1 });
  if (change.step) {
    await manager.getRepository(ImlCaseStep).insert({
      caseId: row.id,
      fromState: change.step.from,
      toState: change.step.to,
      on: change.step.on,
      note: change.step.note ?? null,
      actorUserId: change.viewer.kind === 'user' ? change.viewer.userId : null,
    });
  }
  // Logged before the keys move: a party withdrawing its own access no longer sees the row after.
  await recordCaseAccess(manager, change.viewer, change.ip, [row.id], 'iml_case.change', { what: change.what, ...(change.step ? { to: change.step.to } : {}) });
  await refreshPartyKeys(manager, row.id);
  await publishEvent(manager, { topic: imlCaseChangedTopic, id: row.id });
}
