import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { GroupStatus } from './group.enums.js';
import { Territory } from '../territories/territory.entity.js';

@ObjectType({ description: 'Un groupe de travail du CLSM' })
@Entity()
@Index(['territoryId', 'status'])
export class WorkingGroup {
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
  name!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  theme!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  purpose!: string | null;

  @Field(() => GroupStatus)
  @Column('text')
  status!: GroupStatus;

  @Field(() => Boolean, { description: 'Visible du public (sinon des seuls membres du territoire)' })
  @Column('boolean', { default: true })
  isPublic!: boolean;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
