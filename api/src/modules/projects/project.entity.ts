import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToMany, ManyToOne, PrimaryGeneratedColumn, JoinTable, type Relation } from 'typeorm';
import { WorkingGroup } from '../groups/working-group.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { Territory } from '../territories/territory.entity.js';

export enum ProjectStatus {
  UNDER_STUDY = 'UNDER_STUDY',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

export const projectStatusLabels: Record<ProjectStatus, string> = {
  [ProjectStatus.UNDER_STUDY]: 'À l’étude',
  [ProjectStatus.ACTIVE]: 'En cours',
  [ProjectStatus.CLOSED]: 'Terminé',
};

registerEnumType(ProjectStatus, { name: 'ProjectStatus', description: 'À l’étude, en cours ou terminé' });

// The projects the CLSM runs or contributes to. This is the part the working groups link to;
// funding, indicators and editions belong to the projects module proper.
@ObjectType({ description: 'Un projet du CLSM ou auquel il contribue' })
@Entity()
@Index(['territoryId'])
export class Project {
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
  description!: string | null;

  @Field(() => ProjectStatus)
  @Column('text')
  status!: ProjectStatus;

  @Field(() => Boolean, { description: 'Projet d’un partenaire auquel le CLSM contribue' })
  @Column('boolean', { default: false })
  contribution!: boolean;

  @Column('uuid', { nullable: true })
  leadPartnerId!: string | null;

  @ManyToOne(() => Partner, { onDelete: 'SET NULL' })
  leadPartner?: Relation<Partner>;

  @ManyToMany(() => WorkingGroup)
  @JoinTable({ name: 'group_project', joinColumn: { name: 'project_id' }, inverseJoinColumn: { name: 'group_id' } })
  groups?: Relation<WorkingGroup>[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
