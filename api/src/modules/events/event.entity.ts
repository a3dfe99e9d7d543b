import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn, type Relation } from 'typeorm';
import { UserAccount } from '../accounts/user-account.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { Person } from '../people/person.entity.js';
import { Project } from '../projects/project.entity.js';
import { EventAudience, EventKind, EventStatus } from './event.enums.js';

// A project's yearly edition (SISM 2019, SISM 2020…): a theme, dates and a call for events.
@ObjectType({ description: 'Une édition annuelle d’un projet (SISM 2020…)' })
@Entity()
@Unique(['projectId', 'year'])
export class Edition {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  project?: Relation<Project>;

  @Field(() => Int)
  @Column('int')
  year!: number;

  @Field(() => String)
  @Column('text', { unique: true })
  slug!: string;

  @Field(() => String)
  @Column('text')
  theme!: string;

  @Field(() => String, { description: 'Premier jour (AAAA-MM-JJ)' })
  @Column('date')
  startsOn!: string;

  @Field(() => String, { description: 'Dernier jour (AAAA-MM-JJ)' })
  @Column('date')
  endsOn!: string;

  @Field(() => Boolean, { description: 'Les partenaires peuvent proposer des événements' })
  @Column('boolean', { default: true })
  submissionsOpen!: boolean;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

// One event of an edition's programme, or one training session (kind TRAINING, no edition).
@ObjectType('ProjectEvent', { description: 'Un événement d’une édition ou une session de formation' })
@Entity()
@Index(['editionId', 'startsAt'])
@Index(['projectId', 'startsAt'])
export class ProjectEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  project?: Relation<Project>;

  @Column('uuid', { nullable: true })
  editionId!: string | null;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  edition?: Relation<Edition>;

  @Field(() => EventKind)
  @Column('text')
  kind!: EventKind;

  @Field(() => String)
  @Column('text')
  title!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description!: string | null;

  @Field(() => Date)
  @Column('timestamptz')
  startsAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  endsAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune' })
  @Column('text', { nullable: true })
  communeCode!: string | null;

  @Column('double precision', { nullable: true })
  latitude!: number | null;

  @Column('double precision', { nullable: true })
  longitude!: number | null;

  @Field(() => EventAudience)
  @Column('text')
  audience!: EventAudience;

  @Field(() => EventStatus)
  @Column('text')
  status!: EventStatus;

  @Field(() => Int, { nullable: true, description: 'Nombre de places (formations)' })
  @Column('int', { nullable: true })
  capacity!: number | null;

  @Field(() => Int, { nullable: true, description: 'Nombre de participants, après coup' })
  @Column('int', { nullable: true })
  attendance!: number | null;

  @Column('uuid', { nullable: true })
  submittedBy!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by' })
  submittedByUser?: Relation<UserAccount>;

  @Column('uuid', { nullable: true })
  decidedBy!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by' })
  decidedByUser?: Relation<UserAccount>;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version!: number;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity()
@Index(['partnerId'])
export class EventOrganiser {
  @PrimaryColumn('uuid')
  eventId!: string;

  @ManyToOne(() => ProjectEvent, { onDelete: 'CASCADE' })
  event?: Relation<ProjectEvent>;

  @PrimaryColumn('uuid')
  partnerId!: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  partner?: Relation<Partner>;
}

@ObjectType({ description: 'Une inscription à une session' })
@Entity()
@Unique(['eventId', 'personId'])
export class EventRegistration {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  eventId!: string;

  @ManyToOne(() => ProjectEvent, { onDelete: 'CASCADE' })
  event?: Relation<ProjectEvent>;

  @Column('uuid', { nullable: true })
  personId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  person?: Relation<Person>;

  @Field(() => String)
  @Column('text')
  fullName!: string;

  @Column('uuid', { nullable: true })
  partnerId!: string | null;

  @ManyToOne(() => Partner, { onDelete: 'SET NULL' })
  partner?: Relation<Partner>;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  registeredAt!: Date;

  @Field(() => Boolean, { nullable: true, description: 'Présent (feuille d’émargement)' })
  @Column('boolean', { nullable: true })
  attended!: boolean | null;
}
