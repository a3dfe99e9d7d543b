import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { EventBus } from '../events/event-bus.js';
import { AccountResolver, RoleGrantResolver } from '../modules/accounts/account.resolver.js';
import { GroupParticipantResolver, GroupResolver } from '../modules/groups/group.resolver.js';
import { ActionItemResolver, AttendanceLineResolver, MeetingResolver, PartnerActionsResolver } from '../modules/meetings/meeting.resolver.js';
import { CalendarResolver } from '../modules/calendar/calendar.resolver.js';
import { FundingLineResolver, GroupProjectsResolver, ProjectIndicatorResolver, ProjectResolver } from '../modules/projects/project.resolver.js';
import { ConventionDocumentResolver, ConventionPartyResolver, ConventionResolver } from '../modules/conventions/convention.resolver.js';
import { EditionResolver, EventRegistrationResolver, ProjectEditionsResolver, ProjectEventResolver } from '../modules/events/event.resolver.js';
import { ContactResolver } from '../modules/partners/contact.resolver.js';
import { PartnerEditingResolver } from '../modules/partners/partner-editing.resolver.js';
import { PartnerEventsResolver } from '../modules/partners/partner-events.resolver.js';
import { PartnerResolver } from '../modules/partners/partner.resolver.js';
import { MapResolver } from '../modules/map/map.resolver.js';
import { ReportResolver } from '../modules/reports/report.resolver.js';
import { PersonResolver } from '../modules/people/person.resolver.js';
import { TerritoryResolver } from '../modules/territories/territory.resolver.js';
import { ThemeResolver } from '../modules/themes/theme.resolver.js';
import { GeocodingResolver } from '../geocoding/geocoding.resolver.js';
import { CommuneSectorStatusResolver, SectorResolver, SectorStreetResolver } from '../modules/sectors/sector.resolver.js';
import { PartnerServiceResolver, PartnerServicesResolver } from '../modules/services/partner-service.resolver.js';
import { HousingOfferResolver } from '../modules/housing/housing-offer.resolver.js';
import { ImlCaseFieldsResolver } from '../modules/housing/iml-case-fields.resolver.js';
import { ImlCaseResolver } from '../modules/housing/iml-case.resolver.js';
import { SupportRequestResolver } from '../modules/tenant-support/support-request.resolver.js';
import { CommissionResolver } from '../modules/tenant-support/commission.resolver.js';

export const resolvers = [
  CommissionResolver,
  SupportRequestResolver,
  ImlCaseResolver,
  ImlCaseFieldsResolver,
  HousingOfferResolver,
  PartnerServiceResolver,
  PartnerServicesResolver,
  TerritoryResolver,
  PartnerResolver,
  PartnerEditingResolver,
  PartnerEventsResolver,
  ContactResolver,
  PersonResolver,
  ThemeResolver,
  AccountResolver,
  RoleGrantResolver,
  GroupResolver,
  GroupParticipantResolver,
  MeetingResolver,
  AttendanceLineResolver,
  ActionItemResolver,
  PartnerActionsResolver,
  CalendarResolver,
  ProjectResolver,
  GroupProjectsResolver,
  FundingLineResolver,
  ProjectIndicatorResolver,
  ConventionResolver,
  ConventionPartyResolver,
  ReportResolver,
  ConventionDocumentResolver,
  EditionResolver,
  ProjectEventResolver,
  EventRegistrationResolver,
  ProjectEditionsResolver,
  MapResolver,
  SectorResolver,
  SectorStreetResolver,
  CommuneSectorStatusResolver,
  GeocodingResolver,
] as const;

export function createSchema(events: EventBus): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, pubSub: events });
}

/** The contract as checked in: sorted, so that a diff shows real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
