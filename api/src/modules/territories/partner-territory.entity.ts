import { Entity, Index, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Partner } from '../partners/partner.entity.js';
import { Territory } from './territory.entity.js';

// An organisation may be a partner of several territories.
@Entity()
@Index(['territoryId'])
export class PartnerTerritory {
  @PrimaryColumn('uuid')
  partnerId!: string;

  @PrimaryColumn('uuid')
  territoryId!: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  partner?: Relation<Partner>;

  @ManyToOne(() => Territory, { onDelete: 'CASCADE' })
  territory?: Relation<Territory>;
}
