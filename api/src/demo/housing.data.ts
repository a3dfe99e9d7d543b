import { addDays, addMonths } from '../modules/calendar/calendar-days.js';
import { FlatType } from '../modules/housing/matching.js';
import { CasePartyRole, ImlCaseState } from '../modules/housing/pathway.js';

// A fictional IML cohort for trying the housing pathway. Fictional people only: first names and
// « Exemple », no contact details, every clinical text marked « (fictif) ».
//
// Two groups, so that the figures match the documents and the boards still have work on them:
// - the scheme as the documents tell it: 20 places, 10 flats a year over 2 years (2018 procedure);
//   11 people housed in 2019 and 9 more in 2020 (press release of 2020), 2 lease transfers in view
//   at the plenary of 10 Dec 2019, here applied in 2020 once the year the procedure requires had
//   passed. The sublease lasting 2 years at most, every one of these cases has its outcome by
//   2022; the documents stop in 2020, so the later outcomes are invented, case by case as the
//   procedure asks (lease transfer, reorientation to a résidence accueil, a pension de famille or
//   a famille gouvernante, or exit). Two years after its outcome, retention has erased what could
//   name the person: these cases hold dates, states and parties only, as real ones would by now;
// - a current cohort, on fixed dates of 2024–2026, with one case at each step of the pathway, a
//   review overdue whatever the day (its last review is old: nothing can bring it back on time),
//   and a lease transfer awaiting the landlord's agreement.
// Dates are fixed rather than relative to today, so the history stays the documents' history.

export interface DemoFlat {
  landlordSlug: string;
  reference: string;
  flatType: FlatType;
  /** INSEE code: Metz 57463, Montigny-lès-Metz 57480, Marly 57447 (the communes the procedure prefers). */
  communeCode: string;
  district: string | null;
  floor: number;
  rentEuros: number;
  chargesEuros: number;
  accessible: boolean;
  nearServices: boolean;
  nearTransport: boolean;
  availableOn: string;
}

export interface DemoNeed {
  flatTypes: FlatType[];
  communes: string[];
  nearServices: boolean;
  nearTransport: boolean;
  accessibilityNeeded: boolean;
  resourcesEuros: number;
  housingBenefitEuros: number;
}

export interface DemoCase {
  firstName: string;
  /** Why access to autonomous housing is a problem: the justification of that criterion. */
  housingSituation: string;
  need: DemoNeed;
  /** The states passed, with their dates; the first is PROPOSED, the last the case's state. */
  steps: Array<[ImlCaseState, string]>;
  /** The flat presented to the landlord's commission. */
  flat?: DemoFlat;
  refusalReason?: string;
  reviews?: string[];
  extension?: { decidedOn: string; newEndOn: string };
  /** Why the case ended in the state of its last step. */
  outcome?: { reason: string; reorientation?: string };
  /** An outcome proposed and not agreed by all three parties yet. */
  pendingOutcome?: { outcome: ImlCaseState; decidedOn: string; reason: string; agreedBy: CasePartyRole[] };
  /** The day retention erased what could name the person. */
  anonymisedOn?: string;
}

const metz = '57463';
const montigny = '57480';
const marly = '57447';

const referencePrefix: Record<string, string> = {
  batigere: 'BAT',
  '3f-grand-est': '3F',
  moselis: 'MOS',
  'metz-habitat-territoire': 'MHT',
  logiest: 'LOG',
  'icf-nord-est': 'ICF',
  'presence-habitat': 'PH',
};

function flat(landlordSlug: string, serial: number, flatType: FlatType, communeCode: string, availableOn: string, details: Partial<DemoFlat> = {}): DemoFlat {
  return {
    landlordSlug,
    reference: `${referencePrefix[landlordSlug]}-${availableOn.slice(0, 4)}-${String(serial).padStart(3, '0')}`,
    flatType,
    communeCode,
    district: communeCode === metz ? 'Sablon' : null,
    floor: 1 + (serial % 4),
    rentEuros: flatType === FlatType.T1 ? 290 + (serial % 5) * 10 : 380 + (serial % 5) * 10,
    chargesEuros: flatType === FlatType.T1 ? 50 : 70,
    accessible: false,
    nearServices: true,
    nearTransport: communeCode !== marly,
    availableOn,
    ...details,
  };
}

// Resources at the level of the disability allowance, and a housing benefit: solvent, as the
// fourth criterion requires.
const need = (flatTypes: FlatType[], communes: string[], serial: number, details: Partial<DemoNeed> = {}): DemoNeed => ({
  flatTypes,
  communes,
  nearServices: true,
  nearTransport: true,
  accessibilityNeeded: false,
  resourcesEuros: 900 + (serial % 4) * 40,
  housingBenefitEuros: 200 + (serial % 3) * 30,
  ...details,
});

