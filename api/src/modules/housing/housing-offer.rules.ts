import { registerEnumType } from 'type-graphql';

export enum OfferStatus {
  AVAILABLE = 'AVAILABLE',
  /** Presented to the landlord's allocation commission for a case. */
  RESERVED = 'RESERVED',
  LET = 'LET',
  WITHDRAWN = 'WITHDRAWN',
}

export const offerStatusLabels: Record<OfferStatus, string> = {
  [OfferStatus.AVAILABLE]: 'Disponible',
  [OfferStatus.RESERVED]: 'Présenté en commission',
  [OfferStatus.LET]: 'Loué',
  [OfferStatus.WITHDRAWN]: 'Retiré',
};

registerEnumType(OfferStatus, { name: 'OfferStatus', description: 'État d’un logement proposé' });
