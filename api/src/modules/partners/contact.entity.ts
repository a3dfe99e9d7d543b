import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Person } from '../people/person.entity.js';
import { Partner } from './partner.entity.js';

// A person acting for a partner, with their function there. Their professional e-mail and
// phone are personal data: resolvers show them only to signed-in partners.
@ObjectType({ description: 'Un contact d’une structure : une personne et sa fonction' })
@Entity()
@Index(['partnerId', 'position'])
export class Contact {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnerId!: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  partner?: Relation<Partner>;

  @Column('uuid')
  @Index()
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  person?: Relation<Person>;

  @Field(() => String, { description: 'Fonction dans la structure' })
  @Column('text')
  function!: string;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('int', { default: 0 })
  position!: number;
}
