import type { PartnerKind, Sector } from '../modules/partners/partner.enums.js';

export interface DemoContact {
  // Fictional people only: clearly fictional names, no real person's details.
  firstName: string;
  lastName: string;
  function: string;
  email?: string;
  phone?: string;
}

export interface DemoPartner {
  slug: string;
  name: string;
  shortName?: string;
  sector: Sector;
  kind: PartnerKind;
  description: string;
  parentSlug?: string;
  address?: string;
  postalCode?: string;
  commune?: string;
  // INSEE code of the commune when it is one of Metz Métropole's (used for the commune centroid).
  communeCode?: string;
  phone?: string;
  email?: string;
  website?: string;
  openingHours?: string;
  themes: string[];
  publics: string[];
  contacts: DemoContact[];
}
