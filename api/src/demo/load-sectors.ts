import type { EntityManager } from 'typeorm';
import { streetKey } from '../modules/sectors/street-key.js';
import { demoSectors, metzCode } from './sectors.data.js';

/**
 * The 4 adult sectors of pôle 5 with their CMPs, once: a territory that already has sectors is
 * left as the coordination made it. Communes and streets are a demonstration cut (`is_demo`).
 */
export async function loadDemoSectors(manager: EntityManager, territoryId: string): Promise<void> {
  const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM psychiatric_sector WHERE territory_id = $1`, [territoryId]);
  if (count > 0) return;
  for (const demo of demoSectors) {
    const [{ id }] = await manager.query(
      `INSERT INTO psychiatric_sector (territory_id, code, name, population, cmp_partner_id, is_demo)
       VALUES ($1, $2, $3, 'ADULT', (SELECT id FROM partner WHERE slug = $4), true) RETURNING id`,
      [territoryId, demo.code, demo.name, demo.cmpSlug],
    );
    for (const commune of demo.communes) {
      await manager.query(`INSERT INTO sector_commune (sector_id, commune_code, is_demo) VALUES ($1, $2, true)`, [id, commune]);
    }
    for (const street of demo.streets) {
      await manager.query(
        `INSERT INTO sector_street (sector_id, commune_code, street_key, street_label, number_from, number_to, parity, is_demo)
         VALUES ($1, $2, $3, $4, $5, $6, $7, true)`,
        [id, metzCode, streetKey(street.street), street.street, street.numberFrom ?? null, street.numberTo ?? null, street.parity ?? 'ALL'],
      );
    }
  }
}
