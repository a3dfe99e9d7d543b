import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { partnersOf, requireCoordinator, requireSignedIn } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../errors/errors.js';
import { isUuid } from '../../text/ids.js';
import { requiredDay, requiredText } from '../../text/input.js';
import { recordAudit } from '../audit/audit.service.js';
import { frenchDay } from '../calendar/calendar-days.js';
import { memberKeys, withCaseScope } from '../housing/case-scope.js';
import { CommissionMember, CommissionSession, CommissionSituation } from './commission.entity.js';
import { assertNoIdentifier, defaultAccessDays, stripIdentifiers } from './commission.rules.js';
import type { CommissionSessionInput, CommissionSessionView, CommissionSituationView } from './commission.types.js';

// The commission for tenants in difficulty: the coordination convenes sessions of member
// organisations; members put situations on the agenda under a pseudonym; the files open at the
// agenda's publication and close a set time after the session (PostgreSQL enforces the window
// too); the minutes leave with identifiers struck out.

const auditTarget = 'commission_session';
const frenchInstant = (at: Date) => at.toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });

export class CommissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
  ) {}

  private toView(session: CommissionSession, memberPartnerIds: string[]): CommissionSessionView {
    const now = Date.now();
    return {
      id: session.id,
      heldOn: session.heldOn,
      agendaPublishedAt: session.agendaPublishedAt,
      accessClosesAt: session.accessClosesAt,
      filesOpen: session.agendaPublishedAt !== null && session.agendaPublishedAt.getTime() <= now && now < session.accessClosesAt.getTime(),
      memberPartnerIds,
      version: session.version,
    };
  }

  private async members(sessionIds: string[]): Promise<Map<string, string[]>> {
    const rows = sessionIds.length ? await this.dataSource.getRepository(CommissionMember).createQueryBuilder('m').where('m.session_id = ANY(:sessionIds)', { sessionIds }).getMany() : [];
    const bySession = new Map<string, string[]>(sessionIds.map((id) => [id, []]));
    for (const row of rows) bySession.get(row.sessionId)?.push(row.partnerId);
    return bySession;
  }

  /** The session, if the viewer convenes it or acts for a member. */
  private async session(sessionId: string): Promise<CommissionSession> {
    const user = requireSignedIn(this.viewer);
    const session = isUuid(sessionId) ? await this.dataSource.getRepository(CommissionSession).findOneBy({ id: sessionId }) : null;
    const mine = new Set(memberKeys(user));
    if (!session || !session.memberKeys.some((key) => mine.has(key))) throw new NotFoundError('Cette séance n’existe pas ou ne vous concerne pas.');
    return session;
  }

  async list(territoryId: string): Promise<CommissionSessionView[]> {
    const user = requireSignedIn(this.viewer);
    const sessions = await this.dataSource
      .getRepository(CommissionSession)
      .createQueryBuilder('s')
      .where('s.territory_id = :territoryId AND s.member_keys && :keys', { territoryId, keys: memberKeys(user) })
      .orderBy('s.held_on', 'DESC')
      .getMany();
    const members = await this.members(sessions.map((s) => s.id));
    return sessions.map((s) => this.toView(s, members.get(s.id) ?? []));
  }

  async convene(territoryId: string, input: CommissionSessionInput): Promise<CommissionSessionView> {
    const user = requireCoordinator(this.viewer, territoryId);
    const heldOn = requiredDay(input.heldOn, 'Date de la séance', 'heldOn');
    const days = input.accessDays ?? defaultAccessDays;
    if (!Number.isInteger(days) || days < 0 || days > 60) throw new UserInputError('La consultation dure de 0 à 60 jours après la séance.', 'accessDays');
    const partnerIds = [...new Set(input.memberPartnerIds)];
    if (partnerIds.length < 2) throw new UserInputError('Une commission réunit au moins deux structures.', 'memberPartnerIds');
    return this.dataSource.transaction(async (manager) => {
      const known: Array<{ id: string }> = await manager.query(
        `SELECT partner_id AS id FROM partner_territory WHERE territory_id = $1 AND partner_id = ANY($2::uuid[])`,
        [territoryId, partnerIds.filter(isUuid)],
      );
      if (known.length !== partnerIds.length) throw new UserInputError('Les membres sont des partenaires du territoire.', 'memberPartnerIds');
      const [{ closes }] = await manager.query(`SELECT (($1::date + $2::int + 1)::timestamp AT TIME ZONE 'Europe/Paris') AS closes`, [heldOn, days]);
      const repository = manager.getRepository(CommissionSession);
      const session = await repository.save(
        repository.create({
          territoryId,
          heldOn,
          accessClosesAt: closes,
          memberKeys: [`COORDINATION:${territoryId}`, ...partnerIds.map((id) => `MEMBER:${id}`)],
          createdBy: user.userId,
        }),
      );
      await manager.getRepository(CommissionMember).insert(partnerIds.map((partnerId) => ({ sessionId: session.id, partnerId })));
      await recordAudit(manager, { actorUserId: user.userId, action: 'commission.convene', targetType: auditTarget, targetId: session.id, territoryId });
      return this.toView(session, partnerIds);
    });
  }

  /** Publishing the agenda opens the files to the members. */
  async publishAgenda(sessionId: string, version: number): Promise<CommissionSessionView> {
    const session = await this.session(sessionId);
    const user = requireCoordinator(this.viewer, session.territoryId);
    if (session.version !== version) throw new ConflictError('Cette séance a été modifiée entre-temps. Rechargez la page.', session.version);
    if (session.agendaPublishedAt) throw new ConflictError('L’ordre du jour est déjà publié.');
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(CommissionSession).update({ id: session.id }, { agendaPublishedAt: new Date(), version: session.version + 1 });
      await recordAudit(manager, { actorUserId: user.userId, action: 'commission.publish', targetType: auditTarget, targetId: session.id, territoryId: session.territoryId });
    });
    const fresh = await this.dataSource.getRepository(CommissionSession).findOneByOrFail({ id: session.id });
    return this.toView(fresh, (await this.members([session.id])).get(session.id) ?? []);
  }

  /** A member puts a situation on the agenda, for one of its organisations. */
  async addSituation(sessionId: string, partnerId: string, facts: string): Promise<CommissionSituationView> {
    const session = await this.session(sessionId);
    const user = requireSignedIn(this.viewer);
    if (!partnersOf(user, session.territoryId).has(partnerId) || !session.memberKeys.includes(`MEMBER:${partnerId}`)) {
      throw new ForbiddenError('Seuls les membres de la commission inscrivent une situation, au nom de leur structure.');
    }
    const text = requiredText(facts, 'Faits', 1500, 'facts');
    assertNoIdentifier(text, 'facts');
    if (Date.now() >= session.accessClosesAt.getTime()) throw new ConflictError('Cette séance est close.');
    // Written without RETURNING: until the agenda is published, not even its author reads it back.
    const situation: CommissionSituationView = {
      id: randomUUID(),
      pseudonym: `SIT-${randomBytes(3).toString('hex').toUpperCase()}`,
      facts: text,
      putByPartnerId: partnerId,
      decision: null,
      followUpPartnerId: null,
    };
    await withCaseScope(this.dataSource, this.viewer, async (manager) => {
      await manager.query(
        `INSERT INTO commission_situation (id, session_id, pseudonym, facts, put_by_partner_id, put_by_user_id) VALUES ($1, $2, $3, $4, $5, $6)`,
        [situation.id, sessionId, situation.pseudonym, text, partnerId, user.userId],
      );
      await recordAudit(manager, { actorUserId: user.userId, action: 'commission.situation_added', targetType: auditTarget, targetId: sessionId, territoryId: session.territoryId });
    });
    return situation;
  }

  /** The session's files: for its members, from the agenda's publication until the access closes. */
  async situations(sessionId: string): Promise<CommissionSituationView[]> {
    const session = await this.session(sessionId);
    this.assertFilesOpen(session);
    return withCaseScope(this.dataSource, this.viewer, async (manager) => {
      const rows = await manager.getRepository(CommissionSituation).find({ where: { sessionId }, order: { createdAt: 'ASC' } });
      await recordAudit(manager, { actorUserId: requireSignedIn(this.viewer).userId, action: 'commission.files_read', targetType: auditTarget, targetId: sessionId, territoryId: session.territoryId });
      return rows;
    });
  }

  async recordDecision(situationId: string, decision: string, followUpPartnerId: string | null): Promise<CommissionSituationView> {
    const user = requireSignedIn(this.viewer);
    if (!isUuid(situationId)) throw new NotFoundError('Cette situation n’existe pas.');
    const text = requiredText(decision, 'Décision', 1500, 'decision');
    assertNoIdentifier(text, 'decision');
    return withCaseScope(this.dataSource, this.viewer, async (manager) => {
      const situation = await manager.getRepository(CommissionSituation).findOneBy({ id: situationId });
      if (!situation) throw new NotFoundError('Cette situation n’existe pas ou ses dossiers sont fermés.');
      const session = await manager.getRepository(CommissionSession).findOneByOrFail({ id: situation.sessionId });
      if (followUpPartnerId && !session.memberKeys.includes(`MEMBER:${followUpPartnerId}`)) throw new UserInputError('Le suivi revient à une structure membre.', 'followUpPartnerId');
      await manager.getRepository(CommissionSituation).update({ id: situationId }, { decision: text, followUpPartnerId });
      await recordAudit(manager, { actorUserId: user.userId, action: 'commission.decision', targetType: auditTarget, targetId: session.id, territoryId: session.territoryId });
      return manager.getRepository(CommissionSituation).findOneByOrFail({ id: situationId });
    });
  }

  /** The minutes as plain text, identifiers struck out: for the coordination, at any time. */
  async minutes(sessionId: string): Promise<string> {
    const session = await this.session(sessionId);
    requireCoordinator(this.viewer, session.territoryId);
    const rows: Array<{ pseudonym: string; facts: string; decision: string | null; follow_up: string | null }> = await this.dataSource.query(
      `SELECT m.pseudonym, m.facts, m.decision, p.name AS follow_up FROM commission_minutes_rows($1) m LEFT JOIN partner p ON p.id = m.follow_up_partner_id`,
      [session.id],
    );
    const members: Array<{ name: string }> = await this.dataSource.query(
      `SELECT p.name FROM commission_member m JOIN partner p ON p.id = m.partner_id WHERE m.session_id = $1 ORDER BY p.name`,
      [session.id],
    );
    const lines = [
      `Commission pluri-professionnelle pour les locataires en difficulté — séance du ${frenchDay(session.heldOn)}`,
      '',
      `Structures membres : ${members.map((m) => m.name).join(', ')}`,
      '',
      ...rows.flatMap((row, index) => [
        `${index + 1}. Situation ${row.pseudonym}`,
        `   Faits : ${stripIdentifiers(row.facts)}`,
        `   Décision : ${row.decision ? stripIdentifiers(row.decision) : 'non renseignée'}`,
        `   Suivi : ${row.follow_up ?? 'non désigné'}`,
        '',
      ]),
    ];
    return lines.join('\n');
  }

  private assertFilesOpen(session: CommissionSession): void {
    const now = Date.now();
    if (!session.agendaPublishedAt || session.agendaPublishedAt.getTime() > now) {
      throw new ForbiddenError('Les dossiers de cette séance s’ouvrent à la publication de l’ordre du jour.');
    }
    if (now >= session.accessClosesAt.getTime()) {
      throw new ForbiddenError(`Les dossiers de cette séance ne sont plus consultables depuis le ${frenchInstant(session.accessClosesAt)}.`);
    }
  }
}
