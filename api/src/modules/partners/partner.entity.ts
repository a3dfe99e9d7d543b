import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { PartnerKind, Sector } from './partner.enums.js';

@ObjectType({ description: 'Une structure partenaire du réseau' })
@Entity()
@Index('partner_search_document_idx', { synchronize: false })
@Index('partner_name_trgm_idx', { synchronize: false })
@Index('partner_location_idx', { synchronize: false })
@Index(['sector'])
@Index(['parentId'])
@Index('partner_siret_key', { synchronize: false })
@Index('partner_source_key', { synchronize: false })
export class Partner {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'Identifiant lisible, utilisé dans les adresses des pages' })
  @Column('text', { unique: true })
  slug!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => String, { nullable: true, description: 'Sigle ou nom court' })
  @Column('text', { nullable: true })
  shortName!: string | null;

  @Field(() => Sector)
  @Column('text')
  sector!: Sector;

  @Field(() => PartnerKind)
  @Column('text')
  kind!: PartnerKind;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  commune!: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune' })
  @Column('text', { nullable: true })
  communeCode!: string | null;

  @Column('double precision', { nullable: true })
  latitude!: number | null;

  @Column('double precision', { nullable: true })
  longitude!: number | null;

  /** Where the coordinates come from: 'MANUAL' (never overwritten), 'GEOCODER' or 'COMMUNE'. */
  @Column('text', { nullable: true })
  coordinatesSource!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true, description: 'Horaires au format OSM opening_hours' })
  @Column('text', { nullable: true })
  openingHours!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  themeCodes!: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  publicCodes!: string[];

  @Field(() => String, { nullable: true, description: 'Numéro SIRET (14 chiffres)' })
  @Column('text', { nullable: true })
  siret!: string | null;

  // Where an imported entry comes from (data·inclusion source, e.g. "dora") and its id there.
  @Column('text', { nullable: true })
  source!: string | null;

  @Column('text', { nullable: true })
  sourceId!: string | null;

  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Partner, { onDelete: 'SET NULL' })
  parent?: Relation<Partner>;

  // Maintained by PartnerSearchIndex in the transaction of every write; read only by SQL.
  @Column({ type: 'tsvector', select: false, insert: false, update: false, default: () => "''" })
  searchDocument?: string;

  @Field(() => Int, { description: 'Version, pour le verrouillage optimiste' })
  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
