import { registerEnumType } from 'type-graphql';

export enum MeetingBody {
  GROUP = 'GROUP',
  STEERING_COMMITTEE = 'STEERING_COMMITTEE',
  PLENARY = 'PLENARY',
}

export enum MeetingStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}

export enum AttendanceStatus {
  INVITED = 'INVITED',
  PRESENT = 'PRESENT',
  EXCUSED = 'EXCUSED',
  ABSENT = 'ABSENT',
}

export enum ActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

export const bodyLabels: Record<MeetingBody, string> = {
  [MeetingBody.GROUP]: 'Groupe de travail',
  [MeetingBody.STEERING_COMMITTEE]: 'Comité de pilotage',
  [MeetingBody.PLENARY]: 'Assemblée plénière',
};

registerEnumType(MeetingBody, { name: 'MeetingBody', description: 'Instance qui se réunit' });
registerEnumType(MeetingStatus, { name: 'MeetingStatus', description: 'Prévue, tenue ou annulée' });
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus', description: 'Feuille d’émargement' });
registerEnumType(ActionStatus, { name: 'ActionStatus', description: 'État d’une action' });
