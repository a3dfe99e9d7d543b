import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// Append-only (a trigger refuses UPDATE and DELETE): security events and every read or change
// of sensitive records. Holds identifiers and actions, never health data.
@Entity()
@Index(['action', 'createdAt'])
@Index(['targetType', 'targetId'])
@Index('audit_event_subject_idx', ['subjectKey', 'createdAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('uuid', { nullable: true })
  actorUserId!: string | null;

  @Column('text')
  action!: string;

  @Column('text', { nullable: true })
  targetType!: string | null;

  @Column('text', { nullable: true })
  targetId!: string | null;

  @Column('uuid', { nullable: true })
  territoryId!: string | null;

  @Column('text', { nullable: true })
  ip!: string | null;

  // For throttling by account without keeping the address typed in: a keyed hash of it.
  @Column('text', { nullable: true })
  subjectKey!: string | null;

  @Column('jsonb', { default: () => "'{}'" })
  details!: Record<string, unknown>;
}
