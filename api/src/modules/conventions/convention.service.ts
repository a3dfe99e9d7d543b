import type { DataSource, EntityManager } from 'typeorm';
import { canReadConventionDocuments, isCoordinatorOf, requireCoordinator } from '../../auth/policy.js';
import type { SignedInViewer, Viewer } from '../../auth/viewer.js';
import { bumpVersion } from '../../db/optimistic-lock.js';
import { uniqueSlug } from '../../db/unique-slug.js';
import { NotFoundError, UserInputError } from '../../errors/errors.js';
import { publishEvent } from '../../events/event-bus.js';
import { optionalDay, optionalText, requiredText } from '../../text/input.js';
import { recordAudit } from '../audit/audit.service.js';
import { Partner } from '../partners/partner.entity.js';
import { Territory } from '../territories/territory.entity.js';
import { checkDocument, type DocumentUpload } from '../../documents/document-rules.js';
import { conventionStatusLabels, ConventionStatus, nextStatuses, PartyRole } from './convention.enums.js';
import { Convention, ConventionDocument, ConventionParty } from './convention.entity.js';
import { ConventionAlert, ConventionAlertKind, type ConventionInput } from './convention.types.js';
import { isUuid } from '../../text/ids.js';
import { addDays, addMonths, daysBetween, frenchDay } from '../calendar/calendar-days.js';
import { todayInParis } from '../calendar/paris-time.js';

export const conventionChangedTopic = 'convention.changed';

/** How far ahead the coordinator is warned of an evaluation or a renewal. */
export const alertHorizonDays = 60;
export const maxObjectives = 30;
const maxDurationMonths = 600;

/** Today in Metz (the dates of conventions are local dates). */

interface ConventionFields {
  title: string;
  summary: string | null;
  objectives: string[];
  durationMonths: number | null;
  evaluationDue: string | null;
  renewalDue: string | null;
}

/** The fields of a convention, checked; dates that follow the signature cannot precede it. */
function checkFields(input: ConventionInput, signedOn: string | null): ConventionFields {
  const title = requiredText(input.title, 'Titre', 200, 'title');
  const summary = optionalText(input.summary, 'Résumé', 4000, 'summary');
  const objectives = input.objectives ?? [];
  if (objectives.length > maxObjectives) throw new UserInputError(`Une convention compte au plus ${maxObjectives} objectifs.`, 'objectives');
  const texts = objectives.map((text, index) => requiredText(text, `Objectif ${index + 1}`, 2000, 'objectives'));
  const duration = input.durationMonths ?? null;
  if (duration !== null) {
    if (!Number.isInteger(duration) || duration < 1) throw new UserInputError('La durée doit être un nombre entier de mois, au moins 1.', 'durationMonths');
    if (duration > maxDurationMonths) throw new UserInputError(`La durée ne peut pas dépasser ${maxDurationMonths} mois.`, 'durationMonths');
  }
  const evaluationDue = optionalDay(input.evaluationDue, 'Évaluation prévue', 'evaluationDue');
  let renewalDue = optionalDay(input.renewalDue, 'Renouvellement prévu', 'renewalDue');
  if (signedOn && evaluationDue && evaluationDue < signedOn) throw new UserInputError('L’évaluation ne peut pas précéder la signature.', 'evaluationDue');
  if (signedOn && renewalDue && renewalDue < signedOn) throw new UserInputError('Le renouvellement ne peut pas précéder la signature.', 'renewalDue');
  if (!renewalDue && signedOn && duration) renewalDue = addMonths(signedOn, duration);
  return { title, summary, objectives: texts, durationMonths: duration, evaluationDue, renewalDue };
}

