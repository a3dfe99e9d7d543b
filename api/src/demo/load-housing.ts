import { createHmac, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Role } from '../modules/accounts/role.enum.js';
import { addMonths } from '../modules/calendar/calendar-days.js';
import { partyKey } from '../modules/housing/case-scope.js';
import { refreshPartyKeys } from '../modules/housing/case-store.js';
import { EligibilityCriterion } from '../modules/housing/eligibility.js';
import { HousingOffer } from '../modules/housing/housing-offer.entity.js';
import { OfferStatus } from '../modules/housing/housing-offer.rules.js';
import { ImlCase, ImlCaseClinical, ImlCasePrivate, ImlCaseStep, ImlConsent, ImlReview } from '../modules/housing/iml-case.entity.js';
import { extension } from '../modules/housing/iml-pathway.service.js';
import { CasePartyRole, ImlCaseState, outcomeStates, transitionFor } from '../modules/housing/pathway.js';
import { initialMonths } from '../modules/housing/review-schedule.js';
import { demoAccounts } from './accounts.data.js';
import { demoAvailableFlats, demoCases, type DemoCase, type DemoFlat } from './housing.data.js';

// The service keys pseudonyms with the deployment's secret, which the demo loader is not given;
// a demo case names nobody, so a fixed key yields the same kind of opaque, stable label.
const demoPseudonymKey = 'clsm-demo-iml';
const pseudonymOf = (caseId: string): string => `IML-${createHmac('sha256', demoPseudonymKey).update(caseId).digest('hex').slice(0, 8).toUpperCase()}`;

const careTeamSlug = 'ch-jury-erah';
const operatorSlug = 'amli';
const accountRoleOf: Record<CasePartyRole, Role> = {
  [CasePartyRole.CARE_TEAM]: Role.CARE_TEAM,
  [CasePartyRole.COORDINATION]: Role.COORDINATOR,
  [CasePartyRole.HOUSING_OPERATOR]: Role.HOUSING_OPERATOR,
  [CasePartyRole.LANDLORD]: Role.LANDLORD_REFERENT,
};
const jointParties = [CasePartyRole.CARE_TEAM, CasePartyRole.HOUSING_OPERATOR, CasePartyRole.LANDLORD];
const reservedStates = new Set([ImlCaseState.PRESENTED, ImlCaseState.ACCEPTED, ImlCaseState.REFUSED]);
const supportArrangements =
  'ERAH : contrat de soin, prise en charge continue et astreinte téléphonique ; AMLI : gestion locative et accompagnement social ; bailleur : CESF et veille des agents de proximité';

// Steps, consents and decisions are ordered by their timestamps: each gets its own day's noon,
// plus a second per rank, so that the history reads in order.
const at = (day: string, rank = 0): Date => new Date(Date.parse(`${day}T11:00:00Z`) + rank * 1000);

interface Parties {
  territoryId: string;
  careTeamId: string;
  operatorId: string;
  partnerIds: Map<string, string>;
  /** The demo account acting for a party (an organisation, or the territory's coordination), when there is one. */
  userOf(role: CasePartyRole, partnerSlug: string | null): string | null;
}

const stepOn = (demo: DemoCase, state: ImlCaseState): string | null => demo.steps.findLast(([step]) => step === state)?.[1] ?? null;

/** Who makes each move: the last party the pathway names for it (for a joint outcome, the agreement that completes it). */
function moverOf(from: ImlCaseState | null, to: ImlCaseState, demo: DemoCase): CasePartyRole {
  if (from === null) return CasePartyRole.CARE_TEAM;
  const transition = transitionFor(from, to);
  if (!transition) throw new Error(`demo case ${demo.firstName} moves from ${from} to ${to}, which the pathway does not allow`);
  return [...transition.by].at(-1)!;
}

function offerRow(flat: DemoFlat, id: string, status: OfferStatus, parties: Parties): Partial<HousingOffer> {
  return {
    id,
    territoryId: parties.territoryId,
    landlordId: parties.partnerIds.get(flat.landlordSlug)!,
    reference: flat.reference,
    flatType: flat.flatType,
    communeCode: flat.communeCode,
    district: flat.district,
    floor: flat.floor,
    rentCents: flat.rentEuros * 100,
    chargesCents: flat.chargesEuros * 100,
    accessible: flat.accessible,
    nearServices: flat.nearServices,
    nearTransport: flat.nearTransport,
    availableOn: flat.availableOn,
    status,
    isDemo: true,
  };
}

