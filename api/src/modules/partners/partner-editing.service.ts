import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { editablePartners, requireCoordinator, requireEditable, requireHistoryReader, requireSignedIn, withVisibleContactDetails } from '../../auth/policy.js';
import type { SignedInViewer, Viewer } from '../../auth/viewer.js';
import { ConflictError, NotFoundError, UserInputError } from '../../errors/errors.js';
import { uniqueSlug } from '../../db/unique-slug.js';
import { requiredText } from '../../text/input.js';
import { recordAudit } from '../audit/audit.service.js';
import { enqueueGeocoding } from '../../geocoding/geocoding.worker.js';
import { Person } from '../people/person.entity.js';
import { Territory } from '../territories/territory.entity.js';
import type { TerritoryLoaders } from '../territories/territory.loaders.js';
import { Contact } from './contact.entity.js';
import { applyPartnerEdit, lockEditable, readEditState, type EditContent } from './partner-edit.statement.js';
import { describeValue, editableFields, fieldLabel, type EditableField } from './partner-fields.js';
import type { FieldChange } from './partner-history.js';
import { communePlacement } from './partner-placement.js';
import { Partner } from './partner.entity.js';
import { refreshSearchDocuments } from './partner.search-index.js';

export const partnerUpdatedTopic = 'partner.updated';

export type PartnerPatch = Partial<Record<EditableField, unknown>>;

/** A SIRET names one establishment: two entries cannot share it (imports match on it). */
async function requireFreeSiret(manager: EntityManager, siret: string, partnerId: string | null): Promise<void> {
  const [holder] = await manager.query(`SELECT name FROM partner WHERE siret = $1 AND id IS DISTINCT FROM $2`, [siret, partnerId]);
  if (holder) throw new UserInputError(`Ce SIRET est déjà celui de la fiche « ${holder.name} ».`, 'siret');
}

const violatesUniqueSiret = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'partner_siret_key';

export interface ContactInput {
  firstName?: string | null;
  lastName?: string | null;
  function?: string | null;
  email?: string | null;
  phone?: string | null;
}

const conflictMessage =
  'Cette fiche a été modifiée entre-temps par quelqu’un d’autre. Rechargez-la pour voir la version actuelle avant de recommencer.';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const missing = (field: 'name' | 'sector' | 'kind') => new UserInputError(`« ${editableFields[field].label} » est obligatoire.`, field);

/** The given values of a patch (undefined leaves a field as it is), each checked. */
const checkedValues = (patch: PartnerPatch): Array<[EditableField, unknown]> =>
  (Object.entries(patch) as Array<[EditableField, unknown]>).filter(([, value]) => value !== undefined).map(([field, value]) => [field, editableFields[field].check(value)]);

function checkedFields(patch: PartnerPatch): Array<[EditableField, unknown]> {
  const fields = checkedValues(patch);
  const cleared = fields.find(([field, value]) => value === null && (field === 'sector' || field === 'kind'));
  if (cleared) throw missing(cleared[0] as 'sector' | 'kind');
  return fields.filter(([field, value]) => !(field === 'name' && value === null));
}

