import { describe, expect, it } from 'vitest';
import { FundingBasis } from './funding.js';
import type { FundingLineInput } from './project.inputs.js';
import { checkFundingLine } from './project.service.js';

// The rules of a funding line, without a database: what the service stores, and what it refuses.
const input = (overrides: Partial<FundingLineInput>): FundingLineInput => ({
  funderName: 'DDCS',
  basis: FundingBasis.PER_UNIT_PER_YEAR,
  unitLabel: ' logement ',
  amount: 5000,
  units: 20,
  fromYear: 2019,
  toYear: 2020,
  ...overrides,
});

const refusal = (overrides: Partial<FundingLineInput>) => {
  try {
    checkFundingLine(input(overrides), null);
  } catch (error) {
    const { message, extensions } = error as { message: string; extensions: { field?: string } };
    return { message, field: extensions.field };
  }
  throw new Error('accepted');
};

describe('funding line rules', () => {
  it('store cents, trimmed labels, and the first year as the last when none is given', () => {
    expect(checkFundingLine(input({ amount: 1400.505, toYear: null }), null)).toMatchObject({ amountCents: 140051, unitLabel: 'logement', fromYear: 2019, toYear: 2019 });
  });

  it('name the funder after its directory entry unless a name is typed', () => {
    expect(checkFundingLine(input({ funderName: null, funderPartnerId: 'x' }), 'DDCS de la Moselle').funderName).toBe('DDCS de la Moselle');
    expect(checkFundingLine(input({ funderName: 'AMI Logement d’abord' }), 'Metz Métropole').funderName).toBe('AMI Logement d’abord');
  });

  it.each([
    [{ fromYear: 2020, toYear: 2019 }, 'toYear', 'L’année de fin ne peut pas précéder l’année de début.'],
    [{ amount: -0.01 }, 'amount', 'Le montant ne peut pas être négatif.'],
    [{ units: 0 }, 'units', 'Le nombre d’unités par an doit être d’au moins 1.'],
    [{ basis: FundingBasis.PER_YEAR, units: 3 }, 'units', 'Le nombre d’unités ne vaut que pour un financement par unité et par an.'],
    [{ basis: FundingBasis.ONE_OFF, units: 1, toYear: 2021 }, 'toYear', 'Un versement unique porte sur une seule année.'],
    [{ amount: 20_000_000 }, 'amount', 'Le montant dépasse 10 millions d’euros : vérifiez la saisie.'],
    [{ funderName: ' ' }, 'funderName', 'Indiquez le financeur : une structure de l’annuaire ou un nom.'],
  ])('refuse %o in French, naming the field', (overrides, field, message) => {
    expect(refusal(overrides as Partial<FundingLineInput>)).toEqual({ message, field });
  });
});
