import { In, type DataSource } from 'typeorm';
import { Contact } from '../partners/contact.entity.js';
import { describeOpeningHours } from '../partners/opening-hours.js';
import type { Partner } from '../partners/partner.entity.js';
import { Sector, partnerKindLabels, sectorLabels } from '../partners/partner.enums.js';
import { normalizeFilter } from '../partners/partner.filter.js';
import type { PartnerFilter } from '../partners/partner.inputs.js';
import type { PartnerService } from '../partners/partner.service.js';

/** A contact as the public directory shows it: a name and a function, never an e-mail or phone. */
export interface GuideContact {
  name: string;
  function: string;
}

/** One entry of the guide: the public face of a partner. */
export interface GuideEntry {
  slug: string;
  name: string;
  shortName: string | null;
  kindLabel: string;
  description: string | null;
  address: string | null;
  postalCode: string | null;
  commune: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  /** Opening hours in plain French, or the raw OSM value when it cannot be read. */
  openingHours: string[];
  contacts: GuideContact[];
}

export interface GuideSection {
  sector: Sector;
  label: string;
  partnerCount: number;
}

/** Partners read per statement: the guide never holds more than this many at once. */
export const guideBatchSize = 100;

/**
 * The printable guide reads the directory through the directory's own service (same filters,
 * same order) one page at a time, so that 2,000 partners never sit in memory together.
 * The guide is a public document: it is built as the anonymous visitor sees the directory,
 * whoever asks for it; contacts' e-mails and phones, reserved to signed-in members
 * (ContactResolver), are never read into it.
 */
export class GuideService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly partners: PartnerService,
  ) {}

  /** The sectors in the directory's order, with the number of partners the filter keeps in each. */
  async sections(filter: PartnerFilter): Promise<GuideSection[]> {
    normalizeFilter(filter);
    const wanted = filter.sectors?.length ? new Set(filter.sectors) : null;
    const sectors = Object.values(Sector).filter((sector) => !wanted || wanted.has(sector));
    return Promise.all(
      sectors.map(async (sector) => {
        const page = await this.partners.list({ filter: { ...filter, sectors: [sector] }, first: 1 });
        return { sector, label: sectorLabels[sector], partnerCount: page.totalCount };
      }),
    );
  }

  /** The entries of one sector, in batches of `guideBatchSize`. */
  async *entries(filter: PartnerFilter, sector: Sector, batchSize = guideBatchSize): AsyncGenerator<GuideEntry[]> {
    let after: string | null = null;
    for (;;) {
      const page = await this.partners.list({ filter: { ...filter, sectors: [sector] }, first: batchSize, after });
      if (!page.rows.length) return;
      const partners = page.rows.map((row) => row.partner);
      const contacts = await this.publicContacts(partners.map((partner) => partner.id));
      yield partners.map((partner) => guideEntry(partner, contacts.get(partner.id) ?? []));
      if (!page.hasNextPage) return;
      after = page.rows.at(-1)!.cursor;
    }
  }

  private async publicContacts(partnerIds: string[]): Promise<Map<string, GuideContact[]>> {
    const rows = await this.dataSource.getRepository(Contact).find({
      // Only what the public directory shows; e-mail and phone are not even selected.
      select: { id: true, partnerId: true, function: true, position: true, person: { id: true, firstName: true, lastName: true } },
      where: { partnerId: In(partnerIds) },
      relations: { person: true },
      order: { position: 'ASC', id: 'ASC' },
    });
    const byPartner = new Map<string, GuideContact[]>();
    for (const row of rows) {
      const list = byPartner.get(row.partnerId) ?? [];
      list.push({ name: `${row.person!.firstName} ${row.person!.lastName}`, function: row.function });
      byPartner.set(row.partnerId, list);
    }
    return byPartner;
  }
}

export function guideEntry(partner: Partner, contacts: GuideContact[]): GuideEntry {
  const hours = describeOpeningHours(partner.openingHours) ?? (partner.openingHours?.trim() ? [partner.openingHours.trim()] : []);
  return {
    slug: partner.slug,
    name: partner.name,
    shortName: partner.shortName && !partner.name.includes(partner.shortName) ? partner.shortName : null,
    kindLabel: partnerKindLabels[partner.kind],
    description: partner.description,
    address: partner.address,
    postalCode: partner.postalCode,
    commune: partner.commune,
    phone: partner.phone,
    email: partner.email,
    website: partner.website,
    openingHours: hours,
    contacts,
  };
}
