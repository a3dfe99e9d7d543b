import type { DataSource, EntityManager } from 'typeorm';
import { editablePartners, requireCoordinator, requireEditable, requireHistoryReader, withVisibleContactDetails } from '../../auth/policy.js';
import type { SignedInViewer, Viewer } from '../../auth/viewer.js';
import { ConflictError, NotFoundError, UserInputError } from '../../errors/errors.js';
import { entityFromJson } from '../../db/entity-from-json.js';
import { uniqueSlug } from '../../db/unique-slug.js';
import { requiredText } from '../../text/input.js';
import { recordAudit } from '../audit/audit.service.js';
import { enqueueGeocoding } from '../../geocoding/geocoding.worker.js';
import { communeCentroid, communeCodeByName } from '../geo/communes.js';
import { Person } from '../people/person.entity.js';
import { Territory } from '../territories/territory.entity.js';
import type { TerritoryLoaders } from '../territories/territory.loaders.js';
import { Contact } from './contact.entity.js';
import { describeValue, editableFields, fieldLabel, type EditableField } from './partner-fields.js';
import { Partner } from './partner.entity.js';
import { refreshSearchDocuments, searchedFields } from './partner.search-index.js';
import { recordPartnerEdit, type FieldChange } from './partner-history.js';

export const partnerUpdatedTopic = 'partner.updated';

export type PartnerPatch = Partial<Record<EditableField, unknown>>;

/** A SIRET names one establishment: two entries cannot share it (imports match on it). */
async function requireFreeSiret(manager: EntityManager, siret: string, partnerId: string | null): Promise<void> {
  const [holder] = await manager.query(`SELECT name FROM partner WHERE siret = $1 AND id IS DISTINCT FROM $2`, [siret, partnerId]);
  if (holder) throw new UserInputError(`Ce SIRET est déjà celui de la fiche « ${holder.name} ».`, 'siret');
}

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

