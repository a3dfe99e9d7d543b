import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { Partner } from '../partners/partner.entity.js';
import { Territory } from '../territories/territory.entity.js';
import { SectorPopulation, StreetParity } from './sector.enums.js';

@ObjectType({ description: 'Un secteur de psychiatrie publique et son CMP' })
@Entity()
@Unique(['territoryId', 'code'])
export class PsychiatricSector {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  territoryId!: string;

  @ManyToOne(() => Territory, { onDelete: 'CASCADE' })
  territory?: Relation<Territory>;

  @Field(() => String, { description: 'Code court du secteur (ex. « 57G05 » ou « 1 »)' })
  @Column('text')
  code!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => SectorPopulation)
  @Column('text', { default: SectorPopulation.ADULT })
  population!: SectorPopulation;

  @Column('uuid', { nullable: true })
  cmpPartnerId!: string | null;

  @ManyToOne(() => Partner, { onDelete: 'SET NULL' })
  cmpPartner?: Relation<Partner>;

  @Field(() => Boolean, { description: 'Les communes et rues de ce secteur sont un découpage de démonstration' })
  @Column('boolean', { default: false })
  isDemo!: boolean;

  @Field(() => Int, { description: 'Version, pour le verrouillage optimiste' })
  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** The whole commune belongs to the sector. */
@Entity()
@Index(['communeCode'])
export class SectorCommune {
  @PrimaryColumn('uuid')
  sectorId!: string;

  @ManyToOne(() => PsychiatricSector, { onDelete: 'CASCADE' })
  sector?: Relation<PsychiatricSector>;

  @PrimaryColumn('text')
  communeCode!: string;

  @Column('boolean', { default: false })
  isDemo!: boolean;
}

/** A street (or a range of its numbers) of a commune split between sectors. */
@ObjectType({ description: 'Une rue (ou une plage de numéros) d’une commune partagée entre secteurs' })
@Entity()
@Index(['communeCode', 'streetKey'])
@Index('sector_street_range_key', { synchronize: false })
export class SectorStreet {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  sectorId!: string;

  @ManyToOne(() => PsychiatricSector, { onDelete: 'CASCADE' })
  sector?: Relation<PsychiatricSector>;

  @Field(() => String)
  @Column('text')
  communeCode!: string;

  @Column('text')
  streetKey!: string;

  @Field(() => String, { description: 'Nom de la rue, tel que saisi' })
  @Column('text')
  streetLabel!: string;

  @Field(() => Int, { nullable: true })
  @Column('integer', { nullable: true })
  numberFrom!: number | null;

  @Field(() => Int, { nullable: true })
  @Column('integer', { nullable: true })
  numberTo!: number | null;

  @Field(() => StreetParity)
  @Column('text', { default: StreetParity.ALL })
  parity!: StreetParity;

  @Field(() => Boolean)
  @Column('boolean', { default: false })
  isDemo!: boolean;
}
