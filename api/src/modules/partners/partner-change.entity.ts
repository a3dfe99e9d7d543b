import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// One row per changed field of a directory entry: who, when, before and after.
@Entity()
@Index(['partnerId', 'changedAt'])
export class PartnerChange {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  partnerId!: string;

  @Column('uuid', { nullable: true })
  changedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;

  @Column('int')
  version!: number;

  @Column('text')
  field!: string;

  @Column('jsonb', { nullable: true })
  before!: unknown;

  @Column('jsonb', { nullable: true })
  after!: unknown;
}
