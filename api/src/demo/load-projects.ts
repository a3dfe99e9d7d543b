import type { EntityManager } from 'typeorm';
import { demoProjects } from './projects.data.js';

/**
 * Partners, convention, years, funding and indicators of the demo projects. A project gets them
 * only while it is untouched (version 1, no partner, line or indicator yet), so a restart never
 * undoes what the coordinator edited.
 */
export async function loadDemoProjectDetails(manager: EntityManager, territoryId: string): Promise<void> {
  const idOf = async (table: 'partner' | 'convention', slug: string): Promise<string> => {
    const [row] = await manager.query(`SELECT id FROM ${table} WHERE slug = $1`, [slug]);
    if (!row) throw new Error(`demo projects name an unknown ${table}: ${slug}`);
    return row.id;
  };
  for (const demo of demoProjects) {
    const [project] = await manager.query(
      `SELECT p.id FROM project p WHERE p.slug = $1 AND p.territory_id = $2 AND p.version = 1 AND p.start_year IS NULL AND p.convention_id IS NULL
         AND NOT EXISTS (SELECT 1 FROM project_partner WHERE project_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM funding_line WHERE project_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM project_indicator WHERE project_id = p.id)`,
      [demo.slug, territoryId],
    );
    if (!project) continue;
    await manager.query(`UPDATE project SET start_year = $2, end_year = $3, convention_id = $4 WHERE id = $1`, [
      project.id,
      demo.startYear ?? null,
      demo.endYear ?? null,
      demo.conventionSlug ? await idOf('convention', demo.conventionSlug) : null,
    ]);
    for (const slug of demo.partnerSlugs ?? []) {
      await manager.query(`INSERT INTO project_partner (project_id, partner_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [project.id, await idOf('partner', slug)]);
    }
    for (const [position, line] of (demo.funding ?? []).entries()) {
      await manager.query(
        `INSERT INTO funding_line (project_id, funder_partner_id, funder_name, basis, unit_label, amount_cents, units, from_year, to_year, note, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          project.id,
          line.funderSlug ? await idOf('partner', line.funderSlug) : null,
          line.funderName,
          line.basis,
          line.unitLabel ?? null,
          Math.round(line.amountEuros * 100),
          line.units,
          line.fromYear,
          line.toYear,
          line.note ?? null,
          position,
        ],
      );
    }
    for (const [position, indicator] of (demo.indicators ?? []).entries()) {
      const [{ id }] = await manager.query(`INSERT INTO project_indicator (project_id, name, unit, position) VALUES ($1, $2, $3, $4) RETURNING id`, [
        project.id,
        indicator.name,
        indicator.unit ?? null,
        position,
      ]);
      for (const value of indicator.values) {
        await manager.query(`INSERT INTO indicator_value (indicator_id, year, target, value) VALUES ($1, $2, $3, $4)`, [id, value.year, value.target ?? null, value.value ?? null]);
      }
    }
  }
}
