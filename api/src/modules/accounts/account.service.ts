import type { DataSource, EntityManager } from 'typeorm';
import { checkPasswordStrength, decoyHash, hashPassword, verifyPassword } from '../../auth/password.js';
import { requireCanInvite, requireSignedIn } from '../../auth/policy.js';
import { Partner } from '../partners/partner.entity.js';
import { isUuid } from '../../text/ids.js';
import { hashToken, newToken, subjectKey } from '../../auth/tokens.js';
import type { SignedInViewer, Viewer } from '../../auth/viewer.js';
import { ForbiddenError, NotFoundError, TooManyAttemptsError, UserInputError } from '../../errors/errors.js';
import type { Mailer } from '../../mail/mailer.js';
import { recordAudit } from '../audit/audit.service.js';
import { PartnerTerritory } from '../territories/partner-territory.entity.js';
import { Person } from '../people/person.entity.js';
import { OneTimeToken, OneTimeTokenKind } from './one-time-token.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { partnerBoundRoles, Role, roleLabels } from './role.enum.js';
import type { SessionService } from './session.service.js';
import { UserAccount } from './user-account.entity.js';

export interface AccountSettings {
  secret: string;
  production: boolean;
  publicUrl: string;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  failureWindowMinutes: number;
}

export interface InviteInput {
  email: string;
  role: Role;
  territoryId: string;
  partnerId: string | null;
}

type ConsumedToken = Pick<OneTimeToken, 'email' | 'userId' | 'territoryId' | 'partnerId' | 'role'>;

const emailPattern = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;
const resetLifetimeMs = 60 * 60_000;
const invitationLifetimeMs = 7 * 24 * 60 * 60_000;

function normalizeEmail(email: string): string {
  const normalized = email.trim().toLowerCase();
  if (!emailPattern.test(normalized)) throw new UserInputError('Adresse e-mail invalide.', 'email');
  return normalized;
}

