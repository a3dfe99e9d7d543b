import { registerEnumType } from 'type-graphql';

// The seven sectors of the 2019 plenary report, in the order it lists them.
export enum Sector {
  CARE = 'CARE',
  SUPPORT_LISTENING = 'SUPPORT_LISTENING',
  SOCIAL_ACTION = 'SOCIAL_ACTION',
  LEGAL_PROTECTION = 'LEGAL_PROTECTION',
  TRAINING_EMPLOYMENT = 'TRAINING_EMPLOYMENT',
  INSTITUTIONS = 'INSTITUTIONS',
  HOUSING = 'HOUSING',
}

export const sectorLabels: Record<Sector, string> = {
  [Sector.CARE]: 'Soin',
  [Sector.SUPPORT_LISTENING]: 'Associations de soutien et d’écoute',
  [Sector.SOCIAL_ACTION]: 'Action sociale',
  [Sector.LEGAL_PROTECTION]: 'Protection des personnes',
  [Sector.TRAINING_EMPLOYMENT]: 'Formation et emploi',
  [Sector.INSTITUTIONS]: 'Institutions et collectivités territoriales',
  [Sector.HOUSING]: 'Logement et hébergement',
};

export enum PartnerKind {
  HOSPITAL = 'HOSPITAL',
  CMP = 'CMP',
  HOSPITAL_TEAM = 'HOSPITAL_TEAM',
  GEM = 'GEM',
  SOCIAL_LANDLORD = 'SOCIAL_LANDLORD',
  LANDLORD_FEDERATION = 'LANDLORD_FEDERATION',
  ASSOCIATION = 'ASSOCIATION',
  FOUNDATION = 'FOUNDATION',
  STATE_SERVICE = 'STATE_SERVICE',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  RESOURCE_CENTRE = 'RESOURCE_CENTRE',
  TRAINING_ORGANISATION = 'TRAINING_ORGANISATION',
  OTHER = 'OTHER',
}

export const partnerKindLabels: Record<PartnerKind, string> = {
  [PartnerKind.HOSPITAL]: 'Établissement hospitalier',
  [PartnerKind.CMP]: 'Centre médico-psychologique (CMP)',
  [PartnerKind.HOSPITAL_TEAM]: 'Équipe hospitalière',
  [PartnerKind.GEM]: 'Groupe d’entraide mutuelle (GEM)',
  [PartnerKind.SOCIAL_LANDLORD]: 'Bailleur social',
  [PartnerKind.LANDLORD_FEDERATION]: 'Association de bailleurs',
  [PartnerKind.ASSOCIATION]: 'Association',
  [PartnerKind.FOUNDATION]: 'Fondation',
  [PartnerKind.STATE_SERVICE]: 'Service de l’État',
  [PartnerKind.LOCAL_AUTHORITY]: 'Collectivité territoriale',
  [PartnerKind.RESOURCE_CENTRE]: 'Centre de ressources',
  [PartnerKind.TRAINING_ORGANISATION]: 'Organisme de formation',
  [PartnerKind.OTHER]: 'Autre',
};

registerEnumType(Sector, { name: 'Sector', description: 'Secteur d’activité d’un partenaire' });
registerEnumType(PartnerKind, { name: 'PartnerKind', description: 'Type de structure' });
