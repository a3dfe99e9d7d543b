import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Partner } from '../partners/partner.entity.js';
import { Territory } from '../territories/territory.entity.js';
import { OfferStatus } from './housing-offer.rules.js';
import { FlatType } from './matching.js';

/** A flat a landlord makes available for the scheme. Not about a person: no row-level security. */
@ObjectType({ description: 'Un logement proposé par un bailleur pour l’IML' })
@Entity()
@Index(['territoryId', 'status'])
@Check('housing_offer_amounts_check', 'rent_cents >= 0 AND charges_cents >= 0')
export class HousingOffer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  territoryId!: string;

  @ManyToOne(() => Territory, { onDelete: 'CASCADE' })
  territory?: Relation<Territory>;

  @Field(() => ID)
  @Column('uuid')
  landlordId!: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  landlord?: Relation<Partner>;

  /** The landlord's own reference of the flat. */
  @Field(() => String, { description: 'Référence du bailleur' })
  @Column('text')
  reference!: string;

  @Field(() => FlatType)
  @Column('text')
  flatType!: FlatType;

  @Field(() => String, { description: 'Code INSEE de la commune' })
  @Column('text')
  communeCode!: string;

  @Field(() => String, { nullable: true, description: 'Quartier' })
  @Column('text', { nullable: true })
  district!: string | null;

  @Field(() => Int, { nullable: true, description: 'Étage (0 : rez-de-chaussée)' })
  @Column('int', { nullable: true })
  floor!: number | null;

  @Column('int')
  rentCents!: number;

  @Column('int')
  chargesCents!: number;

  @Field(() => Boolean, { description: 'Accessible (ascenseur ou plain-pied)' })
  @Column('boolean', { default: false })
  accessible!: boolean;

  @Field(() => Boolean)
  @Column('boolean', { default: false })
  nearServices!: boolean;

  @Field(() => Boolean)
  @Column('boolean', { default: false })
  nearTransport!: boolean;

  @Field(() => String, { description: 'Disponible à partir du (AAAA-MM-JJ)' })
  @Column('date')
  availableOn!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description!: string | null;

  @Field(() => OfferStatus)
  @Column('text')
  status!: OfferStatus;

  @Column('boolean', { default: false })
  isDemo!: boolean;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