/** Sign-in with throttling, password reset and invitations. Sessions are the SessionService's. */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly mailer: Mailer,
    private readonly settings: AccountSettings,
  ) {}

  private async recentFailures(key: string, ip: string | null): Promise<{ account: number; address: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE subject_key = $1 AND created_at > coalesce(
                (SELECT max(created_at) FROM audit_event WHERE action = 'sign_in.succeeded' AND subject_key = $1),
                '-infinity'))::int AS account,
              count(*) FILTER (WHERE ip = $2)::int AS address
       FROM audit_event
       WHERE action = 'sign_in.failed' AND created_at > now() - make_interval(mins => $3)`,
      [key, ip, this.settings.failureWindowMinutes],
    );
    return row;
  }

  async signIn(emailInput: string, password: string, ip: string | null): Promise<{ userId: string; token: string; expiresAt: Date }> {
    const email = normalizeEmail(emailInput);
    const key = subjectKey(this.settings.secret, email);
    const failures = await this.recentFailures(key, ip);
    if (failures.account >= this.settings.maxFailuresPerAccount || failures.address >= this.settings.maxFailuresPerAddress) {
      await recordAudit(this.dataSource.manager, { action: 'sign_in.throttled', ip, subjectKey: key });
      throw new TooManyAttemptsError(this.settings.failureWindowMinutes * 60);
    }
    const account = await this.dataSource.getRepository(UserAccount).findOne({ where: { email } });
    const usable = account && !account.disabled && !(account.demo && this.settings.production);
    const valid = await verifyPassword(usable ? account.passwordHash : await decoyHash, password);
    if (!usable || !valid) {
      await recordAudit(this.dataSource.manager, { action: 'sign_in.failed', actorUserId: account?.id, ip, subjectKey: key });
      throw new UserInputError('Adresse e-mail ou mot de passe incorrect.', 'password');
    }
    const session = await this.sessions.open(account.id);
    await this.dataSource.getRepository(UserAccount).update(account.id, { lastSignInAt: new Date() });
    await recordAudit(this.dataSource.manager, { action: 'sign_in.succeeded', actorUserId: account.id, ip, subjectKey: key });
    return { userId: account.id, ...session };
  }

  async signOut(viewer: Viewer, ip: string | null): Promise<void> {
    if (viewer.kind !== 'user') return;
    await this.sessions.close(viewer.sessionTokenHash);
    await recordAudit(this.dataSource.manager, { action: 'sign_out', actorUserId: viewer.userId, ip });
  }

  /** Always answers the same, so that nobody learns which addresses have an account. */
  async requestPasswordReset(emailInput: string, ip: string | null): Promise<void> {
    const email = normalizeEmail(emailInput);
    const account = await this.dataSource.getRepository(UserAccount).findOne({ where: { email } });
    await recordAudit(this.dataSource.manager, {
      action: 'password_reset.requested',
      actorUserId: account?.id,
      ip,
      subjectKey: subjectKey(this.settings.secret, email),
    });
    if (!account || account.disabled) return;
    const { token, hash } = newToken();
    await this.dataSource.getRepository(OneTimeToken).insert({
      tokenHash: hash,
      kind: OneTimeTokenKind.PASSWORD_RESET,
      email,
      userId: account.id,
      expiresAt: new Date(Date.now() + resetLifetimeMs),
    });
    await this.mailer.send({
      to: email,
      subject: 'Réinitialisation de votre mot de passe',
      text: `Pour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure :\n${this.settings.publicUrl}/reinitialisation/${token}\n\nSi vous n’avez rien demandé, ignorez ce message.`,
    });
  }

  private async consume(manager: EntityManager, token: string, kind: OneTimeTokenKind): Promise<ConsumedToken> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [[row]]: [ConsumedToken[], number] = await manager.query(
      `UPDATE one_time_token SET used_at = now()
       WHERE token_hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > now()
       RETURNING email, user_id AS "userId", territory_id AS "territoryId", partner_id AS "partnerId", role`,
      [hashToken(token), kind],
    );
    if (!row) throw new UserInputError('Ce lien n’est plus valable. Demandez-en un nouveau.', 'token');
    return row;
  }

  async resetPassword(token: string, password: string, ip: string | null): Promise<void> {
    checkPasswordStrength(password);
    const passwordHash = await hashPassword(password);
    const userId = await this.dataSource.transaction(async (manager) => {
      const used = await this.consume(manager, token, OneTimeTokenKind.PASSWORD_RESET);
      await manager.getRepository(UserAccount).update(used.userId!, { passwordHash });
      // A reset ends every open session: whoever knew the old password is signed out.
      await manager.query(`DELETE FROM session WHERE user_id = $1`, [used.userId]);
      await recordAudit(manager, { action: 'password_reset.completed', actorUserId: used.userId, ip });
      return used.userId!;
    });
    this.sessions.forgetAccount(userId);
  }

  async invite(viewer: Viewer, input: InviteInput): Promise<{ email: string; role: Role; expiresAt: Date }> {
    const email = normalizeEmail(input.email);
    if (partnerBoundRoles.has(input.role) !== (input.partnerId !== null)) {
      throw new UserInputError(
        input.partnerId ? 'Ce rôle ne se rattache pas à une structure.' : 'Ce rôle demande une structure.',
        'partnerId',
      );
    }
    const partner = input.partnerId && isUuid(input.partnerId) ? await this.dataSource.getRepository(Partner).findOneBy({ id: input.partnerId }) : null;
    const user = requireCanInvite(viewer, input.role, input.partnerId, input.territoryId, partner?.kind ?? null);
    if (input.partnerId) {
      const member = await this.dataSource
        .getRepository(PartnerTerritory)
        .existsBy({ partnerId: input.partnerId, territoryId: input.territoryId });
      if (!member) throw new NotFoundError('Cette structure n’est pas partenaire de ce territoire.');
    }
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + invitationLifetimeMs);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(OneTimeToken).insert({
        tokenHash: hash,
        kind: OneTimeTokenKind.INVITATION,
        email,
        territoryId: input.territoryId,
        partnerId: input.partnerId,
        role: input.role,
        createdBy: user.userId,
        expiresAt,
      });
      await recordAudit(manager, {
        action: 'invitation.created',
        actorUserId: user.userId,
        territoryId: input.territoryId,
        targetType: 'partner',
        targetId: input.partnerId ?? undefined,
        details: { role: input.role },
      });
    });
    await this.mailer.send({
      to: email,
      subject: 'Invitation au hub du CLSM',
      text: `Vous êtes invité à rejoindre le hub du CLSM (${roleLabels[input.role]}). Ouvrez ce lien dans les 7 jours :\n${this.settings.publicUrl}/invitation/${token}`,
    });
    return { email, role: input.role, expiresAt };
  }

  /**
   * A new person creates their account from the invitation; someone who already has one must
   * be signed in with the invited address, and simply gains the role.
   */
  async acceptInvitation(
    viewer: Viewer,
    input: { token: string; firstName?: string | null; lastName?: string | null; password?: string | null },
    ip: string | null,
  ): Promise<string> {
    if (input.password) checkPasswordStrength(input.password);
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    const userId = await this.dataSource.transaction(async (manager) => {
      const invitation = await this.consume(manager, input.token, OneTimeTokenKind.INVITATION);
      const accounts = manager.getRepository(UserAccount);
      let account = await accounts.findOne({ where: { email: invitation.email } });
      if (account) {
        const signedIn = viewer.kind === 'user' ? viewer : null;
        if (signedIn?.userId !== account.id) {
          throw new ForbiddenError('Un compte existe déjà pour cette adresse : connectez-vous puis ouvrez à nouveau le lien.');
        }
      } else {
        const firstName = input.firstName?.trim();
        const lastName = input.lastName?.trim();
        if (!firstName || !lastName) throw new UserInputError('Indiquez votre prénom et votre nom.', 'lastName');
        if (!passwordHash) throw new UserInputError('Choisissez un mot de passe.', 'password');
        const person = await manager.getRepository(Person).save({ firstName: firstName.slice(0, 100), lastName: lastName.slice(0, 100) });
        account = await accounts.save(accounts.create({ email: invitation.email, passwordHash, personId: person.id }));
      }
      await manager
        .getRepository(RoleAssignment)
        .createQueryBuilder()
        .insert()
        .values({ userId: account.id, territoryId: invitation.territoryId!, partnerId: invitation.partnerId, role: invitation.role! })
        .orIgnore()
        .execute();
      await recordAudit(manager, {
        action: 'invitation.accepted',
        actorUserId: account.id,
        territoryId: invitation.territoryId,
        ip,
        details: { role: invitation.role },
      });
      return account.id;
    });
    this.sessions.forgetAccount(userId);
    return userId;
  }

  async me(viewer: Viewer): Promise<{ account: UserAccount; viewer: SignedInViewer } | null> {
    if (viewer.kind !== 'user') return null;
    const account = await this.dataSource.getRepository(UserAccount).findOne({ where: { id: requireSignedIn(viewer).userId }, relations: { person: true } });
    return account ? { account, viewer } : null;
  }
}
