import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Partner } from '../partners/partner.entity.js';
import { Territory } from '../territories/territory.entity.js';

// The IML case tables hold health-related data: every one of them is under row-level security
// (see the housing migration), and the GraphQL types are built from them through the field
// policy of `case-policy.ts`, never exposed as they are.

/** A person's path in the scheme, under a pseudonym: what the pathway and the figures need. */
@Entity()
@Index(['territoryId', 'state'])
@Index('iml_case_party_keys_idx', { synchronize: false })
@Index('iml_case_person_key_idx', { synchronize: false })
@Check('iml_case_resources_check', 'monthly_resources_cents IS NULL OR monthly_resources_cents >= 0')
export class ImlCase {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  territoryId!: string;

  @ManyToOne(() => Territory, { onDelete: 'CASCADE' })
  territory?: Relation<Territory>;

  /** Shown instead of a name: derived from a keyed hash, it says nothing about the person. */
  @Column('text', { unique: true })
  pseudonym!: string;

  /** Keyed hash of the person's name and birth date: finds a second open referral of one person. */
  @Column('text', { nullable: true })
  personKey!: string | null;

  @Column('text')
  state!: string;

  /** `ROLE:id` of each party that may read the case (consent given): what RLS checks. */
  @Column('text', { array: true, default: '{}' })
  partyKeys!: string[];

  @Column('uuid')
  referringTeamId!: string;

  @ManyToOne(() => Partner)
  referringTeam?: Relation<Partner>;

  @Column('uuid', { nullable: true })
  operatorId!: string | null;

  @ManyToOne(() => Partner)
  operator?: Relation<Partner>;

  @Column('uuid', { nullable: true })
  landlordId!: string | null;

  @ManyToOne(() => Partner)
  landlord?: Relation<Partner>;

  @Column('uuid', { nullable: true })
  offerId!: string | null;

  /** The "Un toit" criteria answered yes; their justifications are clinical (ImlCaseClinical). */
  @Column('text', { array: true, default: '{}' })
  criteriaMet!: string[];

  @Column('text', { array: true, default: '{}' })
  flatTypes!: string[];

  /** INSEE codes of the communes asked for, in order of preference. */
  @Column('text', { array: true, default: '{}' })
  preferredCommunes!: string[];

  @Column('boolean', { default: false })
  nearServices!: boolean;

  @Column('boolean', { default: false })
  nearTransport!: boolean;

  @Column('boolean', { default: false })
  accessibilityNeeded!: boolean;

  @Column('text', { nullable: true })
  otherNeeds!: string | null;

  @Column('int', { nullable: true })
  monthlyResourcesCents!: number | null;

  @Column('int', { nullable: true })
  housingBenefitCents!: number | null;

  @Column('date')
  referredOn!: string;

  @Column('date', { nullable: true })
  commissionOn!: string | null;

  @Column('text', { nullable: true })
  refusalReason!: string | null;

  @Column('date', { nullable: true })
  leaseStartsOn!: string | null;

  @Column('date', { nullable: true })
  subleaseStartsOn!: string | null;

  @Column('date', { nullable: true })
  plannedEndOn!: string | null;

  /** Who does what around the person (care team, operator, landlord's CESF): no clinical content. */
  @Column('text', { nullable: true })
  supportArrangements!: string | null;

  /** The date the case left the scheme: outcome or withdrawal. */
  @Column('date', { nullable: true })
  closedOn!: string | null;

  @Column('text', { nullable: true })
  closingReason!: string | null;

  @Column('text', { nullable: true })
  reorientation!: string | null;

  @Column('timestamptz', { nullable: true })
  anonymisedAt!: Date | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Name and contact details: for the care team and the operator in charge only. */
@Entity()
export class ImlCasePrivate {
  @PrimaryColumn('uuid')
  caseId!: string;

  @ManyToOne(() => ImlCase, { onDelete: 'CASCADE' })
  case?: Relation<ImlCase>;

  @Column('text')
  firstName!: string;

