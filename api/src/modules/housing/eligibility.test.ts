import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../errors/errors.js';
import { EligibilityCriterion, assertEligible, failingCriteria, validateAnswers, type CriterionAnswer } from './eligibility.js';

const { PSYCHIATRIC_DISABILITY, FOLLOWED_BY_CH_JURY, HOUSING_ACCESS_PROBLEM, SOLVENT } = EligibilityCriterion;

const met = (criterion: EligibilityCriterion, justification = 'Vu en synthèse ERAH'): CriterionAnswer => ({ criterion, met: true, justification });
const notMet = (criterion: EligibilityCriterion, justification = ''): CriterionAnswer => ({ criterion, met: false, justification });
const allMet = () => [met(PSYCHIATRIC_DISABILITY), met(FOLLOWED_BY_CH_JURY), met(HOUSING_ACCESS_PROBLEM), met(SOLVENT)];

const refusal = (check: () => void) => {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(UserInputError);
    const { message, extensions } = error as UserInputError;
    return { message, field: extensions.field, code: extensions.code };
  }
  throw new Error('accepted');
};

describe('failing criteria', () => {
  it('are none when the four are met', () => {
    expect(failingCriteria(allMet())).toEqual([]);
  });

  it('count an unanswered criterion as failing, in the order of the grid', () => {
    expect(failingCriteria([met(SOLVENT), notMet(FOLLOWED_BY_CH_JURY)])).toEqual([PSYCHIATRIC_DISABILITY, FOLLOWED_BY_CH_JURY, HOUSING_ACCESS_PROBLEM]);
    expect(failingCriteria([])).toEqual([PSYCHIATRIC_DISABILITY, FOLLOWED_BY_CH_JURY, HOUSING_ACCESS_PROBLEM, SOLVENT]);
  });

  it('do not depend on the order of the answers', () => {
    expect(failingCriteria([met(SOLVENT), notMet(PSYCHIATRIC_DISABILITY), met(HOUSING_ACCESS_PROBLEM), met(FOLLOWED_BY_CH_JURY)])).toEqual([PSYCHIATRIC_DISABILITY]);
  });
});

describe('eligibility', () => {
  it('accepts a candidacy meeting the four criteria', () => {
    expect(() => assertEligible(allMet())).not.toThrow();
  });

  it('refuses a candidacy missing one criterion, naming it', () => {
    const answers = allMet().map((answer) => (answer.criterion === SOLVENT ? notMet(SOLVENT) : answer));
    expect(refusal(() => assertEligible(answers))).toEqual({
      message: 'La candidature ne remplit pas les 4 critères : « Être solvable dans la perspective d’un logement autonome ».',
      field: undefined,
      code: 'BAD_USER_INPUT',
    });
  });

  it('lists every failing criterion, unanswered ones included', () => {
    expect(refusal(() => assertEligible([met(PSYCHIATRIC_DISABILITY), notMet(HOUSING_ACCESS_PROBLEM)])).message).toBe(
      'La candidature ne remplit pas les 4 critères : « Être suivi par le CH de Jury », « Être confronté à une problématique d’accès au logement autonome », « Être solvable dans la perspective d’un logement autonome ».',
    );
  });

  it('does not count a met criterion without justification', () => {
    const answers = allMet().map((answer) => (answer.criterion === FOLLOWED_BY_CH_JURY ? met(FOLLOWED_BY_CH_JURY, ' ') : answer));
    expect(refusal(() => assertEligible(answers)).message).toBe('Justifiez le critère « Être suivi par le CH de Jury ».');
  });
});

describe('answers', () => {
  it('accept a met criterion justified, and an unmet one without justification', () => {
    expect(() => validateAnswers([met(SOLVENT, 'AAH et APL'), notMet(PSYCHIATRIC_DISABILITY)])).not.toThrow();
    expect(() => validateAnswers([])).not.toThrow();
  });

  it('refuse a met criterion with a blank justification, on its field', () => {
    expect(refusal(() => validateAnswers([met(HOUSING_ACCESS_PROBLEM, ' \n\t')]))).toEqual({
      message: 'Justifiez le critère « Être confronté à une problématique d’accès au logement autonome ».',
      field: 'justification.HOUSING_ACCESS_PROBLEM',
      code: 'BAD_USER_INPUT',
    });
  });

  it('allow 500 characters of justification, not more, once trimmed', () => {
    expect(() => validateAnswers([met(SOLVENT, ` ${'x'.repeat(500)} `)])).not.toThrow();
    expect(refusal(() => validateAnswers([notMet(SOLVENT, 'x'.repeat(501))]))).toEqual({
      message: 'La justification du critère « Être solvable dans la perspective d’un logement autonome » dépasse 500 caractères.',
      field: 'justification.SOLVENT',
      code: 'BAD_USER_INPUT',
    });
  });

  it('refuse a criterion answered twice', () => {
    expect(refusal(() => validateAnswers([met(SOLVENT), notMet(SOLVENT)]))).toMatchObject({
      message: 'Le critère « Être solvable dans la perspective d’un logement autonome » est renseigné deux fois.',
      field: 'justification.SOLVENT',
    });
  });

  it('refuse a criterion outside the grid', () => {
    const unknown = { criterion: 'HOMELESS' as EligibilityCriterion, met: true, justification: 'x' };
    expect(refusal(() => validateAnswers([unknown])).message).toBe('Critère d’éligibilité inconnu : HOMELESS.');
  });
});
