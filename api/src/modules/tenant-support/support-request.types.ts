import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AddressInput } from '../sectors/sector.types.js';
import type { SupportRequest } from './support-request.entity.js';
import { SupportAction, SupportOutcome, SupportParty, SupportRequestStatus, SupportStepKind } from './support-request.rules.js';

@InputType({ description: 'Une situation préoccupante signalée par un référent bailleur' })
export class SupportRequestInput {
  @Field(() => ID, { description: 'Le bailleur (votre structure)' })
  landlordId!: string;

  @Field(() => AddressInput, { description: 'L’adresse du logement : elle désigne le secteur, donc le CMP' })
  address!: AddressInput;

  @Field(() => Boolean, { description: 'Le locataire a consenti à la démarche' })
  withConsent!: boolean;

  @Field(() => String, { nullable: true, description: 'Comment le consentement a été obtenu' })
  consentHow?: string | null;

  @Field(() => String, { nullable: true, description: 'Quand (AAAA-MM-JJ)' })
  consentOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Nom du locataire (seulement avec son consentement)' })
  tenantName?: string | null;

  @Field(() => String, { nullable: true, description: 'Téléphone du locataire (seulement avec son consentement)' })
  tenantPhone?: string | null;

  @Field(() => String, { description: 'Les faits observés' })
  facts!: string;

  @Field(() => String, { nullable: true, description: 'Depuis quand (AAAA-MM-JJ)' })
  factsSince?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  riskToSelf!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  riskToOthers!: boolean;

  @Field(() => String, { nullable: true, description: 'Ce qui a déjà été tenté' })
  alreadyTried?: string | null;
}

@InputType({ description: 'Une étape du suivi' })
export class SupportStepInput {
  @Field(() => SupportStepKind)
  kind!: SupportStepKind;

  @Field(() => String, { nullable: true, description: 'Le message pour l’autre partie (jamais de contenu clinique)' })
  message?: string | null;

  @Field(() => SupportAction, { nullable: true, description: 'L’action proposée' })
  action?: SupportAction | null;

  @Field(() => SupportOutcome, { nullable: true, description: 'L’issue, à la clôture' })
  outcome?: SupportOutcome | null;
}

@ObjectType({ description: 'Le locataire (seulement avec son consentement)' })
export class SupportTenant {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  address!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;
}

@ObjectType({ description: 'Une étape datée du suivi' })
export class SupportStepView {
  @Field(() => SupportStepKind)
  kind!: SupportStepKind;

  @Field(() => String)
  label!: string;

  @Field(() => SupportAction, { nullable: true })
  action!: SupportAction | null;

  @Field(() => String, { nullable: true })
  actionLabel!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => Date)
  at!: Date;
}

@ObjectType({ description: 'Une note clinique du CMP' })
export class SupportClinicalNote {
  @Field(() => String)
  note!: string;

  @Field(() => Date)
  at!: Date;
}

@ObjectType({ description: 'Une demande en attente d’accusé de réception (tableaux de bord)' })
export class SupportRequestAlert {
  @Field(() => String)
  reference!: string;

  @Field(() => String)
  landlordName!: string;

  @Field(() => String)
  cmpName!: string;

  @Field(() => Date)
  sentAt!: Date;

  @Field(() => Int)
  daysWaiting!: number;
}

/** A request as one party sees it; the row and the parties stay server-side. */
@ObjectType('SupportRequest', { description: 'Une demande de soutien d’un bailleur au CMP du secteur' })
export class SupportRequestView {
  row!: SupportRequest;
  parties!: ReadonlySet<SupportParty>;

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  reference!: string;

  @Field(() => SupportRequestStatus)
  status!: SupportRequestStatus;

  @Field(() => String)
  statusLabel!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => [SupportParty])
  viewerParties!: SupportParty[];

  @Field(() => [SupportStepKind], { description: 'Les étapes que vous pouvez franchir' })
  nextSteps!: SupportStepKind[];

  @Field(() => String, { description: 'Code INSEE de la commune' })
  communeCode!: string;

  @Field(() => Boolean)
  withConsent!: boolean;

  @Field(() => String, { nullable: true })
  consentHow!: string | null;

  @Field(() => String, { nullable: true })
  consentOn!: string | null;

  @Field(() => String)
  facts!: string;

  @Field(() => String, { nullable: true })
  factsSince!: string | null;

  @Field(() => Boolean)
  riskToSelf!: boolean;

  @Field(() => Boolean)
  riskToOthers!: boolean;

  @Field(() => String, { nullable: true })
  alreadyTried!: string | null;

  @Field(() => SupportOutcome, { nullable: true })
  outcome!: SupportOutcome | null;

  @Field(() => String, { nullable: true })
  outcomeLabel!: string | null;

  @Field(() => Date)
  sentAt!: Date;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Boolean, { description: 'L’accusé de réception tarde' })
  acknowledgementOverdue!: boolean;
}
