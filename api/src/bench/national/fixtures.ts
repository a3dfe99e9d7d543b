import { Algorithm, hash } from '@node-rs/argon2';
import pg from 'pg';
import { benchQueries, bodyOf, type BenchQuery } from './queries.js';

export const benchPassword = 'bench-clsm-national';
export const benchAccounts = { coordinator: 'bench-coordination@example.org', careTeam: 'bench-equipe-soins@example.org' } as const;

// Words the partners of a directory are looked up by; the generated network's texts use them.
const searchTerms = ['logement', 'addictions', 'adolescents', 'insertion', 'psychiatrie', 'entraide', 'écoute', 'santé mentale', 'hébergement', 'accueil de jour', 'familles', 'emploi'];

export interface BenchFixtures {
  /** Request bodies per query, spread over many territories, groups, rectangles and cases. */
  bodies: Record<BenchQuery['id'], string[]>;
  postgraphileBodies: Partial<Record<BenchQuery['id'], string[]>>;
  /** The partners the coordinator edits, with their current versions. */
  editable: Array<{ id: string; version: number }>;
  editTemplate: string;
  coordinatorTerritory: string;
  careTeamPartner: string;
  counts: Record<string, number>;
}

const pool = <T>(rows: T[], what: string): T[] => {
  if (!rows.length) throw new Error(`the database has no ${what}: run \`npm run seed:scale\` first`);
  return rows;
};

/**
 * Reads the network to pick what each query asks for, and makes two accounts of its own
 * (not demo accounts, which a production server refuses): a coordinator of the territory with
 * the most partners and a care team of the partner referring the most open IML cases.
 */