/** Conventions and their lifecycle: the coordinator moves them, the rules below hold. */
export class ConventionService {
  private readonly today: () => string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    options: { today?: () => string } = {},
  ) {
    this.today = options.today ?? todayInParis;
  }

  list(territorySlug: string): Promise<Convention[]> {
    return this.dataSource
      .getRepository(Convention)
      .createQueryBuilder('c')
      .innerJoin(Territory, 't', 't.id = c.territory_id')
      .where('t.slug = :territorySlug', { territorySlug })
      .orderBy('c.signed_on', 'DESC', 'NULLS FIRST')
      .addOrderBy('c.created_at', 'DESC')
      .getMany();
  }

  findBySlug(slug: string): Promise<Convention | null> {
    return this.dataSource.getRepository(Convention).findOneBy({ slug: slug.slice(0, 100) });
  }

  async findById(id: string): Promise<Convention | null> {
    return isUuid(id) ? this.dataSource.getRepository(Convention).findOneBy({ id }) : null;
  }

  /** The convention, editable by this viewer: a coordinator of its territory, and not ended. */
  private async editable(conventionId: string): Promise<{ convention: Convention; user: SignedInViewer }> {
    const convention = await this.findById(conventionId);
    if (!convention) throw new NotFoundError('Cette convention n’existe pas.');
    const user = requireCoordinator(this.viewer, convention.territoryId);
    if (convention.status === ConventionStatus.ENDED) throw new UserInputError('Une convention terminée ne peut plus être modifiée.', 'status');
    return { convention, user };
  }

  /** What every change of a convention does besides itself: the audit line and the live event. */
  private async changed(manager: EntityManager, convention: Convention, user: SignedInViewer, action: string, details: Record<string, unknown> = {}) {
    await recordAudit(manager, { action, actorUserId: user.userId, targetType: 'convention', targetId: convention.id, territoryId: convention.territoryId, details });
    await publishEvent(manager, { topic: conventionChangedTopic, id: convention.id });
  }

  private async writeObjectives(manager: EntityManager, conventionId: string, objectives: string[]): Promise<void> {
    await manager.query(`DELETE FROM convention_objective WHERE convention_id = $1`, [conventionId]);
    if (!objectives.length) return;
    await manager.query(
      `INSERT INTO convention_objective (convention_id, position, text) SELECT $1, o.position, o.text FROM unnest($2::text[]) WITH ORDINALITY AS o(text, position)`,
      [conventionId, objectives],
    );
  }

  /**
   * A new convention, as a draft. The first step of its lifecycle is dated today, or earlier
   * when the coordinator records a convention prepared before the hub existed.
   */
  async create(territorySlug: string, input: ConventionInput, draftedOn: string | null = null): Promise<Convention> {
    const territory = await this.dataSource.getRepository(Territory).findOneBy({ slug: territorySlug.slice(0, 100) });
    if (!territory) throw new NotFoundError('Ce territoire n’existe pas.');
    const user = requireCoordinator(this.viewer, territory.id);
    const fields = checkFields(input, null);
    const draftDay = optionalDay(draftedOn, 'Date de rédaction', 'draftedOn') ?? this.today();
    if (draftDay > this.today()) throw new UserInputError('La date du projet ne peut pas être dans le futur.', 'draftedOn');
    const id = await this.dataSource.transaction(async (manager) => {
      const slug = await uniqueSlug(manager, 'convention', fields.title, 'convention');
      const [row]: Array<Convention> = await manager.query(
        `INSERT INTO convention (territory_id, slug, title, summary, status, duration_months, evaluation_due, renewal_due)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, territory_id AS "territoryId"`,
        [territory.id, slug, fields.title, fields.summary, ConventionStatus.DRAFT, fields.durationMonths, fields.evaluationDue, fields.renewalDue],
      );
      await this.writeObjectives(manager, row.id, fields.objectives);
      await manager.query(
        `INSERT INTO convention_status_change (convention_id, from_status, to_status, effective_on, changed_by) VALUES ($1, NULL, $2, $3, $4)`,
        [row.id, ConventionStatus.DRAFT, draftDay, user.userId],
      );
      await this.changed(manager, row, user, 'convention.created');
      return row.id;
    });
    return this.dataSource.getRepository(Convention).findOneByOrFail({ id });
  }

  /** Replaces the fields and the objectives (in the order given) of a convention still alive. */
  async update(conventionId: string, version: number, input: ConventionInput): Promise<Convention> {
    const { convention, user } = await this.editable(conventionId);
    const fields = checkFields(input, convention.signedOn);
    await this.dataSource.transaction(async (manager) => {
      await bumpVersion(manager, 'convention', convention.id, version);
      const { objectives, ...columns } = fields;
      await manager.getRepository(Convention).update(convention.id, columns);
      await this.writeObjectives(manager, convention.id, objectives);
      await this.changed(manager, convention, user, 'convention.updated');
    });
    return this.dataSource.getRepository(Convention).findOneByOrFail({ id: convention.id });
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
    const on = optionalDay(effectiveOn, 'Date de l’étape', 'effectiveOn');
    if (!on) throw new UserInputError('Indiquez la date de l’étape.', 'effectiveOn');
    if (!nextStatuses[convention.status].includes(to)) {
      throw new UserInputError(
        `Passage impossible de « ${conventionStatusLabels[convention.status]} » à « ${conventionStatusLabels[to]} ».`,
        'status',
      );
    }
    // The lifecycle reads in order: a step cannot be dated before the one it follows.
    const [{ last }] = await this.dataSource.query(`SELECT max(effective_on)::text AS last FROM convention_status_change WHERE convention_id = $1`, [convention.id]);
    if (last && on < last) {
      throw new UserInputError(`La date de l’étape ne peut pas précéder celle de l’étape précédente (${frenchDay(last)}).`, 'effectiveOn');
    }
    const changes: Partial<Convention> = { status: to };
    if (to === ConventionStatus.SIGNED) {
      const signatories = await this.dataSource.getRepository(ConventionParty).countBy({ conventionId, role: PartyRole.SIGNATORY });
      if (signatories < 2) throw new UserInputError('Une convention se signe entre au moins deux parties signataires.', 'parties');
      changes.signedOn = optionalDay(signature.signedOn, 'Date de signature', 'signedOn') ?? on;
      changes.signedAt = signature.signedAt?.trim().slice(0, 300) || null;
      if (!changes.signedAt) throw new UserInputError('Indiquez le lieu de la signature.', 'signedAt');
      // A known duration and no renewal date yet: the renewal falls due when the duration ends.
      if (convention.durationMonths && !convention.renewalDue) changes.renewalDue = addMonths(changes.signedOn, convention.durationMonths);
    }
    await this.dataSource.transaction(async (manager) => {
      await bumpVersion(manager, 'convention', convention.id, version);
      await manager.getRepository(Convention).update(convention.id, changes);
      await manager.query(
        `INSERT INTO convention_status_change (convention_id, from_status, to_status, effective_on, changed_by) VALUES ($1, $2, $3, $4, $5)`,
        [convention.id, convention.status, to, on, user.userId],
      );
      await this.changed(manager, convention, user, 'convention.status_changed', { from: convention.status, to });
    });
    return this.dataSource.getRepository(Convention).findOneByOrFail({ id: convention.id });
  }

  /** Adds a party with a role, or removes it. */
  async setParty(conventionId: string, version: number, partnerId: string, role: PartyRole, present: boolean): Promise<Convention> {
    const { convention, user } = await this.editable(conventionId);
    if (!isUuid(partnerId) || !(await this.dataSource.getRepository(Partner).existsBy({ id: partnerId }))) {
      throw new NotFoundError('Cette structure n’existe pas.');
    }
    await this.dataSource.transaction(async (manager) => {
      await bumpVersion(manager, 'convention', convention.id, version);
      if (present) {
        await manager.query(`INSERT INTO convention_party (convention_id, partner_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [convention.id, partnerId, role]);
      } else {
        await manager.query(`DELETE FROM convention_party WHERE convention_id = $1 AND partner_id = $2 AND role = $3`, [convention.id, partnerId, role]);
      }
      await this.changed(manager, convention, user, 'convention.party_changed', { partnerId, role, present });
    });
    return this.dataSource.getRepository(Convention).findOneByOrFail({ id: convention.id });
  }

  /** Whether the viewer may see a convention's documents: accounts of its territory. */
  canReadDocuments(convention: Pick<Convention, 'territoryId'>): boolean {
    return canReadConventionDocuments(this.viewer, convention);
  }

  /** Attaches a file (coordination): checked against the allow-list and its own first bytes. */
  async addDocument(conventionId: string, upload: DocumentUpload): Promise<ConventionDocument> {
    const { convention, user } = await this.editable(conventionId);
    const file = checkDocument(upload);
    const id = await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE convention SET version = version + 1, updated_at = now() WHERE id = $1`, [convention.id]);
      const [row] = await manager.query(
        `INSERT INTO convention_document (convention_id, title, file_name, media_type, byte_size, content, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [convention.id, file.title, file.fileName, file.mediaType, file.content.length, file.content, user.userId],
      );
      await this.changed(manager, convention, user, 'convention.document_added', { documentId: row.id, fileName: file.fileName, byteSize: file.content.length });
      return row.id as string;
    });
    return this.dataSource.getRepository(ConventionDocument).findOneByOrFail({ id });
  }

  /** Removes an attached file (coordination, convention not ended). */
  async removeDocument(documentId: string): Promise<Convention> {
    const document = isUuid(documentId) ? await this.dataSource.getRepository(ConventionDocument).findOneBy({ id: documentId }) : null;
    if (!document) throw new NotFoundError('Ce document n’existe pas.');
    const { convention, user } = await this.editable(document.conventionId);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE convention SET version = version + 1, updated_at = now() WHERE id = $1`, [convention.id]);
      await manager.query(`DELETE FROM convention_document WHERE id = $1`, [document.id]);
      await this.changed(manager, convention, user, 'convention.document_removed', { documentId: document.id, fileName: document.fileName });
    });
    return this.dataSource.getRepository(Convention).findOneByOrFail({ id: convention.id });
  }

  /** A document with its content, for an account of its convention's territory; null otherwise. */
  async documentForDownload(documentId: string): Promise<ConventionDocument | null> {
    if (!isUuid(documentId) || this.viewer.kind !== 'user') return null;
    const document = await this.dataSource
      .getRepository(ConventionDocument)
      .createQueryBuilder('d')
      .addSelect('d.content')
      .innerJoinAndSelect('d.convention', 'c')
      .where('d.id = :documentId', { documentId })
      .getOne();
    if (!document?.convention || !this.canReadDocuments(document.convention)) return null;
    // Who read an agreement's files is part of its record, as who changed them is.
    await recordAudit(this.dataSource.manager, {
      action: 'convention.document_downloaded',
      actorUserId: this.viewer.userId,
      targetType: 'convention',
      targetId: document.conventionId,
      territoryId: document.convention.territoryId,
      details: { documentId: document.id },
    });
    return document;
  }

  /**
   * The evaluations and renewals of the territory's living conventions that fall due within
   * the horizon or are past, soonest (most overdue) first. For its coordinator.
   */
  async alerts(territorySlug: string): Promise<ConventionAlert[]> {
    const territory = await this.dataSource.getRepository(Territory).findOneBy({ slug: territorySlug.slice(0, 100) });
    if (!territory) throw new NotFoundError('Ce territoire n’existe pas.');
    requireCoordinator(this.viewer, territory.id);
    const today = this.today();
    const horizon = addDays(today, alertHorizonDays);
    const conventions = await this.dataSource
      .getRepository(Convention)
      .createQueryBuilder('c')
      .where('c.territory_id = :territoryId', { territoryId: territory.id })
      .andWhere('c.status <> :ended', { ended: ConventionStatus.ENDED })
      .andWhere('(c.evaluation_due <= :horizon OR c.renewal_due <= :horizon)', { horizon })
      .getMany();
    const alerts: ConventionAlert[] = [];
    for (const convention of conventions) {
      const dues: Array<[ConventionAlertKind, string | null]> = [
        [ConventionAlertKind.EVALUATION, convention.evaluationDue],
        [ConventionAlertKind.RENEWAL, convention.renewalDue],
      ];
      for (const [kind, dueOn] of dues) {
        if (dueOn && dueOn <= horizon) alerts.push(Object.assign(new ConventionAlert(), { convention, kind, dueOn, daysLeft: daysBetween(today, dueOn) }));
      }
    }
    return alerts.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.kind.localeCompare(b.kind) || a.convention.title.localeCompare(b.convention.title));
  }

  /** For the field resolvers: whether this viewer coordinates the convention's territory. */
  isCoordinator(convention: Pick<Convention, 'territoryId'>): boolean {
    return isCoordinatorOf(this.viewer, convention.territoryId);
  }
}
