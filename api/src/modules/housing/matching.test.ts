import { describe, expect, it } from 'vitest';
import { FlatType, remainingChargeCents, suggestOffers, type NeedForMatching, type OfferForMatching } from './matching.js';

const metz = '57463';
const montigny = '57480';
const marly = '57447';
const woippy = '57751';
const today = '2019-08-01';

// 900 € of resources (35 % = 315 €), 250 € of housing benefit, wishing Montigny or Marly near services and transport.
const need = (overrides: Partial<NeedForMatching> = {}): NeedForMatching => ({
  flatTypes: [FlatType.T1, FlatType.T2],
  preferredCommunes: [montigny, marly],
  nearServices: true,
  nearTransport: true,
  monthlyResourcesCents: 90_000,
  housingBenefitCents: 25_000,
  accessibilityNeeded: false,
  ...overrides,
});

const offer = (id: string, overrides: Partial<OfferForMatching> = {}): OfferForMatching => ({
  id,
  flatType: FlatType.T1,
  communeCode: metz,
  rentCents: 35_000,
  chargesCents: 5_000,
  nearServices: false,
  nearTransport: false,
  accessible: false,
  availableOn: today,
  ...overrides,
});

const ids = (offers: OfferForMatching[], wanted = need(), on = today) => suggestOffers(wanted, offers, on).map((s) => s.offerId);
// Intl puts narrow and non-breaking spaces in amounts; the tests read them as plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('remaining charge', () => {
  it('is rent and charges less the housing benefit', () => {
    expect(remainingChargeCents(offer('a', { rentCents: 38_000, chargesCents: 4_000 }), need())).toBe(17_000);
  });

  it('is the whole rent and charges without known benefit', () => {
    expect(remainingChargeCents(offer('a'), need({ housingBenefitCents: null }))).toBe(40_000);
  });

  it('never goes below zero', () => {
    expect(remainingChargeCents(offer('a'), need({ housingBenefitCents: 45_000 }))).toBe(0);
  });
});