// HOUSING_RETENTION_MONTHS' default: how long a closed case keeps what could name the person.
const retentionMonths = 24;

const situations = [
  'Hébergé chez un tiers (fictif)',
  'Sortie d’hospitalisation sans logement (fictif)',
  'En foyer d’hébergement temporaire (fictif)',
];

type HistoricalOutcome = ImlCaseState.LEASE_TRANSFERRED | ImlCaseState.REORIENTED | ImlCaseState.EXITED;

const outcomeReasons: Record<HistoricalOutcome, string> = {
  [ImlCaseState.LEASE_TRANSFERRED]: 'Autonomie acquise, loyer réglé sans incident : le bail glisse au nom de la personne (fictif)',
  [ImlCaseState.REORIENTED]: 'Besoin d’un cadre plus soutenant que le logement autonome (fictif)',
  [ImlCaseState.EXITED]: 'Sortie du dispositif (fictif)',
};

/**
 * A person of the 2019–2020 cohort: referred, then housed on `subleaseStartsOn`, reviewed every
 * 6 months, the outcome decided at the review of month `months` (12 at least, the procedure's
 * prerequisite; 24 at most), the sublease extended beyond its first year when needed.
 */
function housedCase(
  serial: number,
  firstName: string,
  landlordSlug: string,
  flatType: FlatType,
  communeCode: string,
  referredOn: string,
  subleaseStartsOn: string,
  months: 12 | 18 | 24,
  end: HistoricalOutcome,
  detail?: string,
): DemoCase {
  const closedOn = addMonths(subleaseStartsOn, months);
  const reviews = Array.from({ length: months / 6 - 1 }, (_, index) => addDays(addMonths(subleaseStartsOn, 6 * (index + 1)), -3));
  const twelveMonthReview = reviews[1];
  return {
    firstName,
    housingSituation: situations[serial % situations.length],
    need: need(flatType === FlatType.T1 ? [FlatType.T1] : [FlatType.T1, FlatType.T2], [communeCode, ...[metz, montigny].filter((code) => code !== communeCode)], serial),
    steps: [
      [ImlCaseState.PROPOSED, referredOn],
      [ImlCaseState.REGISTERED, addDays(referredOn, 14)],
      [ImlCaseState.ORIENTED, addDays(referredOn, 28)],
      [ImlCaseState.MATCHING, addDays(referredOn, 35)],
      [ImlCaseState.PRESENTED, addDays(subleaseStartsOn, -35)],
      [ImlCaseState.ACCEPTED, addDays(subleaseStartsOn, -14)],
      [ImlCaseState.HOUSED, subleaseStartsOn],
      [ImlCaseState.SUPPORTED, addDays(subleaseStartsOn, 7)],
      [end, closedOn],
    ],
    flat: flat(landlordSlug, serial, flatType, communeCode, addDays(subleaseStartsOn, -60)),
    // The outcome is decided at a joint review: the last one is held on the day it ends.
    reviews: [...reviews, closedOn],
    ...(months > 12 ? { extension: { decidedOn: twelveMonthReview, newEndOn: closedOn } } : {}),
    outcome:
      end === ImlCaseState.REORIENTED
        ? { reason: outcomeReasons[end], reorientation: detail }
        : { reason: end === ImlCaseState.EXITED && detail ? detail : outcomeReasons[end] },
    anonymisedOn: addMonths(closedOn, retentionMonths),
  };
}

const { LEASE_TRANSFERRED, REORIENTED, EXITED } = ImlCaseState;
const { T1, T2 } = FlatType;

