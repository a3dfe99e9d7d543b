import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Partner } from '../partners/partner.entity.js';
import { Territory } from '../territories/territory.entity.js';

// A landlord referent's request for the CMP's help about a worrying tenant (the 2019 CH Jury /
// ARELOR convention). Under row-level security like the IML cases: only the landlord and the
// CMP of the tenant's sector, through `party_keys`; the coordination gets figures only.

@Entity()
@Index(['territoryId', 'status'])
@Index('support_request_party_keys_idx', { synchronize: false })
export class SupportRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  territoryId!: string;

  @ManyToOne(() => Territory, { onDelete: 'CASCADE' })
  territory?: Relation<Territory>;

  /** Shown instead of the tenant: says nothing about them. */
  @Column('text', { unique: true })
  reference!: string;

  @Column('uuid')
  landlordId!: string;

  @ManyToOne(() => Partner)
  landlord?: Relation<Partner>;

  /** The CMP of the tenant's sector, found from the address. */
  @Column('uuid')
  cmpId!: string;

  @ManyToOne(() => Partner)
  cmp?: Relation<Partner>;

  @Column('uuid', { nullable: true })
  sectorId!: string | null;

  @Column('text')
  status!: string;

  @Column('text', { array: true, default: '{}' })
  partyKeys!: string[];

  /** Without consent the request is anonymous advice: no identity is stored. */
  @Column('boolean')
  withConsent!: boolean;

  @Column('text', { nullable: true })
  consentHow!: string | null;

  @Column('date', { nullable: true })
  consentOn!: string | null;

  @Column('text')
  communeCode!: string;

  @Column('text')
  facts!: string;

  @Column('date', { nullable: true })
  factsSince!: string | null;

  @Column('boolean', { default: false })
  riskToSelf!: boolean;

  @Column('boolean', { default: false })
  riskToOthers!: boolean;

  @Column('text', { nullable: true })
  alreadyTried!: string | null;

  @Column('text', { nullable: true })
  outcome!: string | null;

  @Column('uuid', { nullable: true })
  reportedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  acknowledgedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Who the tenant is: only with consent, for the landlord and the CMP. */
@Entity()
export class SupportRequestTenant {
  @PrimaryColumn('uuid')
  requestId!: string;

  @ManyToOne(() => SupportRequest, { onDelete: 'CASCADE' })
  request?: Relation<SupportRequest>;

  @Column('text')
  name!: string;

  @Column('text')
  address!: string;

  @Column('text', { nullable: true })
  phone!: string | null;
}

/** A dated step of the follow-up, with the message meant for the referent. */
@Entity()
@Index(['requestId', 'at'])
export class SupportRequestStep {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  requestId!: string;

  @ManyToOne(() => SupportRequest, { onDelete: 'CASCADE' })
  request?: Relation<SupportRequest>;

  @Column('text')
  kind!: string;

  @Column('text', { nullable: true })
  action!: string | null;

  @Column('text', { nullable: true })
  message!: string | null;

  @Column('uuid', { nullable: true })
  actorUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}

/** The CMP's own notes: clinical, never for the landlord. */
@Entity()
@Index(['requestId', 'at'])
export class SupportRequestClinicalNote {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  requestId!: string;

  @ManyToOne(() => SupportRequest, { onDelete: 'CASCADE' })
  request?: Relation<SupportRequest>;

  @Column('text')
  note!: string;

  @Column('uuid', { nullable: true })
  authorUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
