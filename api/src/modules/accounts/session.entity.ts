import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserAccount } from './user-account.entity.js';

// The cookie holds a random token; only its SHA-256 is stored, so a leaked table opens nothing.
@Entity()
export class Session {
  @PrimaryColumn('text')
  tokenHash!: string;

  @Column('uuid')
  @Index()
  userId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  user?: Relation<UserAccount>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { default: () => 'now()' })
  lastSeenAt!: Date;
}
