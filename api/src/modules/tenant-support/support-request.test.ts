import { beforeAll, describe, expect, it } from 'vitest';
import { insertAccount, openSubscription, useActorsServer } from '../../auth/actors.test-helpers.js';
import { createDataSource } from '../../db/data-source.js';
import { testLog } from '../../test-support/test-database.js';
import { Role } from '../accounts/role.enum.js';

// A landlord referent's request reaches the CMP of the tenant's sector, and nobody else.

const env = useActorsServer();
const password = 'mot-de-passe-essai';
const cmpSlugs = ['cmp-secteur-1-pole-5', 'cmp-secteur-2-pole-5', 'cmp-secteur-3-pole-5', 'cmp-secteur-4-pole-5'];
const cookies: Record<string, string> = {};

const fields = `id version reference status viewerParties nextSteps communeCode withConsent facts outcome acknowledgementOverdue
  cmp { slug } landlord { slug } tenant { name address phone } steps { kind message action } clinicalNotes { note }`;
const report = `mutation($i: SupportRequestInput!) { reportSupportRequest(territory: "clsm-metz", input: $i) { ${fields} } }`;
const read = `query($id: ID!) { supportRequest(id: $id) { ${fields} } }`;
const step = `mutation($id: ID!, $v: Int!, $i: SupportStepInput!) { takeSupportStep(id: $id, version: $v, input: $i) { ${fields} } }`;

type Feed = ReturnType<typeof openSubscription>;
/** The changed request a feed's next message carries. */
const nextChange = async (feed: Feed, options?: Parameters<Feed['next']>[0]) =>
  ((await feed.next(options)).data as { supportRequestChanged: { id: string; status: string; reference: string } }).supportRequestChanged;

const as = async (who: string, query: string, variables: Record<string, unknown> = {}) => env.server.graphql<Record<string, any>>(query, variables, cookies[who]);

let landlordId: string;
const requestInput = (address: Record<string, string>, overrides: Record<string, unknown> = {}) => ({
  landlordId,
  address,
  withConsent: true,
  consentHow: 'Accord oral lors d’une visite (fictif)',
  consentOn: '2026-11-02',
  tenantName: 'Locataire Fictif',
  tenantPhone: '00 00 00 00 00',
  facts: 'Bruits nocturnes répétés et isolement (fictif)',
  factsSince: '2026-09-01',
  riskToSelf: false,
  riskToOthers: false,
  alreadyTried: 'Visite de la gardienne (fictif)',
  ...overrides,
});

beforeAll(async () => {
  landlordId = await env.partnerId('metz-habitat-territoire');
  const accounts = [
    ...cmpSlugs.map((slug, index) => ({ key: `cmp${index + 1}`, role: Role.CARE_TEAM, partnerSlug: slug })),
    { key: 'otherLandlord', role: Role.LANDLORD_REFERENT, partnerSlug: 'vilogia' },
  ];
  for (const account of accounts) {
    const email = `${account.key.toLowerCase()}@example.org`;
    await insertAccount(env.database.dataSource, { email, password, firstName: 'Correspondant', lastName: account.key, grants: [{ territorySlug: 'clsm-metz', role: account.role, partnerSlug: account.partnerSlug }] });
    cookies[account.key] = await env.server.signIn(email, password);
  }
  cookies.landlord = env.cookies.landlordReferent!;
  cookies.coordinator = env.cookies.coordinator!;
});

