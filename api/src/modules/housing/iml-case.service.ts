import { createHmac, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { requireSignedIn } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { HousingSettings } from '../../config/config.js';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../errors/errors.js';
import { decodeCursor, encodeCursor, type ConnectionShape } from '../../graphql/connection.js';
import { optionalText, requiredDay, requiredText } from '../../text/input.js';
import { isUuid } from '../../text/ids.js';
import { publishEvent } from '../../events/event-bus.js';
import { todayInParis } from '../calendar/paris-time.js';
import { PartnerKind } from '../partners/partner.enums.js';
import { recordCaseAccess } from './case-audit.js';
import { readCasePage } from './case-page.js';
import { partyKey, rolesOnCase, scopeOf, withCaseScope } from './case-scope.js';
import { imlCaseChangedTopic, lockCase, refreshPartyKeys, saveCaseChange } from './case-store.js';
import { toCaseView } from './case-view.js';
import { validateAnswers } from './eligibility.js';
import { ImlCase, ImlCaseClinical, ImlCasePrivate, ImlCaseStep, ImlConsent } from './iml-case.entity.js';
import type { ImlConsentInput, ImlHousingNeedInput, ImlPartyConsentInput, ImlReferralInput } from './iml-case.inputs.js';
import { primeCaseParts, type HousingLoaders } from './iml-case.loaders.js';
import type { ImlCaseView } from './iml-case.types.js';
import { CasePartyRole, ImlCaseState } from './pathway.js';

// Referrals, reads and consents of IML cases. Every statement runs under the viewer's case
// scope (row-level security); the field policy then trims what each role sees.

const inseeCode = /^(\d{5}|2[AB]\d{3})$/;
const maxPageSize = 100;

/** The kind of organisation each party must be. */
const partyKinds: Partial<Record<CasePartyRole, PartnerKind[]>> = {
  [CasePartyRole.HOUSING_OPERATOR]: [PartnerKind.ASSOCIATION, PartnerKind.OTHER],
  [CasePartyRole.LANDLORD]: [PartnerKind.SOCIAL_LANDLORD],
};

const cents = (euros: number | null | undefined, label: string, field: string): number | null => {
  if (euros === null || euros === undefined) return null;
  if (!Number.isFinite(euros) || euros < 0 || euros > 100_000) throw new UserInputError(`« ${label} » doit être un montant positif.`, field);
  return Math.round(euros * 100);
};

export function checkNeed(need: ImlHousingNeedInput) {
  if (!need.flatTypes.length) throw new UserInputError('Indiquez au moins un type de logement (T1, T2…).', 'flatTypes');
  const communes = [...new Set(need.preferredCommunes.map((code) => code.trim()))];
  if (communes.some((code) => !inseeCode.test(code))) throw new UserInputError('Les communes sont attendues par leur code INSEE.', 'preferredCommunes');
  return {
    flatTypes: [...new Set(need.flatTypes)],
    preferredCommunes: communes,
    nearServices: need.nearServices,
    nearTransport: need.nearTransport,
    accessibilityNeeded: need.accessibilityNeeded,
    otherNeeds: optionalText(need.otherNeeds, 'Autres besoins', 1000, 'otherNeeds'),
  };
}

function checkConsent(input: ImlConsentInput) {
  const givenOn = requiredDay(input.givenOn, 'Date du consentement', 'givenOn');
  if (givenOn > todayInParis()) throw new UserInputError('Le consentement ne peut pas être daté dans le futur.', 'givenOn');
  return { givenOn, scope: requiredText(input.scope, 'Ce que la personne accepte de partager', 500, 'scope') };
}

export class ImlCaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly settings: HousingSettings,
    private readonly ip: string | null,
    /** Where a case page leaves the parts it read with the case. */
    private readonly loaders: HousingLoaders,
    /** Told of each new referral once it is saved (the coordination's mail). */
    private readonly onReferral: (referral: { id: string; pseudonym: string; partyKeys: string[] }) => void,
  ) {}

  private scoped<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return withCaseScope(this.dataSource, this.viewer, work);
  }

  private view(row: ImlCase): ImlCaseView {
    return toCaseView(row, rolesOnCase(this.viewer, row.partyKeys));
  }

  /**
   * One case, if the viewer is a party; the read is logged (`live` when pushed to an open page).
   * The parts that the nested fields `asked` need and the viewer's roles read come with it, each
   * read logged, into the loaders; the nested resolvers still decide what they answer.
   */
  async findCase(caseId: string, action: 'iml_case.read' | 'iml_case.live' = 'iml_case.read', asked: ReadonlySet<string> = new Set()): Promise<ImlCaseView | null> {
    requireSignedIn(this.viewer);
    if (!isUuid(caseId)) return null;
    const page = await this.scoped((manager) => readCasePage(manager, this.viewer, this.ip, caseId, action, asked));
    if (!page) return null;
    primeCaseParts(this.loaders, page);
    return this.view(page.row);
  }

  /** The viewer's cases of a territory, most recently changed first; each listed case is logged. */
  async listCases(territoryId: string, states: ImlCaseState[] | null, first: number, after: string | null): Promise<ConnectionShape<ImlCaseView>> {
    requireSignedIn(this.viewer);
    if (!isUuid(territoryId)) return { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const limit = Math.min(Math.max(first, 1), maxPageSize);
    const offset = after ? Number(decodeCursor(after)?.[0] ?? 0) : 0;
    return this.scoped(async (manager) => {
      const query = manager.getRepository(ImlCase).createQueryBuilder('c').where('c.territory_id = :territoryId', { territoryId });
      if (states?.length) query.andWhere('c.state = ANY(:states)', { states });
      const [rows, totalCount] = await query.orderBy('c.updated_at', 'DESC').addOrderBy('c.id').offset(offset).limit(limit).getManyAndCount();
      await recordCaseAccess(manager, this.viewer, this.ip, rows.map((row) => row.id), 'iml_case.list');
      return {
        totalCount,
        edges: rows.map((row, index) => ({ cursor: encodeCursor([offset + index + 1]), node: this.view(row) })),
        pageInfo: { hasNextPage: offset + rows.length < totalCount, endCursor: rows.length ? encodeCursor([offset + rows.length]) : null },
      };
    });
  }

  /** The care team proposes a person with the "Un toit" grid. */
  async refer(territoryId: string, input: ImlReferralInput): Promise<ImlCaseView> {
    const user = requireSignedIn(this.viewer);
    const team = scopeOf(user).find((entry) => entry.role === CasePartyRole.CARE_TEAM && entry.partyId === input.referringTeamId && entry.territoryId === territoryId);
    if (!team) throw new ForbiddenError('Seule une équipe de soin du territoire peut proposer une personne.');
    validateAnswers(input.criteria);
    const answers = input.criteria.map((answer) => ({ ...answer, justification: answer.justification.trim() }));
    const need = checkNeed(input.need);
    const consent = checkConsent(input.coordinationConsent);
    const person = {
      firstName: requiredText(input.person.firstName, 'Prénom', 100, 'firstName'),
      lastName: requiredText(input.person.lastName, 'Nom', 100, 'lastName'),
      birthDate: input.person.birthDate ? requiredDay(input.person.birthDate, 'Date de naissance', 'birthDate') : null,
      phone: optionalText(input.person.phone, 'Téléphone', 40, 'phone'),
      email: optionalText(input.person.email, 'Courriel', 200, 'email'),
    };
    const id = randomUUID();
    const personKey = this.keyedHash(`${person.lastName.toLocaleLowerCase('fr')}|${person.firstName.toLocaleLowerCase('fr')}|${person.birthDate ?? ''}`);
    const today = todayInParis();
    const saved = await this.scoped(async (manager) => {
      const [open] = await manager.query(
        `SELECT pseudonym FROM iml_case WHERE territory_id = $1 AND person_key = $2 AND closed_on IS NULL LIMIT 1`,
        [territoryId, personKey],
      );
      if (open) throw new ConflictError(`Une orientation est déjà en cours pour cette personne (dossier ${open.pseudonym}).`);
      await manager.getRepository(ImlCase).insert({
        id,
        territoryId: territoryId,
        pseudonym: `IML-${this.keyedHash(id).slice(0, 8).toUpperCase()}`,
        personKey,
        state: ImlCaseState.PROPOSED,
        partyKeys: [partyKey(CasePartyRole.CARE_TEAM, team.partyId)],
        referringTeamId: team.partyId,
        criteriaMet: answers.filter((answer) => answer.met).map((answer) => answer.criterion),
        ...need,
        monthlyResourcesCents: cents(input.monthlyResources, 'Ressources mensuelles', 'monthlyResources'),
        housingBenefitCents: cents(input.housingBenefit, 'Aide au logement', 'housingBenefit'),
        referredOn: today,
        createdBy: user.userId,
      });
      await manager.getRepository(ImlCasePrivate).insert({ caseId: id, ...person, supportPlan: optionalText(input.supportPlan, 'Projet d’accompagnement', 4000, 'supportPlan') });
      await manager.getRepository(ImlCaseClinical).insert({
        caseId: id,
        justifications: Object.fromEntries(answers.map((answer) => [answer.criterion, answer.justification])),
        clinicalNotes: optionalText(input.clinicalNotes, 'Notes cliniques', 4000, 'clinicalNotes'),
      });
      await manager.getRepository(ImlCaseStep).insert({ caseId: id, fromState: null, toState: ImlCaseState.PROPOSED, on: today, actorUserId: user.userId });
      await manager.getRepository(ImlConsent).insert({ caseId: id, partyRole: CasePartyRole.COORDINATION, partyId: territoryId, ...consent, collectedBy: user.userId });
      await refreshPartyKeys(manager, id);
      await recordCaseAccess(manager, user, this.ip, [id], 'iml_case.change', { what: 'referral' });
      await publishEvent(manager, { topic: imlCaseChangedTopic, id });
      return manager.getRepository(ImlCase).findOneByOrFail({ id });
    });
    this.onReferral({ id: saved.id, pseudonym: saved.pseudonym, partyKeys: saved.partyKeys });
    return this.view(saved);
  }

  /** The care team or the operator records the person's consent to share with one party. */
  async recordConsent(input: ImlPartyConsentInput): Promise<ImlCaseView> {
    const consent = checkConsent(input);
    return this.scoped(async (manager) => {
      const locked = await lockCase(manager, this.viewer, input.caseId);
      this.requireConsentCollector(locked.roles);
      await this.checkParty(manager, locked.row, input.partyRole, input.partyId);
      const [current] = await manager.query(
        `SELECT 1 FROM iml_consent WHERE case_id = $1 AND party_role = $2 AND party_id = $3 AND withdrawn_on IS NULL`,
        [input.caseId, input.partyRole, input.partyId],
      );
      if (current) throw new ConflictError('Ce consentement est déjà enregistré.');
      const user = requireSignedIn(this.viewer);
      await manager.getRepository(ImlConsent).insert({ caseId: input.caseId, partyRole: input.partyRole, partyId: input.partyId, ...consent, collectedBy: user.userId });
      await saveCaseChange(manager, locked, { viewer: this.viewer, ip: this.ip, what: `consent:${input.partyRole}` });
      return this.view(await manager.getRepository(ImlCase).findOneByOrFail({ id: input.caseId }));
    });
  }

  /** The person withdraws a consent: the party stops seeing the case at once. */
  async withdrawConsent(consentId: string, withdrawnOn: string): Promise<ImlCaseView | null> {
    const day = requiredDay(withdrawnOn, 'Date du retrait', 'withdrawnOn');
    if (!isUuid(consentId)) throw new NotFoundError('Ce consentement n’existe pas.');
    return this.scoped(async (manager) => {
      const consent = await manager.getRepository(ImlConsent).findOneBy({ id: consentId });
      if (!consent) throw new NotFoundError('Ce consentement n’existe pas.');
      if (consent.withdrawnOn) throw new ConflictError('Ce consentement est déjà retiré.');
      if (day < consent.givenOn) throw new UserInputError('Le retrait ne peut pas précéder le consentement.', 'withdrawnOn');
      const locked = await lockCase(manager, this.viewer, consent.caseId);
      this.requireConsentCollector(locked.roles);
      const user = requireSignedIn(this.viewer);
      await manager.getRepository(ImlConsent).update({ id: consentId }, { withdrawnOn: day, withdrawnBy: user.userId });
      await saveCaseChange(manager, locked, { viewer: this.viewer, ip: this.ip, what: `consent_withdrawn:${consent.partyRole}` });
      const row = await manager.getRepository(ImlCase).findOneBy({ id: consent.caseId });
      return row ? this.view(row) : null;
    });
  }

  private requireConsentCollector(roles: ReadonlySet<CasePartyRole>) {
    if (!roles.has(CasePartyRole.CARE_TEAM) && !roles.has(CasePartyRole.HOUSING_OPERATOR)) {
      throw new ForbiddenError('Le consentement est recueilli par l’équipe de soin ou l’opérateur.');
    }
  }

  private async checkParty(manager: EntityManager, row: ImlCase, role: CasePartyRole, partyId: string) {
    if (role === CasePartyRole.CARE_TEAM) throw new UserInputError('L’équipe de soin qui oriente n’a pas besoin de consentement.', 'partyRole');
    if (role === CasePartyRole.COORDINATION) {
      if (partyId !== row.territoryId) throw new UserInputError('La coordination est celle du territoire du dossier.', 'partyId');
      return;
    }
    const kinds = partyKinds[role]!;
    const [partner] = isUuid(partyId)
      ? await manager.query(
          `SELECT p.kind FROM partner p JOIN partner_territory t ON t.partner_id = p.id AND t.territory_id = $2 WHERE p.id = $1`,
          [partyId, row.territoryId],
        )
      : [];
    if (!partner || !kinds.includes(partner.kind)) throw new UserInputError('Cette structure ne peut pas être cette partie du parcours.', 'partyId');
  }

  private keyedHash(value: string): string {
    return createHmac('sha256', this.settings.pseudonymKey).update(value).digest('hex');
  }
}
