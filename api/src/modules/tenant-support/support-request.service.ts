import { createHmac, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { isCoordinatorOf, requireSignedIn } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../errors/errors.js';
import { publishEvent } from '../../events/event-bus.js';
import { isUuid } from '../../text/ids.js';
import { optionalDay, optionalText, requiredText } from '../../text/input.js';
import { recordAudit, recordRowAccess } from '../audit/audit.service.js';
import { todayInParis } from '../calendar/paris-time.js';
import { partyKey, rolesOnCase, scopeOf, withCaseScope } from '../housing/case-scope.js';
import { CasePartyRole } from '../housing/pathway.js';
import { PartnerKind } from '../partners/partner.enums.js';
import type { SectorService } from '../sectors/sector.service.js';
import { canReadSupportField } from './support-request.policy.js';
import { SupportRequest, SupportRequestClinicalNote, SupportRequestStep, SupportRequestTenant } from './support-request.entity.js';
import {
  acknowledgementDueDays,
  assertSupportStep,
  nextSupportSteps,
  SupportOutcome,
  supportOutcomeLabels,
  SupportParty,
  SupportRequestStatus,
  supportStatusLabels,
  SupportStepKind,
} from './support-request.rules.js';
import type { SupportRequestAlert, SupportRequestInput, SupportStepInput } from './support-request.types.js';
import { SupportRequestView } from './support-request.types.js';

// A landlord referent asks the CMP of the tenant's sector for help; the CMP follows up. Every
// statement runs under the viewer's scope, so PostgreSQL shows a request to its landlord and its
// CMP only, and every read and change is in the audit log.

export const supportRequestChangedTopic = 'supportRequestChanged';
export const supportAuditTarget = 'support_request' as const;
const dayMs = 86_400_000;
const gone = 'Cette demande n’existe pas ou ne vous est pas accessible.';

const partyOfRole: Partial<Record<CasePartyRole, SupportParty>> = {
  [CasePartyRole.LANDLORD]: SupportParty.LANDLORD,
  [CasePartyRole.CARE_TEAM]: SupportParty.CMP,
};

export const partiesOf = (viewer: Viewer, partyKeys: readonly string[]): Set<SupportParty> =>
  new Set([...rolesOnCase(viewer, partyKeys)].map((role) => partyOfRole[role]).filter((party): party is SupportParty => party !== undefined));

const isOverdue = (row: { status: string; createdAt: Date }, now = Date.now()) =>
  row.status === SupportRequestStatus.SENT && now - row.createdAt.getTime() > acknowledgementDueDays * dayMs;

export function toSupportView(row: SupportRequest, parties: ReadonlySet<SupportParty>): SupportRequestView {
  const status = row.status as SupportRequestStatus;
  const outcome = row.outcome as SupportOutcome | null;
  return Object.assign(new SupportRequestView(), {
    row,
    parties,
    id: row.id,
    reference: row.reference,
    status,
    statusLabel: supportStatusLabels[status],
    version: row.version,
    viewerParties: [...parties],
    nextSteps: nextSupportSteps(status, parties),
    communeCode: row.communeCode,
    withConsent: row.withConsent,
    consentHow: row.consentHow,
    consentOn: row.consentOn,
    facts: canReadSupportField('facts', parties) ? row.facts : '',
    factsSince: row.factsSince,
    riskToSelf: row.riskToSelf,
    riskToOthers: row.riskToOthers,
    alreadyTried: row.alreadyTried,
    outcome,
    outcomeLabel: outcome ? supportOutcomeLabels[outcome] : null,
    sentAt: row.createdAt,
    acknowledgedAt: row.acknowledgedAt,
    closedAt: row.closedAt,
    acknowledgementOverdue: isOverdue(row),
  });
}

export class SupportRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly sectors: SectorService,
    private readonly pseudonymKey: string,
    private readonly ip: string | null,
  ) {}

  private scoped<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return withCaseScope(this.dataSource, this.viewer, work);
  }

  private view(row: SupportRequest): SupportRequestView {
    return toSupportView(row, partiesOf(this.viewer, row.partyKeys));
  }

  private audit(manager: EntityManager, row: SupportRequest, action: string, details: Record<string, unknown> = {}) {
    return recordAudit(manager, {
      actorUserId: this.viewer.kind === 'user' ? this.viewer.userId : null,
      action,
      targetType: supportAuditTarget,
      targetId: row.id,
      territoryId: row.territoryId,
      ip: this.ip,
      details,
    });
  }

  /** A referent reports a worrying situation; the request goes to the CMP of the address's sector. */
  async report(territorySlug: string, territoryId: string, input: SupportRequestInput): Promise<SupportRequestView> {
    const user = requireSignedIn(this.viewer);
    const referent = scopeOf(user).some((e) => e.role === CasePartyRole.LANDLORD && e.partyId === input.landlordId && e.territoryId === territoryId);
    if (!referent) throw new ForbiddenError('Seul un référent du bailleur peut signaler une situation pour ses locataires.');
    const facts = requiredText(input.facts, 'Faits observés', 4000, 'facts');
    const alreadyTried = optionalText(input.alreadyTried, 'Ce qui a déjà été tenté', 2000, 'alreadyTried');
    const factsSince = optionalDay(input.factsSince, 'Depuis quand', 'factsSince');
    let tenant: { name: string; address: string; phone: string | null } | null = null;
    let consent: { how: string; on: string } | null = null;
    if (input.withConsent) {
      const on = optionalDay(input.consentOn, 'Date du consentement', 'consentOn');
      if (!on) throw new UserInputError('Indiquez quand le locataire a consenti.', 'consentOn');
      if (on > todayInParis()) throw new UserInputError('Le consentement ne peut pas être daté dans le futur.', 'consentOn');
      consent = { how: requiredText(input.consentHow, 'Comment le consentement a été obtenu', 500, 'consentHow'), on };
      const street = requiredText(input.address.street, 'Rue', 200, 'address');
      tenant = {
        name: requiredText(input.tenantName, 'Nom du locataire', 200, 'tenantName'),
        address: [input.address.houseNumber?.trim(), street].filter(Boolean).join(' '),
        phone: optionalText(input.tenantPhone, 'Téléphone', 40, 'tenantPhone'),
      };
    } else if (input.tenantName?.trim() || input.tenantPhone?.trim() || input.consentHow?.trim()) {
      throw new UserInputError('Sans le consentement du locataire, la demande reste un avis anonyme : retirez son nom et ses coordonnées.', 'tenantName');
    }
    const found = await this.sectors.lookup(territorySlug, input.address, null);
    if (!found.sector?.cmpPartnerId) throw new UserInputError(`Le CMP de cette adresse n’a pas pu être trouvé : ${found.explanation}`, 'address');
    const cmpId = found.sector.cmpPartnerId;
    const id = randomUUID();
    const saved = await this.scoped(async (manager) => {
      const [landlord] = await manager.query(`SELECT kind FROM partner WHERE id = $1`, [input.landlordId]);
      if (landlord?.kind !== PartnerKind.SOCIAL_LANDLORD) throw new UserInputError('Cette structure n’est pas un bailleur.', 'landlordId');
      await manager.getRepository(SupportRequest).insert({
        id,
        territoryId,
        reference: `SIG-${createHmac('sha256', this.pseudonymKey).update(id).digest('hex').slice(0, 8).toUpperCase()}`,
        landlordId: input.landlordId,
        cmpId,
        sectorId: found.sector!.id,
        status: SupportRequestStatus.SENT,
        partyKeys: [partyKey(CasePartyRole.LANDLORD, input.landlordId), partyKey(CasePartyRole.CARE_TEAM, cmpId)],
        withConsent: input.withConsent,
        consentHow: consent?.how ?? null,
        consentOn: consent?.on ?? null,
        // Without consent only the commune is kept: the street could point at the tenant.
        communeCode: found.communeCode!,
        facts,
        factsSince,
        riskToSelf: input.riskToSelf,
        riskToOthers: input.riskToOthers,
        alreadyTried,
        reportedBy: user.userId,
      });
      if (tenant) await manager.getRepository(SupportRequestTenant).insert({ requestId: id, ...tenant });
      await manager.getRepository(SupportRequestStep).insert({ requestId: id, kind: SupportStepKind.SENT, actorUserId: user.userId });
      const row = await manager.getRepository(SupportRequest).findOneByOrFail({ id });
      await this.audit(manager, row, 'support_request.change', { what: 'report' });
      await publishEvent(manager, { topic: supportRequestChangedTopic, id });
      return row;
    });
    return this.view(saved);
  }

  async find(id: string): Promise<SupportRequestView | null> {
    requireSignedIn(this.viewer);
    if (!isUuid(id)) return null;
    return this.scoped(async (manager) => {
      const row = await manager.getRepository(SupportRequest).findOneBy({ id });
      if (!row) return null;
      await this.audit(manager, row, 'support_request.read');
      return this.view(row);
    });
  }

  /** The viewer's requests in a territory, waiting ones first. */
  async list(territoryId: string): Promise<SupportRequestView[]> {
    requireSignedIn(this.viewer);
    return this.scoped(async (manager) => {
      const rows = await manager
        .getRepository(SupportRequest)
        .createQueryBuilder('r')
        .where('r.territory_id = :territoryId', { territoryId })
        .orderBy(`r.status = 'CLOSED'`, 'ASC')
        .addOrderBy('r.updated_at', 'DESC')
        .limit(200)
        .getMany();
      await recordRowAccess(manager, {
        table: supportAuditTarget,
        ids: rows.map((row) => row.id),
        actorUserId: this.viewer.kind === 'user' ? this.viewer.userId : null,
        action: 'support_request.list',
        ip: this.ip,
      });
      return rows.map((row) => this.view(row));
    });
  }

  /** A step of the follow-up, by the party it belongs to. */
  async step(id: string, version: number, input: SupportStepInput): Promise<SupportRequestView> {
    requireSignedIn(this.viewer);
    if (!isUuid(id)) throw new NotFoundError(gone);
    const message = optionalText(input.message, 'Message', 2000, 'message');
    return this.scoped(async (manager) => {
      const row = await manager.getRepository(SupportRequest).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
      if (!row) throw new NotFoundError(gone);
      if (row.version !== version) throw new ConflictError('Cette demande a été modifiée entre-temps. Rechargez la page.', row.version);
      const step = assertSupportStep(input.kind, row.status as SupportRequestStatus, partiesOf(this.viewer, row.partyKeys));
      const changes: Partial<SupportRequest> = { status: step.to, version: row.version + 1 };
      if (input.kind === SupportStepKind.ACKNOWLEDGED) changes.acknowledgedAt = new Date();
      if (input.kind === SupportStepKind.ACTION_PROPOSED && !input.action) throw new UserInputError('Choisissez l’action proposée.', 'action');
      if (input.kind === SupportStepKind.INFO_REQUESTED && !message) throw new UserInputError('Dites au référent ce dont le CMP a besoin.', 'message');
      if (input.kind === SupportStepKind.INFO_PROVIDED && !message) throw new UserInputError('Écrivez votre réponse.', 'message');
      if (input.kind === SupportStepKind.CLOSED) {
        if (!input.outcome) throw new UserInputError('Choisissez l’issue de la demande.', 'outcome');
        Object.assign(changes, { outcome: input.outcome, closedAt: new Date() });
      }
      await manager.getRepository(SupportRequest).update({ id }, changes);
      await manager.getRepository(SupportRequestStep).insert({
        requestId: id,
        kind: input.kind,
        action: input.kind === SupportStepKind.ACTION_PROPOSED ? input.action : null,
        message,
        actorUserId: this.viewer.kind === 'user' ? this.viewer.userId : null,
      });
      await this.audit(manager, row, 'support_request.change', { what: input.kind });
      await publishEvent(manager, { topic: supportRequestChangedTopic, id });
      return this.view(await manager.getRepository(SupportRequest).findOneByOrFail({ id }));
    });
  }

  /** The CMP's own note: clinical, never shown to the landlord. */
  async addClinicalNote(id: string, note: string): Promise<SupportRequestView> {
    requireSignedIn(this.viewer);
    if (!isUuid(id)) throw new NotFoundError(gone);
    const text = requiredText(note, 'Note', 4000, 'note');
    return this.scoped(async (manager) => {
      const row = await manager.getRepository(SupportRequest).findOneBy({ id });
      if (!row) throw new NotFoundError(gone);
      if (!canReadSupportField('clinicalNotes', partiesOf(this.viewer, row.partyKeys))) throw new ForbiddenError('Les notes cliniques sont réservées au CMP.');
      await manager.getRepository(SupportRequestClinicalNote).insert({ requestId: id, note: text, authorUserId: this.viewer.kind === 'user' ? this.viewer.userId : null });
      await this.audit(manager, row, 'support_request.change', { what: 'clinical_note' });
      return this.view(row);
    });
  }

  /** Requests waiting too long for an acknowledgement: the coordinator's (all) or a CMP's (its own). */
  async alerts(territoryId: string): Promise<SupportRequestAlert[]> {
    const user = requireSignedIn(this.viewer);
    const careTeams = scopeOf(user).filter((e) => e.role === CasePartyRole.CARE_TEAM && e.territoryId === territoryId).map((e) => e.partyId);
    const cmpRows: Array<{ id: string }> = careTeams.length ? await this.dataSource.query(`SELECT id FROM partner WHERE id = ANY($1::uuid[]) AND kind = $2`, [careTeams, PartnerKind.CMP]) : [];
    const cmps = new Set(cmpRows.map((row) => row.id));
    const coordinator = isCoordinatorOf(user, territoryId);
    if (!coordinator && !cmps.size) throw new ForbiddenError('Réservé à la coordination et aux CMP.');
    const rows: Array<{ reference: string; cmp_id: string; landlord: string; cmp: string; created_at: Date }> = await this.dataSource.query(
      `SELECT f.reference, f.cmp_id, l.name AS landlord, c.name AS cmp, f.created_at
       FROM support_request_figures($1) f JOIN partner l ON l.id = f.landlord_id JOIN partner c ON c.id = f.cmp_id
       WHERE f.status = 'SENT' AND f.created_at < now() - make_interval(days => $2)
       ORDER BY f.created_at`,
      [territoryId, acknowledgementDueDays],
    );
    return rows
      .filter((row) => coordinator || cmps.has(row.cmp_id))
      .map((row) => ({ reference: row.reference, landlordName: row.landlord, cmpName: row.cmp, sentAt: row.created_at, daysWaiting: Math.floor((Date.now() - row.created_at.getTime()) / dayMs) }));
  }
}
