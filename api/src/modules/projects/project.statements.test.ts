import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../auth/viewer.js';
import { countStatements } from '../../db/query-counter.js';
import { createContext, type AppDeps } from '../../graphql/context.js';
import { createSchema } from '../../graphql/schema.js';
import { testDeps } from '../../test-support/test-deps.js';
import { useDemoDirectory } from '../partners/partner.test-helpers.js';

// The projects page asks every relation of every project; each goes through a loader, so ten
// copies of the IML project (with partners, lines, indicators and values) add no statement. A
// loader's batch may split in two when its loads straddle a tick, hence a slack of 2.
const directory = useDemoDirectory({ http: false });

const projectsQuery = `{ projects(territory: "clsm-metz") {
  slug statusLabel viewerCanEdit startYear endYear leadPartner { slug } partners { slug } convention { slug title }
  groups { slug }
  fundingLines { funderName funderPartner { slug } basisLabel amount yearlyAmount total }
  funding { total byYear { year amount } byFunder { funder amount } }
  indicators { name values { year target value } }
} }`;

let schema: GraphQLSchema;
let deps: AppDeps;
beforeAll(async () => {
  deps = testDeps(directory.dataSource);
  schema = await createSchema(deps.events);
});

async function statementsOf(source: string): Promise<number> {
  const { result, statements } = await countStatements(() => graphql({ schema, source, contextValue: createContext(deps, anonymous) }));
  expect(result.errors).toBeUndefined();
  return statements;
}

async function copyIml(times: number): Promise<void> {
  const db = directory.dataSource;
  for (let n = 0; n < times; n += 1) {
    const [{ id }] = await db.query(
      `INSERT INTO project (territory_id, slug, name, status, lead_partner_id, convention_id, start_year)
       SELECT territory_id, slug || '-copie-' || $1, name || ' (copie)', status, lead_partner_id, convention_id, start_year FROM project WHERE slug = 'iml'
       RETURNING id`,
      [n],
    );
    await db.query(`INSERT INTO project_partner SELECT $1, pp.partner_id FROM project_partner pp JOIN project p ON p.id = pp.project_id WHERE p.slug = 'iml'`, [id]);
    await db.query(`INSERT INTO group_project SELECT $1, gp.group_id FROM group_project gp JOIN project p ON p.id = gp.project_id WHERE p.slug = 'iml'`, [id]);
    await db.query(
      `INSERT INTO funding_line (project_id, funder_partner_id, funder_name, basis, unit_label, amount_cents, units, from_year, to_year, note, position)
       SELECT $1, f.funder_partner_id, f.funder_name, f.basis, f.unit_label, f.amount_cents, f.units, f.from_year, f.to_year, f.note, f.position
       FROM funding_line f JOIN project p ON p.id = f.project_id WHERE p.slug = 'iml'`,
      [id],
    );
    await db.query(
      `WITH i AS (INSERT INTO project_indicator (project_id, name, unit, position) SELECT $1, 'Indicateur copié', NULL, 0 RETURNING id)
       INSERT INTO indicator_value (indicator_id, year, target, value) SELECT i.id, y, y, y FROM i, generate_series(2019, 2021) y`,
      [id],
    );
  }
}

describe('statements of the projects list', () => {
  it('stay the same when there are ten times more projects, partners, lines and indicators', async () => {
    const before = await statementsOf(projectsQuery);
    await copyIml(10);
    const [{ count }] = await directory.dataSource.query(`SELECT count(*)::int AS count FROM project`);
    expect(count).toBeGreaterThanOrEqual(19);
    expect(await statementsOf(projectsQuery)).toBeLessThanOrEqual(before + 2);
  });
});