interface DemoDecisionRow {
  case_id: string;
  outcome: string;
  decided_on: string;
  reason: string | null;
  reorientation: string | null;
  new_end_on: string | null;
  proposed_by: string | null;
  agreements: Record<string, { userId: string | null; at: string }>;
  applied_at: string | null;
  created_at: string;
}

interface CaseRows {
  row: Partial<ImlCase>;
  offer: Partial<HousingOffer> | null;
  identity: Partial<ImlCasePrivate> | null;
  clinical: Partial<ImlCaseClinical> | null;
  consents: Array<Partial<ImlConsent>>;
  steps: Array<Partial<ImlCaseStep>>;
  reviews: Array<Partial<ImlReview>>;
  decisions: DemoDecisionRow[];
}

/** What `iml_anonymise_closed_cases` leaves of a case: dates, states and parties, nothing that could name the person. */
function asRetentionLeavesIt(rows: CaseRows, anonymisedOn: string): CaseRows {
  return {
    ...rows,
    row: {
      ...rows.row,
      personKey: null,
      otherNeeds: null,
      monthlyResourcesCents: null,
      housingBenefitCents: null,
      refusalReason: null,
      supportArrangements: null,
      closingReason: null,
      anonymisedAt: at(anonymisedOn),
      version: 2,
    },
    identity: null,
    clinical: null,
    consents: rows.consents.map((consent) => ({ ...consent, scope: '' })),
    steps: rows.steps.map((step) => ({ ...step, note: null })),
    reviews: rows.reviews.map((review) => ({ ...review, participants: null, conclusions: null })),
    decisions: rows.decisions.map((decision) => ({ ...decision, reason: null })),
  };
}

