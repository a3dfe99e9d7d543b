import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Person } from '../people/person.entity.js';

// Credentials live here and never reach GraphQL: the API exposes `Me`, built from this row.
@Entity()
@Index('user_account_email_key', { synchronize: false })
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Stored lower-cased; uniqueness is enforced on lower(email) by the migration.
  @Column('text')
  email!: string;

  // Null for an account that signs in through an external identity provider only.
  @Column('text', { nullable: true })
  passwordHash!: string | null;

  @Column('uuid')
  @Index()
  personId!: string;

  @ManyToOne(() => Person)
  person?: Relation<Person>;

  @Column('boolean', { default: false })
  disabled!: boolean;

  // Demo accounts exist only with the demo data and are refused in production.
  @Column('boolean', { default: false })
  demo!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  lastSignInAt!: Date | null;
}
