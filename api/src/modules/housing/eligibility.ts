// The four cumulative criteria of the "Un toit" grid through which CH Jury proposes a candidate.
import { UserInputError } from '../../errors/errors.js';

export enum EligibilityCriterion {
  PSYCHIATRIC_DISABILITY = 'PSYCHIATRIC_DISABILITY',
  FOLLOWED_BY_CH_JURY = 'FOLLOWED_BY_CH_JURY',
  HOUSING_ACCESS_PROBLEM = 'HOUSING_ACCESS_PROBLEM',
  SOLVENT = 'SOLVENT',
}

export const eligibilityCriterionLabels: Record<EligibilityCriterion, string> = {
  [EligibilityCriterion.PSYCHIATRIC_DISABILITY]: 'Être en situation de handicap ou de déficience psychique',
  [EligibilityCriterion.FOLLOWED_BY_CH_JURY]: 'Être suivi par le CH de Jury',
  [EligibilityCriterion.HOUSING_ACCESS_PROBLEM]: 'Être confronté à une problématique d’accès au logement autonome',
  [EligibilityCriterion.SOLVENT]: 'Être solvable dans la perspective d’un logement autonome',
};

export interface CriterionAnswer {
  criterion: EligibilityCriterion;
  met: boolean;
  justification: string;
}

const criteria = Object.values(EligibilityCriterion);
const maxJustificationLength = 500;

// The form field a refusal points at, so the form can show the message beside it.
const justificationField = (criterion: EligibilityCriterion): string => `justification.${criterion}`;

/** Refuses an unknown or repeated criterion, a met criterion without justification, and an overlong justification. */
export function validateAnswers(answers: CriterionAnswer[]): void {
  const seen = new Set<EligibilityCriterion>();
  for (const { criterion, met, justification } of answers) {
    if (!criteria.includes(criterion)) throw new UserInputError(`Critère d’éligibilité inconnu : ${criterion}.`);
    const label = eligibilityCriterionLabels[criterion];
    if (seen.has(criterion)) throw new UserInputError(`Le critère « ${label} » est renseigné deux fois.`, justificationField(criterion));
    seen.add(criterion);
    const text = justification.trim();
    if (met && !text) throw new UserInputError(`Justifiez le critère « ${label} ».`, justificationField(criterion));
    if (text.length > maxJustificationLength) {
      throw new UserInputError(`La justification du critère « ${label} » dépasse ${maxJustificationLength} caractères.`, justificationField(criterion));
    }
  }
}

/** The criteria not met, in the order of the grid; an unanswered criterion is not met. */
export const failingCriteria = (answers: CriterionAnswer[]): EligibilityCriterion[] =>
  criteria.filter((criterion) => !answers.some((answer) => answer.criterion === criterion && answer.met));

/** The criteria being cumulative, one missing criterion is enough to refuse the candidacy. */
export function assertEligible(answers: CriterionAnswer[]): void {
  validateAnswers(answers);
  assertCriteriaMet(answers.filter((answer) => answer.met).map((answer) => answer.criterion));
}

/** The same rule on the criteria recorded as met (registration reads no justification). */
export function assertCriteriaMet(met: readonly string[]): void {
  const failing = criteria.filter((criterion) => !met.includes(criterion));
  if (failing.length > 0) {
    const labels = failing.map((criterion) => `« ${eligibilityCriterionLabels[criterion]} »`).join(', ');
    throw new UserInputError(`La candidature ne remplit pas les 4 critères : ${labels}.`);
  }
}
