import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { MeetingBody, MeetingStatus } from './meeting.enums.js';
import { Territory } from '../territories/territory.entity.js';
import { WorkingGroup } from '../groups/working-group.entity.js';
import { Partner } from '../partners/partner.entity.js';

@ObjectType({ description: 'Une réunion d’un groupe ou d’une instance du CLSM' })
@Entity()
@Index(['groupId', 'startsAt'])
@Index(['territoryId', 'startsAt'])
export class Meeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  territoryId!: string;

  @ManyToOne(() => Territory, { onDelete: 'CASCADE' })
  territory?: Relation<Territory>;

  @Column('uuid', { nullable: true })
  groupId!: string | null;

  @ManyToOne(() => WorkingGroup, { onDelete: 'CASCADE' })
  group?: Relation<WorkingGroup>;

  @Field(() => MeetingBody)
  @Column('text')
  body!: MeetingBody;

  @Field(() => String)
  @Column('text')
  title!: string;

  @Field(() => Date)
  @Column('timestamptz')
  startsAt!: Date;

  @Field(() => Date)
  @Column('timestamptz')
  endsAt!: Date;

  @Field(() => Boolean, { description: 'L’heure n’est pas connue (seule la date l’est)' })
  @Column('boolean', { default: false })
  timeUnknown!: boolean;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  videoUrl!: string | null;

  @Column('uuid', { nullable: true })
  hostPartnerId!: string | null;

  @ManyToOne(() => Partner, { onDelete: 'SET NULL' })
  hostPartner?: Relation<Partner>;

  @Field(() => MeetingStatus)
  @Column('text')
  status!: MeetingStatus;

  @Column('uuid', { nullable: true })
  replacedById!: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'SET NULL' })
  replacedBy?: Relation<Meeting>;

  @Field(() => String, { nullable: true, description: 'Compte rendu général' })
  @Column('text', { nullable: true })
  minutes!: string | null;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
