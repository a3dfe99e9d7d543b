import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Partner } from '../partners/partner.entity.js';
import { Territory } from '../territories/territory.entity.js';

/** A flat a landlord makes available for the scheme. Not about a person: no row-level security. */
@Entity()
@Index(['territoryId', 'status'])
@Check('housing_offer_amounts_check', 'rent_cents >= 0 AND charges_cents >= 0')
export class HousingOffer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  territoryId!: string;

  @ManyToOne(() => Territory, { onDelete: 'CASCADE' })
  territory?: Relation<Territory>;

  @Column('uuid')
  landlordId!: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  landlord?: Relation<Partner>;

  /** The landlord's own reference of the flat. */
  @Column('text')
  reference!: string;

  @Column('text')
  flatType!: string;

  @Column('text')
  communeCode!: string;

  @Column('text', { nullable: true })
  district!: string | null;

  @Column('int', { nullable: true })
  floor!: number | null;

  @Column('int')
  rentCents!: number;

  @Column('int')
  chargesCents!: number;

  @Column('boolean', { default: false })
  accessible!: boolean;

  @Column('boolean', { default: false })
  nearServices!: boolean;

  @Column('boolean', { default: false })
  nearTransport!: boolean;

  @Column('date')
  availableOn!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('text')
  status!: string;

  @Column('boolean', { default: false })
  isDemo!: boolean;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
