import type { DataSource, EntityManager } from 'typeorm';
import { communeCentroid } from '../modules/geo/communes.js';
import { Contact } from '../modules/partners/contact.entity.js';
import { Partner } from '../modules/partners/partner.entity.js';
import { refreshSearchDocuments } from '../modules/partners/partner.search-index.js';
import { Person } from '../modules/people/person.entity.js';
import { PartnerTerritory } from '../modules/territories/partner-territory.entity.js';
import { Territory } from '../modules/territories/territory.entity.js';
import { hashPassword } from '../auth/password.js';
import { RoleAssignment } from '../modules/accounts/role-assignment.entity.js';
import { UserAccount } from '../modules/accounts/user-account.entity.js';
import { demoAccounts, demoPassword } from './accounts.data.js';
import { loadDemoMeetings } from './load-meetings.js';
import { loadDemoEvents } from './load-events.js';
import { loadDemoHousing } from './load-housing.js';
import { loadDemoSectors } from './load-sectors.js';
import { loadDemoServices } from './load-services.js';
import type { DemoPartner } from './demo.types.js';
import { demoPartners } from './partners.data.js';
import { demoTerritory } from './territory.data.js';

async function territory(manager: EntityManager): Promise<Territory> {
  const repository = manager.getRepository(Territory);
  await repository.createQueryBuilder().insert().values(demoTerritory).orIgnore().execute();
  return repository.findOneByOrFail({ slug: demoTerritory.slug });
}

function toPartner(demo: DemoPartner): Partial<Partner> {
  // Without an address the commune's centroid places the partner on the map.
  const centroid = demo.communeCode ? communeCentroid(demo.communeCode) : null;
  return {
    slug: demo.slug,
    name: demo.name,
    shortName: demo.shortName ?? null,
    sector: demo.sector,
    kind: demo.kind,
    description: demo.description,
    address: demo.address ?? null,
    postalCode: demo.postalCode ?? null,
    commune: demo.commune ?? null,
    communeCode: demo.communeCode ?? null,
    latitude: centroid?.latitude ?? null,
    longitude: centroid?.longitude ?? null,
    coordinatesSource: centroid ? 'COMMUNE' : null,
    phone: demo.phone ?? null,
    email: demo.email ?? null,
    website: demo.website ?? null,
    openingHours: demo.openingHours ?? null,
    themeCodes: demo.themes,
    publicCodes: demo.publics,
  };
}

async function person(manager: EntityManager, firstName: string, lastName: string): Promise<Person> {
  const repository = manager.getRepository(Person);
  return (await repository.findOneBy({ firstName, lastName })) ?? repository.save(repository.create({ firstName, lastName }));
}

async function accounts(manager: EntityManager, territoryId: string): Promise<void> {
  const users = manager.getRepository(UserAccount);
  const passwordHash = await hashPassword(demoPassword);
  for (const demo of demoAccounts) {
    if (await users.existsBy({ email: demo.email })) continue;
    const { id: personId } = await person(manager, demo.firstName, demo.lastName);
    const user = await users.save(users.create({ email: demo.email, passwordHash, personId, demo: true }));
    const partner = demo.partnerSlug ? await manager.getRepository(Partner).findOneBy({ slug: demo.partnerSlug }) : null;
    await manager.getRepository(RoleAssignment).insert({ userId: user.id, territoryId, role: demo.role, partnerId: partner?.id ?? null });
  }
}

/** What hangs on the territory once its partners are there; each part decides on its own whether to load. */
async function territoryParts(manager: EntityManager, territoryId: string, options: { withAccounts: boolean }): Promise<void> {
  if (options.withAccounts) await accounts(manager, territoryId);
  await loadDemoMeetings(manager, territoryId);
  await loadDemoEvents(manager, territoryId);
  await loadDemoSectors(manager, territoryId);
  await loadDemoServices(manager);
  // Fictional people in care, like the demo accounts: never where cases are real (production),
  // or they would count in the scheme's figures and the funders' reports.
  if (options.withAccounts) await loadDemoHousing(manager, territoryId);
}

/**
 * Loads the Metz network once: partners already present (by slug) are left as they are, so a
 * restart never overwrites what people edited. Returns how many partners were added.
 */
export async function loadDemoData(dataSource: DataSource, options: { withAccounts: boolean }): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const { id: territoryId } = await territory(manager);
    const partners = manager.getRepository(Partner);
    const existing = new Set((await partners.find({ select: { slug: true } })).map((p) => p.slug));
    const fresh = demoPartners.filter((demo) => !existing.has(demo.slug));
    if (!fresh.length) {
      await territoryParts(manager, territoryId, options);
      return 0;
    }

    const inserted = await partners.save(fresh.map((demo) => partners.create(toPartner(demo))));
    const bySlug = new Map((await partners.find()).map((p) => [p.slug, p]));
    for (const demo of fresh) {
      const partner = bySlug.get(demo.slug)!;
      if (demo.parentSlug) await partners.update(partner.id, { parentId: bySlug.get(demo.parentSlug)?.id ?? null });
      for (const [position, contact] of demo.contacts.entries()) {
        const { id: personId } = await person(manager, contact.firstName, contact.lastName);
        await manager.getRepository(Contact).insert({
          partnerId: partner.id,
          personId,
          function: contact.function,
          email: contact.email ?? null,
          phone: contact.phone ?? null,
          position,
        });
      }
    }
    await manager
      .getRepository(PartnerTerritory)
      .createQueryBuilder()
      .insert()
      .values(inserted.map((partner) => ({ partnerId: partner.id, territoryId })))
      .orIgnore()
      .execute();
    await refreshSearchDocuments(manager, inserted);
    await territoryParts(manager, territoryId, options);
    return inserted.length;
  });
}
