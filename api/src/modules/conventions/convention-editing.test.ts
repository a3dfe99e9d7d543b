import { describe, expect, it } from 'vitest';
import { openSubscription, useActorsServer } from '../../auth/actors.test-helpers.js';
import type { Viewer } from '../../auth/viewer.js';
import { Role } from '../accounts/role.enum.js';
import { todayInParis } from '../calendar/paris-time.js';
import { addMonths } from '../calendar/calendar-days.js';
import { ConventionService, conventionChangedTopic } from './convention.service.js';

const env = useActorsServer();

const create = `mutation($i: ConventionInput!) { createConvention(territory: "clsm-metz", input: $i) {
  id slug status version title summary durationMonths evaluationDue renewalDue objectives { position text } timeline { fromStatus toStatus effectiveOn } } }`;
const update = `mutation($id: ID!, $v: Int!, $i: ConventionInput!) { updateConvention(conventionId: $id, version: $v, input: $i) {
  version title objectives { position text } renewalDue } }`;
const change = `mutation($id: ID!, $v: Int!, $s: ConventionStatus!, $on: String!, $at: String) {
  changeConventionStatus(conventionId: $id, version: $v, status: $s, effectiveOn: $on, signedAt: $at) { status version signedOn renewalDue } }`;
const party = `mutation($id: ID!, $v: Int!, $p: ID!) { setConventionParty(conventionId: $id, version: $v, partnerId: $p, role: SIGNATORY, present: true) { version } }`;
const documentsOf = `query($slug: String!) { convention(slug: $slug) { version documents { id title fileName mediaType byteSize downloadUrl } } }`;

interface Created {
  id: string;
  slug: string;
  status: string;
  version: number;
  renewalDue: string | null;
  objectives: Array<{ position: number; text: string }>;
  timeline: Array<{ fromStatus: string | null; toStatus: string; effectiveOn: string }>;
}

let serial = 0;
async function newConvention(input: Record<string, unknown> = {}): Promise<Created> {
  const result = await env.as('coordinator')<{ createConvention: Created }>(create, { i: { title: `Convention d’essai ${(serial += 1)}`, objectives: [], ...input } });
  expect(result.errors).toBeUndefined();
  return result.data!.createConvention;
}

const versionOf = async (id: string): Promise<number> => (await env.database.dataSource.query(`SELECT version FROM convention WHERE id = $1`, [id]))[0].version;