/** 11 sublets begun in 2019, 9 in 2020, over 7 of the 8 landlords of the conventions. */
const historicalCohort: DemoCase[] = [
  // 2019. The first two are the lease transfers in view at the plenary of 10 Dec 2019.
  housedCase(1, 'Adrien', 'metz-habitat-territoire', T1, metz, '2018-11-19', '2019-02-01', 18, LEASE_TRANSFERRED),
  housedCase(2, 'Bérénice', 'batigere', T2, montigny, '2018-11-26', '2019-03-01', 18, LEASE_TRANSFERRED),
  housedCase(3, 'Cyril', 'logiest', T1, metz, '2018-12-10', '2019-03-15', 24, REORIENTED, 'Résidence accueil'),
  housedCase(4, 'Delphine', 'moselis', T1, marly, '2019-01-07', '2019-04-01', 24, LEASE_TRANSFERRED),
  housedCase(5, 'Étienne', 'metz-habitat-territoire', T2, metz, '2019-01-21', '2019-05-02', 12, EXITED, 'Départ hors de la métropole, rapprochement familial (fictif)'),
  housedCase(6, 'Fanny', '3f-grand-est', T1, montigny, '2019-02-11', '2019-06-03', 24, LEASE_TRANSFERRED),
  housedCase(7, 'Gilles', 'icf-nord-est', T1, metz, '2019-03-04', '2019-07-08', 18, REORIENTED, 'Pension de famille'),
  housedCase(8, 'Hélène', 'batigere', T2, marly, '2019-04-15', '2019-08-01', 24, LEASE_TRANSFERRED),
  housedCase(9, 'Ismaël', 'logiest', T1, montigny, '2019-05-13', '2019-09-02', 18, REORIENTED, 'Résidence accueil'),
  housedCase(10, 'Jeanne', 'moselis', T2, metz, '2019-06-17', '2019-10-01', 24, LEASE_TRANSFERRED),
  housedCase(11, 'Karim', 'metz-habitat-territoire', T1, metz, '2019-08-19', '2019-12-02', 18, EXITED, 'Fin de l’accompagnement à la demande de la personne (fictif)'),
  // 2020
  housedCase(12, 'Laure', 'presence-habitat', T1, montigny, '2019-10-14', '2020-01-15', 24, LEASE_TRANSFERRED),
  housedCase(13, 'Marc', 'metz-habitat-territoire', T2, metz, '2019-11-18', '2020-02-17', 18, REORIENTED, 'Pension de famille'),
  housedCase(14, 'Nadia', '3f-grand-est', T1, marly, '2019-12-09', '2020-03-02', 24, LEASE_TRANSFERRED),
  housedCase(15, 'Octave', 'batigere', T1, metz, '2020-02-03', '2020-06-15', 24, REORIENTED, 'Famille gouvernante'),
  housedCase(16, 'Pauline', 'icf-nord-est', T2, montigny, '2020-03-02', '2020-07-01', 12, EXITED, 'Relogement par ses propres moyens (fictif)'),
  housedCase(17, 'Quentin', 'logiest', T1, metz, '2020-05-18', '2020-09-01', 24, LEASE_TRANSFERRED),
  housedCase(18, 'Rose', 'moselis', T1, montigny, '2020-06-08', '2020-10-01', 18, REORIENTED, 'Résidence accueil'),
  housedCase(19, 'Samuel', 'presence-habitat', T2, marly, '2020-07-20', '2020-11-02', 24, LEASE_TRANSFERRED),
  housedCase(20, 'Thérèse', 'metz-habitat-territoire', T1, metz, '2020-08-31', '2020-12-01', 18, REORIENTED, 'Pension de famille'),
];

// The first steps of a current case, from its referral: registration two weeks later, then
// orientation and the operator's search.
const firstSteps = (referredOn: string, upTo: ImlCaseState): Array<[ImlCaseState, string]> => {
  const steps: Array<[ImlCaseState, string]> = [
    [ImlCaseState.PROPOSED, referredOn],
    [ImlCaseState.REGISTERED, addDays(referredOn, 14)],
    [ImlCaseState.ORIENTED, addDays(referredOn, 28)],
    [ImlCaseState.MATCHING, addDays(referredOn, 35)],
  ];
  return steps.slice(0, steps.findIndex(([state]) => state === upTo) + 1);
};

const supportFrom = (subleaseStartsOn: string): Array<[ImlCaseState, string]> => [
  [ImlCaseState.HOUSED, subleaseStartsOn],
  [ImlCaseState.SUPPORTED, addDays(subleaseStartsOn, 7)],
];