describe('support requests', () => {
  it('reach the CMP of the address\'s sector, for an address of each sector, and no other CMP or landlord', async () => {
    const addresses: Array<[Record<string, string>, number]> = [
      [{ communeCode: '57463', street: 'Rue Serpenoise', houseNumber: '10' }, 1],
      [{ communeCode: '57480', street: 'Rue de Pont-à-Mousson', houseNumber: '3' }, 2],
      [{ communeCode: '57463', street: 'Avenue Foch', houseNumber: '13' }, 2],
      [{ communeCode: '57463', street: 'Avenue Foch', houseNumber: '14' }, 3],
      [{ communeCode: '57463', street: 'Rue des Allemands', houseNumber: '12' }, 3],
      [{ communeCode: '57463', street: 'Rue des Allemands', houseNumber: '60' }, 4],
    ];
    for (const [address, sector] of addresses) {
      const sent = await as('landlord', report, { i: requestInput(address) });
      expect(sent.errors).toBeUndefined();
      const request = sent.data!.reportSupportRequest;
      expect(request.cmp.slug, JSON.stringify(address)).toBe(cmpSlugs[sector - 1]);
      for (let n = 1; n <= 4; n += 1) {
        const seen = (await as(`cmp${n}`, read, { id: request.id })).data!.supportRequest;
        if (n === sector) expect(seen.tenant.name).toBe('Locataire Fictif');
        else expect(seen, `cmp${n} reads a request of sector ${sector}`).toBeNull();
      }
      for (const outsider of ['otherLandlord', 'coordinator']) expect((await as(outsider, read, { id: request.id })).data!.supportRequest).toBeNull();
    }
    for (const outsider of ['otherLandlord', 'coordinator']) {
      expect((await as(outsider, `{ supportRequests(territory: "clsm-metz") { id } }`)).data!.supportRequests).toEqual([]);
    }
  });

  it('says which address it cannot route, and refuses a report from outside the landlord', async () => {
    const unknown = await as('landlord', report, { i: requestInput({ communeCode: '57463', street: 'Rue Inconnue', houseNumber: '1' }) });
    expect(unknown.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].extensions!.field).toBe('address');
    const foreign = await as('otherLandlord', report, { i: requestInput({ communeCode: '57480', street: 'Rue X', houseNumber: '1' }) });
    expect(foreign.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('without consent stores no identity, only the commune', async () => {
    const named = await as('landlord', report, { i: requestInput({ communeCode: '57480' }, { withConsent: false, consentHow: null, consentOn: null }) });
    expect(named.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const anonymousAdvice = await as('landlord', report, {
      i: requestInput({ communeCode: '57463', street: 'Rue Serpenoise', houseNumber: '8' }, { withConsent: false, consentHow: null, consentOn: null, tenantName: null, tenantPhone: null }),
    });
    expect(anonymousAdvice.errors).toBeUndefined();
    const request = anonymousAdvice.data!.reportSupportRequest;
    expect([request.tenant, request.withConsent, request.communeCode]).toEqual([null, false, '57463']);
    const owner = createDataSource((env.database.dataSource.options as { url: string }).url, testLog, 1, 'owner');
    await owner.initialize();
    try {
      const [row] = await owner.query(`SELECT r.*, (SELECT count(*) FROM support_request_tenant t WHERE t.request_id = r.id)::int AS tenants FROM support_request r WHERE r.id = $1`, [request.id]);
      expect(row.tenants).toBe(0);
      expect(JSON.stringify(row)).not.toMatch(/Serpenoise|Locataire Fictif/);
    } finally {
      await owner.destroy();
    }
  });

  it('follows up step by step, each by its party, and the referent never sees clinical notes', async () => {
    let request = (await as('landlord', report, { i: requestInput({ communeCode: '57480' , street: 'Rue Y', houseNumber: '2' }) })).data!.reportSupportRequest;
    const take = async (who: string, input: Record<string, unknown>) => as(who, step, { id: request.id, v: request.version, i: input });
    expect((await take('landlord', { kind: 'ACKNOWLEDGED' })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await take('cmp1', { kind: 'ACKNOWLEDGED' })).errors![0].extensions!.code).toBe('NOT_FOUND');
    request = (await take('cmp2', { kind: 'ACKNOWLEDGED' })).data!.takeSupportStep;
    await as('cmp2', `mutation($id: ID!) { addSupportClinicalNote(id: $id, note: "Antécédents connus du CMP (fictif)") { id } }`, { id: request.id });
    request = (await take('cmp2', { kind: 'INFO_REQUESTED', message: 'Le locataire a-t-il un médecin traitant ?' })).data!.takeSupportStep;
    expect((await take('cmp2', { kind: 'INFO_PROVIDED', message: 'x' })).errors![0].extensions!.code).toBe('FORBIDDEN');
    request = (await take('landlord', { kind: 'INFO_PROVIDED', message: 'Pas à notre connaissance.' })).data!.takeSupportStep;
    request = (await take('cmp2', { kind: 'ACTION_PROPOSED', action: 'HOME_VISIT', message: 'Visite à domicile proposée la semaine prochaine.' })).data!.takeSupportStep;
    expect((await take('cmp2', { kind: 'CLOSED' })).errors![0].extensions!.field).toBe('outcome');
    request = (await take('cmp2', { kind: 'CLOSED', outcome: 'CARE_ENGAGED', message: 'Suivi engagé.' })).data!.takeSupportStep;
    expect(request.status).toBe('CLOSED');

    const seenByLandlord = (await as('landlord', read, { id: request.id })).data!.supportRequest;
    expect(seenByLandlord.clinicalNotes).toBeNull();
    expect(seenByLandlord.steps.map((s: { kind: string }) => s.kind)).toEqual(['SENT', 'ACKNOWLEDGED', 'INFO_REQUESTED', 'INFO_PROVIDED', 'ACTION_PROPOSED', 'CLOSED']);
    expect(JSON.stringify(seenByLandlord)).not.toContain('Antécédents');
    expect((await as('cmp2', read, { id: request.id })).data!.supportRequest.clinicalNotes).toEqual([{ note: 'Antécédents connus du CMP (fictif)' }]);
    const [{ count }] = await env.database.dataSource.query(`SELECT count(*) FROM audit_event WHERE target_type = 'support_request' AND target_id = $1`, [request.id]);
    expect(Number(count)).toBeGreaterThan(8);
  });

  it('reaches the CMP live, and the referent sees the status change live; other CMPs hear nothing', async () => {
    const subscription = `subscription { supportRequestChanged(territory: "clsm-metz") { id status reference } }`;
    const cmpFeed = openSubscription(env.server.url, subscription, {}, cookies.cmp4);
    const otherFeed = openSubscription(env.server.url, subscription, {}, cookies.cmp1);
    const landlordFeed = openSubscription(env.server.url, subscription, {}, cookies.landlord);
    try {
      let sending: Promise<Record<string, any>> | undefined;
      const arrived = await nextChange(cmpFeed, {
        nudge: () => (sending ??= as('landlord', report, { i: requestInput({ communeCode: '57616', street: 'Rue Z', houseNumber: '5' }) }).then((r) => r.data!.reportSupportRequest)),
      });
      const request = await sending!;
      expect(arrived.reference).toBe(request.reference);
      await landlordFeed.next();
      const acknowledged = await as('cmp4', step, { id: request.id, v: request.version, i: { kind: 'ACKNOWLEDGED' } });
      expect(acknowledged.errors).toBeUndefined();
      expect((await nextChange(landlordFeed)).status).toBe('ACKNOWLEDGED');
      // The other CMP's feed is live (positive control: a request of its own sector reaches it)…
      const own = await as('landlord', report, { i: requestInput({ communeCode: '57463', street: 'Rue Serpenoise', houseNumber: '2' }) });
      const first = await nextChange(otherFeed);
      // …and the first thing it heard is its own request, not sector 4's.
      expect(first.reference).toBe(own.data!.reportSupportRequest.reference);
    } finally {
      await Promise.all([cmpFeed.close(), otherFeed.close(), landlordFeed.close()]);
    }
  });

  it('shows overdue acknowledgements to the coordination (figures only) and to the CMP concerned', async () => {
    const request = (await as('landlord', report, { i: requestInput({ communeCode: '57751', street: 'Rue W', houseNumber: '1' }) })).data!.reportSupportRequest;
    const owner = createDataSource((env.database.dataSource.options as { url: string }).url, testLog, 1, 'owner');
    await owner.initialize();
    await owner.query(`UPDATE support_request SET created_at = now() - interval '5 days' WHERE id = $1`, [request.id]);
    await owner.destroy();
    const alerts = `{ supportRequestAlerts(territory: "clsm-metz") { reference cmpName landlordName daysWaiting } }`;
    const coordination = (await as('coordinator', alerts)).data!.supportRequestAlerts;
    expect(coordination.find((a: { reference: string }) => a.reference === request.reference).daysWaiting).toBe(5);
    expect(JSON.stringify(coordination)).not.toContain('Bruits');
    expect((await as('cmp1', alerts)).data!.supportRequestAlerts.map((a: { reference: string }) => a.reference)).toContain(request.reference);
    expect((await as('cmp2', alerts)).data!.supportRequestAlerts.map((a: { reference: string }) => a.reference)).not.toContain(request.reference);
    expect((await as('landlord', alerts)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('the procedure\'s evaluation, contacts and retention', () => {
  it('counts the year\'s requests per landlord and per CMP, with delays and outcomes, and no facts', async () => {
    const evaluation = await as('coordinator', `{ supportEvaluation(territory: "clsm-metz", year: ${new Date().getFullYear()}) {
      requests withConsent medianDaysToAcknowledge byLandlord { name requests } byCmp { name requests medianDaysToClose } outcomes { outcome count } } }`);
    expect(evaluation.errors).toBeUndefined();
    const figures = evaluation.data!.supportEvaluation;
    expect(figures.requests).toBeGreaterThanOrEqual(10);
    expect(figures.byLandlord).toEqual([{ name: 'Metz Habitat Territoire', requests: figures.requests }]);
    expect(figures.byCmp.reduce((sum: number, c: { requests: number }) => sum + c.requests, 0)).toBe(figures.requests);
    expect(figures.outcomes.find((o: { outcome: string }) => o.outcome === 'CARE_ENGAGED').count).toBe(1);
    expect(JSON.stringify(figures)).not.toContain('Bruits');
    expect((await as('otherLandlord', `{ supportEvaluation(territory: "clsm-essai", year: 2026) { requests } }`)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('lists each landlord\'s referents and each CMP\'s correspondents, named by their organisation\'s admin', async () => {
    const contacts = (await as('landlord', `{ supportContacts(territory: "clsm-metz") { partner { slug } sectorName people } }`)).data!.supportContacts;
    const sector2 = contacts.find((c: { partner: { slug: string } }) => c.partner.slug === 'cmp-secteur-2-pole-5');
    expect(sector2.sectorName).toBe('Secteur 2 (pôle 5)');
    expect(sector2.people).toEqual(expect.arrayContaining(['Correspondant cmp2', 'Gaël Simulé']));
    expect(contacts.find((c: { partner: { slug: string } }) => c.partner.slug === 'cmp-secteur-1-pole-5').people).not.toContain('Gaël Simulé');
    expect(contacts.find((c: { partner: { slug: string } }) => c.partner.slug === 'metz-habitat-territoire').people).toContain('Chloé Modèle');
    // An admin of a landlord names its referents; not a CMP correspondent, and not for another organisation.
    await insertAccount(env.database.dataSource, { email: 'admin.vilogia@example.org', password, firstName: 'Admin', lastName: 'Vilogia', grants: [{ territorySlug: 'clsm-metz', role: Role.PARTNER_ADMIN, partnerSlug: 'vilogia' }] });
    const admin = await env.server.signIn('admin.vilogia@example.org', password);
    const invite = (role: string, partnerSlug: string) =>
      env.partnerId(partnerSlug).then((partnerId) =>
        env.server.graphql(`mutation($i: InvitationInput!) { inviteMember(input: $i) { email } }`, { i: { email: `nouveau.${role.toLowerCase()}@example.org`, role, territory: 'clsm-metz', partnerId } }, admin),
      );
    expect((await invite('LANDLORD_REFERENT', 'vilogia')).errors).toBeUndefined();
    expect((await invite('CARE_TEAM', 'vilogia')).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await invite('LANDLORD_REFERENT', 'batigere')).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('erases the tenant, the facts and the notes of requests closed past the retention, keeping the figures', async () => {
    const request = (await as('landlord', report, { i: requestInput({ communeCode: '57480', street: 'Rue R', houseNumber: '9' }) })).data!.reportSupportRequest;
    let version = request.version;
    for (const input of [{ kind: 'ACKNOWLEDGED' }, { kind: 'CLOSED', outcome: 'NO_CARE_NEEDED', message: 'Doute levé.' }]) {
      version = (await as('cmp2', step, { id: request.id, v: version, i: input })).data!.takeSupportStep.version;
    }
    const owner = createDataSource((env.database.dataSource.options as { url: string }).url, testLog, 1, 'owner');
    await owner.initialize();
    try {
      await owner.query(`UPDATE support_request SET closed_at = now() - interval '25 months' WHERE id = $1`, [request.id]);
      const { anonymiseClosedSupportRequests } = await import('./support-retention.js');
      expect(await anonymiseClosedSupportRequests(env.database.dataSource, 24)).toBe(1);
      const [row] = await owner.query(
        `SELECT r.facts, r.outcome, r.status, (SELECT count(*) FROM support_request_tenant t WHERE t.request_id = r.id)::int AS tenants,
                (SELECT count(*) FROM support_request_step s WHERE s.request_id = r.id AND s.message IS NOT NULL)::int AS messages
         FROM support_request r WHERE r.id = $1`,
        [request.id],
      );
      expect(row).toEqual({ facts: '', outcome: 'NO_CARE_NEEDED', status: 'CLOSED', tenants: 0, messages: 0 });
    } finally {
      await owner.destroy();
    }
  });
});
