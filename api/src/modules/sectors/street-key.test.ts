import { describe, expect, it } from 'vitest';
import { numberInRange, rangesOverlap, streetKey } from './street-key.js';

describe('streetKey', () => {
  it('folds accents and case and spells street types in full', () => {
    expect(streetKey('Rue Serpenoise')).toBe('rue serpenoise');
    expect(streetKey('r. SERPENOISE')).toBe('rue serpenoise');
    expect(streetKey('av Foch')).toBe('avenue foch');
    expect(streetKey('Avenue  Foch ')).toBe('avenue foch');
    expect(streetKey('bd de Trèves')).toBe('boulevard treves');
    expect(streetKey('Boulevard de Trèves')).toBe('boulevard treves');
    expect(streetKey('pl. Saint-Louis')).toBe('place saint louis');
    expect(streetKey('Place St Louis')).toBe('place saint louis');
    expect(streetKey('Rue des Allemands')).toBe(streetKey('r allemands'));
    expect(streetKey('Rue de l’Église')).toBe('rue eglise');
  });

  it('keeps names that are only small words and names without a type', () => {
    expect(streetKey('Rue de la')).toBe('rue de la');
    expect(streetKey('En Fournirue')).toBe('en fournirue');
    expect(streetKey('  ')).toBe('');
  });

  it('different streets keep different keys', () => {
    expect(streetKey('Rue Foch')).not.toBe(streetKey('Avenue Foch'));
  });
});

describe('number ranges', () => {
  it('respects bounds and parity', () => {
    expect(numberInRange(49, { numberFrom: 1, numberTo: 49, parity: 'ALL' })).toBe(true);
    expect(numberInRange(50, { numberFrom: 1, numberTo: 49, parity: 'ALL' })).toBe(false);
    expect(numberInRange(13, { numberFrom: null, numberTo: null, parity: 'ODD' })).toBe(true);
    expect(numberInRange(12, { numberFrom: null, numberTo: null, parity: 'ODD' })).toBe(false);
    expect(numberInRange(12, { numberFrom: 10, numberTo: null, parity: 'EVEN' })).toBe(true);
  });

  it('detects overlaps, and odd and even sides never overlap', () => {
    expect(rangesOverlap({ numberFrom: 1, numberTo: 49, parity: 'ALL' }, { numberFrom: 50, numberTo: null, parity: 'ALL' })).toBe(false);
    expect(rangesOverlap({ numberFrom: 1, numberTo: 50, parity: 'ALL' }, { numberFrom: 50, numberTo: null, parity: 'ALL' })).toBe(true);
    expect(rangesOverlap({ numberFrom: null, numberTo: null, parity: 'ODD' }, { numberFrom: null, numberTo: null, parity: 'EVEN' })).toBe(false);
    expect(rangesOverlap({ numberFrom: null, numberTo: null, parity: 'ODD' }, { numberFrom: 3, numberTo: 3, parity: 'ALL' })).toBe(true);
  });
});
