import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer.js';
import { createPartnerLoaders, type PartnerLoaders } from '../modules/partners/partner.loaders.js';
import { PartnerService } from '../modules/partners/partner.service.js';
import { createTerritoryLoaders, type TerritoryLoaders } from '../modules/territories/territory.loaders.js';
import { TerritoryService } from '../modules/territories/territory.service.js';

export interface Context {
  dataSource: DataSource;
  viewer: Viewer;
  log: Logger;
  services: { partners: PartnerService; territories: TerritoryService };
  loaders: PartnerLoaders & TerritoryLoaders;
}

/** One context per request (or per subscription operation): loaders never outlive it. */
export function createContext(dataSource: DataSource, viewer: Viewer, log: Logger): Context {
  return {
    dataSource,
    viewer,
    log,
    services: { partners: new PartnerService(dataSource), territories: new TerritoryService(dataSource) },
    loaders: { ...createPartnerLoaders(dataSource), ...createTerritoryLoaders(dataSource) },
  };
}
