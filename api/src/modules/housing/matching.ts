import { frenchDay } from '../calendar/calendar-days.js';

// Offers suggested to the operator for a referral: the operator still brings offer and need together
// with the landlord; this only sorts what fits from what does not.

export enum FlatType {
  T1 = 'T1',
  T2 = 'T2',
  T3 = 'T3',
}

export interface NeedForMatching {
  flatTypes: FlatType[];
  /** INSEE codes. */
  preferredCommunes: string[];
  nearServices: boolean;
  nearTransport: boolean;
  monthlyResourcesCents: number | null;
  housingBenefitCents: number | null;
  accessibilityNeeded: boolean;
}

export interface OfferForMatching {
  id: string;
  flatType: FlatType;
  communeCode: string;
  rentCents: number;
  chargesCents: number;
  nearServices: boolean;
  nearTransport: boolean;
  accessible: boolean;
  availableOn: string;
}

export interface Suggestion {
  offerId: string;
  /** How many of the person's wishes (commune, services, transport) the offer meets; the order follows the ranking rules, not this count. */
  score: number;
  remainingChargeCents: number;
  /** French, shown as they are. */
  reasons: string[];
}

// The person must be solvent for autonomous housing: beyond this share of monthly resources, the
// remaining charge would put the sublease, then the lease transfer, at risk.
const maxRemainingChargePercent = 35;

const wholeEuros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const eurosAndCents = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const formatEuros = (cents: number): string => (cents % 100 === 0 ? wholeEuros : eurosAndCents).format(cents / 100);

/** What the person pays each month: rent and charges less the housing benefit, never below zero. */
export const remainingChargeCents = (offer: OfferForMatching, need: NeedForMatching): number =>
  Math.max(0, offer.rentCents + offer.chargesCents - (need.housingBenefitCents ?? 0));

const affordable = (remaining: number, need: NeedForMatching): boolean =>
  need.monthlyResourcesCents === null || remaining * 100 <= maxRemainingChargePercent * need.monthlyResourcesCents;

interface Candidate {
  suggestion: Suggestion;
  preferredCommune: boolean;
  proximity: number;
  /** An offer already free counts as free today, so its age does not rank it. */
  freeFrom: string;
}

function candidate(offer: OfferForMatching, need: NeedForMatching, today: string): Candidate {
  const remaining = remainingChargeCents(offer, need);
  const preferredCommune = need.preferredCommunes.includes(offer.communeCode);
  const nearServices = need.nearServices && offer.nearServices;
  const nearTransport = need.nearTransport && offer.nearTransport;
  const freeFrom = offer.availableOn > today ? offer.availableOn : today;
  const reasons = [
    `Type ${offer.flatType} demandé`,
    ...(preferredCommune ? ['Commune souhaitée'] : []),
    ...(nearServices ? ['Proche des services'] : []),
    ...(nearTransport ? ['Proche des transports'] : []),
    ...(need.accessibilityNeeded ? ['Logement accessible'] : []),
    `Reste à charge : ${formatEuros(remaining)}`,
    freeFrom === today ? 'Disponible dès maintenant' : `Disponible le ${frenchDay(freeFrom)}`,
  ];
  const proximity = Number(nearServices) + Number(nearTransport);
  return {
    suggestion: { offerId: offer.id, score: Number(preferredCommune) + proximity, remainingChargeCents: remaining, reasons },
    preferredCommune,
    proximity,
    freeFrom,
  };
}

/**
 * The offers of a type asked for (accessible when needed, affordable when resources are known), a
 * preferred commune first, then the lowest remaining charge, the most wished proximities, and the
 * earliest availability; ties keep the order of `offers`.
 */
export function suggestOffers(need: NeedForMatching, offers: OfferForMatching[], today: string): Suggestion[] {
  return offers
    .filter((offer) => need.flatTypes.includes(offer.flatType) && (offer.accessible || !need.accessibilityNeeded))
    .map((offer) => candidate(offer, need, today))
    .filter(({ suggestion }) => affordable(suggestion.remainingChargeCents, need))
    // One need, one income: ordering by remaining charge is ordering by its share of the resources.
    .sort(
      (a, b) =>
        Number(b.preferredCommune) - Number(a.preferredCommune) ||
        a.suggestion.remainingChargeCents - b.suggestion.remainingChargeCents ||
        b.proximity - a.proximity ||
        a.freeFrom.localeCompare(b.freeFrom),
    )
    .map(({ suggestion }) => suggestion);
}
