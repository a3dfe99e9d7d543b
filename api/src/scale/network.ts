import type { PartnerKind, Sector } from '../modules/partners/partner.enums.js';
import type { Departement } from './places.vocabulary.js';
import type { PartnerTemplate } from './partners.vocabulary.js';

// The shape of the generated network held in memory: territories, organisations, people and
// groups (tens of thousands of small objects). Meetings, events and their parts are never held:
// they are generated again, group by group, for each table they fill.

export interface CommunePlan {
  name: string;
  code: string;
  postalCode: string;
  latitude: number;
  longitude: number;
}

export interface TerritoryPlan {
  index: number;
  id: string;
  slug: string;
  name: string;
  shortName: string;
  description: string;
  /** Its main town: "Villeneuve-sur-Aube"; "Metz" for the real territory. */
  town: string;
  townSlug: string;
  departement: Departement;
  latitude: number;
  longitude: number;
  communes: CommunePlan[];
  /** Its relative size: partners, groups, events and cases follow it. */
  weight: number;
  /** The real Metz territory of the demo, which the generator only adds to. */
  isMetz: boolean;
  createdAt: Date;
  /** Every organisation of the territory (primary or linked), the demo's included for Metz. */
  partners: PartnerRef[];
  /** The closest other territories: where organisations also work. */
  neighbours: TerritoryPlan[];
}

/** An organisation as groups, meetings and events see it: the generator's or the demo's. */
export interface PartnerRef {
  id: string;
  name: string;
  kind: PartnerKind;
  sector: Sector;
  templateKey: string | null;
  /** The territory it belongs to first (it may work for others too). */
  homeId: string;
  /** People who are its contacts. */
  persons: string[];
}

export interface PartnerPlan extends PartnerRef {
  n: number;
  slug: string;
  shortName: string | null;
  template: PartnerTemplate;
  territory: TerritoryPlan;
  extraTerritories: TerritoryPlan[];
  commune: CommunePlan;
  description: string;
  address: string;
  latitude: number;
  longitude: number;
  phone: string | null;
  email: string | null;
  website: string | null;
  openingHours: string | null;
  themeCodes: string[];
  publicCodes: string[];
  parentId: string | null;
  createdAt: Date;
  updatedAt: Date;
  contactCount: number;
}

export interface PersonPlan {
  id: string;
  firstName: string;
  lastName: string;
  createdAt: Date;
}

export interface ContactPlan {
  id: string;
  partnerId: string;
  personId: string;
  function: string;
  email: string | null;
  phone: string | null;
  position: number;
}

/** What the Metz demo network brings that the generator builds on. */
export interface DemoFacts {
  metzId: string;
  metzName: string;
  /** The demo's Metz organisations, with their contacts' people. */
  partners: Array<PartnerRef & { slug: string }>;
  userIds: Map<string, string>;
  takenSlugs: { partner: Set<string>; group: Set<string>; project: Set<string>; edition: Set<string> };
  pseudonyms: Set<string>;
}
