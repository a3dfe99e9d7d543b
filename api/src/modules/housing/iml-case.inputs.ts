import { Field, ID, InputType, Int } from 'type-graphql';
import { EligibilityCriterion } from './eligibility.js';
import { FlatType } from './matching.js';
import { CasePartyRole } from './pathway.js';

@InputType({ description: 'Identité et coordonnées de la personne' })
export class ImlIdentityInput {
  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ' })
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType({ description: 'Réponse à un critère de la grille « Un toit »' })
export class ImlCriterionInput {
  @Field(() => EligibilityCriterion)
  criterion!: EligibilityCriterion;

  @Field(() => Boolean)
  met!: boolean;

  @Field(() => String, { description: 'Justification courte' })
  justification!: string;
}

@InputType({ description: 'Le besoin de logement' })
export class ImlHousingNeedInput {
  @Field(() => [FlatType])
  flatTypes!: FlatType[];

  @Field(() => [String], { description: 'Codes INSEE, par ordre de préférence' })
  preferredCommunes!: string[];

  @Field(() => Boolean, { defaultValue: false })
  nearServices!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  nearTransport!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  accessibilityNeeded!: boolean;

  @Field(() => String, { nullable: true })
  otherNeeds?: string | null;
}

@InputType({ description: 'Le consentement recueilli auprès de la personne' })
export class ImlConsentInput {
  @Field(() => String, { description: 'Date du recueil (AAAA-MM-JJ)' })
  givenOn!: string;

  @Field(() => String, { description: 'Ce que la personne accepte de partager' })
  scope!: string;
}

@InputType({ description: 'Une orientation proposée par l’équipe de soin (grille « Un toit »)' })
export class ImlReferralInput {
  @Field(() => ID, { description: 'L’équipe de soin qui oriente (une de vos structures)' })
  referringTeamId!: string;

  @Field(() => ImlIdentityInput)
  person!: ImlIdentityInput;

  @Field(() => [ImlCriterionInput])
  criteria!: ImlCriterionInput[];

  @Field(() => ImlHousingNeedInput)
  need!: ImlHousingNeedInput;

  @Field(() => Number, { nullable: true, description: 'Ressources mensuelles (€)' })
  monthlyResources?: number | null;

  @Field(() => Number, { nullable: true, description: 'Aide au logement mensuelle attendue (€)' })
  housingBenefit?: number | null;

  @Field(() => String, { nullable: true, description: 'Projet d’accompagnement' })
  supportPlan?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes cliniques (équipe de soin seulement)' })
  clinicalNotes?: string | null;

  @Field(() => ImlConsentInput, { description: 'Consentement au partage avec la coordination du CLSM' })
  coordinationConsent!: ImlConsentInput;
}

@InputType({ description: 'Le consentement au partage avec une partie' })
export class ImlPartyConsentInput extends ImlConsentInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => CasePartyRole)
  partyRole!: CasePartyRole;

  @Field(() => ID, { description: 'La structure (opérateur, bailleur), ou le territoire pour la coordination' })
  partyId!: string;
}

@InputType({ description: 'Une évaluation partagée' })
export class ImlReviewInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { description: 'AAAA-MM-JJ' })
  heldOn!: string;

  @Field(() => [CasePartyRole])
  participantRoles!: CasePartyRole[];

  @Field(() => String, { nullable: true })
  participants?: string | null;

  @Field(() => String)
  conclusions!: string;
}

@InputType({ description: 'Une issue proposée aux deux autres parties' })
export class ImlOutcomeInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { description: 'LEASE_TRANSFERRED, REORIENTED, EXITED ou EXTENDED' })
  outcome!: string;

  @Field(() => String)
  decidedOn!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Résidence accueil, pension de famille, autre' })
  reorientation?: string | null;

  @Field(() => String, { nullable: true, description: 'Nouvelle fin prévue (prolongation)' })
  newEndOn?: string | null;
}
