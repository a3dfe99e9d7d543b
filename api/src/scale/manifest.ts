import type pg from 'pg';
import { demoPassword } from '../demo/accounts.data.js';
import { metzCareTeamAccount, metzCareTeamSlug } from './write-housing.js';

// What a benchmark needs to find in the generated network, read back from the database (so it
// also says what is really there): a territory with many organisations, groups with many
// meetings, and a Metz case that the demo CMP correspondent's team refers. The same queries are
// in the README, for a database whose manifest file was lost.

export interface ScaleManifest {
  size: number;
  seed: string;
  demoPassword: string;
  territoryWithManyPartners: { slug: string; name: string; partners: number };
  groupWithManyMeetings: { slug: string; name: string; territorySlug: string; meetings: number };
  metzGroupWithManyMeetings: { slug: string; name: string; meetings: number };
  metz: { slug: string; partners: number; meetings: number; careTeamCases: number };
  metzCareTeamCase: { id: string; pseudonym: string; state: string; careTeamPartnerSlug: string; account: string };
}

export const manifestQueries = {
  territoryWithManyPartners: `SELECT t.slug, t.name, count(*)::int AS partners FROM territory t JOIN partner_territory pt ON pt.territory_id = t.id
    WHERE t.slug LIKE '%-fictif' GROUP BY t.id ORDER BY partners DESC, t.slug LIMIT 1`,
  groupWithManyMeetings: `SELECT g.slug, g.name, t.slug AS "territorySlug", count(*)::int AS meetings FROM working_group g JOIN meeting m ON m.group_id = g.id
    JOIN territory t ON t.id = g.territory_id GROUP BY g.id, t.slug ORDER BY meetings DESC, g.slug LIMIT 1`,
  metzGroupWithManyMeetings: `SELECT g.slug, g.name, count(*)::int AS meetings FROM working_group g JOIN meeting m ON m.group_id = g.id
    JOIN territory t ON t.id = g.territory_id WHERE t.slug = 'clsm-metz' GROUP BY g.id ORDER BY meetings DESC, g.slug LIMIT 1`,
  // As the table owner: row-level security hides the cases from anyone else outside a scope.
  metzCareTeamCase: `SELECT c.id, c.pseudonym, c.state FROM iml_case c JOIN territory t ON t.id = c.territory_id JOIN partner p ON p.id = c.referring_team_id
    WHERE t.slug = 'clsm-metz' AND p.slug = '${metzCareTeamSlug}' AND c.state = 'SUPPORTED' AND c.anonymised_at IS NULL
      AND EXISTS (SELECT 1 FROM iml_case_private i WHERE i.case_id = c.id) ORDER BY c.pseudonym LIMIT 1`,
};

export async function readManifest(client: pg.ClientBase, run: { size: number; seed: string }): Promise<ScaleManifest> {
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
    const { rows } = await client.query(sql, params);
    if (!rows.length) throw new Error(`the generated network lacks what the manifest names: ${sql}`);
    return rows[0] as T;
  };
  const metzCase = await one<{ id: string; pseudonym: string; state: string }>(manifestQueries.metzCareTeamCase);
  const metz = await one<{ partners: number; meetings: number; cases: number }>(
    `SELECT (SELECT count(*)::int FROM partner_territory pt WHERE pt.territory_id = t.id) AS partners,
            (SELECT count(*)::int FROM meeting m WHERE m.territory_id = t.id) AS meetings,
            (SELECT count(*)::int FROM iml_case c JOIN partner p ON p.id = c.referring_team_id WHERE c.territory_id = t.id AND p.slug = $1) AS cases
     FROM territory t WHERE t.slug = 'clsm-metz'`,
    [metzCareTeamSlug],
  );
  return {
    size: run.size,
    seed: run.seed,
    demoPassword,
    territoryWithManyPartners: await one(manifestQueries.territoryWithManyPartners),
    groupWithManyMeetings: await one(manifestQueries.groupWithManyMeetings),
    metzGroupWithManyMeetings: await one(manifestQueries.metzGroupWithManyMeetings),
    metz: { slug: 'clsm-metz', partners: metz.partners, meetings: metz.meetings, careTeamCases: metz.cases },
    metzCareTeamCase: { ...metzCase, careTeamPartnerSlug: metzCareTeamSlug, account: metzCareTeamAccount },
  };
}
