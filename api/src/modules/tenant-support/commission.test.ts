import { beforeAll, describe, expect, it } from 'vitest';
import { useActorsServer, type ActorName } from '../../auth/actors.test-helpers.js';
import { createDataSource } from '../../db/data-source.js';
import { testLog } from '../../test-support/test-database.js';
import { withCaseScope } from '../housing/case-scope.js';
import type { Viewer } from '../../auth/viewer.js';
import { accountViewer } from '../../test-support/account-viewer.js';

// The commission's files open at the agenda's publication and close a set time after the
// session, for its members only; the minutes carry no identifier.

const env = useActorsServer();
const run = (actor: ActorName, query: string, variables: Record<string, unknown> = {}) => env.as(actor)<Record<string, any>>(query, variables);
const codeOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code;
const situations = `query($s: ID!) { commissionSituations(sessionId: $s) { id pseudonym facts decision followUpPartnerId } }`;
let unafam: string;
let landlord: string;

async function asOwner(sql: string, params: unknown[] = []) {
  const owner = createDataSource((env.database.dataSource.options as { url: string }).url, testLog, 1, 'owner');
  await owner.initialize();
  try {
    return await owner.query(sql, params);
  } finally {
    await owner.destroy();
  }
}

const viewerOf = (email: string) => accountViewer(env.database.dataSource, email);

beforeAll(async () => {
  unafam = await env.partnerId('unafam-moselle');
  landlord = await env.partnerId('metz-habitat-territoire');
});

describe('the commission for tenants in difficulty', () => {
  it('opens its files to members from the agenda\'s publication until the access closes, and strips identifiers from the minutes', async () => {
    const convene = `mutation($i: CommissionSessionInput!) { conveneCommission(territory: "clsm-metz", input: $i) { id version filesOpen } }`;
    const input = { heldOn: '2026-12-10', memberPartnerIds: [unafam, landlord], accessDays: 7 };
    expect(codeOf(await run('unafamAdmin', convene, { i: input }))).toBe('FORBIDDEN');
    const session = (await run('coordinator', convene, { i: input })).data!.conveneCommission;
    expect(session.filesOpen).toBe(false);

    const add = `mutation($s: ID!, $p: ID!, $f: String!) { addCommissionSituation(sessionId: $s, partnerId: $p, facts: $f) { id pseudonym } }`;
    const withPhone = await run('landlordReferent', add, { s: session.id, p: landlord, f: 'Locataire joignable au 06 12 34 56 78' });
    expect(codeOf(withPhone)).toBe('BAD_USER_INPUT');
    expect(codeOf(await run('gemMember', add, { s: session.id, p: await env.partnerId('gem-l-albatros'), f: 'x' }))).toBe('NOT_FOUND');
    const added = await run('landlordReferent', add, { s: session.id, p: landlord, f: 'Impayés et troubles du voisinage depuis six mois (fictif)' });
    expect(added.errors).toBeUndefined();
    const situation = added.data!.addCommissionSituation;
    expect(situation.pseudonym).toMatch(/^SIT-[0-9A-F]{6}$/);

    // Before the agenda is published: closed, in the API and in PostgreSQL.
    const early = await run('unafamAdmin', situations, { s: session.id });
    expect(codeOf(early)).toBe('FORBIDDEN');
    expect(early.errors![0].message).toContain('publication de l’ordre du jour');
    const rogue = (viewer: Viewer) => withCaseScope(env.database.dataSource, viewer, (m) => m.query(`SELECT id FROM commission_situation WHERE session_id = $1`, [session.id]));
    expect(await rogue(await viewerOf('admin.unafam@example.org'))).toEqual([]);

    const published = await run('coordinator', `mutation($s: ID!, $v: Int!) { publishCommissionAgenda(sessionId: $s, version: $v) { filesOpen } }`, { s: session.id, v: session.version });
    expect(published.data!.publishCommissionAgenda.filesOpen).toBe(true);
    const open = (await run('unafamAdmin', situations, { s: session.id })).data!.commissionSituations;
    expect(open.map((s: { pseudonym: string }) => s.pseudonym)).toEqual([situation.pseudonym]);
    expect(codeOf(await run('gemMember', situations, { s: session.id }))).toBe('NOT_FOUND');
    expect(await rogue(await viewerOf('membre.gem@example.org'))).toEqual([]);
    expect(await rogue(await viewerOf('admin.unafam@example.org'))).toHaveLength(1);

    const decide = `mutation($id: ID!, $d: String!, $f: ID) { recordCommissionDecision(situationId: $id, decision: $d, followUpPartnerId: $f) { decision followUpPartnerId } }`;
    expect(codeOf(await run('unafamAdmin', decide, { id: situation.id, d: 'Écrire à jean.dupont@example.org', f: landlord }))).toBe('BAD_USER_INPUT');
    const decided = await run('unafamAdmin', decide, { id: situation.id, d: 'Visite conjointe du bailleur et du CMP (fictif)', f: landlord });
    expect(decided.data!.recordCommissionDecision.followUpPartnerId).toBe(landlord);

    // A situation that slipped an identifier in through another way is still struck out.
    await asOwner(`INSERT INTO commission_situation (session_id, pseudonym, facts, put_by_partner_id) VALUES ($1, 'SIT-ABCDEF', 'Contact : marie.martin@example.org, 03 87 00 00 00, dossier 12345678', $2)`, [session.id, unafam]);

    // After the access closes: closed again, in the API and in PostgreSQL.
    await asOwner(`UPDATE commission_session SET access_closes_at = now() - interval '1 minute' WHERE id = $1`, [session.id]);
    const late = await run('landlordReferent', situations, { s: session.id });
    expect(codeOf(late)).toBe('FORBIDDEN');
    expect(late.errors![0].message).toContain('ne sont plus consultables');
    expect(await rogue(await viewerOf('admin.unafam@example.org'))).toEqual([]);
    expect(codeOf(await run('unafamAdmin', decide, { id: situation.id, d: 'Autre décision', f: null }))).toBe('NOT_FOUND');

    expect(codeOf(await run('unafamAdmin', `query($s: ID!) { commissionMinutes(sessionId: $s) }`, { s: session.id }))).toBe('FORBIDDEN');
    const minutes: string = (await run('coordinator', `query($s: ID!) { commissionMinutes(sessionId: $s) }`, { s: session.id })).data!.commissionMinutes;
    expect(minutes).toContain(situation.pseudonym);
    expect(minutes).toContain('Visite conjointe du bailleur et du CMP');
    expect(minutes).not.toMatch(/@|\d{2} \d{2} \d{2} \d{2}|12345678|[0-9a-f]{8}-[0-9a-f]{4}/i);
    expect(minutes).not.toMatch(/Alice|Chloé|Démo|Modèle/);
  });
});
