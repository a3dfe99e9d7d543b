import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer.js';
import type { Config, HousingSettings } from '../config/config.js';
import type { EventBus } from '../events/event-bus.js';
import type { Mailer } from '../mail/mailer.js';
import { AccountService } from '../modules/accounts/account.service.js';
import { SessionService } from '../modules/accounts/session.service.js';
import { sessionCacheOf } from '../modules/accounts/session-cache.js';
import { PartnerEditingService } from '../modules/partners/partner-editing.service.js';
import { createConventionLoaders, type ConventionLoaders } from '../modules/conventions/convention.loaders.js';
import { ConventionService } from '../modules/conventions/convention.service.js';
import { GroupService } from '../modules/groups/group.service.js';
import { createMeetingLoaders, type MeetingLoaders } from '../modules/meetings/meeting.loaders.js';
import { MeetingService } from '../modules/meetings/meeting.service.js';
import { createProjectLoaders, type ProjectLoaders } from '../modules/projects/project.loaders.js';
import { ProjectService } from '../modules/projects/project.service.js';
import { ReportService } from '../modules/reports/report.service.js';
import { createEventLoaders, type EventLoaders } from '../modules/events/event.loaders.js';
import { EventService } from '../modules/events/event.service.js';
import { createPartnerLoaders, type PartnerLoaders } from '../modules/partners/partner.loaders.js';
import { PartnerService } from '../modules/partners/partner.service.js';
import { MapService } from '../modules/map/map.service.js';
import { ImportService } from '../modules/imports/import.service.js';
import { createTerritoryLoaders, type TerritoryLoaders } from '../modules/territories/territory.loaders.js';
import { TerritoryService } from '../modules/territories/territory.service.js';
import { createGeocoding, GeocodingService, type Geocoding } from '../geocoding/geocoding.service.js';
import { createSectorLoaders, type SectorLoaders } from '../modules/sectors/sector.loaders.js';
import { SectorService } from '../modules/sectors/sector.service.js';
import { createServiceLoaders, type ServiceLoaders } from '../modules/services/partner-service.loaders.js';
import { PartnerServiceService } from '../modules/services/partner-service.service.js';
import { HousingOfferService } from '../modules/housing/housing-offer.service.js';
import { createHousingLoaders, type HousingLoaders } from '../modules/housing/iml-case.loaders.js';
import { ImlCaseService } from '../modules/housing/iml-case.service.js';
import { notifyNewReferral } from '../modules/housing/iml-notifications.js';
import { ImlCaseDocumentService } from '../modules/housing/iml-case-documents.service.js';
import { ImlPathwayService } from '../modules/housing/iml-pathway.service.js';
import { ImlSchemeService } from '../modules/housing/iml-scheme.service.js';
import { createSupportLoaders, type SupportLoaders } from '../modules/tenant-support/support-request.loaders.js';
import { SupportRequestService } from '../modules/tenant-support/support-request.service.js';
import { CommissionService } from '../modules/tenant-support/commission.service.js';

/** What lives as long as the process: handed to every request's context. */
export interface AppDeps {
  dataSource: DataSource;
  log: Logger;
  config: Pick<Config, 'auth' | 'production' | 'origin' | 'publicCacheSeconds'>;
  mailer: Mailer;
  events: EventBus;
  /** Address search (geocoder and its rate limiter); none when absent. */
  geocoding?: Geocoding;
  /** Pseudonym key and retention of housing cases; from the session secret when absent. */
  housing?: HousingSettings;
}

// Deps built without a geocoder (tests, tools) share one "none" geocoding per deps object.
const defaultGeocoding = new WeakMap<AppDeps, Geocoding>();
function geocodingOf(deps: AppDeps): Geocoding {
  if (deps.geocoding) return deps.geocoding;
  let geocoding = defaultGeocoding.get(deps);
  if (!geocoding) defaultGeocoding.set(deps, (geocoding = createGeocoding()));
  return geocoding;
}

