import { registerEnumType } from 'type-graphql';

// Roles are held per territory. Partner-bound roles also name the organisation acted for.
export enum Role {
  COORDINATOR = 'COORDINATOR',
  PARTNER_ADMIN = 'PARTNER_ADMIN',
  MEMBER = 'MEMBER',
  LANDLORD_REFERENT = 'LANDLORD_REFERENT',
  CARE_TEAM = 'CARE_TEAM',
  HOUSING_OPERATOR = 'HOUSING_OPERATOR',
  /** A funder of a scheme (DDCS, Metz Métropole): its figures, never a case. */
  FUNDER = 'FUNDER',
}

export const roleLabels: Record<Role, string> = {
  [Role.COORDINATOR]: 'Coordination du CLSM',
  [Role.PARTNER_ADMIN]: 'Administrateur de la structure',
  [Role.MEMBER]: 'Membre',
  [Role.LANDLORD_REFERENT]: 'Référent bailleur',
  [Role.CARE_TEAM]: 'Équipe de soin',
  [Role.HOUSING_OPERATOR]: 'Opérateur logement',
  [Role.FUNDER]: 'Financeur',
};

/** Every role but the coordinator's acts for one partner organisation. */
export const partnerBoundRoles = new Set<Role>(Object.values(Role).filter((role) => role !== Role.COORDINATOR));

registerEnumType(Role, { name: 'Role', description: 'Rôle d’un compte dans un territoire' });
