import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { GroupRole, GroupStatus, MembershipStatus } from './group.enums.js';

@ObjectType({ description: 'Une personne ou une structure d’un groupe' })
export class GroupParticipant {
  @Field(() => ID)
  id!: string;

  @Field(() => GroupRole)
  role!: GroupRole;

  @Field(() => MembershipStatus)
  status!: MembershipStatus;

  personId!: string | null;
  partnerId!: string | null;
}

@InputType()
export class GroupFieldsInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  theme?: string | null;

  @Field(() => String, { nullable: true })
  purpose?: string | null;

  @Field(() => GroupStatus, { nullable: true })
  status?: GroupStatus | null;

  @Field(() => Boolean, { nullable: true })
  isPublic?: boolean | null;
}
