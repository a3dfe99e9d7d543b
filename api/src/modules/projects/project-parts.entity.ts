import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Partner } from '../partners/partner.entity.js';
import { FundingBasis } from './funding.js';
import { Project } from './project.entity.js';

registerEnumType(FundingBasis, {
  name: 'FundingBasis',
  description: 'Par unité et par an, forfait annuel ou versement unique',
});

export const fundingBasisLabels: Record<FundingBasis, string> = {
  [FundingBasis.PER_UNIT_PER_YEAR]: 'Par unité et par an',
  [FundingBasis.PER_YEAR]: 'Forfait annuel',
  [FundingBasis.ONE_OFF]: 'Versement unique',
};

@ObjectType({ description: 'Une ligne de financement d’un projet' })
@Entity()
@Index(['projectId', 'position'])
export class FundingLine {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  project?: Relation<Project>;

  @Column('uuid', { nullable: true })
  funderPartnerId!: string | null;

  @ManyToOne(() => Partner, { onDelete: 'SET NULL' })
  funderPartner?: Relation<Partner>;

  @Field(() => String, { description: 'Le financeur tel qu’il est nommé (structure de l’annuaire ou nom libre)' })
  @Column('text')
  funderName!: string;

  @Field(() => FundingBasis)
  @Column('text')
  basis!: FundingBasis;

  @Field(() => String, { nullable: true, description: 'L’unité comptée : logement, personne…' })
  @Column('text', { nullable: true })
  unitLabel!: string | null;

  @Column('int')
  amountCents!: number;

  @Field(() => Int, { description: 'Nombre d’unités par an (1 hors financement par unité)' })
  @Column('int', { default: 1 })
  units!: number;

  @Field(() => Int)
  @Column('int')
  fromYear!: number;

  @Field(() => Int)
  @Column('int')
  toYear!: number;

  @Field(() => String, { nullable: true, description: 'Remarque, par exemple « peut être doublé »' })
  @Column('text', { nullable: true })
  note!: string | null;

  @Field(() => Int)
  @Column('int')
  position!: number;

  @Field(() => Float, { description: 'Montant en euros (par unité et par an, par an, ou unique, selon la base)' })
  get amount(): number {
    return this.amountCents / 100;
  }
}

@ObjectType({ description: 'Un indicateur de suivi d’un projet' })
@Entity()
@Index(['projectId', 'position'])
export class ProjectIndicator {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  project?: Relation<Project>;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => String, { nullable: true, description: 'Unité (personnes, sessions…)' })
  @Column('text', { nullable: true })
  unit!: string | null;

  @Field(() => Int)
  @Column('int')
  position!: number;
}

@ObjectType({ description: 'La cible et la valeur atteinte d’un indicateur une année' })
@Entity()
export class IndicatorValue {
  @PrimaryColumn('uuid')
  indicatorId!: string;

  @ManyToOne(() => ProjectIndicator, { onDelete: 'CASCADE' })
  indicator?: Relation<ProjectIndicator>;

  @Field(() => Int)
  @PrimaryColumn('int')
  year!: number;

  @Field(() => Float, { nullable: true, description: 'Cible de l’année' })
  @Column('double precision', { nullable: true })
  target!: number | null;

  @Field(() => Float, { nullable: true, description: 'Valeur atteinte' })
  @Column('double precision', { nullable: true })
  value!: number | null;
}
