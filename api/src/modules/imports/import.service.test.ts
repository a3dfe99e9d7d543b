import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorNames, insertAccount, useActorsServer, type ActorName } from '../../auth/actors.test-helpers.js';
import type { Viewer } from '../../auth/viewer.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { Role } from '../accounts/role.enum.js';
import { diServiceColumns, diStructureColumns, toDiCsv, toDiService, toDiStructure } from '../exchange/data-inclusion.mapping.js';
import type { ExportOptions } from '../exchange/exchange.records.js';
import { hubSource } from '../exchange/exchange.service.js';
import { toHsdsOrganization } from '../exchange/hsds.mapping.js';
import { Partner } from '../partners/partner.entity.js';
import { PartnerService } from '../services/partner-service.entity.js';
import { maxImportBytes } from './import-file.js';
import { ImportService } from './import.service.js';
import type { ImportReport } from './import.types.js';

// Imports on real PostgreSQL: round trips through the hub keep every mapped field, a bad file
// changes nothing and says why per row, a second run creates nothing, only the coordinator imports.

const env = useActorsServer();

const exportOptions = (source: string): ExportOptions => ({ source, publicBaseUrl: null });

/** Every row of the directory's tables, as one fingerprint: any write shows. */
async function fingerprint(dataSource: DataSource): Promise<string> {
  const [row] = await dataSource.query(
    `SELECT (SELECT count(*) FROM partner)::int AS partners, (SELECT count(*) FROM partner_service)::int AS services,
            (SELECT count(*) FROM partner_territory)::int AS links,
            md5(coalesce((SELECT string_agg(p::text, '|' ORDER BY p.id) FROM partner p), '')
             || coalesce((SELECT string_agg(s::text, '|' ORDER BY s.id) FROM partner_service s), '')
             || coalesce((SELECT string_agg(t::text, '|' ORDER BY t.partner_id, t.territory_id) FROM partner_territory t), '')) AS digest`,
  );
  return JSON.stringify(row);
}

/** A database with one empty territory and its coordinator: where the round trips land. */
async function freshHub() {
  const database = await createTestDatabase();
  const { dataSource } = database;
  const [{ id: territoryId }] = await dataSource.query(`INSERT INTO territory (slug, name) VALUES ('clsm-recepteur', 'CLSM récepteur') RETURNING id`);
  const userId = await insertAccount(dataSource, {
    email: 'coordination@recepteur.example.org',
    password: 'mot-de-passe-recepteur',
    firstName: 'Rita',
    lastName: 'Recepteur',
    grants: [{ territorySlug: 'clsm-recepteur', role: Role.COORDINATOR }],
  });
  const [{ person_id: personId }] = await dataSource.query('SELECT person_id FROM user_account WHERE id = $1', [userId]);
  const viewer: Viewer = { kind: 'user', userId, personId, sessionTokenHash: 'test', grants: [{ role: Role.COORDINATOR, territoryId, partnerId: null }] };
  return { database, dataSource, imports: new ImportService(dataSource, viewer) };
}

/** Partners of clsm-metz without a parent (the formats' import does not carry the parent link), with their services. */
async function directoryOf(dataSource: DataSource, territorySlug: string) {
  const partners = await dataSource
    .getRepository(Partner)
    .createQueryBuilder('p')
    .where(`p.id IN (SELECT pt.partner_id FROM partner_territory pt JOIN territory t ON t.id = pt.territory_id WHERE t.slug = :territorySlug)`, { territorySlug })
    .andWhere('p.parent_id IS NULL')
    .orderBy('p.name')
    .getMany();
  const services = await dataSource.getRepository(PartnerService).find({ order: { name: 'ASC' } });
  return { partners, services: services.filter((s) => partners.some((p) => p.id === s.partnerId)) };
}

function dataInclusionExport(directory: Awaited<ReturnType<typeof directoryOf>>, source: string) {
  const options = exportOptions(source);
  const structures = directory.partners.map((p) => toDiStructure(p, options));
  const services = directory.services.map((s) => toDiService(s, directory.partners.find((p) => p.id === s.partnerId)!, options));
  // date_maj is the hub's own update date: the receiving hub writes its own.
  const comparable = <T extends { id: string; date_maj: string }>(records: T[]): T[] =>
    records.map((r) => ({ ...r, date_maj: '2000-01-01' })).sort((a, b) => a.id.localeCompare(b.id));
  return { structures, services, comparable: { structures: comparable(structures), services: comparable(services) } };
}

