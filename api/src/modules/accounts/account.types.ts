import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role } from './role.enum.js';

@ObjectType({ description: 'Un rôle tenu dans un territoire, pour une structure le cas échéant' })
export class RoleGrant {
  @Field(() => Role)
  role!: Role;

  @Field(() => String)
  roleLabel!: string;

  territoryId!: string;
  partnerId!: string | null;
}

@ObjectType({ description: 'Le compte connecté' })
export class Me {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [RoleGrant])
  roles!: RoleGrant[];
}

@ObjectType({ description: 'Une invitation envoyée' })
export class Invitation {
  @Field(() => String)
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => Date)
  expiresAt!: Date;
}

@InputType()
export class InvitationInput {
  @Field(() => String)
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { description: 'Identifiant (slug) du territoire' })
  territory!: string;

  @Field(() => ID, { nullable: true, description: 'La structure, pour tous les rôles sauf la coordination' })
  partnerId?: string | null;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String)
  token!: string;

  @Field(() => String, { nullable: true, description: 'Pour un nouveau compte' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Pour un nouveau compte' })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'Pour un nouveau compte' })
  password?: string | null;
}
