// Shapes of the demo working groups and meetings (real ones, from the CLSM's documents).

export type DemoGroupStatus = 'PROPOSED' | 'ACTIVE' | 'CLOSED';
export type DemoMeetingBody = 'GROUP' | 'STEERING_COMMITTEE' | 'PLENARY';
export type DemoMeetingStatus = 'PLANNED' | 'HELD' | 'CANCELLED';

export interface DemoGroup {
  slug: string;
  name: string;
  theme: string;
  purpose: string;
  status: DemoGroupStatus;
  isPublic: boolean;
  // Organisations that co-animate the group (e.g. ARELOR for the housing group), by partner slug.
  animatingPartnerSlugs: string[];
  // Member organisations, by partner slug.
  memberPartnerSlugs: string[];
}

export interface DemoMeeting {
  // A stable key inside the demo data, used for `replacedByKey`.
  key: string;
  groupSlug: string | null;
  body: DemoMeetingBody;
  title: string;
  // Local time in Europe/Paris, ISO without offset: '2017-05-04T14:00'. When the document gives
  // no time, use 14:00 and set `timeUnknown: true`.
  startsAt: string;
  durationMinutes: number;
  timeUnknown?: boolean;
  place?: string;
  hostPartnerSlug?: string;
  status: DemoMeetingStatus;
  replacedByKey?: string;
  agenda: string[];
  // Organisations present, by partner slug (the documents name organisations; people stay fictional).
  presentPartnerSlugs: string[];
  excusedPartnerSlugs?: string[];
  minutes?: string;
  decisions: string[];
  actions: Array<{ title: string; ownerPartnerSlug?: string; due?: string; status: 'OPEN' | 'DONE' }>;
}
