import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { requireSignedIn } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../errors/errors.js';
import { optionalText, requiredDay, requiredText } from '../../text/input.js';
import { isUuid } from '../../text/ids.js';
import { todayInParis } from '../calendar/paris-time.js';
import { rolesOnCase, withCaseScope } from './case-scope.js';
import { lockCase, saveCaseChange, type LockedCase } from './case-store.js';
import { toCaseView } from './case-view.js';
import { assertCriteriaMet } from './eligibility.js';
import { HousingOffer } from './housing-offer.entity.js';
import { ImlCase, ImlOutcomeDecision, ImlReview } from './iml-case.entity.js';
import type { ImlOutcomeInput, ImlReviewInput } from './iml-case.inputs.js';
import type { ImlCaseView } from './iml-case.types.js';
import { assertTransition, CasePartyRole, ImlCaseState, outcomeStates } from './pathway.js';
import { addMonths } from '../calendar/calendar-days.js';
import { assertExtension, initialMonths } from './review-schedule.js';
import { OfferStatus } from './housing-offer.rules.js';

// The moves of a case along the pathway. The state machine (`pathway.ts`) says who may move
// where; this adds what each step records and requires (consent, offer, dates).

export const extension = 'EXTENDED';
const jointParties = [CasePartyRole.CARE_TEAM, CasePartyRole.HOUSING_OPERATOR, CasePartyRole.LANDLORD];
const housedStates = new Set([ImlCaseState.HOUSED, ImlCaseState.SUPPORTED]);

export const outcomeLabels: Record<string, string> = {
  [ImlCaseState.LEASE_TRANSFERRED]: 'Glissement de bail',
  [ImlCaseState.REORIENTED]: 'Réorientation',
  [ImlCaseState.EXITED]: 'Sortie du dispositif',
  [extension]: 'Prolongation de la sous-location',
};

export interface MoveDetails {
  on: string;
  note?: string | null;
  operatorId?: string | null;
  offerId?: string | null;
  reason?: string | null;
  leaseStartsOn?: string | null;
  subleaseStartsOn?: string | null;
  supportArrangements?: string | null;
}

function notInFuture(day: string, field: string): string {
  if (day > todayInParis()) throw new UserInputError('Cette date est dans le futur.', field);
  return day;
}

