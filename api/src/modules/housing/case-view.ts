import { euros } from '../projects/funding.js';
import { canReadCaseField, readableCaseFields } from './case-policy.js';
import { EligibilityCriterion, eligibilityCriterionLabels } from './eligibility.js';
import type { ImlCase } from './iml-case.entity.js';
import { ImlCaseView } from './iml-case.types.js';
import type { FlatType } from './matching.js';
import { caseStateLabels, nextStates, type CasePartyRole, type ImlCaseState } from './pathway.js';

const criteria = Object.values(EligibilityCriterion);

/** The case as `roles` may see it: every field the policy withholds is null. */
export function toCaseView(row: ImlCase, roles: ReadonlySet<CasePartyRole>): ImlCaseView {
  const may = (field: Parameters<typeof canReadCaseField>[0]) => canReadCaseField(field, roles);
  const state = row.state as ImlCaseState;
  const met = new Set(row.criteriaMet);
  return Object.assign(new ImlCaseView(), {
    row,
    roles,
    id: row.id,
    pseudonym: row.pseudonym,
    state,
    stateLabel: caseStateLabels[state],
    version: row.version,
    viewerRoles: [...roles],
    readableFields: readableCaseFields(roles),
    nextStates: nextStates(state, roles),
    referredOn: row.referredOn,
    commissionOn: may('commissionOn') ? row.commissionOn : null,
    refusalReason: may('refusalReason') ? row.refusalReason : null,
    leaseStartsOn: may('leaseDates') ? row.leaseStartsOn : null,
    subleaseStartsOn: may('leaseDates') ? row.subleaseStartsOn : null,
    plannedEndOn: may('leaseDates') ? row.plannedEndOn : null,
    supportArrangements: may('supportArrangements') ? row.supportArrangements : null,
    closedOn: may('closing') ? row.closedOn : null,
    closingReason: may('closing') ? row.closingReason : null,
    reorientation: may('closing') ? row.reorientation : null,
    housingNeed: {
      flatTypes: row.flatTypes as FlatType[],
      preferredCommunes: row.preferredCommunes,
      nearServices: row.nearServices,
      nearTransport: row.nearTransport,
      accessibilityNeeded: row.accessibilityNeeded,
      otherNeeds: row.otherNeeds,
    },
    eligibility: may('eligibility')
      ? criteria.map((criterion) => ({ criterion, label: eligibilityCriterionLabels[criterion], met: met.has(criterion) }))
      : null,
    failingCriteria: may('eligibility') ? criteria.filter((criterion) => !met.has(criterion)) : null,
    resources: may('resources')
      ? {
          monthlyResources: row.monthlyResourcesCents === null ? null : euros(row.monthlyResourcesCents),
          housingBenefit: row.housingBenefitCents === null ? null : euros(row.housingBenefitCents),
        }
      : null,
    anonymised: row.anonymisedAt !== null,
  });
}