  @Column('text')
  lastName!: string;

  @Column('date', { nullable: true })
  birthDate!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { nullable: true })
  email!: string | null;

  /** The plan of global support agreed with the person (ERAH, operator, landlord). */
  @Column('text', { nullable: true })
  supportPlan!: string | null;
}

/** The care team's own part: the grid's justifications and clinical notes. */
@Entity()
export class ImlCaseClinical {
  @PrimaryColumn('uuid')
  caseId!: string;

  @ManyToOne(() => ImlCase, { onDelete: 'CASCADE' })
  case?: Relation<ImlCase>;

  @Column('jsonb', { default: () => "'{}'" })
  justifications!: Record<string, string>;

  @Column('text', { nullable: true })
  clinicalNotes!: string | null;
}

/** The person's consent to share the case with one party (the coordination, an operator, a landlord). */
@Entity()
@Index(['caseId', 'partyRole', 'partyId'])
export class ImlConsent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  caseId!: string;

  @ManyToOne(() => ImlCase, { onDelete: 'CASCADE' })
  case?: Relation<ImlCase>;

  @Column('text')
  partyRole!: string;

  /** The partner organisation, or the territory for the coordination. */
  @Column('uuid')
  partyId!: string;

  @Column('date')
  givenOn!: string;

  @Column('text')
  scope!: string;

  @Column('uuid', { nullable: true })
  collectedBy!: string | null;

  @Column('date', { nullable: true })
  withdrawnOn!: string | null;

  @Column('uuid', { nullable: true })
  withdrawnBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One step of the pathway, as it was taken. */
@Entity()
@Index(['caseId', 'at'])
export class ImlCaseStep {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  caseId!: string;

  @ManyToOne(() => ImlCase, { onDelete: 'CASCADE' })
  case?: Relation<ImlCase>;

  @Column('text', { nullable: true })
  fromState!: string | null;

  @Column('text')
  toState!: string;

  @Column('date')
  on!: string;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('uuid', { nullable: true })
  actorUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}

/** A joint review (care team, operator, landlord), at least every six months. */
@Entity()
@Index(['caseId', 'heldOn'])
export class ImlReview {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  caseId!: string;

  @ManyToOne(() => ImlCase, { onDelete: 'CASCADE' })
  case?: Relation<ImlCase>;

  @Column('date')
  heldOn!: string;

  @Column('text', { array: true, default: '{}' })
  participantRoles!: string[];

  @Column('text', { nullable: true })
  participants!: string | null;

  @Column('text', { nullable: true })
  conclusions!: string | null;

  @Column('uuid', { nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** An outcome (or an extension) proposed by one party, applied once all three agree. */
@Entity()
@Index(['caseId', 'createdAt'])
export class ImlOutcomeDecision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  caseId!: string;

  @ManyToOne(() => ImlCase, { onDelete: 'CASCADE' })
  case?: Relation<ImlCase>;

  @Column('text')
  outcome!: string;

  @Column('date')
  decidedOn!: string;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('text', { nullable: true })
  reorientation!: string | null;

  @Column('date', { nullable: true })
  newEndOn!: string | null;

  @Column('uuid', { nullable: true })
  proposedBy!: string | null;

  /** Party role → { userId, at } of each agreement given. */
  @Column('jsonb', { default: () => "'{}'" })
  agreements!: Record<string, { userId: string; at: string }>;

  @Column('timestamptz', { nullable: true })
  appliedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  cancelledAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A file of the case (lease, sublease, review report…), with the roles that may open it. */
@Entity()
@Index(['caseId', 'createdAt'])
export class ImlCaseDocument {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  caseId!: string;

  @ManyToOne(() => ImlCase, { onDelete: 'CASCADE' })
  case?: Relation<ImlCase>;

  @Column('text')
  title!: string;

  @Column('text')
  fileName!: string;

  @Column('text')
  mediaType!: string;

  @Column('int')
  byteSize!: number;

  @Column('bytea', { select: false })
  content?: Buffer;

  @Column('uuid', { nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
