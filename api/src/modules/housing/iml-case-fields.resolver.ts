import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { todayInParis } from '../calendar/paris-time.js';
import { readsPartField, type CasePartField } from './case-parts.js';
import { canReadCaseField, type CaseField } from './case-policy.js';
import { partyKey } from './case-scope.js';
import type { EligibilityCriterion } from './eligibility.js';
import { HousingOffer } from './housing-offer.entity.js';
import {
  ImlCaseAccess,
  ImlCaseDocumentView,
  ImlCaseParty,
  ImlCaseStepView,
  ImlCaseView,
  ImlConsentView,
  ImlIdentity,
  ImlJustification,
  ImlOutcomeDecisionView,
  ImlReviewScheduleView,
  ImlReviewView,
} from './iml-case.types.js';
import { outcomeLabels } from './iml-pathway.service.js';
import { CasePartyRole, casePartyRoleLabels, caseStateLabels, type ImlCaseState } from './pathway.js';
import { reviewSchedule } from './review-schedule.js';

// The nested fields of a case. Each asks the field policy first and answers null (an empty list
// for the lists every party reads) when the viewer's roles do not read it; the loaders then read
// under the viewer's case scope, or hold what the case page read ahead under the same policy.

const jointParties = [CasePartyRole.CARE_TEAM, CasePartyRole.HOUSING_OPERATOR, CasePartyRole.LANDLORD];
const may = (view: ImlCaseView, field: CaseField) => canReadCaseField(field, view.roles);
const mayPart = (view: ImlCaseView, field: CasePartField) => readsPartField(field, view.roles);

@Resolver(() => ImlCaseView)
export class ImlCaseFieldsResolver {
  @FieldResolver(() => [ImlCaseParty], { description: 'Les parties au parcours' })
  async parties(@Root() view: ImlCaseView, @Ctx() ctx: Context): Promise<ImlCaseParty[]> {
    if (!may(view, 'parties')) return [];
    const { row } = view;
    const keys = new Set(row.partyKeys);
    const entries: Array<[CasePartyRole, string | null]> = [
      [CasePartyRole.CARE_TEAM, row.referringTeamId],
      [CasePartyRole.COORDINATION, null],
      [CasePartyRole.HOUSING_OPERATOR, row.operatorId],
      [CasePartyRole.LANDLORD, row.landlordId],
    ];
    const territory = await ctx.loaders.territoryById.load(row.territoryId);
    const parties = await Promise.all(
      entries
        .filter(([role, id]) => role === CasePartyRole.COORDINATION || id)
        .map(async ([role, id]) => ({
          role,
          roleLabel: casePartyRoleLabels[role],
          partnerId: id,
          name: id ? ((await ctx.loaders.partnerById.load(id))?.shortName ?? (await ctx.loaders.partnerById.load(id))?.name ?? '') : (territory?.name ?? ''),
          hasAccess: keys.has(partyKey(role, id ?? row.territoryId)),
        })),
    );
    return parties;
  }

  @FieldResolver(() => HousingOffer, { nullable: true, description: 'Le logement présenté' })
  async offer(@Root() view: ImlCaseView, @Ctx() ctx: Context): Promise<HousingOffer | null> {
    if (!may(view, 'offer') || !view.row.offerId) return null;
    return ctx.loaders.offerById.load(view.row.offerId);
  }

