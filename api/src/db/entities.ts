import { CalendarFeed } from '../modules/calendar/calendar-feed.entity.js';
import { GroupMembership } from '../modules/groups/group-membership.entity.js';
import { WorkingGroup } from '../modules/groups/working-group.entity.js';
import { ActionItem, AgendaItem, Attendance, Decision } from '../modules/meetings/meeting-parts.entity.js';
import { Meeting } from '../modules/meetings/meeting.entity.js';
import { Project } from '../modules/projects/project.entity.js';
import { FundingLine, IndicatorValue, ProjectIndicator } from '../modules/projects/project-parts.entity.js';
import { Convention, ConventionDocument, ConventionMeeting, ConventionObjective, ConventionParty, ConventionStatusChange } from '../modules/conventions/convention.entity.js';
import { Edition, EventOrganiser, EventRegistration, ProjectEvent } from '../modules/events/event.entity.js';
import { OneTimeToken } from '../modules/accounts/one-time-token.entity.js';
import { RoleAssignment } from '../modules/accounts/role-assignment.entity.js';
import { Session } from '../modules/accounts/session.entity.js';
import { UserAccount } from '../modules/accounts/user-account.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { Contact } from '../modules/partners/contact.entity.js';
import { PartnerChange } from '../modules/partners/partner-change.entity.js';
import { Partner } from '../modules/partners/partner.entity.js';
import { Person } from '../modules/people/person.entity.js';
import { PartnerService } from '../modules/services/partner-service.entity.js';
import { PartnerTerritory } from '../modules/territories/partner-territory.entity.js';
import { Territory } from '../modules/territories/territory.entity.js';
import { PsychiatricSector, SectorCommune, SectorStreet } from '../modules/sectors/sector.entity.js';
import { HousingOffer } from '../modules/housing/housing-offer.entity.js';
import { ImlCase, ImlCaseClinical, ImlCaseDocument, ImlCasePrivate, ImlCaseStep, ImlConsent, ImlOutcomeDecision, ImlReview } from '../modules/housing/iml-case.entity.js';
import { CommissionMember, CommissionSession, CommissionSituation } from '../modules/tenant-support/commission.entity.js';
import { SupportRequest, SupportRequestClinicalNote, SupportRequestStep, SupportRequestTenant } from '../modules/tenant-support/support-request.entity.js';
import { GeocodingRequest } from '../geocoding/geocoding-request.entity.js';

export const entities = [
  SupportRequest,
  SupportRequestTenant,
  SupportRequestStep,
  SupportRequestClinicalNote,
  CommissionSession,
  CommissionMember,
  CommissionSituation,
  HousingOffer,
  ImlCase,
  ImlCasePrivate,
  ImlCaseClinical,
  ImlConsent,
  ImlCaseStep,
  ImlReview,
  ImlOutcomeDecision,
  ImlCaseDocument,
  Territory,
  PartnerTerritory,
  Partner,
  PartnerChange,
  Person,
  Contact,
  UserAccount,
  RoleAssignment,
  Session,
  OneTimeToken,
  AuditEvent,
  WorkingGroup,
  GroupMembership,
  Meeting,
  AgendaItem,
  Attendance,
  Decision,
  ActionItem,
  CalendarFeed,
  Project,
  FundingLine,
  ProjectIndicator,
  IndicatorValue,
  Convention,
  ConventionObjective,
  ConventionParty,
  ConventionStatusChange,
  ConventionMeeting,
  ConventionDocument,
  Edition,
  ProjectEvent,
  EventOrganiser,
  EventRegistration,
  PsychiatricSector,
  SectorCommune,
  SectorStreet,
  GeocodingRequest,
  PartnerService,
];
