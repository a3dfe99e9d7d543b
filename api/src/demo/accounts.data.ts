import { Role } from '../modules/accounts/role.enum.js';

// One account per role, for trying the hub. Fictional people; refused when NODE_ENV=production.
export const demoPassword = 'demo-clsm-metz';

export interface DemoAccount {
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  partnerSlug: string | null;
}

export const demoAccounts: DemoAccount[] = [
  { email: 'coordination@example.org', firstName: 'Camille', lastName: 'Exemple', role: Role.COORDINATOR, partnerSlug: null },
  { email: 'admin.unafam@example.org', firstName: 'Alice', lastName: 'Démo', role: Role.PARTNER_ADMIN, partnerSlug: 'unafam-moselle' },
  { email: 'membre.gem@example.org', firstName: 'Bruno', lastName: 'Fictif', role: Role.MEMBER, partnerSlug: 'gem-l-albatros' },
  { email: 'referent.bailleur@example.org', firstName: 'Chloé', lastName: 'Modèle', role: Role.LANDLORD_REFERENT, partnerSlug: 'metz-habitat-territoire' },
  { email: 'soins.erah@example.org', firstName: 'David', lastName: 'Essai', role: Role.CARE_TEAM, partnerSlug: 'ch-jury-erah' },
  { email: 'operateur.amli@example.org', firstName: 'Emma', lastName: 'Placebo', role: Role.HOUSING_OPERATOR, partnerSlug: 'amli' },
  { email: 'cmp.secteur2@example.org', firstName: 'Gaël', lastName: 'Simulé', role: Role.CARE_TEAM, partnerSlug: 'cmp-secteur-2-pole-5' },
  { email: 'financeur.ddcs@example.org', firstName: 'Flore', lastName: 'Maquette', role: Role.FUNDER, partnerSlug: 'ddcs-moselle' },
];
