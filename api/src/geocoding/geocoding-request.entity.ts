import { Column, Entity, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Partner } from '../modules/partners/partner.entity.js';

/** A partner whose address changed and whose coordinates the background worker will look up. */
@Entity()
export class GeocodingRequest {
  @PrimaryColumn('uuid')
  partnerId!: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  partner?: Relation<Partner>;

  @Column('timestamptz', { default: () => 'now()' })
  requestedAt!: Date;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('timestamptz', { default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column('text', { nullable: true })
  lastError!: string | null;
}