/** Every row of one case, as the service (and retention, for a case long closed) would have left them. */
function caseRows(demo: DemoCase, parties: Parties): CaseRows {
  const id = randomUUID();
  const [state, lastOn] = demo.steps.at(-1)!;
  const [, referredOn] = demo.steps[0];
  const reached = (step: ImlCaseState) => stepOn(demo, step) !== null;
  const landlordSlug = demo.flat && state !== ImlCaseState.MATCHING ? demo.flat.landlordSlug : null;
  const landlordId = landlordSlug ? parties.partnerIds.get(landlordSlug)! : null;
  const subleaseStartsOn = stepOn(demo, ImlCaseState.HOUSED);
  const ended = outcomeStates.has(state);
  const slugOf: Record<CasePartyRole, string | null> = {
    [CasePartyRole.CARE_TEAM]: careTeamSlug,
    [CasePartyRole.COORDINATION]: null,
    [CasePartyRole.HOUSING_OPERATOR]: operatorSlug,
    [CasePartyRole.LANDLORD]: landlordSlug,
  };
  const userOf = (role: CasePartyRole) => (role === CasePartyRole.LANDLORD && !landlordSlug ? null : parties.userOf(role, slugOf[role]));
  const careTeam = userOf(CasePartyRole.CARE_TEAM);
  const operator = userOf(CasePartyRole.HOUSING_OPERATOR);

  const offer = demo.flat ? offerRow(demo.flat, randomUUID(), reached(ImlCaseState.HOUSED) ? OfferStatus.LET : OfferStatus.RESERVED, parties) : null;
  if (offer && !reached(ImlCaseState.HOUSED) && !reservedStates.has(state)) throw new Error(`demo case ${demo.firstName} has a flat but was never presented`);

  const agreements = (roles: CasePartyRole[], day: string) => Object.fromEntries(roles.map((role) => [role, { userId: userOf(role), at: at(day).toISOString() }]));
  const decision = (outcome: string, decidedOn: string, details: { reason: string; reorientation?: string | null; newEndOn?: string | null }, agreedBy: CasePartyRole[]): DemoDecisionRow => ({
    case_id: id,
    outcome,
    decided_on: decidedOn,
    reason: details.reason,
    reorientation: details.reorientation ?? null,
    new_end_on: details.newEndOn ?? null,
    proposed_by: userOf(agreedBy[0]),
    agreements: agreements(agreedBy, decidedOn),
    applied_at: agreedBy.length === jointParties.length ? at(decidedOn, 1).toISOString() : null,
    created_at: at(decidedOn, 1).toISOString(),
  });
  const decisions = [
    ...(demo.extension ? [decision(extension, demo.extension.decidedOn, { reason: 'Prolongation pour consolider l’installation (fictif)', newEndOn: demo.extension.newEndOn }, jointParties)] : []),
    ...(ended && demo.outcome ? [decision(state, lastOn, demo.outcome, jointParties)] : []),
    ...(demo.pendingOutcome ? [decision(demo.pendingOutcome.outcome, demo.pendingOutcome.decidedOn, demo.pendingOutcome, demo.pendingOutcome.agreedBy)] : []),
  ];
  const lastChange = [lastOn, ...(demo.reviews ?? []), ...decisions.map((d) => d.decided_on)].sort().at(-1)!;

  const row: Partial<ImlCase> = {
    id,
    territoryId: parties.territoryId,
    pseudonym: pseudonymOf(id),
    personKey: null,
    state,
    // The referring team always reads its case; refreshPartyKeys adds the others from the consents.
    partyKeys: [partyKey(CasePartyRole.CARE_TEAM, parties.careTeamId)],
    referringTeamId: parties.careTeamId,
    operatorId: reached(ImlCaseState.ORIENTED) ? parties.operatorId : null,
    landlordId,
    offerId: offer?.id ?? null,
    criteriaMet: Object.values(EligibilityCriterion),
    flatTypes: demo.need.flatTypes,
    preferredCommunes: demo.need.communes,
    nearServices: demo.need.nearServices,
    nearTransport: demo.need.nearTransport,
    accessibilityNeeded: demo.need.accessibilityNeeded,
    monthlyResourcesCents: demo.need.resourcesEuros * 100,
    housingBenefitCents: demo.need.housingBenefitEuros * 100,
    referredOn,
    commissionOn: stepOn(demo, ImlCaseState.ACCEPTED) ?? stepOn(demo, ImlCaseState.REFUSED),
    refusalReason: demo.refusalReason ?? null,
    leaseStartsOn: subleaseStartsOn,
    subleaseStartsOn,
    plannedEndOn: subleaseStartsOn ? (demo.extension?.newEndOn ?? addMonths(subleaseStartsOn, initialMonths)) : null,
    supportArrangements: reached(ImlCaseState.SUPPORTED) ? supportArrangements : null,
    closedOn: ended ? lastOn : null,
    closingReason: ended ? (demo.outcome?.reason ?? null) : null,
    reorientation: ended ? (demo.outcome?.reorientation ?? null) : null,
    createdBy: careTeam,
    createdAt: at(referredOn),
    updatedAt: at(lastChange, 2),
  };

  const orientedOn = stepOn(demo, ImlCaseState.ORIENTED);
  const presentedOn = stepOn(demo, ImlCaseState.PRESENTED);
  // Each consent is collected on the day its party joins: the service refuses the move without it.
  const consents: Array<Partial<ImlConsent> & { givenOn: string }> = [
    { caseId: id, partyRole: CasePartyRole.COORDINATION, partyId: parties.territoryId, givenOn: referredOn, scope: 'Parcours et besoin de logement', collectedBy: careTeam },
    ...(orientedOn
      ? [{ caseId: id, partyRole: CasePartyRole.HOUSING_OPERATOR, partyId: parties.operatorId, givenOn: orientedOn, scope: 'Identité, besoin de logement et accompagnement', collectedBy: careTeam }]
      : []),
    ...(presentedOn && demo.flat
      ? [{ caseId: id, partyRole: CasePartyRole.LANDLORD, partyId: parties.partnerIds.get(demo.flat.landlordSlug)!, givenOn: presentedOn, scope: 'Ce que la commission d’attribution demande', collectedBy: operator }]
      : []),
  ].map((consent) => ({ ...consent, createdAt: at(consent.givenOn) }));

  const steps: Array<Partial<ImlCaseStep>> = demo.steps.map(([toState, on], rank) => {
    const fromState = rank === 0 ? null : demo.steps[rank - 1][0];
    return {
      caseId: id,
      fromState,
      toState,
      on,
      note: outcomeStates.has(toState) ? 'Décision commune de l’équipe de soin, de l’opérateur et du bailleur' : null,
      actorUserId: userOf(moverOf(fromState, toState, demo)),
      at: at(on, rank),
    };
  });

  const reviews: Array<Partial<ImlReview>> = (demo.reviews ?? []).map((heldOn) => ({
    caseId: id,
    heldOn,
    participantRoles: jointParties,
    participants: 'ERAH, AMLI, CESF du bailleur',
    conclusions: ended && heldOn === lastOn ? 'Issue du parcours décidée ensemble (fictif)' : 'Installation stable, accompagnement poursuivi (fictif)',
    recordedBy: operator,
    createdAt: at(heldOn),
  }));

  const rows: CaseRows = {
    row,
    offer,
    identity: { caseId: id, firstName: demo.firstName, lastName: 'Exemple', birthDate: null, phone: null, email: null, supportPlan: 'Visites à domicile de l’ERAH, accompagnement budgétaire par AMLI (fictif)' },
    clinical: {
      caseId: id,
      justifications: {
        [EligibilityCriterion.PSYCHIATRIC_DISABILITY]: 'Reconnaissance de handicap psychique (fictif)',
        [EligibilityCriterion.FOLLOWED_BY_CH_JURY]: 'Suivi par l’ERAH (fictif)',
        [EligibilityCriterion.HOUSING_ACCESS_PROBLEM]: demo.housingSituation,
        [EligibilityCriterion.SOLVENT]: 'Allocation aux adultes handicapés et aide au logement (fictif)',
      },
      clinicalNotes: 'Note clinique d’exemple (fictif)',
    },
    consents,
    steps,
    reviews,
    decisions,
  };
  return demo.anonymisedOn ? asRetentionLeavesIt(rows, demo.anonymisedOn) : rows;
}

