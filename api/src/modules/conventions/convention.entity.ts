import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { UserAccount } from '../accounts/user-account.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { Territory } from '../territories/territory.entity.js';
import { ConventionStatus, PartyRole } from './convention.enums.js';

@ObjectType({ description: 'Une convention de partenariat' })
@Entity()
@Index(['territoryId'])
export class Convention {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  territoryId!: string;

  @ManyToOne(() => Territory, { onDelete: 'CASCADE' })
  territory?: Relation<Territory>;

  @Field(() => String)
  @Column('text', { unique: true })
  slug!: string;

  @Field(() => String)
  @Column('text')
  title!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  summary!: string | null;

  @Field(() => ConventionStatus)
  @Column('text')
  status!: ConventionStatus;

  @Field(() => String, { nullable: true, description: 'Date de signature (AAAA-MM-JJ)' })
  @Column('date', { nullable: true })
  signedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Lieu de signature' })
  @Column('text', { nullable: true })
  signedAt!: string | null;

  @Field(() => Int, { nullable: true, description: 'Durée en mois' })
  @Column('int', { nullable: true })
  durationMonths!: number | null;

  @Field(() => String, { nullable: true, description: 'Évaluation prévue (AAAA-MM-JJ)' })
  @Column('date', { nullable: true })
  evaluationDue!: string | null;

  @Field(() => String, { nullable: true, description: 'Renouvellement prévu (AAAA-MM-JJ)' })
  @Column('date', { nullable: true })
  renewalDue!: string | null;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@ObjectType({ description: 'Un objectif numéroté d’une convention' })
@Entity()
@Index(['conventionId', 'position'])
export class ConventionObjective {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  conventionId!: string;

  @ManyToOne(() => Convention, { onDelete: 'CASCADE' })
  convention?: Relation<Convention>;

  @Field(() => Int, { description: 'Numéro de l’objectif' })
  @Column('int')
  position!: number;

  @Field(() => String)
  @Column('text')
  text!: string;
}

@ObjectType({ description: 'Une structure partie à une convention, avec son rôle' })
@Entity()
export class ConventionParty {
  @PrimaryColumn('uuid')
  conventionId!: string;

  @ManyToOne(() => Convention, { onDelete: 'CASCADE' })
  convention?: Relation<Convention>;

  @PrimaryColumn('uuid')
  partnerId!: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  partner?: Relation<Partner>;

  @Field(() => PartyRole)
  @PrimaryColumn('text')
  role!: PartyRole;
}

@ObjectType({ description: 'Un passage d’une étape à une autre du cycle de vie' })
@Entity()
@Index(['conventionId', 'changedAt'])
export class ConventionStatusChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  conventionId!: string;

  @ManyToOne(() => Convention, { onDelete: 'CASCADE' })
  convention?: Relation<Convention>;

  @Field(() => ConventionStatus, { nullable: true })
  @Column('text', { nullable: true })
  fromStatus!: ConventionStatus | null;

  @Field(() => ConventionStatus)
  @Column('text')
  toStatus!: ConventionStatus;

  @Field(() => String, { description: 'Date de l’étape (AAAA-MM-JJ)' })
  @Column('date')
  effectiveOn!: string;

  @Column('uuid', { nullable: true })
  changedBy!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  changedByUser?: Relation<UserAccount>;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;
}

// The meetings that prepared a convention (the 2018 one took about a dozen).
@Entity()
export class ConventionMeeting {
  @PrimaryColumn('uuid')
  conventionId!: string;

  @ManyToOne(() => Convention, { onDelete: 'CASCADE' })
  convention?: Relation<Convention>;

  @PrimaryColumn('uuid')
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  meeting?: Relation<Meeting>;
}

/** A file attached to a convention (the signed text, a charter…). The content is read on download only. */
@ObjectType({ description: 'Un document joint à une convention (métadonnées)' })
@Entity()
@Index(['conventionId', 'uploadedAt'])
export class ConventionDocument {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  conventionId!: string;

  @ManyToOne(() => Convention, { onDelete: 'CASCADE' })
  convention?: Relation<Convention>;

  @Field(() => String)
  @Column('text')
  title!: string;

  @Field(() => String, { description: 'Nom du fichier' })
  @Column('text')
  fileName!: string;

  @Field(() => String, { description: 'Type de média (application/pdf…)' })
  @Column('text')
  mediaType!: string;

  @Field(() => Int, { description: 'Taille en octets' })
  @Column('int')
  byteSize!: number;

  @Column('bytea', { select: false })
  content?: Buffer;

  @Column('uuid', { nullable: true })
  uploadedBy!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by' })
  uploadedByUser?: Relation<UserAccount>;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}