/** Directory edits: permissions, optimistic locking, change history and audit, in one transaction. */
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

  /**
   * Locks the entry, checks the editor's right and the version they edited, applies `work`,
   * then bumps the version (`WHERE version = $n`, row count checked) and records the history.
   */
  private async edit(
    partnerId: string,
    expectedVersion: number,
    work: (manager: EntityManager, partner: Partner, user: SignedInViewer) => Promise<{ changes: FieldChange[]; columns?: Partial<Partner> }>,
  ): Promise<Partner> {
    // The right to edit is checked before the row lock, so that nobody without it can make an
    // editor wait; territories of an entry do not change during an edit.
    const territories = (await this.territoryIds([partnerId])).get(partnerId) ?? [];
    const user = requireEditable(this.viewer, partnerId, territories);
    const { partner, changes } = await this.dataSource.transaction(async (manager) => {
      const locked = await manager
        .getRepository(Partner)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :partnerId', { partnerId })
        .getOne();
      if (!locked) throw new NotFoundError('Cette structure n’existe pas.');
      if (locked.version !== expectedVersion) throw new ConflictError(conflictMessage, locked.version);

      const { changes, columns = {} } = await work(manager, locked, user);
      if (!changes.length) return { partner: locked, changes };
      const result = await manager
        .createQueryBuilder()
        .update(Partner)
        .set({ ...columns, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :partnerId AND version = :expectedVersion', { partnerId, expectedVersion })
        .returning('*')
        .execute();
      if (result.affected !== 1) throw new ConflictError(conflictMessage);
      const updated = entityFromJson(manager.connection, Partner, (result.raw as Array<Record<string, unknown>>)[0]);
      if (changes.some((change) => searchedFields.has(change.field))) await refreshSearchDocuments(manager, [updated]);
      await recordPartnerEdit(manager, {
        partnerId,
        userId: user.userId,
        version: updated.version,
        changes,
        event: { topic: partnerUpdatedTopic, id: partnerId },
        audit: {
          action: 'partner.updated',
          actorUserId: user.userId,
          targetType: 'partner',
          targetId: partnerId,
          territoryId: territories[0] ?? null,
          details: { fields: changes.map((c) => c.field), version: updated.version },
        },
      });
      return { partner: updated, changes };
    });
    if (changes.length) this.loaders.territoriesByPartnerId.clear(partnerId);
    return partner;
  }

  update(partnerId: string, expectedVersion: number, patch: PartnerPatch): Promise<Partner> {
    return this.edit(partnerId, expectedVersion, async (manager, current) => {
      const columns: Record<string, unknown> = {};
      const changes: FieldChange[] = [];
      for (const [field, value] of Object.entries(patch) as Array<[EditableField, unknown]>) {
        if (value === undefined) continue;
        const next = editableFields[field].check(value);
        if (next === null && (field === 'sector' || field === 'kind')) throw new UserInputError(`« ${editableFields[field].label} » est obligatoire.`, field);
        if (field === 'name' && next === null) continue;
        if (same(current[field], next)) continue;
        columns[field] = next;
        changes.push({ field, before: current[field] ?? null, after: next });
      }
      if (columns.siret) await requireFreeSiret(manager, columns.siret as string, current.id);
      if ('commune' in columns) Object.assign(columns, placeInCommune(columns.commune as string | null, current));
      // A new address is geocoded in the background (same transaction: no edit is ever lost).
      if (['address', 'postalCode', 'commune'].some((field) => field in columns)) await enqueueGeocoding(manager, current.id);
      return { changes, columns };
    });
  }

  addContact(partnerId: string, expectedVersion: number, input: ContactInput): Promise<Partner> {
    return this.edit(partnerId, expectedVersion, async (manager, partner) => {
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
      return { changes: [{ field: 'contacts', before: null, after: { id: saved.id, name: `${firstName} ${lastName}`, function: contact.function } }] };
    });
  }

  updateContact(contactId: string, expectedVersion: number, input: ContactInput): Promise<Partner> {
    return this.withContact(contactId, (partnerId) =>
      this.edit(partnerId, expectedVersion, async (manager) => {
        const contact = await manager.getRepository(Contact).findOneOrFail({ where: { id: contactId }, relations: { person: true } });
        const next = {
          function: input.function === undefined ? contact.function : requiredText(input.function, 'Fonction', 200, 'function'),
          email: input.email === undefined ? contact.email : (editableFields.email.check(input.email) as string | null),
          phone: input.phone === undefined ? contact.phone : (editableFields.phone.check(input.phone) as string | null),
        };
        const before = { function: contact.function, email: contact.email, phone: contact.phone };
        if (same(before, next)) return { changes: [] };
        await manager.getRepository(Contact).update(contactId, next);
        const name = `${contact.person!.firstName} ${contact.person!.lastName}`;
        return { changes: [{ field: 'contacts', before: { id: contactId, name, ...before }, after: { id: contactId, name, ...next } }] };
      }),
    );
  }

  removeContact(contactId: string, expectedVersion: number): Promise<Partner> {
    return this.withContact(contactId, (partnerId) =>
      this.edit(partnerId, expectedVersion, async (manager) => {
        const contact = await manager.getRepository(Contact).findOneOrFail({ where: { id: contactId }, relations: { person: true } });
        await manager.getRepository(Contact).delete(contactId);
        const name = `${contact.person!.firstName} ${contact.person!.lastName}`;
        return { changes: [{ field: 'contacts', before: { id: contactId, name, function: contact.function }, after: null }] };
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
    const values: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(patch) as Array<[EditableField, unknown]>) {
      if (value !== undefined) values[field] = editableFields[field].check(value);
    }
    if (!values.name) throw new UserInputError('« Nom » est obligatoire.', 'name');
    for (const field of ['sector', 'kind'] as const) if (!values[field]) throw new UserInputError(`« ${editableFields[field].label} » est obligatoire.`, field);
    Object.assign(values, placeInCommune((values.commune as string | null) ?? null, null));
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

// A commune of Metz Métropole places an entry without an address at its centroid.
function placeInCommune(commune: string | null, current: Partner | null): Partial<Partner> {
  const communeCode = commune ? communeCodeByName(commune) : null;
  const centroid = communeCode ? communeCentroid(communeCode) : null;
  // Coordinates entered by hand stay; an address waits for the geocoder (it falls back to the centroid).
  const keepCoordinates = Boolean(current?.address) || current?.coordinatesSource === 'MANUAL';
  return {
    communeCode,
    ...(keepCoordinates && current
      ? {}
      : { latitude: centroid?.latitude ?? null, longitude: centroid?.longitude ?? null, coordinatesSource: centroid ? 'COMMUNE' : null }),
  };
}