/**
 * The fictional IML cohort of `housing.data.ts` and the landlords' demo offers, loaded once per
 * territory: when the territory has a case already, nothing is touched. Returns how many cases
 * were added.
 */
export async function loadDemoHousing(manager: EntityManager, territoryId: string): Promise<number> {
  // Counted through the figures function: row-level security would hide cases outside any scope.
  const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM iml_case_figures($1)`, [territoryId]);
  if (count > 0) return 0;

  const slugs = [careTeamSlug, operatorSlug, ...new Set([...demoCases.flatMap((demo) => (demo.flat ? [demo.flat.landlordSlug] : [])), ...demoAvailableFlats.map((flat) => flat.landlordSlug)])];
  const partnerRows: Array<{ id: string; slug: string }> = await manager.query(`SELECT id, slug FROM partner WHERE slug = ANY($1)`, [slugs]);
  const partnerIds = new Map(partnerRows.map((row) => [row.slug, row.id]));
  const missing = slugs.filter((slug) => !partnerIds.has(slug));
  if (missing.length) throw new Error(`demo housing names unknown partners: ${missing.join(', ')}`);
  const userRows: Array<{ id: string; email: string }> = await manager.query(`SELECT id, email FROM user_account WHERE email = ANY($1)`, [demoAccounts.map((account) => account.email)]);
  const userIds = new Map(userRows.map((row) => [row.email, row.id]));
  const parties: Parties = {
    territoryId,
    careTeamId: partnerIds.get(careTeamSlug)!,
    operatorId: partnerIds.get(operatorSlug)!,
    partnerIds,
    // A landlord without a demo account agrees and moves with no user: the party is what counts.
    userOf(role, partnerSlug) {
      const account = demoAccounts.find((a) => a.role === accountRoleOf[role] && a.partnerSlug === partnerSlug);
      return account ? (userIds.get(account.email) ?? null) : null;
    },
  };

  const cases = demoCases.map((demo) => caseRows(demo, parties));
  const offers = [...cases.flatMap((c) => (c.offer ? [c.offer] : [])), ...demoAvailableFlats.map((flat) => offerRow(flat, randomUUID(), OfferStatus.AVAILABLE, parties))];
  await manager.getRepository(HousingOffer).insert(offers);

  // The referring team's key is on every case from its first row, so this scope writes them all.
  await manager.query(`SELECT set_config('clsm.housing_scope', $1, true)`, [partyKey(CasePartyRole.CARE_TEAM, parties.careTeamId)]);
  await manager.getRepository(ImlCase).insert(cases.map((c) => c.row));
  await manager.getRepository(ImlCasePrivate).insert(cases.flatMap((c) => (c.identity ? [c.identity] : [])));
  await manager.getRepository(ImlCaseClinical).insert(cases.flatMap((c) => (c.clinical ? [c.clinical] : [])));
  await manager.getRepository(ImlConsent).insert(cases.flatMap((c) => c.consents));
  await manager.getRepository(ImlCaseStep).insert(cases.flatMap((c) => c.steps));
  await manager.getRepository(ImlReview).insert(cases.flatMap((c) => c.reviews));
  // Raw, because a landlord without a demo account agrees with no user id, which the entity's type has no room for.
  await manager.query(
    `INSERT INTO iml_outcome_decision (case_id, outcome, decided_on, reason, reorientation, new_end_on, proposed_by, agreements, applied_at, created_at)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS d(case_id uuid, outcome text, decided_on date, reason text, reorientation text, new_end_on date,
       proposed_by uuid, agreements jsonb, applied_at timestamptz, created_at timestamptz)`,
    [JSON.stringify(cases.flatMap((c) => c.decisions))],
  );
  for (const c of cases) await refreshPartyKeys(manager, c.row.id!);
  // The rest of the demo transaction reads no case: it goes on without a scope.
  await manager.query(`SELECT set_config('clsm.housing_scope', '', true)`);
  return cases.length;
}
