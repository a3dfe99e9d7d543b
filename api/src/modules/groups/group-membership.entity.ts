import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { GroupRole, MembershipStatus } from './group.enums.js';
import { WorkingGroup } from './working-group.entity.js';
import { Person } from '../people/person.entity.js';
import { Partner } from '../partners/partner.entity.js';

// A person or an organisation in a group, as animator or member; a join request until accepted.
@ObjectType({ description: 'Une personne ou une structure dans un groupe' })
@Entity()
@Index(['groupId', 'role'])
export class GroupMembership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  groupId!: string;

  @ManyToOne(() => WorkingGroup, { onDelete: 'CASCADE' })
  group?: Relation<WorkingGroup>;

  @Column('uuid', { nullable: true })
  @Index()
  personId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  person?: Relation<Person>;

  @Column('uuid', { nullable: true })
  @Index()
  partnerId!: string | null;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  partner?: Relation<Partner>;

  @Field(() => GroupRole)
  @Column('text')
  role!: GroupRole;

  @Field(() => MembershipStatus)
  @Column('text')
  status!: MembershipStatus;

  @Column('uuid', { nullable: true })
  requestedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