/** One case at each step of the pathway today, so that every column of the board has one. */
const currentCohort: DemoCase[] = [
  {
    firstName: 'Ulysse',
    housingSituation: situations[0],
    need: need([T1], [metz], 21),
    steps: firstSteps('2026-11-16', ImlCaseState.PROPOSED),
  },
  {
    firstName: 'Valérie',
    housingSituation: situations[1],
    need: need([T1, T2], [montigny, metz], 22),
    steps: firstSteps('2026-10-05', ImlCaseState.REGISTERED),
  },
  {
    firstName: 'William',
    housingSituation: situations[2],
    need: need([T1], [metz, marly], 23, { accessibilityNeeded: true }),
    steps: firstSteps('2026-08-24', ImlCaseState.ORIENTED),
  },
  // Waiting for a flat: the available offers below are what the matching suggests.
  {
    firstName: 'Xavier',
    housingSituation: situations[0],
    need: need([T1, T2], [metz, montigny], 24, { resourcesEuros: 1010, housingBenefitEuros: 250 }),
    steps: firstSteps('2026-06-01', ImlCaseState.MATCHING),
  },
  {
    firstName: 'Yasmine',
    housingSituation: situations[1],
    need: need([T1], [metz], 25),
    steps: [...firstSteps('2026-05-04', ImlCaseState.MATCHING), [ImlCaseState.PRESENTED, '2026-11-09']],
    flat: flat('metz-habitat-territoire', 31, T1, metz, '2026-10-15'),
  },
  {
    firstName: 'Zoé',
    housingSituation: situations[2],
    need: need([T1, T2], [montigny, metz], 26),
    steps: [...firstSteps('2026-04-06', ImlCaseState.MATCHING), [ImlCaseState.PRESENTED, '2026-10-05'], [ImlCaseState.REFUSED, '2026-10-26']],
    flat: flat('logiest', 32, T2, montigny, '2026-09-01'),
    refusalReason: 'Logement attribué à un ménage reconnu prioritaire (fictif)',
  },
  {
    firstName: 'Arthur',
    housingSituation: situations[0],
    need: need([T1], [marly, metz], 27),
    steps: [...firstSteps('2026-03-02', ImlCaseState.MATCHING), [ImlCaseState.PRESENTED, '2026-09-28'], [ImlCaseState.ACCEPTED, '2026-10-19']],
    flat: flat('batigere', 33, T1, marly, '2026-09-01', { floor: 0, accessible: true }),
  },
  {
    firstName: 'Brigitte',
    housingSituation: situations[1],
    need: need([T2], [metz], 28),
    steps: [
      ...firstSteps('2026-01-12', ImlCaseState.MATCHING),
      [ImlCaseState.PRESENTED, '2026-08-24'],
      [ImlCaseState.ACCEPTED, '2026-09-14'],
      [ImlCaseState.HOUSED, '2026-10-01'],
    ],
    flat: flat('moselis', 34, T2, metz, '2026-08-01'),
  },
  // Its first review falls due in December 2026.
  {
    firstName: 'Denis',
    housingSituation: situations[2],
    need: need([T1], [montigny], 29),
    steps: [...firstSteps('2025-12-01', ImlCaseState.MATCHING), [ImlCaseState.PRESENTED, '2026-05-11'], [ImlCaseState.ACCEPTED, '2026-05-26'], ...supportFrom('2026-06-15')],
    flat: flat('icf-nord-est', 35, T1, montigny, '2026-04-01'),
  },
  // The review due on 23 Aug 2026 was never held: overdue now and on any later day.
  {
    firstName: 'Éloïse',
    housingSituation: situations[0],
    need: need([T1, T2], [metz], 30),
    steps: [...firstSteps('2024-10-07', ImlCaseState.MATCHING), [ImlCaseState.PRESENTED, '2025-02-03'], [ImlCaseState.ACCEPTED, '2025-02-17'], ...supportFrom('2025-03-03')],
    flat: flat('3f-grand-est', 36, T1, metz, '2025-01-06'),
    reviews: ['2025-08-25', '2026-02-23'],
    extension: { decidedOn: '2026-02-23', newEndOn: '2027-03-03' },
  },
  // A lease transfer in view: proposed by the care team, agreed by the operator, awaiting the landlord.
  {
    firstName: 'Fabien',
    housingSituation: situations[1],
    need: need([T1], [metz], 31),
    steps: [...firstSteps('2025-01-13', ImlCaseState.MATCHING), [ImlCaseState.PRESENTED, '2025-05-05'], [ImlCaseState.ACCEPTED, '2025-05-19'], ...supportFrom('2025-06-02')],
    flat: flat('metz-habitat-territoire', 37, T1, metz, '2025-04-01'),
    reviews: ['2025-12-01', '2026-05-26', '2026-11-16'],
    extension: { decidedOn: '2026-05-26', newEndOn: '2027-06-02' },
    pendingOutcome: {
      outcome: ImlCaseState.LEASE_TRANSFERRED,
      decidedOn: '2026-11-16',
      reason: 'Autonomie acquise, loyer réglé sans incident depuis l’entrée (fictif)',
      agreedBy: [CasePartyRole.CARE_TEAM, CasePartyRole.HOUSING_OPERATOR],
    },
  },
];

export const demoCases: DemoCase[] = [...historicalCohort, ...currentCohort];

/** Flats free today, for the matching of the cases still looking. */
export const demoAvailableFlats: DemoFlat[] = [
  flat('metz-habitat-territoire', 41, T1, metz, '2026-10-01', { rentEuros: 315, chargesEuros: 55, floor: 3 }),
  flat('presence-habitat', 42, T2, montigny, '2026-12-01', { rentEuros: 410, chargesEuros: 75, accessible: true }),
  flat('3f-grand-est', 43, T1, marly, '2026-11-01', { rentEuros: 295, chargesEuros: 50, floor: 0, accessible: true }),
  flat('batigere', 44, T2, metz, '2026-09-15', { rentEuros: 430, chargesEuros: 80 }),
];
