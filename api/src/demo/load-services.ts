import type { EntityManager } from 'typeorm';
import { demoServices } from './services.data.js';

/** The services of the documents, loaded once: a service already there (by slug) is left as it is. */
export async function loadDemoServices(manager: EntityManager): Promise<void> {
  const partners = new Map<string, string>((await manager.query(`SELECT id, slug FROM partner`)).map((p: { id: string; slug: string }) => [p.slug, p.id]));
  for (const demo of demoServices) {
    const partnerId = partners.get(demo.partnerSlug);
    if (!partnerId) throw new Error(`demo data names an unknown partner: ${demo.partnerSlug}`);
    await manager.query(
      `INSERT INTO partner_service (partner_id, slug, name, description, theme_codes, public_codes, access_conditions, reception_modes, capacity)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (slug) DO NOTHING`,
      [partnerId, demo.slug, demo.name, demo.description, demo.themes, demo.publics, demo.accessConditions, demo.receptionModes, demo.capacity],
    );
  }
}
