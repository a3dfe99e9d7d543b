import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../auth/viewer.js';
import { countStatements } from '../../db/query-counter.js';
import { createContext, type AppDeps } from '../../graphql/context.js';
import { createSchema } from '../../graphql/schema.js';
import { testDeps } from '../../test-support/test-deps.js';
import { useDemoDirectory } from '../partners/partner.test-helpers.js';

// Every relation the groups page and the conventions page ask for goes through a loader: ten
// times more groups or conventions must not mean more statements. A loader's batch may split
// in two when its loads straddle a tick, hence a slack of 2; a lookup per row would add 10.
const directory = useDemoDirectory({ http: false });

const groupsQuery = `{ groups(territory: "clsm-metz") {
  slug territory { slug } projects { slug groups { slug } }
  animators { person { displayName } partner { slug } } members { partner { slug } }
  meetings { title hostPartner { slug } replacedBy { id } agenda { title } attendance { status partner { slug } } decisions { text } actions { title ownerPartner { slug } } }
} }`;
const conventionsQuery = `{ conventions(territory: "clsm-metz") {
  slug objectives { text } parties { roleLabel partner { slug } } timeline { toStatus } preparatoryMeetings { title group { slug } }
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

async function copyGroups(times: number): Promise<void> {
  for (let n = 0; n < times; n += 1) {
    await directory.dataSource.query(
      `WITH g AS (INSERT INTO working_group (territory_id, slug, name, status, is_public)
                  SELECT territory_id, slug || '-copie-' || $1, name || ' (copie)', status, is_public FROM working_group WHERE slug = 'logement-sante-mentale'
                  RETURNING id)
       INSERT INTO meeting (territory_id, group_id, body, title, starts_at, ends_at, status, host_partner_id)
       SELECT m.territory_id, g.id, m.body, m.title, m.starts_at, m.ends_at, m.status, m.host_partner_id
       FROM meeting m, g WHERE m.group_id = (SELECT id FROM working_group WHERE slug = 'logement-sante-mentale')`,
      [n],
    );
  }
}

describe('statements of the groups and conventions lists', () => {
  it('stay the same when there are more groups and meetings', async () => {
    const before = await statementsOf(groupsQuery);
    await copyGroups(10);
    expect(await statementsOf(groupsQuery)).toBeLessThanOrEqual(before + 2);
  });

  it('stay the same when there are more conventions', async () => {
    const before = await statementsOf(conventionsQuery);
    await directory.dataSource.query(
      `INSERT INTO convention (territory_id, slug, title, status) SELECT id, 'copie-' || n, 'Copie ' || n, 'DRAFT' FROM territory, generate_series(1, 10) n WHERE slug = 'clsm-metz'`,
    );
    await directory.dataSource.query(
      `INSERT INTO convention_meeting (convention_id, meeting_id)
       SELECT c.id, cm.meeting_id FROM convention c, convention_meeting cm JOIN convention o ON o.id = cm.convention_id AND o.slug = 'convention-cadre-2018'
       WHERE c.slug LIKE 'copie-%'`,
    );
    expect(await statementsOf(conventionsQuery)).toBeLessThanOrEqual(before + 2);
  });
});
