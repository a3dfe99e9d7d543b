import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ImlCase } from './iml-case.entity.js';
import { CasePartyRole, ImlCaseState } from './pathway.js';
import { EligibilityCriterion } from './eligibility.js';
import { FlatType } from './matching.js';

registerEnumType(ImlCaseState, { name: 'ImlCaseState', description: 'Étape du parcours IML' });
registerEnumType(CasePartyRole, { name: 'CasePartyRole', description: 'Rôle d’une partie dans un parcours IML' });
registerEnumType(EligibilityCriterion, { name: 'EligibilityCriterion', description: 'Critère de la grille « Un toit »' });
registerEnumType(FlatType, { name: 'FlatType', description: 'Type de logement' });

@ObjectType({ description: 'Le besoin de logement exprimé' })
export class ImlHousingNeed {
  @Field(() => [FlatType])
  flatTypes!: FlatType[];

  @Field(() => [String], { description: 'Codes INSEE des communes souhaitées, par ordre de préférence' })
  preferredCommunes!: string[];

  @Field(() => Boolean)
  nearServices!: boolean;

  @Field(() => Boolean)
  nearTransport!: boolean;

  @Field(() => Boolean)
  accessibilityNeeded!: boolean;

  @Field(() => String, { nullable: true })
  otherNeeds!: string | null;
}

@ObjectType({ description: 'Réponse à un critère d’éligibilité' })
export class ImlEligibilityAnswer {
  @Field(() => EligibilityCriterion)
  criterion!: EligibilityCriterion;

  @Field(() => String)
  label!: string;

  @Field(() => Boolean)
  met!: boolean;
}

@ObjectType({ description: 'Justification d’un critère (équipe de soin)' })
export class ImlJustification {
  @Field(() => EligibilityCriterion)
  criterion!: EligibilityCriterion;

  @Field(() => String)
  justification!: string;
}

@ObjectType({ description: 'Ressources de la personne, pour l’attribution' })
export class ImlResources {
  @Field(() => Number, { nullable: true, description: 'Ressources mensuelles (€)' })
  monthlyResources!: number | null;

  @Field(() => Number, { nullable: true, description: 'Aide au logement mensuelle (€)' })
  housingBenefit!: number | null;
}

@ObjectType({ description: 'Identité et coordonnées (équipe de soin et opérateur seulement)' })
export class ImlIdentity {
  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, { nullable: true })
  birthDate!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;
}

@ObjectType({ description: 'Une étape franchie du parcours' })
export class ImlCaseStepView {
  @Field(() => ImlCaseState, { nullable: true })
  fromState!: ImlCaseState | null;

  @Field(() => ImlCaseState)
  toState!: ImlCaseState;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: 'Date de l’étape (AAAA-MM-JJ)' })
  on!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ description: 'Une partie au parcours' })
export class ImlCaseParty {
  @Field(() => CasePartyRole)
  role!: CasePartyRole;

  @Field(() => String)
  roleLabel!: string;

  @Field(() => ID, { nullable: true, description: 'La structure (absente pour la coordination)' })
  partnerId!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'La partie voit le dossier (consentement en cours)' })
  hasAccess!: boolean;
}

@ObjectType({ description: 'Le consentement de la personne au partage avec une partie' })
export class ImlConsentView {
  @Field(() => ID)
  id!: string;

  @Field(() => CasePartyRole)
  partyRole!: CasePartyRole;

  @Field(() => ID)
  partyId!: string;

  @Field(() => String)
  partyName!: string;

  @Field(() => String)
  givenOn!: string;

  @Field(() => String)
  scope!: string;

  @Field(() => String, { nullable: true, description: 'Qui l’a recueilli' })
  collectedByName!: string | null;

  @Field(() => String, { nullable: true })
  withdrawnOn!: string | null;
}

@ObjectType({ description: 'Une évaluation partagée' })
export class ImlReviewView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  heldOn!: string;

  @Field(() => [CasePartyRole])
  participantRoles!: CasePartyRole[];

  @Field(() => String, { nullable: true, description: 'Participants (bailleur, opérateur, équipe de soin)' })
  participants!: string | null;

  @Field(() => String, { nullable: true, description: 'Conclusions (pas pour la coordination)' })
  conclusions!: string | null;
}

@ObjectType({ description: 'Une échéance d’évaluation' })
export class ImlReviewSlot {
  @Field(() => String)
  dueOn!: string;

  @Field(() => String, { nullable: true })
  reviewedOn!: string | null;

  @Field(() => String, { description: 'DONE, OVERDUE, DUE ou UPCOMING' })
  status!: string;
}

