import { createHmac } from 'node:crypto';
import { refreshPartyKeys } from '../modules/housing/case-store.js';
import { EligibilityCriterion } from '../modules/housing/eligibility.js';
import { CasePartyRole, ImlCaseState, transitionFor } from '../modules/housing/pathway.js';
import { writeTable, type ScaleContext } from './context.js';
import { addMonths, dayNumber, dayString, noonOf, scaleToday } from './dates.js';
import type { DemoFacts, PartnerRef, TerritoryPlan } from './network.js';
import { fictionPhonePrefixes, firstNames, surnameMarkers, surnames } from './people.vocabulary.js';
import { districts } from './places.vocabulary.js';
import { apportion, idTag, type Random, scaleId } from './random.js';

// The IML cases (5,000 at full size) with every part the service keeps: the identity and clinical
// tables, consents, steps, joint reviews, outcome decisions, and the landlords' offers they were
// housed in. Each case walks the pathway of `pathway.ts` from its referral to today (or to its
// outcome); a case closed more than two years ago is left as retention leaves it. A few hundred
// Metz cases are referred by the demo CMP correspondent's team (cmp.secteur2@example.org).

const { CARE_TEAM, COORDINATION, HOUSING_OPERATOR, LANDLORD } = CasePartyRole;
const S = ImlCaseState;
const today = dayNumber(scaleToday);
const retentionMonths = 24;
const jointParties = [CARE_TEAM, HOUSING_OPERATOR, LANDLORD];
// Pseudonyms are keyed hashes of the case id, as the service makes them; the deployment's key is
// not the generator's business, and a generated case names nobody.
const pseudonymKey = 'clsm-scale-iml';

export const metzCareTeamSlug = 'cmp-secteur-2-pole-5';
export const metzCareTeamAccount = 'cmp.secteur2@example.org';

const situations = [
  'Hébergé chez un tiers (fictif)', 'Sortie d’hospitalisation sans logement (fictif)', 'En foyer d’hébergement temporaire (fictif)',
  'Logement insalubre, procédure en cours (fictif)', 'Vit chez ses parents vieillissants (fictif)', 'Hébergement d’urgence depuis plusieurs mois (fictif)',
];
const reorientations = ['Résidence accueil', 'Pension de famille', 'Famille gouvernante', 'Foyer de vie'];
const outcomeReasons: Record<string, string> = {
  [S.LEASE_TRANSFERRED]: 'Autonomie acquise, loyer réglé sans incident : le bail glisse au nom de la personne (fictif)',
  [S.REORIENTED]: 'Besoin d’un cadre plus soutenant que le logement autonome (fictif)',
  [S.EXITED]: 'Sortie du dispositif à la demande de la personne (fictif)',
};
const refusalReasons = ['Logement attribué à un ménage reconnu prioritaire (fictif)', 'Ressources jugées insuffisantes par la commission (fictif)', 'Logement ne correspondant pas au besoin exprimé (fictif)'];
const withdrawalReasons = ['La personne ne souhaite plus de logement autonome (fictif)', 'Hospitalisation de longue durée (fictif)', 'Solution de logement trouvée par ailleurs (fictif)'];

interface Parties {
  territory: TerritoryPlan;
  careTeams: PartnerRef[];
  operator: PartnerRef;
  landlords: PartnerRef[];
  /** Demo accounts acting for a party, in Metz; nobody elsewhere (no accounts are generated). */
  userOf(role: CasePartyRole, partnerId: string | null): string | null;
}

type CopyRow = Array<string | number | boolean | Date | null | string[] | Record<string, unknown>>;

interface HousingRows {
  offers: CopyRow[];
  cases: CopyRow[];
  identities: CopyRow[];
  clinical: CopyRow[];
  consents: CopyRow[];
  steps: CopyRow[];
  reviews: CopyRow[];
  decisions: CopyRow[];
  caseIds: string[];
  metzCareTeamCases: Array<{ id: string; pseudonym: string; state: string; anonymised: boolean }>;
}