/** Directory edits: permissions, optimistic locking, change history and audit, each edit in one transaction. */
export class PartnerEditingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly loaders: TerritoryLoaders,
  ) {}

  private async territoryIds(partnerIds: string[]): Promise<Map<string, string[]>> {
    const lists = await this.loaders.territoriesByPartnerId.loadMany(partnerIds);
    return new Map(partnerIds.map((id, i) => [id, (lists[i] as Territory[]).map((t) => t.id)]));
  }

  async canEdit(partnerId: string): Promise<boolean> {
    return editablePartners(this.viewer, await this.territoryIds([partnerId])).has(partnerId);
  }

  async contactDetailsVisible(partnerId: string): Promise<boolean> {
    if (this.viewer.kind !== 'user') return false;
    return withVisibleContactDetails(this.viewer, await this.territoryIds([partnerId])).has(partnerId);
  }

  /** One statement, atomic on its own: no transaction around it. */
  async update(partnerId: string, expectedVersion: number, patch: PartnerPatch): Promise<Partner> {
    const editor = requireSignedIn(this.viewer);
    const manager = this.dataSource.manager;
    let fields: Array<[EditableField, unknown]>;
    try {
      fields = checkedFields(patch);
    } catch (error) {
      // Values are checked before the statement, yet a refused edit (right, version) is still
      // told first, as when they were checked under the lock.
      await this.current(manager, partnerId, expectedVersion);
      throw error;
    }
    if (!fields.length) return this.current(manager, partnerId, expectedVersion);
    try {
      return await this.write(manager, editor, partnerId, expectedVersion, { fields });
    } catch (error) {
      // The unique index checks the SIRET; its holder is looked up only when it refused one.
      const siret = fields.find(([field]) => field === 'siret')?.[1];
      if (siret && violatesUniqueSiret(error)) await requireFreeSiret(manager, siret as string, partnerId);
      throw error;
    }
  }

  /**
   * An edit whose `work` writes elsewhere (contacts) under the entry's lock, then moves the entry
   * to its next version with the changes `work` reports, if any.
   */
  private async underLock(
    partnerId: string,
    expectedVersion: number,
    work: (manager: EntityManager, partner: Partner) => Promise<FieldChange[]>,
  ): Promise<Partner> {
    const editor = requireSignedIn(this.viewer);
    return this.dataSource.transaction(async (manager) => {
      // Without a lock (no right, no entry) `current` says why; should the right have come in
      // meanwhile, the final statement checks everything again.
      const locked = (await lockEditable(manager, partnerId, editor)) ?? (await this.current(manager, partnerId, expectedVersion));
      if (locked.version !== expectedVersion) throw new ConflictError(conflictMessage, locked.version);
      const changes = await work(manager, locked);
      return changes.length ? this.write(manager, editor, partnerId, expectedVersion, { changes }) : locked;
    });
  }

  private async write(manager: EntityManager, editor: SignedInViewer, partnerId: string, expectedVersion: number, content: EditContent): Promise<Partner> {
    const event = { topic: partnerUpdatedTopic, id: partnerId };
    const written = await applyPartnerEdit(manager, { partnerId, expectedVersion, editor, event, content });
    if (!written) return this.current(manager, partnerId, expectedVersion);
    this.loaders.territoriesByPartnerId.clear(partnerId);
    return written;
  }

  /** The entry, when the viewer may edit it at `expectedVersion` (an edit that changed nothing); otherwise the refusal. */
  private async current(manager: EntityManager, partnerId: string, expectedVersion: number): Promise<Partner> {
    const { partner, territories } = await readEditState(manager, partnerId);
    requireEditable(this.viewer, partnerId, territories);
    if (!partner) throw new NotFoundError('Cette structure n’existe pas.');
    if (partner.version !== expectedVersion) throw new ConflictError(conflictMessage, partner.version);
    return partner;
  }

  addContact(partnerId: string, expectedVersion: number, input: ContactInput): Promise<Partner> {
    return this.underLock(partnerId, expectedVersion, async (manager, partner) => {
      const firstName = requiredText(input.firstName, 'Prénom', 100, 'firstName');
      const lastName = requiredText(input.lastName, 'Nom', 100, 'lastName');
      const person = await manager.getRepository(Person).save({ firstName, lastName });
      const contact = {
        function: requiredText(input.function, 'Fonction', 200, 'function'),
        email: editableFields.email.check(input.email ?? null) as string | null,
        phone: editableFields.phone.check(input.phone ?? null) as string | null,
      };
      const [{ position }] = await manager.query(
        `SELECT coalesce(max(position) + 1, 0)::int AS position FROM contact WHERE partner_id = $1`,
        [partner.id],
      );
      const saved = await manager.getRepository(Contact).save({ partnerId: partner.id, personId: person.id, position, ...contact });
      return [{ field: 'contacts', before: null, after: { id: saved.id, name: `${firstName} ${lastName}`, function: contact.function } }];
    });
  }

  updateContact(contactId: string, expectedVersion: number, input: ContactInput): Promise<Partner> {
    return this.withContact(contactId, (partnerId) =>
      this.underLock(partnerId, expectedVersion, async (manager) => {
        const contact = await manager.getRepository(Contact).findOneOrFail({ where: { id: contactId }, relations: { person: true } });
        const next = {
          function: input.function === undefined ? contact.function : requiredText(input.function, 'Fonction', 200, 'function'),
          email: input.email === undefined ? contact.email : (editableFields.email.check(input.email) as string | null),
          phone: input.phone === undefined ? contact.phone : (editableFields.phone.check(input.phone) as string | null),
        };
        const before = { function: contact.function, email: contact.email, phone: contact.phone };
        if (same(before, next)) return [];
        await manager.getRepository(Contact).update(contactId, next);
        const name = `${contact.person!.firstName} ${contact.person!.lastName}`;
        return [{ field: 'contacts', before: { id: contactId, name, ...before }, after: { id: contactId, name, ...next } }];
      }),
    );
  }

  removeContact(contactId: string, expectedVersion: number): Promise<Partner> {
    return this.withContact(contactId, (partnerId) =>
      this.underLock(partnerId, expectedVersion, async (manager) => {
        const contact = await manager.getRepository(Contact).findOneOrFail({ where: { id: contactId }, relations: { person: true } });
        await manager.getRepository(Contact).delete(contactId);
        const name = `${contact.person!.firstName} ${contact.person!.lastName}`;
        return [{ field: 'contacts', before: { id: contactId, name, function: contact.function }, after: null }];
      }),
    );
  }

  private async withContact(contactId: string, work: (partnerId: string) => Promise<Partner>): Promise<Partner> {
    const contact = await this.dataSource.getRepository(Contact).findOneBy({ id: contactId });
    if (!contact) throw new NotFoundError('Ce contact n’existe pas.');
    return work(contact.partnerId);
  }

  async create(territorySlug: string, patch: PartnerPatch): Promise<Partner> {
    const territory = await this.dataSource.getRepository(Territory).findOneBy({ slug: territorySlug });
    if (!territory) throw new NotFoundError('Ce territoire n’existe pas.');
    const user = requireCoordinator(this.viewer, territory.id);
    const values: Record<string, unknown> = Object.fromEntries(checkedValues(patch));
    for (const field of ['name', 'sector', 'kind'] as const) if (!values[field]) throw missing(field);
    Object.assign(values, communePlacement((values.commune as string | null) ?? null));
    return this.dataSource.transaction(async (manager) => {
      if (values.siret) await requireFreeSiret(manager, values.siret as string, null);
      const slug = await uniqueSlug(manager, 'partner', values.name as string, 'structure');
      const partner = await manager.getRepository(Partner).save(manager.getRepository(Partner).create({ ...values, slug } as Partial<Partner>));
      await manager.query(`INSERT INTO partner_territory (partner_id, territory_id) VALUES ($1, $2)`, [partner.id, territory.id]);
      await manager.query(
        `INSERT INTO partner_change (partner_id, changed_by, version, field, before, after) VALUES ($1, $2, $3, 'created', NULL, $4)`,
        [partner.id, user.userId, partner.version, JSON.stringify({ name: partner.name })],
      );
      await refreshSearchDocuments(manager, [partner]);
      if (partner.address) await enqueueGeocoding(manager, partner.id);
      await recordAudit(manager, { action: 'partner.created', actorUserId: user.userId, targetType: 'partner', targetId: partner.id, territoryId: territory.id });
      return partner;
    });
  }

  async history(partnerId: string, first: number): Promise<HistoryEntry[]> {
    const territories = (await this.territoryIds([partnerId])).get(partnerId) ?? [];
    requireHistoryReader(this.viewer, territories);
    const rows: Array<Omit<HistoryEntry, 'fieldLabel' | 'before' | 'after'> & { before: unknown; after: unknown }> = await this.dataSource.query(
      `SELECT c.id, c.changed_at AS "changedAt", c.version, c.field, c.before, c.after,
              CASE WHEN p.id IS NULL THEN NULL ELSE p.first_name || ' ' || p.last_name END AS "authorName"
       FROM partner_change c
       LEFT JOIN user_account u ON u.id = c.changed_by
       LEFT JOIN person p ON p.id = u.person_id
       WHERE c.partner_id = $1
       ORDER BY c.id DESC
       LIMIT $2`,
      [partnerId, Math.min(Math.max(first, 1), 100)],
    );
    return rows.map((row) => ({
      ...row,
      fieldLabel: fieldLabel(row.field),
      before: describeValue(row.field, row.before),
      after: describeValue(row.field, row.after),
    }));
  }
}

export interface HistoryEntry {
  id: string;
  changedAt: Date;
  version: number;
  field: string;
  fieldLabel: string;
  before: string | null;
  after: string | null;
  authorName: string | null;
}