export class ImlPathwayService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly ip: string | null,
  ) {}

  private async inScope(caseId: string, version: number | undefined, work: (manager: EntityManager, locked: LockedCase) => Promise<void>): Promise<ImlCaseView> {
    requireSignedIn(this.viewer);
    if (!isUuid(caseId)) throw new NotFoundError('Ce dossier n’existe pas ou ne vous est pas accessible.');
    return withCaseScope(this.dataSource, this.viewer, async (manager) => {
      const locked = await lockCase(manager, this.viewer, caseId, version);
      await work(manager, locked);
      const row = await manager.getRepository(ImlCase).findOneByOrFail({ id: caseId });
      return toCaseView(row, rolesOnCase(this.viewer, row.partyKeys));
    });
  }

  /** Moves the case to `to`, with what that step records. */
  move(caseId: string, version: number, to: ImlCaseState, details: MoveDetails): Promise<ImlCaseView> {
    const on = notInFuture(requiredDay(details.on, 'Date de l’étape', 'on'), 'on');
    const note = optionalText(details.note, 'Commentaire', 1000, 'note');
    return this.inScope(caseId, version, async (manager, locked) => {
      const from = locked.row.state as ImlCaseState;
      const transition = assertTransition(from, to, locked.roles);
      if (transition.joint) throw new ConflictError('Une issue du parcours demande l’accord des trois parties : proposez-la.');
      const set = await this.stepRecords(manager, locked, to, { ...details, on });
      await saveCaseChange(manager, locked, { viewer: this.viewer, ip: this.ip, set, step: { from, to, on, note }, what: `state:${to}` });
    });
  }

  private async stepRecords(manager: EntityManager, { row }: LockedCase, to: ImlCaseState, details: MoveDetails): Promise<Partial<ImlCase>> {
    switch (to) {
      case ImlCaseState.REGISTERED:
        assertCriteriaMet(row.criteriaMet);
        return {};
      case ImlCaseState.ORIENTED: {
        const operatorId = details.operatorId ?? '';
        await this.requireConsent(manager, row, CasePartyRole.HOUSING_OPERATOR, operatorId, 'l’opérateur');
        return { operatorId };
      }
      case ImlCaseState.MATCHING:
        // A new search after a refusal: the refusing landlord leaves the case, its flat is free again.
        if (row.offerId) await this.setOfferStatus(manager, row.offerId, OfferStatus.AVAILABLE);
        return { landlordId: null, offerId: null };
      case ImlCaseState.PRESENTED: {
        const offer = isUuid(details.offerId ?? '') ? await manager.getRepository(HousingOffer).findOneBy({ id: details.offerId! }) : null;
        if (!offer || offer.territoryId !== row.territoryId) throw new UserInputError('Choisissez un logement proposé par un bailleur.', 'offerId');
        if (offer.status !== OfferStatus.AVAILABLE) throw new ConflictError('Ce logement n’est plus disponible.');
        await this.requireConsent(manager, row, CasePartyRole.LANDLORD, offer.landlordId, 'le bailleur');
        await this.setOfferStatus(manager, offer.id, OfferStatus.RESERVED);
        return { offerId: offer.id, landlordId: offer.landlordId };
      }
      case ImlCaseState.ACCEPTED:
        return { commissionOn: details.on };
      case ImlCaseState.REFUSED:
        return { commissionOn: details.on, refusalReason: requiredText(details.reason, 'Motif du refus', 1000, 'reason') };
      case ImlCaseState.HOUSED: {
        const leaseStartsOn = requiredDay(details.leaseStartsOn, 'Début du bail', 'leaseStartsOn');
        const subleaseStartsOn = requiredDay(details.subleaseStartsOn, 'Début de la sous-location', 'subleaseStartsOn');
        if (subleaseStartsOn < leaseStartsOn) throw new UserInputError('La sous-location ne peut pas commencer avant le bail.', 'subleaseStartsOn');
        if (row.offerId) await this.setOfferStatus(manager, row.offerId, OfferStatus.LET);
        return { leaseStartsOn, subleaseStartsOn, plannedEndOn: addMonths(subleaseStartsOn, initialMonths) };
      }
      case ImlCaseState.SUPPORTED:
        return { supportArrangements: requiredText(details.supportArrangements, 'Organisation de l’accompagnement', 2000, 'supportArrangements') };
      case ImlCaseState.WITHDRAWN:
        if (row.offerId && row.state !== ImlCaseState.ACCEPTED) await this.setOfferStatus(manager, row.offerId, OfferStatus.AVAILABLE);
        return { closedOn: details.on, closingReason: requiredText(details.reason, 'Motif du retrait', 1000, 'reason') };
      default:
        return {};
    }
  }

  private async requireConsent(manager: EntityManager, row: ImlCase, role: CasePartyRole, partyId: string, who: string) {
    const [consent] = isUuid(partyId)
      ? await manager.query(`SELECT 1 FROM iml_consent WHERE case_id = $1 AND party_role = $2 AND party_id = $3 AND withdrawn_on IS NULL`, [row.id, role, partyId])
      : [];
    if (!consent) throw new ConflictError(`Le consentement de la personne au partage avec ${who} doit être enregistré d’abord.`);
  }

  private async setOfferStatus(manager: EntityManager, offerId: string, status: OfferStatus) {
    await manager.query(`UPDATE housing_offer SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`, [offerId, status]);
  }

  /** A joint review of a housed person, by one of the three parties. */
  recordReview(input: ImlReviewInput): Promise<ImlCaseView> {
    const heldOn = notInFuture(requiredDay(input.heldOn, 'Date de l’évaluation', 'heldOn'), 'heldOn');
    const conclusions = requiredText(input.conclusions, 'Conclusions', 2000, 'conclusions');
    const participants = optionalText(input.participants, 'Participants', 500, 'participants');
    const roles = [...new Set(input.participantRoles)].filter((role) => jointParties.includes(role));
    if (!roles.length) throw new UserInputError('Indiquez les parties présentes.', 'participantRoles');
    return this.inScope(input.caseId, undefined, async (manager, locked) => {
      if (!jointParties.some((role) => locked.roles.has(role))) throw new ForbiddenError('L’évaluation est saisie par l’équipe de soin, l’opérateur ou le bailleur.');
      const { row } = locked;
      if (!housedStates.has(row.state as ImlCaseState) || !row.subleaseStartsOn) throw new ConflictError('Une évaluation suit l’entrée dans le logement.');
      if (heldOn < row.subleaseStartsOn) throw new UserInputError('L’évaluation ne peut pas précéder la sous-location.', 'heldOn');
      const user = requireSignedIn(this.viewer);
      await manager.getRepository(ImlReview).insert({ caseId: row.id, heldOn, participantRoles: roles, participants, conclusions, recordedBy: user.userId });
      await saveCaseChange(manager, locked, { viewer: this.viewer, ip: this.ip, what: 'review' });
    });
  }

  /** One party proposes an outcome (or an extension); it is its first agreement. */
  proposeOutcome(input: ImlOutcomeInput): Promise<ImlCaseView> {
    if (!outcomeStates.has(input.outcome as ImlCaseState) && input.outcome !== extension) throw new UserInputError('Issue inconnue.', 'outcome');
    const decidedOn = notInFuture(requiredDay(input.decidedOn, 'Date de la décision', 'decidedOn'), 'decidedOn');
    const reason = requiredText(input.reason, 'Motif', 1000, 'reason');
    const reorientation = input.outcome === ImlCaseState.REORIENTED ? requiredText(input.reorientation, 'Orientation', 200, 'reorientation') : null;
    return this.inScope(input.caseId, input.version, async (manager, locked) => {
      const { row } = locked;
      const role = jointParties.find((party) => locked.roles.has(party));
      if (!role) throw new ForbiddenError('Une issue est décidée par l’équipe de soin, l’opérateur et le bailleur.');
      if (!housedStates.has(row.state as ImlCaseState) || !row.subleaseStartsOn) throw new ConflictError('Une issue se décide une fois la personne logée.');
      if (input.outcome !== extension) assertTransition(row.state as ImlCaseState, input.outcome as ImlCaseState, locked.roles);
      let newEndOn: string | null = null;
      if (input.outcome === extension) {
        newEndOn = requiredDay(input.newEndOn, 'Nouvelle fin prévue', 'newEndOn');
        assertExtension(row.subleaseStartsOn, newEndOn);
        if (row.plannedEndOn && newEndOn <= row.plannedEndOn) throw new UserInputError('La prolongation doit reporter la fin prévue.', 'newEndOn');
      }
      const pending = await manager.getRepository(ImlOutcomeDecision).findOneBy({ caseId: row.id, appliedAt: IsNull(), cancelledAt: IsNull() });
      if (pending) throw new ConflictError('Une autre issue attend déjà l’accord des parties.');
      const user = requireSignedIn(this.viewer);
      await manager.getRepository(ImlOutcomeDecision).insert({
        caseId: row.id,
        outcome: input.outcome,
        decidedOn,
        reason,
        reorientation,
        newEndOn,
        proposedBy: user.userId,
        agreements: { [role]: { userId: user.userId, at: new Date().toISOString() } },
      });
      await saveCaseChange(manager, locked, { viewer: this.viewer, ip: this.ip, what: `outcome_proposed:${input.outcome}` });
    });
  }

  /** Another party agrees; with the third agreement the outcome applies. Never automatic before. */
  async agreeOutcome(decisionId: string, agree: boolean): Promise<ImlCaseView> {
    if (!isUuid(decisionId)) throw new NotFoundError('Cette décision n’existe pas.');
    const decision = await withCaseScope(this.dataSource, this.viewer, (manager) => manager.getRepository(ImlOutcomeDecision).findOneBy({ id: decisionId }));
    if (!decision) throw new NotFoundError('Cette décision n’existe pas.');
    return this.inScope(decision.caseId, undefined, async (manager, locked) => {
      const current = await manager.getRepository(ImlOutcomeDecision).findOneByOrFail({ id: decisionId });
      if (current.appliedAt || current.cancelledAt) throw new ConflictError('Cette décision est déjà close.');
      const role = jointParties.find((party) => locked.roles.has(party) && !current.agreements[party]);
      if (!role) throw new ForbiddenError('Votre accord est déjà enregistré, ou cette décision ne vous revient pas.');
      const user = requireSignedIn(this.viewer);
      if (!agree) {
        await manager.getRepository(ImlOutcomeDecision).update({ id: decisionId }, { cancelledAt: new Date() });
        await saveCaseChange(manager, locked, { viewer: this.viewer, ip: this.ip, what: 'outcome_declined' });
        return;
      }
      const agreements = { ...current.agreements, [role]: { userId: user.userId, at: new Date().toISOString() } };
      const complete = jointParties.every((party) => agreements[party]);
      await manager.getRepository(ImlOutcomeDecision).update({ id: decisionId }, { agreements, appliedAt: complete ? new Date() : null });
      const { row } = locked;
      if (!complete) {
        await saveCaseChange(manager, locked, { viewer: this.viewer, ip: this.ip, what: 'outcome_agreed' });
      } else if (current.outcome === extension) {
        await saveCaseChange(manager, locked, { viewer: this.viewer, ip: this.ip, set: { plannedEndOn: current.newEndOn }, what: 'extension' });
      } else {
        const to = current.outcome as ImlCaseState;
        await saveCaseChange(manager, locked, {
          viewer: this.viewer,
          ip: this.ip,
          set: { closedOn: current.decidedOn, closingReason: current.reason, reorientation: current.reorientation },
          step: { from: row.state as ImlCaseState, to, on: current.decidedOn, note: 'Décision commune de l’équipe de soin, de l’opérateur et du bailleur' },
          what: `state:${to}`,
        });
      }
    });
  }
}
