import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'Une personne du réseau' })
@Entity()
export class Person {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column('text')
  firstName!: string;

  @Field(() => String)
  @Column('text')
  lastName!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
