import type { DataSource } from 'typeorm';
import { requireEditable } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { bumpVersion } from '../../db/optimistic-lock.js';
import { NotFoundError, UserInputError } from '../../errors/errors.js';
import { optionalText, requiredText } from '../../text/input.js';
import { recordAudit } from '../audit/audit.service.js';
import { receptionModeCodes } from '../exchange/exchange.records.js';
import { describeOpeningHours } from '../partners/opening-hours.js';
import { Partner } from '../partners/partner.entity.js';
import type { TerritoryLoaders } from '../territories/territory.loaders.js';
import { audienceCatalog, themeCatalog } from '../themes/theme.catalog.js';
import { PartnerService } from './partner-service.entity.js';
import type { ServiceLoaders } from './partner-service.loaders.js';
import { uniqueSlug } from '../../db/unique-slug.js';

export interface ServicePatch {
  name?: string | null;
  description?: string | null;
  themes?: string[] | null;
  publics?: string[] | null;
  accessConditions?: string | null;
  receptionModes?: string[] | null;
  openingHours?: string | null;
  capacity?: number | null;
}

type Columns = Partial<Pick<PartnerService, 'name' | 'description' | 'themeCodes' | 'publicCodes' | 'accessConditions' | 'receptionModes' | 'openingHours' | 'capacity'>>;

function codes(value: string[] | null, field: string, label: string, known: (code: string) => boolean): string[] {
  const list = [...new Set(value ?? [])];
  const unknown = list.find((code) => !known(code));
  if (unknown) throw new UserInputError(`Valeur inconnue pour « ${label} » : ${unknown}.`, field);
  if (list.length > 30) throw new UserInputError(`Trop de valeurs pour « ${label} ».`, field);
  return list;
}

/** Checks the given fields (French errors naming the field) and returns the columns to write. */
export function checkServicePatch(patch: ServicePatch): Columns {
  const columns: Columns = {};
  if (patch.name !== undefined) {
    const name = requiredText(patch.name, 'Nom du service', 150, 'name');
    if (name.length < 3) throw new UserInputError('« Nom du service » doit compter au moins 3 caractères.', 'name');
    columns.name = name;
  }
  if (patch.description !== undefined) columns.description = optionalText(patch.description, 'Description', 10000, 'description');
  if (patch.themes !== undefined) columns.themeCodes = codes(patch.themes, 'themes', 'Thématiques', themeCatalog.has);
  if (patch.publics !== undefined) columns.publicCodes = codes(patch.publics, 'publics', 'Publics', audienceCatalog.has);
  if (patch.accessConditions !== undefined) columns.accessConditions = optionalText(patch.accessConditions, 'Conditions d’accès', 2000, 'accessConditions');
  if (patch.receptionModes !== undefined) {
    columns.receptionModes = codes(patch.receptionModes, 'receptionModes', 'Modes d’accueil', (code) => (receptionModeCodes as readonly string[]).includes(code));
  }
  if (patch.openingHours !== undefined) {
    const hours = optionalText(patch.openingHours, 'Horaires', 300, 'openingHours');
    if (hours && !describeOpeningHours(hours)) {
      throw new UserInputError('Horaires non reconnus. Exemple : « Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00 ».', 'openingHours');
    }
    columns.openingHours = hours;
  }
  if (patch.capacity !== undefined) {
    if (patch.capacity !== null && (!Number.isInteger(patch.capacity) || patch.capacity < 0 || patch.capacity > 100000)) {
      throw new UserInputError('« Capacité » doit être un nombre entier de places, positif.', 'capacity');
    }
    columns.capacity = patch.capacity;
  }
  return columns;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The services a partner offers. Whoever may edit the partner's entry (its administrators, the
 * coordination of its territories) may add, change and remove its services; every write is
 * versioned and audited.
 */
export class PartnerServiceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly loaders: TerritoryLoaders & ServiceLoaders,
  ) {}

  bySlug(slug: string): Promise<PartnerService | null> {
    return this.dataSource.getRepository(PartnerService).findOneBy({ slug });
  }

  private async requireEditor(partnerId: string) {
    const territories = (await this.loaders.territoriesByPartnerId.load(partnerId)).map((t) => t.id);
    return { user: requireEditable(this.viewer, partnerId, territories), territoryId: territories[0] ?? null };
  }

  async create(partnerId: string, patch: ServicePatch): Promise<PartnerService> {
    const partner = await this.dataSource.getRepository(Partner).findOneBy({ id: partnerId });
    if (!partner) throw new NotFoundError('Cette structure n’existe pas.');
    const { user, territoryId } = await this.requireEditor(partnerId);
    if (patch.name === undefined || patch.name === null) throw new UserInputError('« Nom du service » est obligatoire.', 'name');
    const columns = checkServicePatch(patch);
    const service = await this.dataSource.transaction(async (manager) => {
      const slug = await uniqueSlug(manager, 'partner_service', `${partner.slug} ${columns.name!}`, 'service');
      const saved = await manager.getRepository(PartnerService).save(manager.getRepository(PartnerService).create({ ...columns, partnerId, slug }));
      await recordAudit(manager, {
        action: 'service.created',
        actorUserId: user.userId,
        targetType: 'partner_service',
        targetId: saved.id,
        territoryId,
        details: { partnerId, name: saved.name },
      });
      return manager.getRepository(PartnerService).findOneByOrFail({ id: saved.id });
    });
    this.loaders.servicesByPartnerId.clear(partnerId);
    return service;
  }

  private async existing(id: string): Promise<PartnerService> {
    const service = await this.dataSource.getRepository(PartnerService).findOneBy({ id });
    if (!service) throw new NotFoundError('Ce service n’existe pas.');
    return service;
  }

  async update(id: string, version: number, patch: ServicePatch): Promise<PartnerService> {
    const current = await this.existing(id);
    const { user, territoryId } = await this.requireEditor(current.partnerId);
    const columns = checkServicePatch(patch);
    const changed = (Object.keys(columns) as Array<keyof Columns>).filter((key) => !same(current[key], columns[key]));
    const service = await this.dataSource.transaction(async (manager) => {
      await bumpVersion(manager, 'partner_service', id, version);
      if (!changed.length) return manager.getRepository(PartnerService).findOneByOrFail({ id });
      await manager.getRepository(PartnerService).update(id, Object.fromEntries(changed.map((key) => [key, columns[key]])));
      await recordAudit(manager, {
        action: 'service.updated',
        actorUserId: user.userId,
        targetType: 'partner_service',
        targetId: id,
        territoryId,
        details: { partnerId: current.partnerId, fields: changed },
      });
      return manager.getRepository(PartnerService).findOneByOrFail({ id });
    });
    this.loaders.servicesByPartnerId.clear(current.partnerId);
    return service;
  }

  async remove(id: string, version: number): Promise<string> {
    const current = await this.existing(id);
    const { user, territoryId } = await this.requireEditor(current.partnerId);
    await this.dataSource.transaction(async (manager) => {
      await bumpVersion(manager, 'partner_service', id, version);
      await manager.getRepository(PartnerService).delete(id);
      await recordAudit(manager, {
        action: 'service.deleted',
        actorUserId: user.userId,
        targetType: 'partner_service',
        targetId: id,
        territoryId,
        details: { partnerId: current.partnerId, name: current.name },
      });
    });
    this.loaders.servicesByPartnerId.clear(current.partnerId);
    return id;
  }
}
