import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Partner } from '../partners/partner.entity.js';
import { Territory } from '../territories/territory.entity.js';

// The multi-professional commission for tenants in difficulty. Its files (the situations) are
// under row-level security: members' keys, and only from the agenda's publication until the
// access closes.

@Entity()
@Index(['territoryId', 'heldOn'])
export class CommissionSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  territoryId!: string;

  @ManyToOne(() => Territory, { onDelete: 'CASCADE' })
  territory?: Relation<Territory>;

  @Column('date')
  heldOn!: string;

  @Column('timestamptz', { nullable: true })
  agendaPublishedAt!: Date | null;

  /** After this, members no longer open the session's files. */
  @Column('timestamptz')
  accessClosesAt!: Date;

  /** `MEMBER:partnerId` of each member organisation, and the coordination's key. */
  @Column('text', { array: true, default: '{}' })
  memberKeys!: string[];

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity()
export class CommissionMember {
  @PrimaryColumn('uuid')
  sessionId!: string;

  @PrimaryColumn('uuid')
  partnerId!: string;

  @ManyToOne(() => CommissionSession, { onDelete: 'CASCADE' })
  session?: Relation<CommissionSession>;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  partner?: Relation<Partner>;
}

/** A situation on the agenda: a pseudonym and the minimum facts, never who the person is. */
@Entity()
@Index(['sessionId', 'createdAt'])
export class CommissionSituation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  sessionId!: string;

  @ManyToOne(() => CommissionSession, { onDelete: 'CASCADE' })
  session?: Relation<CommissionSession>;

  @Column('text')
  pseudonym!: string;

  @Column('text')
  facts!: string;

  @Column('uuid')
  putByPartnerId!: string;

  @Column('uuid', { nullable: true })
  putByUserId!: string | null;

  @Column('text', { nullable: true })
  decision!: string | null;

  @Column('uuid', { nullable: true })
  followUpPartnerId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