const prefixOf = (name: string) =>
  name
    .replace(/\(fictif\)/, '')
    .split(/[\s’'-]+/)
    .filter((word) => word.length > 2)
    .map((word) => word[0].toUpperCase())
    .join('')
    .slice(0, 4) || 'BS';

function partiesOf(territory: TerritoryPlan, demo: DemoFacts): Parties {
  if (territory.isMetz) {
    const bySlug = new Map(demo.partners.map((p) => [p.slug, p]));
    const careTeam = bySlug.get(metzCareTeamSlug);
    const operator = bySlug.get('amli');
    if (!careTeam || !operator) throw new Error(`the Metz demo lacks ${metzCareTeamSlug} or amli`);
    const user = (email: string) => demo.userIds.get(email) ?? null;
    const landlordUser = bySlug.get('metz-habitat-territoire')?.id;
    return {
      territory,
      careTeams: [careTeam],
      operator,
      landlords: demo.partners.filter((p) => p.kind === 'SOCIAL_LANDLORD'),
      userOf: (role, partnerId) =>
        role === CARE_TEAM ? user(metzCareTeamAccount)
        : role === COORDINATION ? user('coordination@example.org')
        : role === HOUSING_OPERATOR ? user('operateur.amli@example.org')
        : partnerId === landlordUser ? user('referent.bailleur@example.org')
        : null,
    };
  }
  const own = territory.partners.filter((p) => p.homeId === territory.id);
  return {
    territory,
    careTeams: own.filter((p) => p.templateKey === 'careTeam' || p.templateKey === 'cmpAdult'),
    operator: own.find((p) => p.templateKey === 'housingOperator')!,
    landlords: own.filter((p) => p.templateKey === 'landlord'),
    userOf: () => null,
  };
}

function pseudonymOf(id: string, taken: Set<string>): string {
  const digest = createHmac('sha256', pseudonymKey).update(id).digest('hex').toUpperCase();
  for (let start = 0; start + 8 <= digest.length; start += 8) {
    const pseudonym = `IML-${digest.slice(start, start + 8)}`;
    if (!taken.has(pseudonym)) {
      taken.add(pseudonym);
      return pseudonym;
    }
  }
  throw new Error(`no free pseudonym for case ${id}`);
}

const moverOf = (from: ImlCaseState | null, to: ImlCaseState): CasePartyRole => (from === null ? CARE_TEAM : [...transitionFor(from, to)!.by].at(-1)!);

/** One case and its parts; `n` numbers it among all generated cases. */
function caseRows(n: number, rng: Random, parties: Parties, rows: HousingRows, pseudonyms: Set<string>, offerSerial: () => number, supported = false): void {
  const { territory } = parties;
  const id = scaleId(idTag.imlCase, n);
  const careTeam = rng.pick(parties.careTeams);
  const userOf = (role: CasePartyRole, partnerId: string | null = null) => parties.userOf(role, partnerId);
  // Metz cases are recent (the benchmark opens them with their identity); elsewhere since 2019.
  // `supported`: a case housed and supported today, whatever the draws (the manifest names one).
  const referred = supported ? today - 420 : territory.isMetz ? today - rng.int(20, 4 * 365) : dayNumber('2019-01-07') + rng.int(0, today - 10 - dayNumber('2019-01-07'));
  const steps: Array<[ImlCaseState, number]> = [[S.PROPOSED, referred]];
  let day = referred;
  const go = (state: ImlCaseState, delay: number): boolean => {
    if (day + delay > today) return false;
    day += delay;
    steps.push([state, day]);
    return true;
  };
  const flatTypes = rng.weighted([[['T1'], 4], [['T1', 'T2'], 4], [['T2'], 2], [['T2', 'T3'], 1]] as const);
  const communes = rng.sample(territory.communes.slice(0, 6), rng.int(1, 3));
  const accessibility = rng.chance(0.1);
  interface Presentation { offerId: string; landlord: PartnerRef; on: number; commission: 'ACCEPTED' | 'REFUSED' | null; commissionOn: number | null; offerStatus: string; flatType: string; communeCode: string; availableOn: number }
  const presentations: Presentation[] = [];
  let withdrawn = false;
  let refusalReason: string | null = null;

  const withdraw = (): boolean => {
    if (!rng.chance(0.03) || supported) return false;
    withdrawn = go(S.WITHDRAWN, rng.int(5, 60));
    return withdrawn;
  };
  let housedOn: number | null = null;
  if (!withdraw() && go(S.REGISTERED, rng.int(5, 21)) && !withdraw() && go(S.ORIENTED, rng.int(7, 21)) && !withdraw() && go(S.MATCHING, rng.int(3, 10))) {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const landlord = rng.pick(parties.landlords);
      if (!go(S.PRESENTED, rng.int(20, 150))) break;
      const presentation: Presentation = {
        offerId: scaleId(idTag.offer, offerSerial()),
        landlord,
        on: day,
        commission: null,
        commissionOn: null,
        offerStatus: 'RESERVED',
        flatType: rng.pick(flatTypes),
        communeCode: rng.pick(communes).code,
        availableOn: day - rng.int(15, 60),
      };
      presentations.push(presentation);
      const refused = rng.chance(0.15) && !supported;
      if (!go(refused ? S.REFUSED : S.ACCEPTED, rng.int(10, 25))) break;
      presentation.commission = refused ? 'REFUSED' : 'ACCEPTED';
      presentation.commissionOn = day;
      if (refused) {
        refusalReason = rng.pick(refusalReasons);
        // A new search frees the flat; or the referrers give up.
        if (attempt === 0 && rng.chance(0.6) && go(S.MATCHING, rng.int(7, 30))) {
          presentation.offerStatus = 'AVAILABLE';
          continue;
        }
        if (rng.chance(0.3) && go(S.WITHDRAWN, rng.int(30, 90))) {
          withdrawn = true;
          presentation.offerStatus = 'AVAILABLE';
        }
        break;
      }
      if (go(S.HOUSED, rng.int(10, 30))) {
        housedOn = day;
        presentation.offerStatus = 'LET';
      }
      break;
    }
  }

  // After the sublease: support, reviews every six months, an outcome after 12 to 24 months.
  const reviews: number[] = [];
  const decisions: Array<{ outcome: string; on: number; reason: string; reorientation: string | null; newEndOn: string | null; agreedBy: CasePartyRole[] }> = [];
  let plannedEnd: string | null = null;
  let outcome: ImlCaseState | null = null;
  let reorientation: string | null = null;
  if (housedOn !== null) {
    const sublease = dayString(housedOn);
    plannedEnd = addMonths(sublease, 12);
    go(S.SUPPORTED, rng.int(5, 10));
    const months = supported ? 24 : rng.weighted([[12, 3], [18, 3], [24, 2]] as const);
    const closeOn = dayNumber(addMonths(sublease, months));
    for (let k = 1; k * 6 <= months; k += 1) {
      const due = dayNumber(addMonths(sublease, 6 * k));
      const held = k * 6 === months ? closeOn : due + rng.int(-10, 10);
      if (held > today) break;
      if (k * 6 !== months && rng.chance(0.08)) continue;
      reviews.push(held);
      if (k === 2 && months > 12) {
        plannedEnd = dayString(closeOn);
        decisions.push({ outcome: 'EXTENDED', on: held, reason: 'Prolongation pour consolider l’installation (fictif)', reorientation: null, newEndOn: plannedEnd, agreedBy: jointParties });
      }
    }
    if (closeOn <= today && day <= closeOn) {
      outcome = rng.weighted([[S.LEASE_TRANSFERRED, 5], [S.REORIENTED, 3], [S.EXITED, 2]] as const);
      reorientation = outcome === S.REORIENTED ? rng.pick(reorientations) : null;
      day = closeOn;
      steps.push([outcome, closeOn]);
      decisions.push({ outcome, on: closeOn, reason: outcomeReasons[outcome], reorientation, newEndOn: null, agreedBy: jointParties });
    } else if (reviews.length >= 2 && rng.chance(0.25)) {
      // An outcome proposed at the last review, still waiting for the other parties.
      const pending = rng.weighted([[S.LEASE_TRANSFERRED, 3], [S.REORIENTED, 1]] as const);
      decisions.push({ outcome: pending, on: reviews.at(-1)!, reason: outcomeReasons[pending], reorientation: pending === S.REORIENTED ? rng.pick(reorientations) : null, newEndOn: null, agreedBy: jointParties.slice(0, rng.int(1, 2)) });
    }
  }

  const state = steps.at(-1)![0];
  const ended = withdrawn || outcome !== null;
  const closedOn = ended ? steps.at(-1)![1] : null;
  const anonymisedOn = closedOn !== null && dayNumber(addMonths(dayString(closedOn), retentionMonths)) < today ? dayNumber(addMonths(dayString(closedOn), retentionMonths)) + 1 : null;
  const current = presentations.at(-1);
  // After a refusal and a new search, the refusing landlord has left the case.
  const currentPresentation = current && !(current.commission === 'REFUSED' && current.offerStatus === 'AVAILABLE' && !withdrawn) ? current : null;
  const stepDay = (s: ImlCaseState) => steps.find(([state]) => state === s)?.[1] ?? null;
  const orientedOn = stepDay(S.ORIENTED);
  const operatorId = orientedOn !== null ? parties.operator.id : null;
  const landlordId = currentPresentation?.landlord.id ?? null;

  // Consents, collected on the day each party joins (the service refuses the move without).
  const consents: Array<{ role: CasePartyRole; partyId: string; on: number; scope: string; by: string | null; withdrawnOn: number | null }> = [
    { role: COORDINATION, partyId: territory.id, on: referred, scope: 'Parcours et besoin de logement', by: userOf(CARE_TEAM), withdrawnOn: null },
  ];
  if (orientedOn !== null) consents.push({ role: HOUSING_OPERATOR, partyId: parties.operator.id, on: orientedOn, scope: 'Identité, besoin de logement et accompagnement', by: userOf(CARE_TEAM), withdrawnOn: null });
  for (const p of presentations) consents.push({ role: LANDLORD, partyId: p.landlord.id, on: p.on, scope: 'Ce que la commission d’attribution demande', by: userOf(HOUSING_OPERATOR), withdrawnOn: null });
  // Now and then the person withdraws the coordination's access: the case leaves its board.
  if (!anonymisedOn && !ended && rng.chance(0.02)) consents[0].withdrawnOn = Math.min(today, referred + rng.int(30, 200));
  const active = (role: CasePartyRole, partyId: string | null) => partyId !== null && consents.some((c) => c.role === role && c.partyId === partyId && c.withdrawnOn === null);
  // What refreshPartyKeys computes: the referring team always, the others while their consent stands.
  const partyKeys = [
    `${CARE_TEAM}:${careTeam.id}`,
    ...([[COORDINATION, territory.id], [HOUSING_OPERATOR, operatorId], [LANDLORD, landlordId]] as const).filter(([role, partyId]) => active(role, partyId)).map(([role, partyId]) => `${role}:${partyId}`),
  ];

  const firstName = rng.pick(firstNames);
  const lastName = `${rng.weighted(surnameMarkers)}-${rng.pick(surnames)}`;
  const birthDate = rng.chance(0.8) ? `${rng.int(1958, 2002)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}` : null;
  const personKey = anonymisedOn ? null : createHmac('sha256', pseudonymKey).update(`${lastName.toLocaleLowerCase('fr')}|${firstName.toLocaleLowerCase('fr')}|${birthDate ?? ''}`).digest('hex');
  const pseudonym = pseudonymOf(id, pseudonyms);
  const lastChange = Math.max(day, ...reviews, ...decisions.map((d) => d.on), ...consents.map((c) => c.withdrawnOn ?? 0));
  const keep = <T>(value: T): T | null => (anonymisedOn ? null : value);
  const leaseOn = housedOn !== null ? dayString(housedOn) : null;
  const supportedOn = stepDay(S.SUPPORTED);
  // The commission's date stays on the case after a refusal and a new search, as the service leaves it.
  const lastCommission = presentations.filter((p) => p.commissionOn !== null).at(-1)?.commissionOn ?? null;

  rows.caseIds.push(id);
  rows.cases.push([
    id, territory.id, pseudonym, personKey, state, partyKeys, careTeam.id, operatorId, landlordId, currentPresentation?.offerId ?? null,
    Object.values(EligibilityCriterion), flatTypes.slice(), communes.map((c) => c.code), rng.chance(0.8), rng.chance(0.85), accessibility,
    keep(rng.chance(0.2) ? 'Proximité du CMP souhaitée ; animal de compagnie (fictif)' : null), keep(rng.int(80, 130) * 1000), keep(rng.int(15, 35) * 1000),
    dayString(referred), lastCommission !== null ? dayString(lastCommission) : null,
    keep(refusalReason), leaseOn, leaseOn, plannedEnd,
    keep(supportedOn !== null ? 'Équipe de soin : suivi et visites à domicile ; opérateur : gestion locative et accompagnement social ; bailleur : CESF (fictif)' : null),
    closedOn !== null ? dayString(closedOn) : null, keep(ended ? (outcome ? outcomeReasons[outcome] : rng.pick(withdrawalReasons)) : null), ended ? reorientation : null,
    anonymisedOn !== null ? noonOf(dayString(anonymisedOn)) : null, userOf(CARE_TEAM), steps.length + reviews.length + decisions.length + (anonymisedOn ? 1 : 0),
    noonOf(dayString(referred)), noonOf(dayString(anonymisedOn ?? lastChange), 30),
  ]);
  if (territory.isMetz && careTeam === parties.careTeams[0]) rows.metzCareTeamCases.push({ id, pseudonym, state, anonymised: anonymisedOn !== null });

  if (!anonymisedOn) {
    rows.identities.push([
      id, firstName, lastName, birthDate, rng.chance(0.5) ? `${rng.pick(fictionPhonePrefixes)} ${String(rng.int(0, 99)).padStart(2, '0')} ${String(rng.int(0, 99)).padStart(2, '0')}` : null,
      rng.chance(0.3) ? `${firstName.toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '')}.${n}@example.org` : null, 'Visites à domicile de l’équipe de soin, accompagnement budgétaire par l’opérateur (fictif)',
    ]);
    rows.clinical.push([
      id,
      {
        [EligibilityCriterion.PSYCHIATRIC_DISABILITY]: 'Reconnaissance de handicap psychique (fictif)',
        [EligibilityCriterion.FOLLOWED_BY_CH_JURY]: 'Suivi par l’équipe de soin du secteur (fictif)',
        [EligibilityCriterion.HOUSING_ACCESS_PROBLEM]: rng.pick(situations),
        [EligibilityCriterion.SOLVENT]: 'Allocation aux adultes handicapés et aide au logement (fictif)',
      },
      'Note clinique d’exemple : traitement stabilisé, adhésion aux soins (fictif)',
    ]);
  }
  consents.forEach((c, k) =>
    rows.consents.push([scaleId(idTag.consent, n * 8 + k), id, c.role, c.partyId, dayString(c.on), anonymisedOn ? '' : c.scope, c.by, c.withdrawnOn !== null ? dayString(c.withdrawnOn) : null, null, noonOf(dayString(c.on), k)]),
  );
  steps.forEach(([to, on], k) => {
    const from = k === 0 ? null : steps[k - 1][0];
    const note = to === S.WITHDRAWN || outcome === to ? (to === S.WITHDRAWN ? 'Retrait de la candidature' : 'Décision commune de l’équipe de soin, de l’opérateur et du bailleur') : null;
    const mover = moverOf(from, to);
    rows.steps.push([scaleId(idTag.step, n * 16 + k), id, from, to, dayString(on), keep(note), userOf(mover, mover === LANDLORD ? landlordId : null), noonOf(dayString(on), k)]);
  });
  reviews.forEach((held, k) =>
    rows.reviews.push([scaleId(idTag.review, n * 8 + k), id, dayString(held), jointParties, keep('Équipe de soin, opérateur, CESF du bailleur'), keep(outcome && held === closedOn ? 'Issue du parcours décidée ensemble (fictif)' : 'Installation stable, accompagnement poursuivi (fictif)'), userOf(HOUSING_OPERATOR), noonOf(dayString(held))]),
  );
  decisions.forEach((d, k) => {
    const agreements = Object.fromEntries(d.agreedBy.map((role) => [role, { userId: userOf(role, role === LANDLORD ? landlordId : null), at: noonOf(dayString(d.on), k).toISOString() }]));
    const applied = d.agreedBy.length === jointParties.length;
    rows.decisions.push([scaleId(idTag.outcome, n * 4 + k), id, d.outcome, dayString(d.on), keep(d.reason), d.reorientation, d.newEndOn, userOf(d.agreedBy[0], null), agreements, applied ? noonOf(dayString(d.on), k + 1) : null, null, noonOf(dayString(d.on), k + 1)]);
  });
  for (const p of presentations) {
    const rent = p.flatType === 'T1' ? rng.int(28, 36) : p.flatType === 'T2' ? rng.int(37, 46) : rng.int(45, 56);
    rows.offers.push([
      p.offerId, territory.id, p.landlord.id, `${prefixOf(p.landlord.name)}-${dayString(p.availableOn).slice(0, 4)}-F${String(n).padStart(4, '0')}`, p.flatType, p.communeCode,
      rng.pick(districts), rng.int(0, 6), rent * 1000, rng.int(5, 9) * 1000, accessibility || rng.chance(0.15), rng.chance(0.8), rng.chance(0.7), dayString(p.availableOn),
      'Logement fictif proposé pour l’intermédiation locative.', p.offerStatus, true, null, p.offerStatus === 'AVAILABLE' ? 3 : p.offerStatus === 'LET' ? 3 : 2,
      noonOf(dayString(p.availableOn - 10)), noonOf(dayString(Math.min(today, p.commissionOn ?? p.on))),
    ]);
  }
}

export interface HousingSummary {
  cases: number;
  /** Cases whose keys the service's function had to change: 0 when the generator computes them as it does. */
  partyKeysCorrected: number;
  metzCareTeamCases: HousingRows['metzCareTeamCases'];
}

export async function writeHousing(context: ScaleContext, territories: TerritoryPlan[], demo: DemoFacts): Promise<HousingSummary> {
  const metz = territories.find((t) => t.isMetz)!;
  const generated = territories.filter((t) => !t.isMetz);
  const perTerritory = new Map<TerritoryPlan, number>([[metz, context.counts.metzCareTeamCases]]);
  apportion(context.counts.housingCases - context.counts.metzCareTeamCases, generated.map((t) => t.weight)).forEach((count, i) => perTerritory.set(generated[i], count));
  const rows: HousingRows = { offers: [], cases: [], identities: [], clinical: [], consents: [], steps: [], reviews: [], decisions: [], caseIds: [], metzCareTeamCases: [] };
  const pseudonyms = new Set(demo.pseudonyms);
  let cases = 0;
  let offers = 0;
  for (const territory of [...generated, metz]) {
    const rng = context.random.fork('housing', territory.index);
    const parties = partiesOf(territory, demo);
    for (let k = 0; k < (perTerritory.get(territory) ?? 0); k += 1) caseRows(cases++, rng, parties, rows, pseudonyms, () => offers++, territory.isMetz && k === 0);
    // Flats free today, for the cases still looking.
    const free = Math.ceil((perTerritory.get(territory) ?? 0) * 0.3);
    for (let k = 0; k < free; k += 1) {
      const landlord = rng.pick(parties.landlords);
      const flatType = rng.pick(['T1', 'T1', 'T2', 'T3']);
      const availableOn = today + rng.int(-60, 90);
      rows.offers.push([
        scaleId(idTag.offer, offers++), territory.id, landlord.id, `${prefixOf(landlord.name)}-${dayString(availableOn).slice(0, 4)}-L${String(offers).padStart(5, '0')}`, flatType,
        rng.pick(territory.communes.slice(0, 6)).code, rng.pick(districts), rng.int(0, 6), (flatType === 'T1' ? rng.int(28, 36) : rng.int(37, 50)) * 1000, rng.int(5, 9) * 1000,
        rng.chance(0.2), rng.chance(0.8), rng.chance(0.7), dayString(availableOn), 'Logement fictif disponible pour l’intermédiation locative.', 'AVAILABLE', true, null, 1,
        noonOf(dayString(availableOn - 30)), noonOf(dayString(availableOn - 30)),
      ]);
    }
  }

  await writeTable(
    context,
    {
      table: 'housing_offer',
      columns: ['id', 'territory_id', 'landlord_id', 'reference', 'flat_type', 'commune_code', 'district', 'floor', 'rent_cents', 'charges_cents', 'accessible', 'near_services', 'near_transport', 'available_on', 'description', 'status', 'is_demo', 'created_by', 'version', 'created_at', 'updated_at'],
    },
    rows.offers.length,
    rows.offers,
  );
  const rls = true;
  await writeTable(
    context,
    {
      table: 'iml_case',
      rowLevelSecurity: rls,
      columns: [
        'id', 'territory_id', 'pseudonym', 'person_key', 'state', 'party_keys', 'referring_team_id', 'operator_id', 'landlord_id', 'offer_id', 'criteria_met', 'flat_types', 'preferred_communes',
        'near_services', 'near_transport', 'accessibility_needed', 'other_needs', 'monthly_resources_cents', 'housing_benefit_cents', 'referred_on', 'commission_on', 'refusal_reason',
        'lease_starts_on', 'sublease_starts_on', 'planned_end_on', 'support_arrangements', 'closed_on', 'closing_reason', 'reorientation', 'anonymised_at', 'created_by', 'version', 'created_at', 'updated_at',
      ],
    },
    rows.cases.length,
    rows.cases,
  );
  await writeTable(context, { table: 'iml_case_private', rowLevelSecurity: rls, columns: ['case_id', 'first_name', 'last_name', 'birth_date', 'phone', 'email', 'support_plan'] }, rows.identities.length, rows.identities);
  await writeTable(context, { table: 'iml_case_clinical', rowLevelSecurity: rls, columns: ['case_id', 'justifications', 'clinical_notes'] }, rows.clinical.length, rows.clinical);
  await writeTable(context, { table: 'iml_consent', rowLevelSecurity: rls, columns: ['id', 'case_id', 'party_role', 'party_id', 'given_on', 'scope', 'collected_by', 'withdrawn_on', 'withdrawn_by', 'created_at'] }, rows.consents.length, rows.consents);
  await writeTable(context, { table: 'iml_case_step', rowLevelSecurity: rls, columns: ['id', 'case_id', 'from_state', 'to_state', 'on', 'note', 'actor_user_id', 'at'] }, rows.steps.length, rows.steps);
  await writeTable(context, { table: 'iml_review', rowLevelSecurity: rls, columns: ['id', 'case_id', 'held_on', 'participant_roles', 'participants', 'conclusions', 'recorded_by', 'created_at'] }, rows.reviews.length, rows.reviews);
  await writeTable(
    context,
    { table: 'iml_outcome_decision', rowLevelSecurity: rls, columns: ['id', 'case_id', 'outcome', 'decided_on', 'reason', 'reorientation', 'new_end_on', 'proposed_by', 'agreements', 'applied_at', 'cancelled_at', 'created_at'] },
    rows.decisions.length,
    rows.decisions,
  );

  // The keys were computed as the service computes them; the service's own function has the last
  // word, case by case, as after every change of a case.
  const keysOf = async () => {
    const { rows: found } = await context.client.query(`SELECT id, party_keys FROM iml_case WHERE id = ANY($1::uuid[])`, [rows.caseIds]);
    return new Map(found.map((row) => [row.id as string, (row.party_keys as string[]).join(',')]));
  };
  const before = await keysOf();
  const line = context.progress.table('iml_case party_keys', rows.caseIds.length);
  for (const caseId of rows.caseIds) {
    await refreshPartyKeys(context.manager, caseId);
    line.add(1);
  }
  line.finish();
  const after = await keysOf();
  const corrected = rows.caseIds.filter((id) => before.get(id) !== after.get(id)).length;
  if (corrected) context.progress.print(`  warning: refreshPartyKeys changed the keys of ${corrected} generated cases`);
  return { cases: rows.cases.length, metzCareTeamCases: rows.metzCareTeamCases, partyKeysCorrected: corrected };
}
