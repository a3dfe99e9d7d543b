import { describe, expect, it } from 'vitest';
import { describeOpeningHours } from './opening-hours.js';

describe('describeOpeningHours', () => {
  it('renders week ranges, split days and closures in French', () => {
    expect(describeOpeningHours('Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00; PH off')).toEqual([
      'Du lundi au vendredi : 9 h à 12 h et 13 h 30 à 17 h',
      'Samedi : 9 h à 12 h',
      'Jours fériés : fermé',
    ]);
  });

  it('lists single days', () => {
    expect(describeOpeningHours('Mo,We 14:00-18:00')).toEqual(['Lundi, mercredi : 14 h à 18 h']);
  });

  it('knows round-the-clock services', () => {
    expect(describeOpeningHours('24/7')).toEqual(['Tous les jours, 24 h sur 24']);
  });

  it('gives up on syntax it does not know rather than guess', () => {
    expect(describeOpeningHours('Mo-Fr 09:00-12:00 "sur rendez-vous"')).toBeNull();
    expect(describeOpeningHours('week 1-53/2 Fr 09:00-12:00')).toBeNull();
    expect(describeOpeningHours('Xx 09:00-12:00')).toBeNull();
    expect(describeOpeningHours('')).toBeNull();
  });
});
