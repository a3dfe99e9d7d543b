import type { DataSource } from 'typeorm';
import { requireCoordinator } from '../../auth/policy.js';
import type { SignedInViewer, Viewer } from '../../auth/viewer.js';
import { bumpVersion } from '../../db/optimistic-lock.js';
import { NotFoundError, UserInputError } from '../../errors/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { Territory } from '../territories/territory.entity.js';
import { conventionStatusLabels, ConventionStatus, nextStatuses, PartyRole } from './convention.enums.js';
import { Convention, ConventionParty } from './convention.entity.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(value: string | null | undefined, field: string): string | null {
  if (!value) return null;
  if (!isoDate.test(value) || Number.isNaN(Date.parse(value))) throw new UserInputError('Date attendue au format AAAA-MM-JJ.', field);
  return value;
}

/** Conventions and their lifecycle: the coordinator moves them, the rules below hold. */
export class ConventionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
  ) {}

  list(territorySlug: string): Promise<Convention[]> {
    return this.dataSource
      .getRepository(Convention)
      .createQueryBuilder('c')
      .innerJoin(Territory, 't', 't.id = c.territory_id')
      .where('t.slug = :territorySlug', { territorySlug })
      .orderBy('c.signed_on', 'DESC', 'NULLS FIRST')
      .getMany();
  }

  findBySlug(slug: string): Promise<Convention | null> {
    return this.dataSource.getRepository(Convention).findOneBy({ slug: slug.slice(0, 100) });
  }

  /** The convention, editable by this viewer: a coordinator of its territory, and not ended. */
  private async editable(conventionId: string): Promise<{ convention: Convention; user: SignedInViewer }> {
    const convention = await this.dataSource.getRepository(Convention).findOneBy({ id: conventionId });
    if (!convention) throw new NotFoundError('Cette convention n’existe pas.');
    const user = requireCoordinator(this.viewer, convention.territoryId);
    if (convention.status === ConventionStatus.ENDED) throw new UserInputError('Une convention terminée ne peut plus être modifiée.', 'status');
    return { convention, user };
  }

  /**
   * Moves a convention along its lifecycle. A signature needs at least two signatory parties,
   * a date and a place; nothing reaches "in force" without having been signed.
   */
  async changeStatus(
    conventionId: string,
    version: number,
    to: ConventionStatus,
    effectiveOn: string,
    signature: { signedOn?: string | null; signedAt?: string | null } = {},
  ): Promise<Convention> {
    const { convention, user } = await this.editable(conventionId);
    const on = checkDate(effectiveOn, 'effectiveOn');
    if (!on) throw new UserInputError('Indiquez la date de l’étape.', 'effectiveOn');
    if (!nextStatuses[convention.status].includes(to)) {
      throw new UserInputError(
        `Passage impossible de « ${conventionStatusLabels[convention.status]} » à « ${conventionStatusLabels[to]} ».`,
        'status',
      );
    }
    const changes: Partial<Convention> = { status: to };
    if (to === ConventionStatus.SIGNED) {
      const signatories = await this.dataSource.getRepository(ConventionParty).countBy({ conventionId, role: PartyRole.SIGNATORY });
      if (signatories < 2) throw new UserInputError('Une convention se signe entre au moins deux parties signataires.', 'parties');
      changes.signedOn = checkDate(signature.signedOn, 'signedOn') ?? on;
      changes.signedAt = signature.signedAt?.trim() || null;
      if (!changes.signedAt) throw new UserInputError('Indiquez le lieu de la signature.', 'signedAt');
    }
    await this.dataSource.transaction(async (manager) => {
      await bumpVersion(manager, 'convention', convention.id, version);
      await manager.getRepository(Convention).update(convention.id, changes);
      await manager.query(
        `INSERT INTO convention_status_change (convention_id, from_status, to_status, effective_on, changed_by) VALUES ($1, $2, $3, $4, $5)`,
        [convention.id, convention.status, to, on, user.userId],
      );
      await recordAudit(manager, { action: 'convention.status_changed', actorUserId: user.userId, targetType: 'convention', targetId: convention.id, territoryId: convention.territoryId, details: { from: convention.status, to } });
    });
    return this.dataSource.getRepository(Convention).findOneByOrFail({ id: convention.id });
  }

  /** Adds a party with a role, or removes it. */
  async setParty(conventionId: string, version: number, partnerId: string, role: PartyRole, present: boolean): Promise<Convention> {
    const { convention, user } = await this.editable(conventionId);
    await this.dataSource.transaction(async (manager) => {
      await bumpVersion(manager, 'convention', convention.id, version);
      if (present) {
        await manager.query(`INSERT INTO convention_party (convention_id, partner_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [convention.id, partnerId, role]);
      } else {
        await manager.query(`DELETE FROM convention_party WHERE convention_id = $1 AND partner_id = $2 AND role = $3`, [convention.id, partnerId, role]);
      }
      await recordAudit(manager, { action: 'convention.party_changed', actorUserId: user.userId, targetType: 'convention', targetId: convention.id, details: { partnerId, role, present } });
    });
    return this.dataSource.getRepository(Convention).findOneByOrFail({ id: convention.id });
  }
}
