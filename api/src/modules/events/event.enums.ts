import { registerEnumType } from 'type-graphql';

export enum EventKind {
  EVENT = 'EVENT',
  TRAINING = 'TRAINING',
}

export enum EventAudience {
  PUBLIC = 'PUBLIC',
  PROFESSIONAL = 'PROFESSIONAL',
}

export enum EventStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
}

export const audienceLabels: Record<EventAudience, string> = {
  [EventAudience.PUBLIC]: 'Grand public',
  [EventAudience.PROFESSIONAL]: 'Professionnels',
};

export const eventStatusLabels: Record<EventStatus, string> = {
  [EventStatus.SUBMITTED]: 'Proposé, en attente',
  [EventStatus.ACCEPTED]: 'Au programme',
  [EventStatus.DECLINED]: 'Non retenu',
  [EventStatus.CANCELLED]: 'Annulé',
};

registerEnumType(EventKind, { name: 'EventKind', description: 'Événement d’une édition ou session de formation' });
registerEnumType(EventAudience, { name: 'EventAudience', description: 'Public visé' });
registerEnumType(EventStatus, { name: 'EventStatus', description: 'Proposé, accepté, refusé ou annulé' });