/** Two JSON values equal up to a consistent renaming of uuids (each hub gives its own ids). */
function sameUpToIds(left: unknown, right: unknown, renaming = new Map<string, string>(), path = '$'): string[] {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (typeof left === 'string' && typeof right === 'string' && uuid.test(left) && uuid.test(right)) {
    const known = renaming.get(left);
    if (known === undefined) renaming.set(left, right);
    return known === undefined || known === right ? [] : [`${path}: ${left} → ${right}, expected ${known}`];
  }
  if (Array.isArray(left) && Array.isArray(right)) {
    if (left.length !== right.length) return [`${path}: ${left.length} items → ${right.length}`];
    return left.flatMap((item, i) => sameUpToIds(item, right[i], renaming, `${path}[${i}]`));
  }
  if (left && right && typeof left === 'object' && typeof right === 'object') {
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    return [...keys].flatMap((key) => sameUpToIds((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key], renaming, `${path}.${key}`));
  }
  return JSON.stringify(left) === JSON.stringify(right) ? [] : [`${path}: ${JSON.stringify(left)} → ${JSON.stringify(right)}`];
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');

async function post(mode: 'preview' | 'apply', body: Buffer | string, actor: ActorName = 'coordinator', format = 'auto', territory = 'clsm-metz') {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream', 'x-import-file': 'essai.json' };
  const cookie = env.cookies[actor];
  if (cookie) headers.cookie = cookie;
  const response = await fetch(`${env.server.url}/api/imports/${territory}/${mode}?format=${format}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const answer = (await response.json()) as { data?: ImportReport; errors?: Array<{ message: string; extensions: { code: string; report?: ImportReport } }> };
  return { status: response.status, ...answer };
}

// Services with every mapped field, on two real partners of the demo directory (SIRETs and
// services marked as test data: the documents give neither).
beforeAll(async () => {
  const { dataSource } = env.database;
  await dataSource.query(`UPDATE partner SET siret = '00000000000017' WHERE slug = 'unafam-moselle'`);
  const [{ id: unafam }] = await dataSource.query(`SELECT id FROM partner WHERE slug = 'unafam-moselle'`);
  await dataSource.query(
    `INSERT INTO partner_service (partner_id, slug, name, description, theme_codes, public_codes, access_conditions, reception_modes, opening_hours, capacity, is_demo)
     VALUES ($1, 'accueil-des-familles-essai', 'Accueil des familles (essai)', 'Service fictif des tests d’import : écoute des proches.',
             ARRAY['sante--sante-mentale'], ARRAY['familles'], 'Sur rendez-vous (donnée d’essai).', ARRAY['en-presentiel', 'a-distance'],
             'Tu 14:00-17:00', NULL, true)`,
    [unafam],
  );
});

describe('round trips through the hub', () => {
  let receiving: Awaited<ReturnType<typeof freshHub>>;
  beforeAll(async () => {
    receiving = await freshHub();
  });
  afterAll(async () => {
    await receiving?.database.drop();
  });

  it('data·inclusion JSON → hub → data·inclusion keeps every mapped field, and a second run is all unchanged', async () => {
    const before = dataInclusionExport(await directoryOf(env.database.dataSource, 'clsm-metz'), hubSource);
    expect(before.structures.length).toBeGreaterThan(10);
    expect(before.services.length).toBeGreaterThan(0);
    const file = json([...before.structures, ...before.services]);

    const preview = await receiving.imports.preview('clsm-recepteur', file);
    expect(preview.counts).toEqual({ NEW: before.structures.length + before.services.length, CHANGED: 0, UNCHANGED: 0, REJECTED: 0 });
    expect(await fingerprint(receiving.dataSource)).toContain('"partners":0');
    const applied = await receiving.imports.apply('clsm-recepteur', file);
    expect(applied.applied).toBe(true);

    const after = dataInclusionExport(await directoryOf(receiving.dataSource, 'clsm-recepteur'), hubSource);
    expect(after.comparable).toEqual(before.comparable);

    const state = await fingerprint(receiving.dataSource);
    const again = await receiving.imports.apply('clsm-recepteur', file);
    expect(again.counts).toEqual({ NEW: 0, CHANGED: 0, UNCHANGED: before.structures.length + before.services.length, REJECTED: 0 });
    expect(await fingerprint(receiving.dataSource)).toBe(state);
    const [{ count }] = await receiving.dataSource.query(`SELECT count(*)::int AS count FROM audit_event WHERE action = 'directory.imported'`);
    expect(count).toBe(2);
  });

  it('data·inclusion CSV → hub → data·inclusion CSV keeps every mapped field', async () => {
    const hub = await freshHub();
    try {
      const before = dataInclusionExport(await directoryOf(env.database.dataSource, 'clsm-metz'), hubSource);
      const structuresCsv = toDiCsv(before.structures, diStructureColumns);
      const servicesCsv = toDiCsv(before.services, diServiceColumns);
      expect((await hub.imports.apply('clsm-recepteur', Buffer.from(structuresCsv))).counts.NEW).toBe(before.structures.length);
      expect((await hub.imports.apply('clsm-recepteur', Buffer.from(servicesCsv))).counts.NEW).toBe(before.services.length);
      const after = dataInclusionExport(await directoryOf(hub.dataSource, 'clsm-recepteur'), hubSource);
      const dated = (csv: string) => csv.replace(/\d{4}-\d{2}-\d{2}/g, 'DATE');
      expect(dated(toDiCsv(after.comparable.structures, diStructureColumns))).toBe(dated(toDiCsv(before.comparable.structures, diStructureColumns)));
      expect(dated(toDiCsv(after.comparable.services, diServiceColumns))).toBe(dated(toDiCsv(before.comparable.services, diServiceColumns)));
      const again = await hub.imports.preview('clsm-recepteur', Buffer.from(servicesCsv));
      expect(again.counts.UNCHANGED).toBe(before.services.length);
    } finally {
      await hub.database.drop();
    }
  });

  it('HSDS → hub → HSDS keeps every mapped field (up to each hub’s own ids)', async () => {
    const hub = await freshHub();
    try {
      const directory = await directoryOf(env.database.dataSource, 'clsm-metz');
      const hsds = (d: typeof directory) =>
        d.partners.map((p) => toHsdsOrganization(p, d.services.filter((s) => s.partnerId === p.id), exportOptions('x')));
      // last_modified is the hub's own update time: the receiving hub writes its own.
      const comparable = (organizations: ReturnType<typeof hsds>) =>
        organizations
          .map((o) => ({ ...o, services: (o.services ?? []).map((s) => ({ ...s, last_modified: 'any' })) }))
          .sort((a, b) => a.name.localeCompare(b.name));
      const file = hsds(directory);
      const before = comparable(file);
      const preview = await hub.imports.preview('clsm-recepteur', json(file), 'hsds-json');
      expect(preview.rows.filter((r) => r.outcome === 'REJECTED')).toEqual([]);
      const report = await hub.imports.apply('clsm-recepteur', json(file), 'hsds-json');
      expect(report.counts.REJECTED).toBe(0);
      expect(report.counts.NEW).toBe(directory.partners.length + directory.services.length);
      const after = comparable(hsds(await directoryOf(hub.dataSource, 'clsm-recepteur')));
      expect(sameUpToIds(before, after)).toEqual([]);
      expect((await hub.imports.preview('clsm-recepteur', json(file))).counts.UNCHANGED).toBe(report.counts.NEW);
    } finally {
      await hub.database.drop();
    }
  });
});

describe('the hub’s own export imported back', () => {
  it('is all unchanged, in data·inclusion and in HSDS: its own slugs and ids match its entries', async () => {
    const { dataSource } = env.database;
    const directory = await directoryOf(dataSource, 'clsm-metz');
    const di = dataInclusionExport(directory, hubSource);
    const hsds = directory.partners.map((p) => toHsdsOrganization(p, directory.services.filter((s) => s.partnerId === p.id), exportOptions(hubSource)));
    const before = await fingerprint(dataSource);
    const diReport = await post('apply', json([...di.structures, ...di.services]));
    expect(diReport.data!.counts).toEqual({ NEW: 0, CHANGED: 0, UNCHANGED: di.structures.length + di.services.length, REJECTED: 0 });
    const hsdsReport = await post('apply', json(hsds), 'coordinator', 'hsds-json');
    expect(hsdsReport.data!.counts).toEqual({ NEW: 0, CHANGED: 0, UNCHANGED: directory.partners.length + directory.services.length, REJECTED: 0 });
    expect(await fingerprint(dataSource)).toBe(before);
  });
});

describe('a bad file changes nothing and says why', () => {
  const structure = (id: string, extra: Record<string, unknown> = {}) => ({ source: 'essai', id, nom: `Structure d’essai ${id}`, date_maj: '2025-06-01', ...extra });

  it('malformed JSON: a whole-file error with the line and column', async () => {
    const before = await fingerprint(env.database.dataSource);
    for (const mode of ['preview', 'apply'] as const) {
      const answer = await post(mode, '[\n  {"source": "essai", "id": "1", "nom": "A", "date_maj": "2025-06-01"},\n  {"id": }\n]');
      expect(answer.status).toBe(400);
      expect(answer.errors?.[0]?.message).toBe('JSON mal formé à la ligne 3, colonne 10 (caractère 84) : près de « } ». Rien n’a été importé.');
    }
    expect(await fingerprint(env.database.dataSource)).toBe(before);
  });

  it('wrong types, a missing field, a value outside an enumeration, a duplicate id: rejected per row, and the apply refuses the file', async () => {
    const before = await fingerprint(env.database.dataSource);
    const file = json([
      structure('ok-1'),
      structure('bad-types', { latitude: 'nord', siret: 1234 }),
      { source: 'essai', id: 'no-name', date_maj: '2025-06-01' },
      structure('twice'),
      structure('twice', { nom: 'Autre nom' }),
      { source: 'essai', id: 'svc-1', structure_id: 'ok-1', nom: 'Service', description: 'Un service.', date_maj: '2025-06-01', thematiques: ['pas-une-thematique'] },
      { source: 'essai', id: 'svc-2', structure_id: 'nulle-part', nom: 'Service', description: 'Un service.', date_maj: '2025-06-01' },
    ]);
    const preview = await post('preview', file);
    expect(preview.status).toBe(200);
    const rows = preview.data!.rows.map((r) => [r.label, r.outcome, r.reasons]);
    expect(rows).toEqual([
      ['élément 1', 'NEW', []],
      ['élément 2', 'REJECTED', ['« latitude » : doit être un nombre.', '« siret » : doit être du texte.']],
      ['élément 3', 'REJECTED', ['« nom » : champ obligatoire manquant.']],
      ['élément 4', 'REJECTED', ['Identifiant de structure « twice » en double dans le fichier (aussi élément 5).']],
      ['élément 5', 'REJECTED', ['Identifiant de structure « twice » en double dans le fichier (aussi élément 4).']],
      ['élément 6', 'REJECTED', ['« thematiques.0 » : valeur hors de l’énumération du schéma.']],
      ['élément 7', 'REJECTED', ['Structure « nulle-part » inconnue : ni dans le fichier, ni dans l’annuaire.']],
    ]);
    expect(preview.data!.counts).toEqual({ NEW: 1, CHANGED: 0, UNCHANGED: 0, REJECTED: 6 });
    const applied = await post('apply', file);
    expect(applied.status).toBe(400);
    expect(applied.errors?.[0]?.message).toBe('6 lignes rejetées : corrigez le fichier puis relancez l’import. Rien n’a été importé.');
    expect(applied.errors?.[0]?.extensions.report?.counts.REJECTED).toBe(6);
    expect(await fingerprint(env.database.dataSource)).toBe(before);
  });

  it('a file over 10 MB and one of 50,001 rows are refused whole', async () => {
    const before = await fingerprint(env.database.dataSource);
    const big = Buffer.alloc(maxImportBytes + 1, 0x20);
    for (const mode of ['preview', 'apply'] as const) {
      const answer = await post(mode, big);
      expect(answer.status).toBe(413);
      expect(answer.errors?.[0]?.message).toBe('Le fichier dépasse la taille maximale de 10 Mo. Rien n’a été importé.');
    }
    const many = json(Array.from({ length: 50_001 }, (_, i) => structure(`s${i}`)));
    expect(many.byteLength).toBeLessThan(maxImportBytes);
    const answer = await post('apply', many);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.message).toMatch(/^Le fichier compte 50[\s\u202f]001 lignes : 50 000 au plus par import\./);
    expect(await fingerprint(env.database.dataSource)).toBe(before);
  });

  it('a CSV row with a bad number or a missing column is rejected with its line', async () => {
    const csv = 'source,id,nom,date_maj,latitude\nessai,c1,Centre,2025-06-01,49.1\nessai,c2,Centre deux,2025-06-01,beaucoup\nessai,c3,Centre trois\n';
    const preview = await post('preview', csv);
    expect(preview.data!.rows.map((r) => [r.label, r.outcome, r.reasons])).toEqual([
      ['ligne 2', 'NEW', []],
      ['ligne 3', 'REJECTED', ['« latitude » : doit être un nombre.']],
      ['ligne 4', 'REJECTED', ['Nombre de colonnes incorrect (3 au lieu de celles de l’en-tête).', '« date_maj » : doit être du texte.']],
    ]);
  });
});

describe('importing twice', () => {
  it('creates, then changes only what changed, and never duplicates (matched on SIRET or source id)', async () => {
    const { dataSource } = env.database;
    const file = (phone: string) =>
      json([
        { source: 'essai', id: 'gem-1', nom: 'Structure importée (essai)', date_maj: '2025-06-01', siret: '00000000000025', telephone: phone },
        { source: 'essai', id: 'svc-gem-1', structure_id: 'gem-1', nom: 'Permanence (essai)', description: 'Service fictif des tests.', date_maj: '2025-06-01', modes_accueil: ['en-presentiel'] },
        // the SIRET of a partner already in the directory: matched, not created again
        { source: 'autre-source', id: 'u-1', nom: 'UNAFAM Moselle', date_maj: '2025-06-01', siret: '00000000000017' },
      ]);
    const first = await post('apply', file('03 87 00 00 00'));
    expect(first.status).toBe(200);
    expect(first.data!.rows.map((r) => r.outcome)).toEqual(['NEW', 'NEW', 'CHANGED']);
    expect(first.data!.rows[2]!.changedFields).toEqual(expect.arrayContaining(['source', 'sourceId']));
    const state = await fingerprint(dataSource);
    const second = await post('apply', file('03 87 00 00 00'));
    expect(second.data!.rows.map((r) => r.outcome)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(await fingerprint(dataSource)).toBe(state);
    const third = await post('preview', file('03 87 11 11 11'));
    expect(third.data!.rows.map((r) => [r.outcome, r.changedFields])).toEqual([
      ['CHANGED', ['phone']],
      ['UNCHANGED', []],
      ['UNCHANGED', []],
    ]);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM partner WHERE siret = '00000000000025'`);
    expect(count).toBe(1);
    const [{ attached }] = await dataSource.query(
      `SELECT count(*)::int AS attached FROM partner_territory pt JOIN partner p ON p.id = pt.partner_id JOIN territory t ON t.id = pt.territory_id
       WHERE p.siret = '00000000000025' AND t.slug = 'clsm-metz'`,
    );
    expect(attached).toBe(1);
  });
});

