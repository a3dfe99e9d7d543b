import { registerEnumType } from 'type-graphql';

export enum GroupStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

export enum GroupRole {
  ANIMATOR = 'ANIMATOR',
  MEMBER = 'MEMBER',
}

export enum MembershipStatus {
  REQUESTED = 'REQUESTED',
  ACTIVE = 'ACTIVE',
}

registerEnumType(GroupStatus, { name: 'GroupStatus', description: 'Proposé, actif ou clos' });
registerEnumType(GroupRole, { name: 'GroupRole', description: 'Animateur ou membre' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus', description: 'Demande en attente ou membre' });