/** The HTTP side of a request, absent on WebSocket operations. */
export interface HttpHandle {
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

export interface Context {
  dataSource: DataSource;
  viewer: Viewer;
  log: Logger;
  ip: string | null;
  http?: HttpHandle;
  events: EventBus;
  services: {
    partners: PartnerService;
    partnerEditing: PartnerEditingService;
    imports: ImportService;
    territories: TerritoryService;
    groups: GroupService;
    meetings: MeetingService;
    projects: ProjectService;
    conventions: ConventionService;
    reports: ReportService;
    events: EventService;
    accounts: AccountService;
    sessions: SessionService;
    map: MapService;
    geocoding: GeocodingService;
    sectors: SectorService;
    partnerServices: PartnerServiceService;
    imlCases: ImlCaseService;
    imlPathway: ImlPathwayService;
    imlDocuments: ImlCaseDocumentService;
    imlScheme: ImlSchemeService;
    housingOffers: HousingOfferService;
    supportRequests: SupportRequestService;
    commission: CommissionService;
  };
  loaders: PartnerLoaders & TerritoryLoaders & MeetingLoaders & ConventionLoaders & EventLoaders & ProjectLoaders & SectorLoaders & ServiceLoaders & HousingLoaders & SupportLoaders;
  /** A fresh context for another viewer (same request): fresh services and empty loaders. */
  renew(viewer: Viewer): Context;
}

export function createSessionService(deps: AppDeps): SessionService {
  return new SessionService(deps.dataSource, { sessionTtlHours: deps.config.auth.sessionTtlHours, production: deps.config.production }, sessionCacheOf(deps.events));
}

/** One context per request (or per subscription operation): loaders never outlive it. */
export function createContext(
  deps: AppDeps,
  viewer: Viewer,
  options: { log?: Logger; ip?: string | null; http?: HttpHandle } = {},
): Context {
  const { dataSource, config } = deps;
  const sessions = createSessionService(deps);
  const partnerLoaders = createPartnerLoaders(dataSource);
  const loaders = { ...partnerLoaders, ...createTerritoryLoaders(dataSource), ...createMeetingLoaders(dataSource, partnerLoaders), ...createConventionLoaders(dataSource), ...createEventLoaders(dataSource), ...createProjectLoaders(dataSource), ...createSectorLoaders(dataSource), ...createServiceLoaders(dataSource), ...createHousingLoaders(dataSource, viewer, options.ip ?? null), ...createSupportLoaders(dataSource, viewer, options.ip ?? null) };
  const groups = new GroupService(dataSource, viewer, loaders);
  const geocoding = new GeocodingService(geocodingOf(deps), viewer, options.ip ?? null);
  const sectors = new SectorService(dataSource, viewer, geocoding);
  const housing = deps.housing ?? { pseudonymKey: config.auth.secret, retentionMonths: 24 };
  return {
    dataSource,
    viewer,
    log: options.log ?? deps.log,
    ip: options.ip ?? null,
    http: options.http,
    events: deps.events,
    services: {
      partners: new PartnerService(dataSource),
      partnerEditing: new PartnerEditingService(dataSource, viewer, loaders),
      imports: new ImportService(dataSource, viewer),
      territories: new TerritoryService(dataSource),
      groups,
      meetings: new MeetingService(dataSource, viewer, loaders, groups),
      projects: new ProjectService(dataSource, groups, viewer),
      conventions: new ConventionService(dataSource, viewer),
      reports: new ReportService(dataSource, viewer),
      events: new EventService(dataSource, viewer, loaders),
      sessions,
      geocoding,
      sectors,
      partnerServices: new PartnerServiceService(dataSource, viewer, loaders),
      accounts: new AccountService(dataSource, sessions, deps.mailer, {
        ...config.auth,
        production: config.production,
        publicUrl: config.origin,
      }),
      map: new MapService(dataSource),
      imlCases: new ImlCaseService(dataSource, viewer, housing, options.ip ?? null, loaders, (referral) =>
        void notifyNewReferral(dataSource, deps.mailer, config.origin, referral).catch((error: unknown) => deps.log.warn({ err: error }, 'referral mail not sent')),
      ),
      imlPathway: new ImlPathwayService(dataSource, viewer, options.ip ?? null),
      imlDocuments: new ImlCaseDocumentService(dataSource, viewer, options.ip ?? null),
      imlScheme: new ImlSchemeService(dataSource, viewer),
      housingOffers: new HousingOfferService(dataSource, viewer),
      supportRequests: new SupportRequestService(dataSource, viewer, sectors, housing.pseudonymKey, options.ip ?? null),
      commission: new CommissionService(dataSource, viewer),
    },
    loaders,
    renew: (next) => createContext(deps, next, options),
  };
}
