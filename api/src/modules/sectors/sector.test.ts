import { beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/accounts.data.js';
import { useAccountsServer } from '../accounts/account.test-helpers.js';

const env = useAccountsServer();
const territory = 'clsm-metz';
const metz = '57463';

const lookupDocument = `query($a: AddressInput, $t: String) {
  sectorForAddress(territory: "clsm-metz", address: $a, text: $t) {
    match reason explanation communeName street houseNumber isDemo sector { code cmp { slug } }
  }
}`;

interface Lookup {
  match: string;
  reason: string | null;
  explanation: string;
  communeName: string | null;
  street: string | null;
  houseNumber: number | null;
  isDemo: boolean;
  sector: { code: string; cmp: { slug: string } | null } | null;
}

async function lookup(address: { communeCode?: string; street?: string; houseNumber?: string }): Promise<Lookup> {
  const result = await env.server.graphql<{ sectorForAddress: Lookup }>(lookupDocument, { a: address });
  expect(result.errors).toBeUndefined();
  return result.data!.sectorForAddress;
}

const sectorOf = async (address: Parameters<typeof lookup>[0]) => {
  const found = await lookup(address);
  return found.match === 'UNKNOWN' ? `UNKNOWN ${found.reason}` : `${found.match} ${found.sector!.code}`;
};

let coordinator = '';
let member = '';

beforeAll(async () => {
  coordinator = await env.server.signIn('coordination@example.org', demoPassword);
  member = await env.server.signIn('membre.gem@example.org', demoPassword);
});

async function sectors(): Promise<Array<{ id: string; code: string; version: number; isDemo: boolean; cmp: { slug: string } | null; communes: Array<{ code: string; isDemo: boolean }>; streets: Array<{ id: string; streetLabel: string; numberFrom: number | null; numberTo: number | null; parity: string }> }>> {
  const result = await env.server.graphql<{ psychiatricSectors: never[] }>(
    `{ psychiatricSectors(territory: "clsm-metz") { id code version isDemo cmp { slug } communes { code isDemo } streets { id streetLabel numberFrom numberTo parity communeName } } }`,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.psychiatricSectors;
}

const sector = async (code: string) => (await sectors()).find((s) => s.code === code)!;

describe('demo sectors', () => {
  it('are the 4 adult sectors of pôle 5, each with its CMP, their communes and streets marked as demo', async () => {
    const list = await sectors();
    expect(list.map((s) => [s.code, s.cmp?.slug, s.isDemo])).toEqual([
      ['1', 'cmp-secteur-1-pole-5', true],
      ['2', 'cmp-secteur-2-pole-5', true],
      ['3', 'cmp-secteur-3-pole-5', true],
      ['4', 'cmp-secteur-4-pole-5', true],
    ]);
    expect(list.flatMap((s) => s.communes).every((c) => c.isDemo)).toBe(true);
    const communes = await env.server.graphql<{ sectorCommunes: Array<{ code: string; assignment: string; sectors: Array<{ code: string }> }> }>(
      `{ sectorCommunes(territory: "clsm-metz") { code name assignment sectors { code } } }`,
    );
    const statuses = communes.data!.sectorCommunes;
    expect(statuses).toHaveLength(46);
    expect(statuses.find((c) => c.code === metz)).toMatchObject({ assignment: 'SPLIT' });
    expect(statuses.find((c) => c.code === '57751')).toMatchObject({ assignment: 'WHOLE', sectors: [{ code: '1' }] });
    expect(statuses.filter((c) => c.assignment === 'UNASSIGNED').length).toBeGreaterThan(30);
  });
});

describe('sectorForAddress', () => {
  it('answers from the commune for a commune wholly in a sector, with the CMP', async () => {
    const woippy = await lookup({ communeCode: '57751' });
    expect(woippy).toMatchObject({ match: 'COMMUNE', communeName: 'Woippy', isDemo: true, sector: { code: '1', cmp: { slug: 'cmp-secteur-1-pole-5' } } });
    expect(await sectorOf({ communeCode: '57480' })).toBe('COMMUNE 2');
    expect(await sectorOf({ communeCode: '57447' })).toBe('COMMUNE 3');
    expect(await sectorOf({ communeCode: '57616', street: 'Rue quelconque', houseNumber: '3' })).toBe('COMMUNE 4');
  });

  it('answers from the street in a split commune, whatever the spelling of the street', async () => {
    expect(await sectorOf({ communeCode: metz, street: 'Rue Serpenoise', houseNumber: '10' })).toBe('STREET 1');
    expect(await sectorOf({ communeCode: metz, street: 'r. SERPENOISE' })).toBe('STREET 1');
    expect(await sectorOf({ communeCode: metz, street: 'rue serpenoise' })).toBe('STREET 1');
    const found = await lookup({ communeCode: metz, street: 'r serpenoise', houseNumber: '4' });
    expect(found).toMatchObject({ street: 'Rue Serpenoise', houseNumber: 4, isDemo: true });
  });

  it('follows parity: odd side and even side of one avenue are two sectors', async () => {
    expect(await sectorOf({ communeCode: metz, street: 'av Foch', houseNumber: '13' })).toBe('STREET 2');
    expect(await sectorOf({ communeCode: metz, street: 'Avenue Foch', houseNumber: '12' })).toBe('STREET 3');
    expect(await sectorOf({ communeCode: metz, street: 'avenue foch' })).toBe('UNKNOWN NUMBER_NEEDED');
  });

  it('follows number ranges, bounds included', async () => {
    expect(await sectorOf({ communeCode: metz, street: 'Rue des Allemands', houseNumber: '1' })).toBe('STREET 3');
    expect(await sectorOf({ communeCode: metz, street: 'r. des allemands', houseNumber: '49' })).toBe('STREET 3');
    expect(await sectorOf({ communeCode: metz, street: 'Rue des Allemands', houseNumber: '12 bis' })).toBe('STREET 3');
    expect(await sectorOf({ communeCode: metz, street: 'Rue des Allemands', houseNumber: '50' })).toBe('STREET 4');
    expect(await sectorOf({ communeCode: metz, street: 'Rue des Allemands', houseNumber: '120' })).toBe('STREET 4');
  });

  it('never guesses: unassigned commune, split commune without street, unknown street, no commune', async () => {
    const jury = await lookup({ communeCode: '57351', street: 'Rue de Metz', houseNumber: '1' });
    expect(jury).toMatchObject({ match: 'UNKNOWN', reason: 'COMMUNE_NOT_ASSIGNED', sector: null, communeName: 'Jury' });
    expect(jury.explanation).toContain('aucun secteur');
    expect(await sectorOf({ communeCode: metz })).toBe('UNKNOWN STREET_NEEDED');
    expect(await sectorOf({ communeCode: metz, street: 'Rue des Jardins', houseNumber: '3' })).toBe('UNKNOWN STREET_NOT_LISTED');
    expect(await sectorOf({})).toBe('UNKNOWN NO_COMMUNE');
  });

  it('with free text and no geocoder, says to choose the commune in the list', async () => {
    const result = await env.server.graphql(lookupDocument, { t: '12 rue Serpenoise Metz' });
    expect(result.errors?.[0]).toMatchObject({
      message: 'Le service de géocodage est indisponible : choisissez la commune dans la liste.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });
});

describe('editing sectors', () => {
  const assign = (sectorId: string, version: number, communeCode: string, cookie = coordinator) =>
    env.server.graphql<{ assignSectorCommune: { version: number; communes: Array<{ code: string; isDemo: boolean }> } }>(
      `mutation($s: ID!, $v: Int!, $c: String!) { assignSectorCommune(sectorId: $s, version: $v, communeCode: $c) { version communes { code isDemo } } }`,
      { s: sectorId, v: version, c: communeCode },
      cookie,
    );

  it('the coordinator assigns a commune; the lookup follows; a stale version is a conflict', async () => {
    const one = await sector('1');
    const done = await assign(one.id, one.version, '57351');
    expect(done.errors).toBeUndefined();
    expect(done.data!.assignSectorCommune.communes).toContainEqual({ code: '57351', isDemo: false });
    expect(await sectorOf({ communeCode: '57351' })).toBe('COMMUNE 1');
    const stale = await assign(one.id, one.version, '57352');
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await sectorOf({ communeCode: '57352' })).toBe('UNKNOWN COMMUNE_NOT_ASSIGNED');

    const after = await sector('1');
    const removed = await env.server.graphql(
      `mutation($s: ID!, $v: Int!) { unassignSectorCommune(sectorId: $s, version: $v, communeCode: "57351") { version } }`,
      { s: after.id, v: after.version },
      coordinator,
    );
    expect(removed.errors).toBeUndefined();
    expect(await sectorOf({ communeCode: '57351' })).toBe('UNKNOWN COMMUNE_NOT_ASSIGNED');
  });

  it('refuses a commune already in another sector, a split commune, and anyone but the coordinator', async () => {
    const two = await sector('2');
    const taken = await assign(two.id, two.version, '57751');
    expect(taken.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(taken.errors?.[0].message).toContain('Secteur 1');
    const split = await assign(two.id, two.version, metz);
    expect(split.errors?.[0].message).toContain('partagée');
    const denied = await assign(two.id, two.version, '57352', member);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await assign(two.id, two.version, '57352', '');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('adds and removes a street range, refusing one that overlaps another sector’s', async () => {
    const four = await sector('4');
    const add = (v: number, input: Record<string, unknown>) =>
      env.server.graphql<{ addSectorStreet: { version: number; streets: Array<{ id: string; streetLabel: string }> } }>(
        `mutation($s: ID!, $v: Int!, $i: SectorStreetInput!) { addSectorStreet(sectorId: $s, version: $v, input: $i) { version streets { id streetLabel } } }`,
        { s: four.id, v, i: input },
        coordinator,
      );
    const overlap = await add(four.version, { communeCode: metz, street: 'rue des allemands', numberFrom: 40, numberTo: 60 });
    expect(overlap.errors?.[0].message).toContain('recouvrent');
    const badRange = await add(four.version, { communeCode: metz, street: 'Rue Taison', numberFrom: 9, numberTo: 3 });
    expect(badRange.errors?.[0].extensions?.field).toBe('numberTo');
    const added = await add(four.version, { communeCode: metz, street: 'Rue Taison', parity: 'ODD' });
    expect(added.errors).toBeUndefined();
    expect(await sectorOf({ communeCode: metz, street: 'r. Taison', houseNumber: '7' })).toBe('STREET 4');
    expect(await sectorOf({ communeCode: metz, street: 'r. Taison', houseNumber: '8' })).toBe('UNKNOWN NUMBER_NOT_LISTED');
    const streetId = added.data!.addSectorStreet.streets.find((s) => s.streetLabel === 'Rue Taison')!.id;
    const removed = await env.server.graphql(
      `mutation($id: ID!, $v: Int!) { removeSectorStreet(streetId: $id, version: $v) { version } }`,
      { id: streetId, v: added.data!.addSectorStreet.version },
      coordinator,
    );
    expect(removed.errors).toBeUndefined();
    expect(await sectorOf({ communeCode: metz, street: 'r. Taison', houseNumber: '7' })).toBe('UNKNOWN STREET_NOT_LISTED');
  });

  it('sets the CMP of a sector, only to a CMP', async () => {
    const three = await sector('3');
    const [{ id: unafam }] = await env.database.dataSource.query(`SELECT id FROM partner WHERE slug = 'unafam-moselle'`);
    const refused = await env.server.graphql(
      `mutation($s: ID!, $v: Int!, $p: ID) { setSectorCmp(sectorId: $s, version: $v, partnerId: $p) { cmp { slug } } }`,
      { s: three.id, v: three.version, p: unafam },
      coordinator,
    );
    expect(refused.errors?.[0].extensions?.field).toBe('partnerId');
    const [{ id: cmp3 }] = await env.database.dataSource.query(`SELECT id FROM partner WHERE slug = 'cmp-secteur-3-pole-5'`);
    const kept = await env.server.graphql<{ setSectorCmp: { cmp: { slug: string } } }>(
      `mutation($s: ID!, $v: Int!, $p: ID) { setSectorCmp(sectorId: $s, version: $v, partnerId: $p) { cmp { slug } } }`,
      { s: three.id, v: three.version, p: cmp3 },
      coordinator,
    );
    expect(kept.data?.setSectorCmp.cmp.slug).toBe('cmp-secteur-3-pole-5');
  });
});

describe('CSV import', () => {
  const preview = (csv: string, cookie = coordinator) =>
    env.server.graphql<{ previewSectorImport: ImportResult }>(
      `query($csv: String!) { previewSectorImport(territory: "${territory}", csv: $csv) { applied newCount changedCount unchangedCount rejectedCount rows { line status reason street parity numberFrom numberTo } } }`,
      { csv },
      cookie,
    );
  const apply = (csv: string, cookie = coordinator) =>
    env.server.graphql<{ importSectors: ImportResult }>(
      `mutation($csv: String!) { importSectors(territory: "${territory}", csv: $csv) { applied newCount changedCount unchangedCount rejectedCount rows { line status reason } } }`,
      { csv },
      cookie,
    );
  interface ImportResult {
    applied: boolean;
    newCount: number;
    changedCount: number;
    unchangedCount: number;
    rejectedCount: number;
    rows: Array<{ line: number; status: string; reason: string | null; street?: string | null; parity?: string }>;
  }
  const counts = async () => {
    const [row] = await env.database.dataSource.query(
      `SELECT (SELECT count(*) FROM sector_commune)::int AS communes, (SELECT count(*) FROM sector_street)::int AS streets, (SELECT sum(version) FROM psychiatric_sector)::int AS versions`,
    );
    return row;
  };

  const file = [
    'secteur;code_commune;rue;numero_debut;numero_fin;parite',
    '2;57032;;;;', // Ars-sur-Moselle: new whole commune
    '1;57751;;;;', // Woippy: already in sector 1
    '2;57463;Rue Serpenoise;;;', // moves from sector 1 to 2
    '4;57463;bd de Trèves;1;99;impairs', // new street range
    '4;57463;Boulevard de Trèves;2;98;pairs', // the other side, new
  ].join('\n');

  it('previews new, changed and unchanged rows without changing anything', async () => {
    const before = await counts();
    const result = await preview(file);
    expect(result.errors).toBeUndefined();
    const { rows, ...summary } = result.data!.previewSectorImport;
    expect(summary).toEqual({ applied: false, newCount: 3, changedCount: 1, unchangedCount: 1, rejectedCount: 0 });
    expect(rows.map((r) => [r.line, r.status])).toEqual([[2, 'NEW'], [3, 'UNCHANGED'], [4, 'CHANGED'], [5, 'NEW'], [6, 'NEW']]);
    expect(rows[3]).toMatchObject({ parity: 'ODD', numberFrom: 1, numberTo: 99 });
    expect(rows[2].reason).toContain('Secteur 1');
    expect(await counts()).toEqual(before);
  });

  it('rejects each bad row with its reason', async () => {
    const bad = [
      'secteur;code_commune;rue;numero_debut;numero_fin;parite',
      '9;57032;;;;',
      '2;99999;;;;',
      '2;57463;Rue Neuve;12;3;',
      '2;57463;Rue Neuve;1;x;',
      '2;57463;;1;5;',
      '2;57463;Rue Neuve;;;quelques',
      '2;57751;;;;',
      '2;57463;Rue des Allemands;10;20;',
      '2;57480;Rue de Pont-à-Mousson;;;',
      '1;57463;Rue Mazelle;;;',
      '2;57463;r. Mazelle;;;',
    ].join('\n');
    const result = await preview(bad);
    const rows = result.data!.previewSectorImport.rows;
    expect(rows.map((r) => r.status)).toEqual([...Array(6).fill('REJECTED'), 'CHANGED', 'REJECTED', 'REJECTED', 'NEW', 'REJECTED']);
    const reasons = rows.map((r) => r.reason ?? '');
    expect(reasons[0]).toContain('Secteur inconnu');
    expect(reasons[1]).toContain('Code commune inconnu');
    expect(reasons[2]).toContain('dépasse');
    expect(reasons[3]).toMatch(/numéro non reconnu/i);
    expect(reasons[4]).toContain('sans rue');
    expect(reasons[5]).toMatch(/parité non reconnue/i);
    expect(reasons[6]).toContain('Passe du « Secteur 1 (pôle 5) »');
    expect(reasons[7]).toContain('recouvrent une plage');
    expect(reasons[8]).toContain('Toute la commune');
    expect(reasons[10]).toContain('recouvrent une autre ligne du fichier');
  });

  it('applies in one transaction, and a second run changes nothing', async () => {
    const before = await counts();
    const first = await apply(file);
    expect(first.errors).toBeUndefined();
    expect(first.data!.importSectors).toMatchObject({ applied: true, newCount: 3, changedCount: 1, unchangedCount: 1 });
    expect(await sectorOf({ communeCode: '57032' })).toBe('COMMUNE 2');
    expect(await sectorOf({ communeCode: metz, street: 'rue serpenoise', houseNumber: '3' })).toBe('STREET 2');
    expect(await sectorOf({ communeCode: metz, street: 'Bd de Treves', houseNumber: '7' })).toBe('STREET 4');
    expect(await sectorOf({ communeCode: metz, street: 'Bd de Treves', houseNumber: '8' })).toBe('STREET 4');
    const afterFirst = await counts();
    expect(afterFirst.communes).toBe(before.communes + 1);
    expect(afterFirst.streets).toBe(before.streets + 2);

    const second = await apply(file);
    expect(second.data!.importSectors).toMatchObject({ applied: true, newCount: 0, changedCount: 0, unchangedCount: 5 });
    expect(await counts()).toEqual(afterFirst);
  });

  it('a file with one bad row, or no header, changes nothing', async () => {
    const before = await counts();
    const oneBad = `${file}\n3;57351;;;;\n2;57000;;;;`;
    const refused = await apply(oneBad);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'csv' } });
    expect(refused.errors?.[0].message).toContain('ligne 8');
    expect(await counts()).toEqual(before);
    expect(await sectorOf({ communeCode: '57351' })).toBe('UNKNOWN COMMUNE_NOT_ASSIGNED');

    const noHeader = await apply('2;57352;;;;\n2;57385;;;;');
    expect(noHeader.errors?.[0].message).toContain('En-tête non reconnu');
    expect(await counts()).toEqual(before);
  });

  it('is for the coordinator only', async () => {
    expect((await preview(file, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await apply(file, '')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
