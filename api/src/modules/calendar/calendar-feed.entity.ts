import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserAccount } from '../accounts/user-account.entity.js';

// A private calendar feed: calendar applications fetch it with a token in the URL, never with
// the session cookie; revoking the token closes the feed.
@Entity()
export class CalendarFeed {
  @PrimaryColumn('text')
  tokenHash!: string;

  @Column('uuid')
  @Index()
  userId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  user?: Relation<UserAccount>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
