import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToMany, ManyToOne, PrimaryGeneratedColumn, JoinTable, UpdateDateColumn, type Relation } from 'typeorm';
import { Convention } from '../conventions/convention.entity.js';
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

// The projects the CLSM runs or contributes to, with their partners, funding and indicators.
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

  @Column('uuid', { nullable: true })
  conventionId!: string | null;

  @ManyToOne(() => Convention, { onDelete: 'SET NULL' })
  convention?: Relation<Convention>;

  @Field(() => Int, { nullable: true, description: 'Année de début' })
  @Column('int', { nullable: true })
  startYear!: number | null;

  @Field(() => Int, { nullable: true, description: 'Année de fin (vide : sans échéance)' })
  @Column('int', { nullable: true })
  endYear!: number | null;

  // Partner organisations besides the lead; read through a loader, never eagerly.
  @ManyToMany(() => Partner)
  @JoinTable({ name: 'project_partner', joinColumn: { name: 'project_id' }, inverseJoinColumn: { name: 'partner_id' } })
  partnerLinks?: Relation<Partner>[];

  @ManyToMany(() => WorkingGroup)
  @JoinTable({ name: 'group_project', joinColumn: { name: 'project_id' }, inverseJoinColumn: { name: 'group_id' } })
  groups?: Relation<WorkingGroup>[];

  @Field(() => Int, { description: 'Version, pour les modifications concurrentes' })
  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
