import { describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/accounts.data.js';
import { useAccountsServer } from '../accounts/account.test-helpers.js';

// Two people save the same entry at the same moment: one wins, the other is told to reload,
// and nothing the winner wrote is lost.

const env = useAccountsServer();
const slug = 'unafam-moselle';
const conflictMessage =
  'Cette fiche a été modifiée entre-temps par quelqu’un d’autre. Rechargez-la pour voir la version actuelle avant de recommencer.';

const update = `mutation($target: VersionedPartnerInput!, $fields: PartnerFieldsInput!) {
  updatePartner(target: $target, fields: $fields) { version description } }`;

interface Updated {
  updatePartner: { version: number; description: string };
}

async function current(): Promise<{ id: string; version: number; description: string }> {
  const [row] = await env.database.dataSource.query('SELECT id, version, description FROM partner WHERE slug = $1', [slug]);
  return row;
}

async function descriptionChanges(partnerId: string): Promise<Array<{ version: number; after: string }>> {
  return env.database.dataSource.query(
    `SELECT version, after #>> '{}' AS after FROM partner_change WHERE partner_id = $1 AND field = 'description' ORDER BY id`,
    [partnerId],
  );
}

describe('simultaneous edits of one entry', () => {
  it('let exactly one of each pair through and lose no update, 50 pairs in a row', async () => {
    const admin = await env.server.signIn('admin.unafam@example.org', demoPassword);
    const start = await current();
    const before = await descriptionChanges(start.id);
    const winners: Array<{ version: number; after: string }> = [];

    for (let pair = 1; pair <= 50; pair += 1) {
      const read = await env.server.graphql<{ partner: { id: string; version: number } }>(
        'query($slug: String!) { partner(slug: $slug) { id version } }',
        { slug },
        admin,
      );
      const target = { partnerId: read.data!.partner.id, version: read.data!.partner.version };
      const values = [`Version A de la paire ${pair}.`, `Version B de la paire ${pair}.`];
      const results = await Promise.all(values.map((description) => env.server.graphql<Updated>(update, { target, fields: { description } }, admin)));

      const succeeded = results.filter((result) => !result.errors);
      const refused = results.filter((result) => result.errors);
      expect(succeeded, `pair ${pair}`).toHaveLength(1);
      expect(refused, `pair ${pair}`).toHaveLength(1);
      expect(refused[0].data ?? null).toBeNull();
      expect(refused[0].errors).toEqual([
        expect.objectContaining({ message: conflictMessage, extensions: { code: 'CONFLICT', currentVersion: target.version + 1 } }),
      ]);
      const won = succeeded[0].data!.updatePartner;
      expect(won.version).toBe(target.version + 1);
      expect(values).toContain(won.description);
      winners.push({ version: won.version, after: won.description });
    }

    const end = await current();
    expect(end.version).toBe(start.version + 50);
    expect(end.description).toBe(winners.at(-1)!.after);
    // One history row per pair, and it is the winner's value: the loser wrote nothing.
    const after = (await descriptionChanges(start.id)).slice(before.length);
    expect(after).toEqual(winners);
  });

  // Each edit holds a connection for its transaction while it waits for the row lock; one that
  // needed a second connection before letting go would deadlock the pool, and the whole API.
  it.each([
    { who: 'the partner admin', admin: true },
    { who: 'anonymous callers', admin: false },
  ])('never stall the server, however many more than the connection pool come from $who', async ({ admin }) => {
    const cookie = admin ? await env.server.signIn('admin.unafam@example.org', demoPassword) : undefined;
    const poolSize = (env.database.dataSource.options.extra as { max: number }).max;
    const { id: partnerId, version } = await current();
    const attempts = Array.from({ length: poolSize + 2 }, (_, i) =>
      env.server.graphql(update, { target: { partnerId, version }, fields: { description: `Tentative simultanée ${i}.` } }, cookie),
    );
    const stalled = new Promise<'stalled'>((resolve) => setTimeout(() => resolve('stalled'), 10_000).unref());
    const results = await Promise.race([Promise.all(attempts), stalled]);
    if (results === 'stalled') expect.fail(`${poolSize + 2} simultaneous edits did not all answer within 10 s`);

    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
    const expected = admin ? ['OK', ...Array(poolSize + 1).fill('CONFLICT')] : Array(poolSize + 2).fill('UNAUTHENTICATED');
    expect(codes).toEqual(expected.sort());
    expect((await current()).version).toBe(version + (admin ? 1 : 0));
    expect((await env.server.graphql('{ territories { slug } }')).data).toEqual({ territories: [{ slug: 'clsm-metz' }] });
  });
});
