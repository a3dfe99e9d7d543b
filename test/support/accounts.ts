import { Algorithm, hash } from '@node-rs/argon2';
import pg from 'pg';

export const demoPassword = 'demo-clsm-metz';

/** Signs in over HTTP and returns the Cookie header of the session. */
export async function signInCookie(url: string, email: string, password = demoPassword): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: email, p: password } }),
  });
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  if (!cookie) throw new Error(`sign-in failed for ${email}: ${await response.text()}`);
  return cookie;
}

/** An account that coordinates another territory than Metz: it must see nothing private of Metz. */
export async function createOtherTerritoryCoordinator(databaseUrl: string, email: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const passwordHash = await hash(demoPassword, { algorithm: Algorithm.Argon2id });
    await client.query(
      `WITH t AS (INSERT INTO territory (slug, name) VALUES ('clsm-essai', 'CLSM d’essai') ON CONFLICT (slug) DO UPDATE SET name = excluded.name RETURNING id),
            p AS (INSERT INTO person (first_name, last_name) VALUES ('Olga', 'Ailleurs') RETURNING id),
            u AS (INSERT INTO user_account (email, password_hash, person_id) SELECT $1, $2, p.id FROM p RETURNING id)
       INSERT INTO role_assignment (user_id, territory_id, role) SELECT u.id, t.id, 'COORDINATOR' FROM u, t`,
      [email, passwordHash],
    );
  } finally {
    await client.end();
  }
}

/** An account of the Metz territory with one role for one partner (e.g. a referent of another landlord). */
export async function createPartnerAccount(databaseUrl: string, account: { email: string; role: string; partnerSlug: string; firstName: string; lastName: string }): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const passwordHash = await hash(demoPassword, { algorithm: Algorithm.Argon2id });
    const { rowCount } = await client.query(
      `WITH p AS (INSERT INTO person (first_name, last_name) VALUES ($3, $4) RETURNING id),
            u AS (INSERT INTO user_account (email, password_hash, person_id) SELECT $1, $2, p.id FROM p RETURNING id)
       INSERT INTO role_assignment (user_id, territory_id, role, partner_id)
       SELECT u.id, t.id, $5, o.id FROM u, territory t, partner o WHERE t.slug = 'clsm-metz' AND o.slug = $6`,
      [account.email, passwordHash, account.firstName, account.lastName, account.role, account.partnerSlug],
    );
    if (rowCount !== 1) throw new Error(`no partner ${account.partnerSlug} in clsm-metz`);
  } finally {
    await client.end();
  }
}