@ObjectType({ description: 'Repère des 12 et 24 mois' })
export class ImlDurationMark {
  @Field(() => Int)
  months!: number;

  @Field(() => String)
  on!: string;

  @Field(() => Boolean)
  reached!: boolean;
}

@ObjectType({ description: 'Le calendrier des évaluations (au moins tous les 6 mois, 2 ans au plus)' })
export class ImlReviewScheduleView {
  @Field(() => String, { nullable: true })
  nextDueOn!: string | null;

  @Field(() => Boolean)
  overdue!: boolean;

  @Field(() => Boolean)
  dueSoon!: boolean;

  @Field(() => String)
  latestEndOn!: string;

  @Field(() => [ImlDurationMark])
  marks!: ImlDurationMark[];

  @Field(() => [ImlReviewSlot])
  slots!: ImlReviewSlot[];
}

@ObjectType({ description: 'Une issue proposée, appliquée quand les trois parties sont d’accord' })
export class ImlOutcomeDecisionView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'LEASE_TRANSFERRED, REORIENTED, EXITED ou EXTENDED' })
  outcome!: string;

  @Field(() => String)
  outcomeLabel!: string;

  @Field(() => String)
  decidedOn!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  reorientation!: string | null;

  @Field(() => String, { nullable: true })
  newEndOn!: string | null;

  @Field(() => [CasePartyRole], { description: 'Les parties qui ont donné leur accord' })
  agreedBy!: CasePartyRole[];

  @Field(() => [CasePartyRole], { description: 'Les parties dont l’accord manque' })
  awaiting!: CasePartyRole[];

  @Field(() => Boolean)
  applied!: boolean;

  @Field(() => Boolean)
  cancelled!: boolean;
}

@ObjectType({ description: 'Un accès au dossier (journal)' })
export class ImlCaseAccess {
  @Field(() => Date)
  at!: Date;

  @Field(() => String)
  who!: string;

  @Field(() => String, { nullable: true })
  organisation!: string | null;

  @Field(() => String)
  action!: string;
}

@ObjectType({ description: 'Un document du dossier' })
export class ImlCaseDocumentView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mediaType!: string;

  @Field(() => Int)
  byteSize!: number;

  @Field(() => Date)
  createdAt!: Date;
}

/**
 * A case as one viewer may see it. Fields are null where the field policy says no; the row and
 * the roles stay server-side for the nested fields.
 */
@ObjectType('ImlCase', { description: 'Un parcours IML, sous pseudonyme' })
export class ImlCaseView {
  row!: ImlCase;
  roles!: ReadonlySet<CasePartyRole>;

  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Pseudonyme du dossier' })
  pseudonym!: string;

  @Field(() => ImlCaseState)
  state!: ImlCaseState;

  @Field(() => String)
  stateLabel!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => [CasePartyRole], { description: 'Vos rôles dans ce parcours' })
  viewerRoles!: CasePartyRole[];

  @Field(() => [String], { description: 'Les champs que vous pouvez lire' })
  readableFields!: string[];

  @Field(() => [ImlCaseState], { description: 'Les étapes que vous pouvez faire franchir' })
  nextStates!: ImlCaseState[];

  @Field(() => String)
  referredOn!: string;

  @Field(() => String, { nullable: true })
  commissionOn!: string | null;

  @Field(() => String, { nullable: true })
  refusalReason!: string | null;

  @Field(() => String, { nullable: true, description: 'Début du bail bailleur ↔ opérateur' })
  leaseStartsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Début de la sous-location opérateur ↔ personne' })
  subleaseStartsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Fin prévue de la sous-location' })
  plannedEndOn!: string | null;

  @Field(() => String, { nullable: true })
  supportArrangements!: string | null;

  @Field(() => String, { nullable: true })
  closedOn!: string | null;

  @Field(() => String, { nullable: true })
  closingReason!: string | null;

  @Field(() => String, { nullable: true })
  reorientation!: string | null;

  @Field(() => ImlHousingNeed)
  housingNeed!: ImlHousingNeed;

  @Field(() => [ImlEligibilityAnswer], { nullable: true })
  eligibility!: ImlEligibilityAnswer[] | null;

  @Field(() => [EligibilityCriterion], { nullable: true, description: 'Les critères non remplis' })
  failingCriteria!: EligibilityCriterion[] | null;

  @Field(() => ImlResources, { nullable: true })
  resources!: ImlResources | null;

  @Field(() => Boolean, { description: 'Données personnelles effacées (durée de conservation passée)' })
  anonymised!: boolean;
}