  @FieldResolver(() => ImlIdentity, { nullable: true, description: 'Identité (équipe de soin et opérateur ; lecture journalisée)' })
  async identity(@Root() view: ImlCaseView, @Ctx() ctx: Context): Promise<ImlIdentity | null> {
    if (!mayPart(view, 'identity')) return null;
    return ctx.loaders.casePrivate.load(view.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Projet d’accompagnement (équipe de soin et opérateur)' })
  async supportPlan(@Root() view: ImlCaseView, @Ctx() ctx: Context): Promise<string | null> {
    if (!mayPart(view, 'supportPlan')) return null;
    return (await ctx.loaders.casePrivate.load(view.id))?.supportPlan ?? null;
  }

  @FieldResolver(() => [ImlJustification], { nullable: true, description: 'Justifications des critères (équipe de soin)' })
  async justifications(@Root() view: ImlCaseView, @Ctx() ctx: Context): Promise<ImlJustification[] | null> {
    if (!mayPart(view, 'justifications')) return null;
    const clinical = await ctx.loaders.caseClinical.load(view.id);
    return Object.entries(clinical?.justifications ?? {}).map(([criterion, justification]) => ({ criterion: criterion as EligibilityCriterion, justification }));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Notes cliniques (équipe de soin)' })
  async clinicalNotes(@Root() view: ImlCaseView, @Ctx() ctx: Context): Promise<string | null> {
    if (!mayPart(view, 'clinicalNotes')) return null;
    return (await ctx.loaders.caseClinical.load(view.id))?.clinicalNotes ?? null;
  }

  @FieldResolver(() => [ImlCaseStepView], { description: 'Les étapes franchies' })
  async steps(@Root() view: ImlCaseView, @Ctx() ctx: Context): Promise<ImlCaseStepView[]> {
    if (!mayPart(view, 'steps')) return [];
    const steps = await ctx.loaders.caseSteps.load(view.id);
    return steps.map((step) => ({
      fromState: step.fromState as ImlCaseState | null,
      toState: step.toState as ImlCaseState,
      label: caseStateLabels[step.toState as ImlCaseState],
      on: step.on,
      note: step.note,
    }));
  }

  @FieldResolver(() => [ImlReviewView], { description: 'Les évaluations partagées' })
  async reviews(@Root() view: ImlCaseView, @Ctx() ctx: Context): Promise<ImlReviewView[]> {
    if (!mayPart(view, 'reviews')) return [];
    const reviews = await ctx.loaders.caseReviews.load(view.id);
    const full = may(view, 'reviewConclusions');
    return reviews.map((review) => ({
      id: review.id,
      heldOn: review.heldOn,
      participantRoles: review.participantRoles as CasePartyRole[],
      participants: full ? review.participants : null,
      conclusions: full ? review.conclusions : null,
    }));
  }

  @FieldResolver(() => ImlReviewScheduleView, { nullable: true, description: 'Évaluations dues (à partir de la sous-location)' })
  async reviewSchedule(@Root() view: ImlCaseView, @Ctx() ctx: Context): Promise<ImlReviewScheduleView | null> {
    if (!mayPart(view, 'reviewSchedule') || !view.row.subleaseStartsOn) return null;
    const reviews = await ctx.loaders.caseReviews.load(view.id);
    return reviewSchedule({
      subleaseStartsOn: view.row.subleaseStartsOn,
      reviewDates: reviews.map((review) => review.heldOn),
      today: todayInParis(),
      endedOn: view.row.closedOn,
    });
  }

  @FieldResolver(() => [ImlConsentView], { nullable: true, description: 'Consentements (équipe de soin, opérateur, coordination)' })
  async consents(@Root() view: ImlCaseView, @Ctx() ctx: Context): Promise<ImlConsentView[] | null> {
    if (!may(view, 'consents')) return null;
    const consents = await ctx.loaders.caseConsents.load(view.id);
    const territory = await ctx.loaders.territoryById.load(view.row.territoryId);
    return Promise.all(
      consents.map(async (consent) => ({
        id: consent.id,
        partyRole: consent.partyRole as CasePartyRole,
        partyId: consent.partyId,
        partyName: consent.partyRole === CasePartyRole.COORDINATION ? (territory?.name ?? '') : ((await ctx.loaders.partnerById.load(consent.partyId))?.name ?? ''),
        givenOn: consent.givenOn,
        scope: consent.scope,
        collectedByName: consent.collectedByName,
        withdrawnOn: consent.withdrawnOn,
      })),
    );
  }

  @FieldResolver(() => [ImlOutcomeDecisionView], { description: 'Issues proposées et leur accord' })
  async decisions(@Root() view: ImlCaseView, @Ctx() ctx: Context): Promise<ImlOutcomeDecisionView[]> {
    if (!mayPart(view, 'decisions')) return [];
    const decisions = await ctx.loaders.caseDecisions.load(view.id);
    return decisions.map((decision) => ({
      id: decision.id,
      outcome: decision.outcome,
      outcomeLabel: outcomeLabels[decision.outcome] ?? decision.outcome,
      decidedOn: decision.decidedOn,
      reason: decision.reason,
      reorientation: decision.reorientation,
      newEndOn: decision.newEndOn,
      agreedBy: jointParties.filter((party) => decision.agreements[party]),
      awaiting: decision.appliedAt || decision.cancelledAt ? [] : jointParties.filter((party) => !decision.agreements[party]),
      applied: decision.appliedAt !== null,
      cancelled: decision.cancelledAt !== null,
    }));
  }

  @FieldResolver(() => [ImlCaseAccess], { nullable: true, description: 'Qui a consulté ou modifié le dossier' })
  accessLog(@Root() view: ImlCaseView, @Ctx() ctx: Context): Promise<ImlCaseAccess[]> | null {
    if (!may(view, 'accessLog')) return null;
    return ctx.loaders.caseAccessLog.load(view.id);
  }

  @FieldResolver(() => [ImlCaseDocumentView], { nullable: true, description: 'Documents (bail, sous-location, comptes rendus)' })
  documents(@Root() view: ImlCaseView, @Ctx() ctx: Context): Promise<ImlCaseDocumentView[]> | null {
    if (!mayPart(view, 'documents')) return null;
    return ctx.loaders.caseDocuments.load(view.id);
  }
}
