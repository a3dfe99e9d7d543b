import { In, type DataSource } from 'typeorm';
import { Partner } from '../partners/partner.entity.js';
import { PartnerService } from '../services/partner-service.entity.js';
import { diServiceColumns, diStructureColumns, toDiCsv, toDiService, toDiStructure, type DiService, type DiStructure } from './data-inclusion.mapping.js';
import type { ExportOptions } from './exchange.records.js';
import { toHsdsOrganization, toHsdsService, type HsdsOrganization, type HsdsService } from './hsds.mapping.js';

/** Producer id of the hub's own entries in data·inclusion exports. */
export const hubSource = 'clsm-hub';

export const maxPageSize = 200;
export const defaultPageSize = 50;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

/**
 * The public directory in the exchange formats, a page at a time, in a stable order (slug, then
 * id). Only what the directory shows to anyone: the partner's own public fields and its
 * services, never the people listed as contacts.
 */
export class ExchangeExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: ExportOptions,
  ) {}

  private async partnersPage(page: number, size: number): Promise<Page<Partner>> {
    const [items, total] = await this.dataSource
      .getRepository(Partner)
      .findAndCount({ order: { slug: 'ASC', id: 'ASC' }, skip: (page - 1) * size, take: size });
    return { items, total, page, size };
  }

  private async servicesPage(page: number, size: number): Promise<{ page: Page<PartnerService>; partners: Map<string, Partner> }> {
    const [items, total] = await this.dataSource
      .getRepository(PartnerService)
      .findAndCount({ order: { slug: 'ASC', id: 'ASC' }, skip: (page - 1) * size, take: size });
    const partners = await this.dataSource.getRepository(Partner).findBy({ id: In([...new Set(items.map((s) => s.partnerId))]) });
    return { page: { items, total, page, size }, partners: new Map(partners.map((p) => [p.id, p])) };
  }

  private async servicesOf(partnerIds: string[]): Promise<Map<string, PartnerService[]>> {
    const rows = partnerIds.length
      ? await this.dataSource.getRepository(PartnerService).find({ where: { partnerId: In(partnerIds) }, order: { slug: 'ASC', id: 'ASC' } })
      : [];
    const byPartner = new Map<string, PartnerService[]>();
    for (const row of rows) byPartner.set(row.partnerId, [...(byPartner.get(row.partnerId) ?? []), row]);
    return byPartner;
  }

  async diStructures(page: number, size: number): Promise<Page<DiStructure>> {
    const result = await this.partnersPage(page, size);
    return { ...result, items: result.items.map((p) => toDiStructure(p, this.options)) };
  }

  async diServices(page: number, size: number): Promise<Page<DiService>> {
    const { page: result, partners } = await this.servicesPage(page, size);
    return { ...result, items: result.items.map((s) => toDiService(s, partners.get(s.partnerId)!, this.options)) };
  }

  async diStructuresCsv(): Promise<string> {
    const partners = await this.dataSource.getRepository(Partner).find({ order: { slug: 'ASC', id: 'ASC' } });
    return toDiCsv(partners.map((p) => toDiStructure(p, this.options)), diStructureColumns);
  }

  async diServicesCsv(): Promise<string> {
    const services = await this.dataSource.getRepository(PartnerService).find({ order: { slug: 'ASC', id: 'ASC' } });
    const partners = new Map((await this.dataSource.getRepository(Partner).find()).map((p) => [p.id, p]));
    return toDiCsv(services.map((s) => toDiService(s, partners.get(s.partnerId)!, this.options)), diServiceColumns);
  }

  async hsdsOrganizations(page: number, size: number): Promise<Page<HsdsOrganization>> {
    const result = await this.partnersPage(page, size);
    const services = await this.servicesOf(result.items.map((p) => p.id));
    return { ...result, items: result.items.map((p) => toHsdsOrganization(p, services.get(p.id) ?? [], this.options)) };
  }

  async hsdsOrganization(id: string): Promise<HsdsOrganization | null> {
    const partner = await this.dataSource.getRepository(Partner).findOneBy({ id });
    if (!partner) return null;
    const services = await this.servicesOf([partner.id]);
    return toHsdsOrganization(partner, services.get(partner.id) ?? [], this.options);
  }

  async hsdsServices(page: number, size: number): Promise<Page<HsdsService>> {
    const { page: result, partners } = await this.servicesPage(page, size);
    return { ...result, items: result.items.map((s) => toHsdsService(s, partners.get(s.partnerId)!, this.options)) };
  }
}