describe('who may import', () => {
  it('only the coordinator of the territory, for the preview and the apply', async () => {
    const file = json([{ source: 'essai', id: 'perm-1', nom: 'Structure des droits (essai)', date_maj: '2025-06-01' }]);
    const before = await fingerprint(env.database.dataSource);
    const outcomes: Record<string, string> = {};
    for (const actor of actorNames) {
      for (const mode of ['preview'] as const) {
        const answer = await post(mode, file, actor);
        outcomes[`${actor} ${mode}`] = answer.status === 200 ? 'allow' : `${answer.status} ${answer.errors?.[0]?.extensions.code}`;
      }
    }
    expect(await fingerprint(env.database.dataSource)).toBe(before);
    for (const actor of actorNames.filter((a) => a !== 'coordinator')) {
      const answer = await post('apply', file, actor);
      outcomes[`${actor} apply`] = answer.status === 200 ? 'allow' : `${answer.status} ${answer.errors?.[0]?.extensions.code}`;
    }
    expect(await fingerprint(env.database.dataSource)).toBe(before);
    const coordinator = await post('apply', file, 'coordinator');
    outcomes['coordinator apply'] = coordinator.status === 200 ? 'allow' : String(coordinator.status);
    const expected = Object.fromEntries(
      actorNames.flatMap((actor) =>
        (['preview', 'apply'] as const).map((mode) => [
          `${actor} ${mode}`,
          actor === 'coordinator' ? 'allow' : actor === 'anonymous' ? '401 UNAUTHENTICATED' : '403 FORBIDDEN',
        ]),
      ),
    );
    expect(outcomes).toEqual(expected);
    // the other territory's coordinator may import into its own territory
    expect((await post('preview', file, 'otherCoordinator', 'auto', 'clsm-essai')).status).toBe(200);
    // a request without the x-import-file header (a cross-site form) is refused
    const forged = await fetch(`${env.server.url}/api/imports/clsm-metz/apply`, { method: 'POST', headers: { cookie: env.cookies.coordinator! }, body: '[]' });
    expect(forged.status).toBe(400);
  });
});
