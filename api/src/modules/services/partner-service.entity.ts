import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Partner } from '../partners/partner.entity.js';

/**
 * A service a partner offers (an orientation, a consultation, a peer-support club, an IML flat…):
 * the "service" of data·inclusion and of Open Referral HSDS. Everything in it is public directory
 * data: no person's details belong here.
 */
@ObjectType('PartnerService', { description: 'Un service proposé par une structure partenaire' })
@Entity('partner_service')
@Check('partner_service_capacity_check', 'capacity IS NULL OR capacity >= 0')
@Index('partner_service_partner_idx', { synchronize: false })
@Index('partner_service_source_key', { synchronize: false })
export class PartnerService {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnerId!: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  partner?: Relation<Partner>;

  @Field(() => String, { description: 'Identifiant lisible, utilisé dans les adresses des pages' })
  @Column('text', { unique: true })
  slug!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description!: string | null;

  /** data·inclusion thématiques (codes of `themes/thematiques.json`). */
  @Column('text', { array: true, default: () => "'{}'" })
  themeCodes!: string[];

  /** data·inclusion publics (codes of `themes/publics.json`). */
  @Column('text', { array: true, default: () => "'{}'" })
  publicCodes!: string[];

  @Field(() => String, { nullable: true, description: 'Conditions d’accès (orientation, prescription…)' })
  @Column('text', { nullable: true })
  accessConditions!: string | null;

  /** data·inclusion modes d’accueil: 'en-presentiel' | 'a-distance'. */
  @Field(() => [String], { description: 'Modes d’accueil : en-presentiel, a-distance' })
  @Column('text', { array: true, default: () => "'{}'" })
  receptionModes!: string[];

  @Field(() => String, { nullable: true, description: 'Horaires au format OSM opening_hours' })
  @Column('text', { nullable: true })
  openingHours!: string | null;

  @Field(() => Int, { nullable: true, description: 'Capacité (places), quand elle a un sens' })
  @Column('integer', { nullable: true })
  capacity!: number | null;

  /** Producer of an imported service (data·inclusion `source`) and its id there. */
  @Column('text', { nullable: true })
  source!: string | null;

  @Column('text', { nullable: true })
  sourceId!: string | null;

  @Field(() => Boolean, { description: 'Donnée de démonstration (non tirée des documents)' })
  @Column('boolean', { default: false })
  isDemo!: boolean;

  @Field(() => Int, { description: 'Version, pour le verrouillage optimiste' })
  @Column('integer', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
