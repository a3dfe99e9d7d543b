import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Role } from './role.enum.js';

export enum OneTimeTokenKind {
  PASSWORD_RESET = 'PASSWORD_RESET',
  INVITATION = 'INVITATION',
}

// Password-reset links and invitations: single use, short-lived, stored hashed.
@Entity()
export class OneTimeToken {
  @PrimaryColumn('text')
  tokenHash!: string;

  @Column('text')
  kind!: OneTimeTokenKind;

  @Column('text')
  email!: string;

  @Column('uuid', { nullable: true })
  userId!: string | null;

  // What an invitation grants once accepted.
  @Column('uuid', { nullable: true })
  territoryId!: string | null;

  @Column('uuid', { nullable: true })
  partnerId!: string | null;

  @Column('text', { nullable: true })
  role!: Role | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;
}