const inDays = (days: number) => new Date(Date.parse(`${todayInParis()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function endConvention(id: string): Promise<void> {
  const ended = await env.as('coordinator')(change, { id, v: await versionOf(id), s: 'ENDED', on: todayInParis() });
  expect(ended.errors).toBeUndefined();
}

function upload(conventionId: string, cookie: string | undefined, body: Buffer | string, options: { type?: string; name?: string | null; title?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': options.type ?? 'text/plain' };
  if (cookie) headers.cookie = cookie;
  if (options.name !== null) headers['x-file-name'] = encodeURIComponent(options.name ?? 'compte-rendu é.txt');
  headers['x-document-title'] = encodeURIComponent(options.title ?? 'Charte signée');
  return fetch(`${env.server.url}/documents/conventions/${conventionId}`, { method: 'POST', headers, body: typeof body === 'string' ? body : new Uint8Array(body) });
}

interface Answer {
  data?: { id: string; title: string; fileName: string; mediaType: string; byteSize: number };
  errors?: Array<{ message: string; extensions: { code: string } }>;
}
const answer = async (response: Response) => (await response.json()) as Answer;

const download = (id: string, cookie?: string) => fetch(`${env.server.url}/documents/${id}`, { headers: cookie ? { cookie } : {} });

describe('creating and editing a convention', () => {
  it('creates a draft with its objectives in order and the first step of its lifecycle', async () => {
    const created = await newConvention({ summary: '  Un résumé. ', objectives: ['Premier', ' Deuxième '], durationMonths: 24, evaluationDue: '2027-06-30' });
    expect(created).toMatchObject({ status: 'DRAFT', version: 1, renewalDue: null, objectives: [{ position: 1, text: 'Premier' }, { position: 2, text: 'Deuxième' }] });
    expect(created.slug).toMatch(/^convention-d-essai-\d+/);
    expect(created.timeline).toEqual([{ fromStatus: null, toStatus: 'DRAFT', effectiveOn: todayInParis() }]);
    const [{ action }] = await env.database.dataSource.query(`SELECT action FROM audit_event WHERE target_id = $1`, [created.id]);
    expect(action).toBe('convention.created');
  });

  it.each([
    [{ title: '   ' }, 'title', '« Titre » est obligatoire.'],
    [{ evaluationDue: '2027-02-30' }, 'evaluationDue', '« Évaluation prévue » doit être une date (AAAA-MM-JJ).'],
    [{ renewalDue: '10/12/2027' }, 'renewalDue', '« Renouvellement prévu » doit être une date (AAAA-MM-JJ).'],
    [{ durationMonths: -3 }, 'durationMonths', 'La durée doit être un nombre entier de mois, au moins 1.'],
    [{ durationMonths: 1000 }, 'durationMonths', 'La durée ne peut pas dépasser 600 mois.'],
    [{ objectives: Array.from({ length: 31 }, (_, i) => `Objectif ${i}`) }, 'objectives', 'Une convention compte au plus 30 objectifs.'],
    [{ objectives: ['Bon', ' '] }, 'objectives', '« Objectif 2 » est obligatoire.'],
  ])('refuses %j with a French message on the field', async (input, field, message) => {
    const result = await env.as('coordinator')(create, { i: { title: 'Convention refusée', objectives: [], ...input } });
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
  });

  it('records an older convention from the date it was drafted, never a future one', async () => {
    const older = `mutation($i: ConventionInput!, $d: String) { createConvention(territory: "clsm-metz", input: $i, draftedOn: $d) { id version timeline { effectiveOn } } }`;
    const result = await env.as('coordinator')<{ createConvention: { id: string; version: number; timeline: Array<{ effectiveOn: string }> } }>(older, { i: { title: 'Convention de 2017', objectives: [] }, d: '2017-12-21' });
    expect(result.data!.createConvention.timeline).toEqual([{ effectiveOn: '2017-12-21' }]);
    const { id, version } = result.data!.createConvention;
    const negotiated = await env.as('coordinator')<{ changeConventionStatus: { status: string } }>(change, { id, v: version, s: 'NEGOTIATION', on: '2018-02-15' });
    expect(negotiated.data?.changeConventionStatus.status).toBe('NEGOTIATION');
    const future = await env.as('coordinator')(older, { i: { title: 'Convention future', objectives: [] }, d: '2999-01-01' });
    expect(future.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'draftedOn' } });
  });

  it('is created by the coordinator of the territory only', async () => {
    const input = { i: { title: 'Convention interdite', objectives: [] } };
    expect((await env.as('unafamAdmin')(create, input)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await env.as('otherCoordinator')(create, input)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await env.as('anonymous')(create, input)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('replaces the fields and the objectives in the order given, on the version it read', async () => {
    const created = await newConvention({ objectives: ['A', 'B', 'C'] });
    const updated = await env.as('coordinator')<{ updateConvention: { version: number; title: string; objectives: Array<{ position: number; text: string }> } }>(update, {
      id: created.id,
      v: created.version,
      i: { title: 'Titre revu', objectives: ['C', 'A'] },
    });
    expect(updated.data!.updateConvention).toMatchObject({ version: 2, title: 'Titre revu', objectives: [{ position: 1, text: 'C' }, { position: 2, text: 'A' }] });
    const stale = await env.as('coordinator')(update, { id: created.id, v: created.version, i: { title: 'Perdu', objectives: [] } });
    expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', currentVersion: 2 } });
    expect(stale.errors?.[0]?.message).toMatch(/Rechargez la page/);
    const [{ title }] = await env.database.dataSource.query(`SELECT title FROM convention WHERE id = $1`, [created.id]);
    expect(title).toBe('Titre revu');
  });

  it('sets the renewal date from the signature and the duration when none was given', async () => {
    const created = await newConvention({ durationMonths: 13 });
    let version = created.version;
    for (const slug of ['ch-jury', 'arelor-hlm']) {
      version = (await env.as('coordinator')<{ setConventionParty: { version: number } }>(party, { id: created.id, v: version, p: await env.partnerId(slug) })).data!.setConventionParty.version;
    }
    // A step cannot be dated before the one it follows (the draft is dated today).
    const backdated = await env.as('coordinator')(change, { id: created.id, v: version, s: 'NEGOTIATION', on: inDays(-1) });
    expect(backdated.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'effectiveOn' } });
    expect(backdated.errors?.[0]?.message).toMatch(/^La date de l’étape ne peut pas précéder celle de l’étape précédente \(\d{2}\/\d{2}\/\d{4}\)\.$/);
    version = (await env.as('coordinator')<{ changeConventionStatus: { version: number } }>(change, { id: created.id, v: version, s: 'NEGOTIATION', on: inDays(1) })).data!.changeConventionStatus.version;
    const signedOn = inDays(20);
    const signed = await env.as('coordinator')<{ changeConventionStatus: { signedOn: string; renewalDue: string; version: number } }>(change, { id: created.id, v: version, s: 'SIGNED', on: signedOn, at: 'Metz' });
    expect(signed.data!.changeConventionStatus).toMatchObject({ signedOn, renewalDue: addMonths(signedOn, 13) });
    expect(signed.data!.changeConventionStatus.renewalDue > signedOn).toBe(true);
    // Once signed, a date before the signature is refused; an empty renewal date gets the default again.
    const early = await env.as('coordinator')(update, { id: created.id, v: signed.data!.changeConventionStatus.version, i: { title: 'Signée', objectives: [], evaluationDue: inDays(19) } });
    expect(early.errors?.[0]).toMatchObject({ message: 'L’évaluation ne peut pas précéder la signature.', extensions: { field: 'evaluationDue' } });
    const longer = await env.as('coordinator')<{ updateConvention: { renewalDue: string } }>(update, { id: created.id, v: signed.data!.changeConventionStatus.version, i: { title: 'Signée', objectives: [], durationMonths: 36 } });
    expect(longer.data!.updateConvention.renewalDue).toBe(addMonths(signedOn, 36));
  });

  it('adds calendar months the way people count them', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2019-12-10', 12)).toBe('2020-12-10');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2027-01-31', 13)).toBe('2028-02-29');
  });

  it('refuses every change of an ended convention: fields, parties, documents', async () => {
    const created = await newConvention();
    const coordinator = env.cookies.coordinator;
    const [{ id: documentId }] = await env.database.dataSource.query(
      `INSERT INTO convention_document (convention_id, title, file_name, media_type, byte_size, content) VALUES ($1, 'Note', 'note.txt', 'text/plain', 4, 'note'::bytea) RETURNING id`,
      [created.id],
    );
    await endConvention(created.id);
    const v = await versionOf(created.id);
    const ended = 'Une convention terminée ne peut plus être modifiée.';
    expect((await env.as('coordinator')(update, { id: created.id, v, i: { title: 'Trop tard', objectives: [] } })).errors?.[0]?.message).toBe(ended);
    expect((await env.as('coordinator')(party, { id: created.id, v, p: await env.partnerId('amli') })).errors?.[0]?.message).toBe(ended);
    const refused = await upload(created.id, coordinator, 'Texte');
    expect(refused.status).toBe(400);
    expect((await answer(refused)).errors![0].message).toBe(ended);
    expect((await env.as('coordinator')('mutation($id: ID!) { removeConventionDocument(documentId: $id) { id } }', { id: documentId })).errors?.[0]?.message).toBe(ended);
  });
});

describe('documents attached to a convention', () => {
  it('are uploaded by the coordinator and downloaded by the accounts of the territory only', async () => {
    const created = await newConvention();
    const body = 'Charte éthique : le consentement du locataire est un préalable.\n';
    const sent = await upload(created.id, env.cookies.coordinator, body);
    expect(sent.status).toBe(201);
    const uploaded = (await answer(sent)).data!;
    expect(uploaded).toMatchObject({ title: 'Charte signée', fileName: 'compte-rendu é.txt', mediaType: 'text/plain', byteSize: Buffer.byteLength(body) });
    expect(await versionOf(created.id)).toBe(created.version + 1);

    const listed = await env.as('gemMember')<{ convention: { documents: Array<{ id: string; downloadUrl: string }> } }>(documentsOf, { slug: created.slug });
    expect(listed.data!.convention.documents).toEqual([expect.objectContaining({ id: uploaded.id, downloadUrl: `/documents/${uploaded.id}` })]);
    // The public and other territories do not even see that there is one.
    expect((await env.as('anonymous')<{ convention: { documents: unknown[] } }>(documentsOf, { slug: created.slug })).data!.convention.documents).toEqual([]);
    expect((await env.as('otherCoordinator')<{ convention: { documents: unknown[] } }>(documentsOf, { slug: created.slug })).data!.convention.documents).toEqual([]);

    const got = await download(uploaded.id, env.cookies.gemMember);
    expect(got.status).toBe(200);
    expect(await got.text()).toBe(body);
    expect(got.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(got.headers.get('content-disposition')).toBe(`attachment; filename="compte-rendu e.txt"; filename*=UTF-8''compte-rendu%20%C3%A9.txt`);
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');

    expect((await download(uploaded.id)).status).toBe(404);
    expect((await download(uploaded.id, env.cookies.otherCoordinator)).status).toBe(404);
    // The one download that was served is on the record; the refused ones read nothing.
    const downloads = await env.database.dataSource.query(
      `SELECT actor_user_id IS NOT NULL AS by_someone FROM audit_event WHERE action = 'convention.document_downloaded' AND details->>'documentId' = $1`,
      [uploaded.id],
    );
    expect(downloads).toEqual([{ by_someone: true }]);
    expect((await download('00000000-0000-4000-8000-000000000000', env.cookies.coordinator)).status).toBe(404);
    expect((await download('pas-un-identifiant', env.cookies.coordinator)).status).toBe(404);

    const removed = await env.as('coordinator')<{ removeConventionDocument: { version: number } }>('mutation($id: ID!) { removeConventionDocument(documentId: $id) { version } }', { id: uploaded.id });
    expect(removed.data!.removeConventionDocument.version).toBe(created.version + 2);
    expect((await download(uploaded.id, env.cookies.coordinator)).status).toBe(404);
  });

  it('are refused to anyone but the coordinator', async () => {
    const created = await newConvention();
    const asAdmin = await upload(created.id, env.cookies.unafamAdmin, 'Texte');
    expect(asAdmin.status).toBe(403);
    expect((await answer(asAdmin)).errors![0]).toMatchObject({ message: 'Réservé à la coordination du CLSM.', extensions: { code: 'FORBIDDEN' } });
    expect((await upload(created.id, env.cookies.otherCoordinator, 'Texte')).status).toBe(403);
    expect((await upload(created.id, undefined, 'Texte')).status).toBe(401);
    expect((await upload('00000000-0000-4000-8000-000000000000', env.cookies.coordinator, 'Texte')).status).toBe(404);
    const [{ count }] = await env.database.dataSource.query(`SELECT count(*)::int AS count FROM convention_document WHERE convention_id = $1`, [created.id]);
    expect(count).toBe(0);
  });

  it.each([
    ['a type outside the allow-list', { type: 'text/html' }, '<p>x</p>', 400, /Type de fichier non accepté/],
    ['a PDF that is not one', { type: 'application/pdf' }, 'pas un PDF', 400, /ne correspond pas au type PDF/],
    ['an empty file', {}, '', 400, /Le fichier est vide/],
    ['a blank title', { title: '  ' }, 'Texte', 400, /« Titre du document » est obligatoire/],
    ['no file name header', { name: null }, 'Texte', 400, /x-file-name/],
    ['a file over 5 MB', {}, Buffer.alloc(5 * 1024 * 1024 + 1, 0x61), 413, /trop volumineuse/],
  ])('answer %s with a French JSON error, never a 500', async (_label, options, body, status, message) => {
    const created = await newConvention();
    const response = await upload(created.id, env.cookies.coordinator, body, options);
    expect(response.status).toBe(status);
    expect((await answer(response)).errors![0].message).toMatch(message);
  });

  it('accept a real PDF with its media type', async () => {
    const created = await newConvention();
    const response = await upload(created.id, env.cookies.coordinator, Buffer.from('%PDF-1.4\n%%EOF\n'), { type: 'application/pdf', name: 'convention.pdf' });
    expect(response.status).toBe(201);
  });
});

describe('alerts of evaluations and renewals', () => {
  const alerts = `{ conventionAlerts(territory: "clsm-metz") { kind dueOn daysLeft convention { slug } } }`;

  it('list what falls due within 60 days or is past, soonest first, for living conventions', async () => {
    const soon = await newConvention({ evaluationDue: inDays(10) });
    const far = await newConvention({ evaluationDue: inDays(200), renewalDue: inDays(200) });
    const overdue = await newConvention({ renewalDue: inDays(-5) });
    const ended = await newConvention({ evaluationDue: inDays(3) });
    await endConvention(ended.id);

    const result = await env.as('coordinator')<{ conventionAlerts: Array<{ kind: string; dueOn: string; daysLeft: number; convention: { slug: string } }> }>(alerts);
    expect(result.errors).toBeUndefined();
    const list = result.data!.conventionAlerts;
    const mine = list.filter((a) => [soon.slug, far.slug, overdue.slug, ended.slug].includes(a.convention.slug));
    expect(mine).toEqual([
      { kind: 'RENEWAL', dueOn: inDays(-5), daysLeft: -5, convention: { slug: overdue.slug } },
      { kind: 'EVALUATION', dueOn: inDays(10), daysLeft: 10, convention: { slug: soon.slug } },
    ]);
    // The 2019 convention's evaluation (10 Dec 2020) is long past and still shown.
    expect(list[0]).toMatchObject({ kind: 'EVALUATION', dueOn: '2020-12-10', convention: { slug: 'convention-cmp-bailleurs-2019' } });
    expect(list.map((a) => a.dueOn)).toEqual([...list.map((a) => a.dueOn)].sort());
    expect((await env.as('gemMember')(alerts)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('count the days from the date the service is given', async () => {
    const [{ id: territoryId }] = await env.database.dataSource.query(`SELECT id FROM territory WHERE slug = 'clsm-metz'`);
    const coordinator: Viewer = {
      kind: 'user',
      userId: await env.userId('coordinator'),
      personId: '00000000-0000-4000-8000-000000000000',
      grants: [{ role: Role.COORDINATOR, territoryId, partnerId: null }],
      sessionTokenHash: 'test',
    };
    const service = new ConventionService(env.database.dataSource, coordinator, { today: () => '2020-11-20' });
    const found = (await service.alerts('clsm-metz')).filter((a) => a.convention.slug === 'convention-cmp-bailleurs-2019');
    expect(found.map(({ kind, dueOn, daysLeft }) => ({ kind, dueOn, daysLeft }))).toEqual([{ kind: 'EVALUATION', dueOn: '2020-12-10', daysLeft: 20 }]);
    expect((await new ConventionService(env.database.dataSource, coordinator, { today: () => '2020-09-01' }).alerts('clsm-metz')).some((a) => a.convention.slug === 'convention-cmp-bailleurs-2019')).toBe(false);
  });
});

describe('conventionChanged', () => {
  it('delivers a status change over a real WebSocket to a signed-in account', async () => {
    const created = await newConvention();
    const subscription = openSubscription(
      env.server.url,
      'subscription($id: ID!) { conventionChanged(conventionId: $id) { id status version } }',
      { id: created.id },
      env.cookies.gemMember,
    );
    try {
      // Nudges (events without a change) until the subscription is live, then a real change.
      await subscription.next({ nudge: () => env.server.deps.events.publish(conventionChangedTopic, created.id) });
      const moved = await env.as('coordinator')(change, { id: created.id, v: await versionOf(created.id), s: 'NEGOTIATION', on: todayInParis() });
      expect(moved.errors).toBeUndefined();
      let status = '';
      for (let i = 0; i < 50 && status !== 'NEGOTIATION'; i += 1) {
        const message = await subscription.next();
        expect(message.errors).toBeUndefined();
        status = (message.data as { conventionChanged: { status: string } }).conventionChanged.status;
      }
      expect(status).toBe('NEGOTIATION');
    } finally {
      await subscription.close();
    }
  });

  it('is refused to the public', async () => {
    const created = await newConvention();
    const subscription = openSubscription(env.server.url, 'subscription($id: ID!) { conventionChanged(conventionId: $id) { id } }', { id: created.id }, undefined);
    try {
      const message = await subscription.next({ nudge: () => env.server.deps.events.publish(conventionChangedTopic, created.id) });
      expect(message.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await subscription.close();
    }
  });
});