export async function prepareFixtures(ownerUrl: string): Promise<BenchFixtures> {
  const client = new pg.Client({ connectionString: ownerUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const counts = Object.fromEntries(
      (
        await client.query(
          `SELECT 'territoires' AS k, count(*)::int AS n FROM territory UNION ALL SELECT 'structures', count(*) FROM partner
           UNION ALL SELECT 'contacts', count(*) FROM contact UNION ALL SELECT 'groupes', count(*) FROM working_group
           UNION ALL SELECT 'réunions', count(*) FROM meeting UNION ALL SELECT 'présences', count(*) FROM attendance
           UNION ALL SELECT 'événements', count(*) FROM project_event UNION ALL SELECT 'dossiers IML', count(*) FROM iml_case`,
        )
      ).rows.map((row: { k: string; n: number }) => [row.k, row.n]),
    );
    const territories = pool(
      (
        await client.query(
          `SELECT t.slug, count(*)::int AS partners FROM territory t JOIN partner_territory pt ON pt.territory_id = t.id
           GROUP BY t.slug HAVING count(*) >= 20 ORDER BY count(*) DESC, t.slug LIMIT 100`,
        )
      ).rows as Array<{ slug: string; partners: number }>,
      'territory of 20 partners',
    );
    const groups = pool(
      (
        await client.query(
          `SELECT g.slug FROM working_group g JOIN meeting m ON m.group_id = g.id WHERE g.is_public
           GROUP BY g.slug ORDER BY md5(g.slug) LIMIT 50`,
        )
      ).rows.map((row: { slug: string }) => row.slug),
      'public group with meetings',
    );
    const boxes = pool(
      (
        await client.query(
          `SELECT latitude, longitude FROM partner WHERE latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY md5(id::text) LIMIT 50`,
        )
      ).rows.map((row: { latitude: number; longitude: number }) => ({
        south: row.latitude - 0.15,
        west: row.longitude - 0.2,
        north: row.latitude + 0.15,
        east: row.longitude + 0.2,
      })),
      'partner with coordinates',
    );
    const coordinatorTerritory = territories[0].slug;
    // Hours cleared, then each edit sets the hour of its version's parity (editHour): every
    // edit of the run is a real change, never a no-op that would cost fewer statements.
    const editable = (
      await client.query(
        `UPDATE partner SET opening_hours = NULL WHERE id IN (
           SELECT p.id FROM partner p JOIN partner_territory pt ON pt.partner_id = p.id JOIN territory t ON t.id = pt.territory_id
           WHERE t.slug = $1 ORDER BY p.id LIMIT 200)
         RETURNING id, version`,
        [coordinatorTerritory],
      )
    ).rows as Array<{ id: string; version: number }>;
    editable.sort((a, b) => (a.id < b.id ? -1 : 1));
    const [careTeam] = (
      await client.query(
        `SELECT c.referring_team_id AS partner_id, t.slug AS territory FROM iml_case c JOIN territory t ON t.id = c.territory_id
         JOIN iml_case_private p ON p.case_id = c.id
         WHERE c.closed_on IS NULL GROUP BY c.referring_team_id, t.slug ORDER BY count(*) DESC LIMIT 1`,
      )
    ).rows as Array<{ partner_id: string; territory: string }>;
    if (!careTeam) throw new Error('the database has no open IML case: run `npm run seed:scale` first');
    const cases = (
      await client.query(`SELECT id FROM iml_case WHERE referring_team_id = $1 AND closed_on IS NULL ORDER BY id LIMIT 200`, [careTeam.partner_id])
    ).rows.map((row: { id: string }) => row.id);
    await createAccounts(client, coordinatorTerritory, careTeam);

    const [q1, q2, q3, q4, q5, q6] = benchQueries;
    const each = <T>(query: BenchQuery, values: T[], variables: (value: T) => Record<string, unknown>, document?: string) =>
      values.map((value) => bodyOf(query, variables(value), document));
    return {
      bodies: {
        Q1: each(q1, territories, (t) => ({ territory: t.slug })),
        Q2: each(q2, searchTerms, (search) => ({ search })),
        Q3: each(q3, groups, (slug) => ({ slug })),
        Q4: each(q4, boxes, (box) => ({ box })),
        Q5: [],
        Q6: each(q6, cases, (id) => ({ id })),
      },
      postgraphileBodies: {
        Q1: each(q1, territories, (t) => ({ territory: t.slug }), q1.postgraphile),
        Q2: each(q2, searchTerms, (search) => ({ search }), q2.postgraphile),
        Q3: each(q3, groups, (slug) => ({ slug }), q3.postgraphile),
      },
      editable,
      editTemplate: bodyOf(q5, { target: { partnerId: '__ID__', version: '__VERSION__' }, fields: { openingHours: 'Mo-Fr 09:00-12:00,14:00-__HOUR__:00' } }),
      coordinatorTerritory,
      careTeamPartner: careTeam.partner_id,
      counts,
    };
  } finally {
    await client.end();
  }
}

async function createAccounts(client: pg.Client, territorySlug: string, careTeam: { partner_id: string; territory: string }): Promise<void> {
  const passwordHash = await hash(benchPassword, { algorithm: Algorithm.Argon2id });
  await client.query(`DELETE FROM user_account WHERE email = ANY($1)`, [Object.values(benchAccounts)]);
  const account = async (email: string, role: string, territory: string, partnerId: string | null) =>
    client.query(
      `WITH p AS (INSERT INTO person (first_name, last_name) VALUES ('Banc', 'D’Essai (fictif)') RETURNING id),
            u AS (INSERT INTO user_account (email, password_hash, person_id) SELECT $1, $2, p.id FROM p RETURNING id)
       INSERT INTO role_assignment (user_id, territory_id, role, partner_id) SELECT u.id, t.id, $3, $5 FROM u, territory t WHERE t.slug = $4`,
      [email, passwordHash, role, territory, partnerId],
    );
  await account(benchAccounts.coordinator, 'COORDINATOR', territorySlug, null);
  await account(benchAccounts.careTeam, 'CARE_TEAM', careTeam.territory, careTeam.partner_id);
}
