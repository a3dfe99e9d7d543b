import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { WorkingGroup } from '../groups/working-group.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { Person } from '../people/person.entity.js';
import { Meeting } from './meeting.entity.js';
import { ActionStatus, AttendanceStatus } from './meeting.enums.js';

@ObjectType({ description: 'Un point de l’ordre du jour, avec sa partie du compte rendu' })
@Entity()
@Index(['meetingId', 'position'])
export class AgendaItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  meeting?: Relation<Meeting>;

  @Field(() => Int)
  @Column('int')
  position!: number;

  @Field(() => String)
  @Column('text')
  title!: string;

  @Field(() => String, { nullable: true, description: 'Compte rendu de ce point' })
  @Column('text', { nullable: true })
  minutes!: string | null;

  // Set when the point was carried over from an open action of an earlier meeting.
  @Column('uuid', { nullable: true })
  carriedActionId!: string | null;
}

@ObjectType({ description: 'Une ligne de la feuille d’émargement' })
@Entity()
@Index(['meetingId'])
export class Attendance {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  meeting?: Relation<Meeting>;

  @Column('uuid', { nullable: true })
  personId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  person?: Relation<Person>;

  @Column('uuid', { nullable: true })
  partnerId!: string | null;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  partner?: Relation<Partner>;

  @Field(() => AttendanceStatus)
  @Column('text')
  status!: AttendanceStatus;
}

@ObjectType({ description: 'Une décision prise en réunion' })
@Entity()
@Index(['meetingId', 'position'])
export class Decision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  meeting?: Relation<Meeting>;

  @Field(() => Int)
  @Column('int')
  position!: number;

  @Field(() => String)
  @Column('text')
  text!: string;
}

@ObjectType({ description: 'Une action à mener, portée par une personne ou une structure' })
@Entity()
@Index(['groupId', 'status'])
@Index(['ownerPartnerId', 'status'])
@Index(['ownerPersonId', 'status'])
export class ActionItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  meeting?: Relation<Meeting>;

  @Column('uuid', { nullable: true })
  groupId!: string | null;

  @ManyToOne(() => WorkingGroup, { onDelete: 'CASCADE' })
  group?: Relation<WorkingGroup>;

  @Field(() => String)
  @Column('text')
  title!: string;

  @Column('uuid', { nullable: true })
  ownerPersonId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  ownerPerson?: Relation<Person>;

  @Column('uuid', { nullable: true })
  ownerPartnerId!: string | null;

  @ManyToOne(() => Partner, { onDelete: 'SET NULL' })
  ownerPartner?: Relation<Partner>;

  @Field(() => String, { nullable: true, description: 'Échéance (AAAA-MM-JJ)' })
  @Column('date', { nullable: true })
  dueDate!: string | null;

  @Field(() => ActionStatus)
  @Column('text')
  status!: ActionStatus;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
