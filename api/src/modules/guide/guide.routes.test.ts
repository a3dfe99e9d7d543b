import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/accounts.data.js';
import { useAccountsServer } from '../accounts/account.test-helpers.js';
import { PartnerService } from '../partners/partner.service.js';
import { Sector, sectorLabels } from '../partners/partner.enums.js';
import { GuideService } from './guide.service.js';

const env = useAccountsServer();

interface Pdf {
  status: number;
  type: string | null;
  bytes: Buffer;
  pages: string[];
  text: string;
}

// Text extraction puts line breaks and spaces where the layout wrapped: compare on single spaces.
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function pdf(query = '', cookie?: string): Promise<Pdf> {
  const response = await fetch(`${env.server.url}/guide.pdf${query}`, { headers: cookie ? { cookie } : {} });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) return { status: response.status, type: response.headers.get('content-type'), bytes, pages: [], text: bytes.toString() };
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(document, { mergePages: false });
  const pages = text.map(squash);
  return { status: response.status, type: response.headers.get('content-type'), bytes, pages, text: pages.join(' ') };
}

const erahName = 'Équipe réseau des alternatives à l’hospitalisation (ERAH)';

describe('the printable guide as a PDF', () => {
  beforeAll(async () => {
    // The documents give no opening hours: the test sets some on a demo entry.
    await env.database.dataSource.query(
      `UPDATE partner SET opening_hours = 'Mo-Fr 09:00-12:30,13:30-17:00', phone = '+33 3 00 00 00 99' WHERE slug = 'ch-jury-erah'`,
    );
  });

  it('is a valid PDF with a title page, a table of contents and a page per sector', async () => {
    const guide = await pdf('?territoire=clsm-metz');
    expect(guide.status).toBe(200);
    expect(guide.type).toBe('application/pdf');
    expect(guide.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(guide.bytes.subarray(-6).toString()).toMatch(/%%EOF/);
    const [title] = guide.pages;
    expect(title).toContain('Guide santé mentale');
    expect(title).toContain('Sommaire');
    expect(title).toMatch(/Édition du \d{1,2} \S+ \d{4}/);
    // The table of contents lists the seven sectors in the directory's order, with counts.
    const positions = Object.values(Sector).map((sector) => title.indexOf(squash(sectorLabels[sector])));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(title).toContain('Soin 10 structures');
    expect(title).toContain('Protection des personnes aucune structure');
    // Each non-empty sector starts a page with its heading; the empty one has none.
    // (The running footer, drawn when the page is added, comes first in the text.)
    const opens = (label: string) => (page: string) => page.startsWith(`Guide santé mentale – ${label} Page `) && /^Page \d+ (.*?) (\d+ structures?)/.exec(page.slice(page.indexOf('Page ')))?.[1] === label;
    for (const sector of Object.values(Sector).filter((s) => s !== Sector.LEGAL_PROTECTION)) {
      expect(guide.pages.slice(1).some(opens(squash(sectorLabels[sector]))), sector).toBe(true);
    }
    expect(guide.text).not.toContain('Guide santé mentale – Protection des personnes');
    // French accents and typographic apostrophes survive the standard fonts.
    expect(guide.text).toContain(erahName);
    expect(guide.text).toContain('Horaires : Du lundi au vendredi : 9 h à 12 h 30 et 13 h 30 à 17 h');
    expect(guide.text).toContain('Téléphone : +33 3 00 00 00 99');
    expect(guide.text).toContain('Montigny-lès-Metz');
  });

  it('prints only what the filters keep, as the directory does', async () => {
    const housing = await pdf('?territoire=clsm-metz&secteur=HOUSING');
    expect(housing.status).toBe(200);
    expect(housing.pages[0]).toContain('Sélection : Logement et hébergement');
    expect(housing.text).toContain('Metz Habitat Territoire');
    expect(housing.text).not.toContain(erahName);
    expect(housing.pages[0]).not.toContain('Soin');
    expect(housing.pages.slice(1).every((page) => !page.startsWith('Soin'))).toBe(true);

    const metz = await pdf('?territoire=clsm-metz&commune=Jury');
    expect(metz.text).toContain('Centre hospitalier de Jury');
    expect(metz.text).not.toContain('Metz Habitat Territoire');
    expect(metz.pages[0]).toContain('Total : 1 structure');

    const search = await pdf(`?q=${encodeURIComponent('albatros')}`);
    expect(search.text).toContain('GEM L’Albatros');
    expect(search.text).not.toContain('Centre hospitalier de Jury');
  });

  it('rejects unknown filters in French and unknown territories', async () => {
    const sector = await pdf('?secteur=NOPE');
    expect(sector.status).toBe(400);
    expect(sector.text).toContain('Secteur inconnu');
    const theme = await pdf('?theme=inconnue');
    expect(theme.status).toBe(400);
    expect(theme.text).toContain('Thématique inconnue');
    expect((await pdf('?territoire=nulle-part')).status).toBe(404);
  });

  it('never prints a contact detail reserved to signed-in members, even for a signed-in coordinator', async () => {
    const [{ email, phone }] = await env.database.dataSource.query(
      `SELECT c.email, c.phone FROM contact c JOIN partner p ON p.id = c.partner_id WHERE p.slug = 'ch-jury' AND c.email IS NOT NULL LIMIT 1`,
    );
    // The directory shows it to the coordinator, so it is a real private detail.
    const coordinator = await env.server.signIn('coordination@example.org', demoPassword);
    const seen = await env.server.graphql<{ partner: { contacts: Array<{ email: string | null }> } }>(
      `{ partner(slug: "ch-jury") { contacts { email } } }`,
      {},
      coordinator,
    );
    expect(seen.data?.partner.contacts.map((c) => c.email)).toContain(email);
    for (const cookie of [undefined, coordinator]) {
      const guide = await pdf('?territoire=clsm-metz', cookie);
      expect(guide.text).toContain('Camille Exemple, Coordinatrice du CLSM');
      expect(guide.text).not.toContain(email);
      expect(guide.text).not.toContain(phone);
      expect(guide.text).not.toContain('@example.org');
      expect(guide.bytes.includes(Buffer.from(email))).toBe(false);
    }
  });
});

describe('the guide service', () => {
  it('reads a sector in bounded batches, in the directory’s order', async () => {
    const guide = new GuideService(env.database.dataSource, new PartnerService(env.database.dataSource));
    const filter = { territory: 'clsm-metz' };
    const batches = [];
    for await (const batch of guide.entries(filter, Sector.HOUSING, 4)) batches.push(batch);
    expect(batches.every((batch) => batch.length <= 4)).toBe(true);
    const names = batches.flat().map((entry) => entry.name);
    const [housing] = (await guide.sections({ ...filter, sectors: [Sector.HOUSING] })).map((s) => s.partnerCount);
    expect(names).toHaveLength(housing);
    expect(batches.length).toBe(Math.ceil(housing / 4));
    expect(new Set(names).size).toBe(names.length);
  });
});