describe('offer suggestions', () => {
  it('rank the preferred communes first, then by remaining charge, leaving out other types and unaffordable offers', () => {
    const offers = [
      offer('metz-cheap', { rentCents: 30_000, chargesCents: 3_000, nearServices: true, nearTransport: true }), // 80 €
      offer('montigny-t3', { flatType: FlatType.T3, communeCode: montigny }),
      offer('marly-t2', { flatType: FlatType.T2, communeCode: marly, rentCents: 42_000, chargesCents: 5_000, nearServices: true, nearTransport: true }), // 220 €
      offer('montigny-dear', { flatType: FlatType.T2, communeCode: montigny, rentCents: 55_000, chargesCents: 8_000 }), // 380 € > 315 €
      offer('woippy', { communeCode: woippy, rentCents: 40_000, chargesCents: 4_000, nearTransport: true }), // 190 €
      offer('montigny-t1', { communeCode: montigny, rentCents: 38_000, chargesCents: 4_000, nearServices: true, availableOn: '2019-09-01' }), // 170 €
    ];
    expect(ids(offers)).toEqual(['montigny-t1', 'marly-t2', 'metz-cheap', 'woippy']);
  });

  it('explain each suggestion in French', () => {
    const [montignyT1, metzCheap] = suggestOffers(
      need(),
      [
        offer('montigny-t1', { communeCode: montigny, rentCents: 38_000, chargesCents: 4_000, nearServices: true, availableOn: '2019-09-01' }),
        offer('metz-cheap', { rentCents: 30_050, chargesCents: 3_000, nearServices: true, nearTransport: true, availableOn: '2019-05-01' }),
      ],
      today,
    ).map((s) => ({ ...s, reasons: s.reasons.map(plain) }));
    expect(montignyT1).toEqual({
      offerId: 'montigny-t1',
      score: 2,
      remainingChargeCents: 17_000,
      reasons: ['Type T1 demandé', 'Commune souhaitée', 'Proche des services', 'Reste à charge : 170 €', 'Disponible le 01/09/2019'],
    });
    expect(metzCheap).toEqual({
      offerId: 'metz-cheap',
      score: 2,
      remainingChargeCents: 8_050,
      reasons: ['Type T1 demandé', 'Proche des services', 'Proche des transports', 'Reste à charge : 80,50 €', 'Disponible dès maintenant'],
    });
  });

  it('write thousands the French way', () => {
    const [dear] = suggestOffers(need({ monthlyResourcesCents: null, housingBenefitCents: 0 }), [offer('a', { rentCents: 120_000, chargesCents: 1_200 })], today);
    expect(plain(dear.reasons[1])).toBe('Reste à charge : 1 212 €');
  });

  it('count only the proximities the person wishes', () => {
    const both = offer('both', { nearServices: true, nearTransport: true });
    expect(suggestOffers(need(), [both], today)[0].score).toBe(2);
    const [unwished] = suggestOffers(need({ nearServices: false, nearTransport: false, preferredCommunes: [] }), [both], today);
    expect(unwished.score).toBe(0);
    expect(unwished.reasons).not.toContain('Proche des services');
  });

  it('keep a remaining charge of exactly 35 % of resources, not a cent more', () => {
    // 1 000 € of resources: 350 € at most.
    const wanted = need({ monthlyResourcesCents: 100_000, housingBenefitCents: 0 });
    const offers = [offer('at-limit', { rentCents: 30_000, chargesCents: 5_000 }), offer('cent-over', { rentCents: 30_001, chargesCents: 5_000 })];
    expect(ids(offers, wanted)).toEqual(['at-limit']);
  });

  it('keep every charge when resources are unknown, and only free housing without resources', () => {
    const offers = [offer('dear', { rentCents: 90_000 }), offer('covered', { rentCents: 20_000, chargesCents: 5_000 })];
    expect(ids(offers, need({ monthlyResourcesCents: null }))).toEqual(['covered', 'dear']);
    expect(ids(offers, need({ monthlyResourcesCents: 0 }))).toEqual(['covered']);
  });

  it('leave out inaccessible offers when accessibility is needed, and say so of the others', () => {
    const offers = [offer('stairs'), offer('lift', { accessible: true, rentCents: 36_000 })];
    expect(ids(offers)).toEqual(['stairs', 'lift']);
    const [lift] = suggestOffers(need({ accessibilityNeeded: true }), offers, today);
    expect(lift.offerId).toBe('lift');
    expect(lift.reasons).toContain('Logement accessible');
  });

  it('prefer wished proximities when charges are equal', () => {
    const offers = [offer('far'), offer('transport', { nearTransport: true }), offer('both', { nearServices: true, nearTransport: true })];
    expect(ids(offers)).toEqual(['both', 'transport', 'far']);
  });

  it('prefer the earliest availability when all else is equal, an offer already free counting as free today', () => {
    const offers = [offer('october', { availableOn: '2019-10-01' }), offer('since-june', { availableOn: '2019-06-01' }), offer('september', { availableOn: '2019-09-01' }), offer('today')];
    expect(ids(offers)).toEqual(['since-june', 'today', 'september', 'october']);
  });

  it('keep the given order for offers that tie, whatever the order', () => {
    expect(ids([offer('x'), offer('y'), offer('z')])).toEqual(['x', 'y', 'z']);
    expect(ids([offer('z'), offer('y'), offer('x')])).toEqual(['z', 'y', 'x']);
  });

  it('give the same ranking for offers in any order when nothing ties', () => {
    const offers = [
      offer('b', { communeCode: marly, rentCents: 36_000 }),
      offer('a', { communeCode: montigny }),
      offer('d', { rentCents: 36_000 }),
      offer('c', { nearServices: true }),
    ];
    expect(ids(offers)).toEqual(['a', 'b', 'c', 'd']);
    expect(ids([...offers].reverse())).toEqual(['a', 'b', 'c', 'd']);
  });

  it('suggest nothing when no type is asked, or no offer is there', () => {
    expect(ids([offer('a')], need({ flatTypes: [] }))).toEqual([]);
    expect(ids([])).toEqual([]);
  });
});
