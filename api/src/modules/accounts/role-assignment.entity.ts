import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Partner } from '../partners/partner.entity.js';
import { Territory } from '../territories/territory.entity.js';
import { Role } from './role.enum.js';
import { UserAccount } from './user-account.entity.js';

@Entity()
// Unique per (user, territory, role, partner), a missing partner counting as one value.
@Index('role_assignment_unique_idx', { synchronize: false })
export class RoleAssignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  @Index()
  userId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  user?: Relation<UserAccount>;

  @Column('uuid')
  territoryId!: string;

  @ManyToOne(() => Territory, { onDelete: 'CASCADE' })
  territory?: Relation<Territory>;

  @Column('text')
  role!: Role;

  @Column('uuid', { nullable: true })
  @Index()
  partnerId!: string | null;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  partner?: Relation<Partner>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
