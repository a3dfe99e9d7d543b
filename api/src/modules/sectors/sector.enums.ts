import { registerEnumType } from 'type-graphql';

export enum SectorPopulation {
  ADULT = 'ADULT',
  CHILD = 'CHILD',
}

export enum StreetParity {
  ALL = 'ALL',
  ODD = 'ODD',
  EVEN = 'EVEN',
}

/** How an address was placed in a sector, or that it could not be. */
export enum SectorMatch {
  COMMUNE = 'COMMUNE',
  STREET = 'STREET',
  UNKNOWN = 'UNKNOWN',
}

/** Why an address has no sector: the lookup never guesses. */
export enum UnknownReason {
  NO_COMMUNE = 'NO_COMMUNE',
  COMMUNE_NOT_ASSIGNED = 'COMMUNE_NOT_ASSIGNED',
  STREET_NEEDED = 'STREET_NEEDED',
  STREET_NOT_LISTED = 'STREET_NOT_LISTED',
  NUMBER_NEEDED = 'NUMBER_NEEDED',
  NUMBER_NOT_LISTED = 'NUMBER_NOT_LISTED',
  AMBIGUOUS = 'AMBIGUOUS',
}

export enum CommuneAssignment {
  WHOLE = 'WHOLE',
  SPLIT = 'SPLIT',
  UNASSIGNED = 'UNASSIGNED',
}

export enum ImportRowStatus {
  NEW = 'NEW',
  CHANGED = 'CHANGED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}

registerEnumType(SectorPopulation, { name: 'SectorPopulation', description: 'Psychiatrie adulte ou infanto-juvénile' });
registerEnumType(StreetParity, { name: 'StreetParity', description: 'Numéros concernés : tous, impairs ou pairs' });
registerEnumType(SectorMatch, { name: 'SectorMatch', description: 'Comment l’adresse a été rattachée à un secteur' });
registerEnumType(UnknownReason, { name: 'SectorUnknownReason', description: 'Pourquoi le secteur est inconnu' });
registerEnumType(CommuneAssignment, { name: 'CommuneAssignment', description: 'Commune entière dans un secteur, partagée par rues, ou non rattachée' });
registerEnumType(ImportRowStatus, { name: 'SectorImportRowStatus', description: 'Effet d’une ligne du fichier importé' });

export const unknownReasonLabels: Record<UnknownReason, string> = {
  [UnknownReason.NO_COMMUNE]: 'La commune n’a pas été reconnue.',
  [UnknownReason.COMMUNE_NOT_ASSIGNED]: 'Cette commune n’est rattachée à aucun secteur dans nos données.',
  [UnknownReason.STREET_NEEDED]: 'Cette commune est partagée entre plusieurs secteurs : il faut la rue pour trouver le secteur.',
  [UnknownReason.STREET_NOT_LISTED]: 'Cette rue ne figure pas dans le découpage de cette commune.',
  [UnknownReason.NUMBER_NEEDED]: 'Cette rue est partagée entre plusieurs secteurs : il faut le numéro.',
  [UnknownReason.NUMBER_NOT_LISTED]: 'Ce numéro ne figure dans aucune des plages connues pour cette rue.',
  [UnknownReason.AMBIGUOUS]: 'Cette adresse correspond à plusieurs secteurs dans nos données : elles doivent être corrigées.',
};
