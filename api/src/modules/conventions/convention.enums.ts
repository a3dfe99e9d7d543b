import { registerEnumType } from 'type-graphql';

export enum ConventionStatus {
  DRAFT = 'DRAFT',
  NEGOTIATION = 'NEGOTIATION',
  SIGNED = 'SIGNED',
  IN_FORCE = 'IN_FORCE',
  UNDER_EVALUATION = 'UNDER_EVALUATION',
  RENEWED = 'RENEWED',
  ENDED = 'ENDED',
}

export const conventionStatusLabels: Record<ConventionStatus, string> = {
  [ConventionStatus.DRAFT]: 'Projet',
  [ConventionStatus.NEGOTIATION]: 'En négociation',
  [ConventionStatus.SIGNED]: 'Signée',
  [ConventionStatus.IN_FORCE]: 'En vigueur',
  [ConventionStatus.UNDER_EVALUATION]: 'En évaluation',
  [ConventionStatus.RENEWED]: 'Renouvelée',
  [ConventionStatus.ENDED]: 'Terminée',
};

// The lifecycle: which status may follow which. Nothing reaches "in force" without a signature.
export const nextStatuses: Record<ConventionStatus, ConventionStatus[]> = {
  [ConventionStatus.DRAFT]: [ConventionStatus.NEGOTIATION, ConventionStatus.ENDED],
  [ConventionStatus.NEGOTIATION]: [ConventionStatus.DRAFT, ConventionStatus.SIGNED, ConventionStatus.ENDED],
  [ConventionStatus.SIGNED]: [ConventionStatus.IN_FORCE, ConventionStatus.ENDED],
  [ConventionStatus.IN_FORCE]: [ConventionStatus.UNDER_EVALUATION, ConventionStatus.ENDED],
  [ConventionStatus.UNDER_EVALUATION]: [ConventionStatus.IN_FORCE, ConventionStatus.RENEWED, ConventionStatus.ENDED],
  [ConventionStatus.RENEWED]: [ConventionStatus.IN_FORCE, ConventionStatus.UNDER_EVALUATION, ConventionStatus.ENDED],
  [ConventionStatus.ENDED]: [],
};

export enum PartyRole {
  CO_PILOT = 'CO_PILOT',
  SIGNATORY = 'SIGNATORY',
  ASSOCIATED = 'ASSOCIATED',
  OPERATOR = 'OPERATOR',
}

export const partyRoleLabels: Record<PartyRole, string> = {
  [PartyRole.CO_PILOT]: 'Co-pilote',
  [PartyRole.SIGNATORY]: 'Signataire',
  [PartyRole.ASSOCIATED]: 'Partenaire associé',
  [PartyRole.OPERATOR]: 'Opérateur',
};

registerEnumType(ConventionStatus, { name: 'ConventionStatus', description: 'Étape du cycle de vie d’une convention' });
registerEnumType(PartyRole, { name: 'PartyRole', description: 'Rôle d’une structure dans une convention' });
