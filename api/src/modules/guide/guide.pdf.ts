import { once } from 'node:events';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { PartnerFilter } from '../partners/partner.inputs.js';
import type { GuideEntry, GuideSection, GuideService } from './guide.service.js';
import { toWinAnsi } from './win-ansi.js';

export interface GuideDocument {
  title: string;
  territoryName: string | null;
  /** Date of edition, shown on the title page. */
  editedAt: Date;
  /** Plain words for the filters applied, or null for the whole directory. */
  selection: string | null;
  /** The guide's web page, printed on the title page. */
  onlineUrl: string | null;
}

const colours = { text: '#1a1a1a', muted: '#555555', accent: '#0b5566', line: '#bbbbbb' };
const fonts = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };
const margin = 56; // 2 cm

const editionDate = (date: Date) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(date);
const count = (n: number) => (n === 0 ? 'aucune structure' : n === 1 ? '1 structure' : `${n} structures`);

/**
 * Writes the guide as an A4 PDF into `out`, sector by sector, a batch of partners at a time.
 * PDFKit ends each page's objects as soon as the next page starts (no `bufferPages`), and we
 * wait for `out` to drain between batches, so memory stays bounded by one batch and one page.
 */
export async function writeGuidePdf(
  out: Writable,
  guide: GuideService,
  filter: PartnerFilter,
  meta: GuideDocument,
  sections?: GuideSection[],
): Promise<void> {
  sections ??= await guide.sections(filter);
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    info: { Title: toWinAnsi(meta.title), Author: 'Conseil local de santé mentale', Subject: toWinAnsi(meta.territoryName ?? meta.title) },
    lang: 'fr-FR',
    displayTitle: true,
    pdfVersion: '1.7',
  });
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('close', resolve);
    out.once('error', reject);
    doc.once('error', reject);
  });
  doc.pipe(out);

  let pageNumber = 0;
  let runningTitle = '';
  doc.on('pageAdded', () => {
    pageNumber += 1;
    footer(doc, pageNumber, runningTitle);
  });

  titlePage(doc, meta, sections);
  const sectors = sections;
  pageNumber = 1;
  for (const section of sectors) {
    if (section.partnerCount === 0) continue;
    runningTitle = `${meta.title} – ${section.label}`;
    doc.addPage();
    doc.outline.addItem(toWinAnsi(`${section.label} (${section.partnerCount})`));
    doc.font(fonts.bold).fontSize(18).fillColor(colours.accent).text(toWinAnsi(section.label));
    doc.font(fonts.regular).fontSize(10).fillColor(colours.muted).text(count(section.partnerCount));
    doc.moveDown(0.8);
    for await (const batch of guide.entries(filter, section.sector)) {
      for (const entry of batch) writeEntry(doc, entry);
      if (out.writableNeedDrain) await once(out, 'drain');
    }
  }
  doc.end();
  await finished;
}

function titlePage(doc: PDFKit.PDFDocument, meta: GuideDocument, sections: GuideSection[]) {
  const width = doc.page.width - 2 * margin;
  doc.moveDown(6);
  doc.font(fonts.bold).fontSize(28).fillColor(colours.accent).text(toWinAnsi(meta.title), { width });
  if (meta.territoryName) {
    doc.moveDown(0.3).font(fonts.regular).fontSize(16).fillColor(colours.text).text(toWinAnsi(meta.territoryName), { width });
  }
  doc.moveDown(0.8).fontSize(11).fillColor(colours.muted).text(toWinAnsi(`Édition du ${editionDate(meta.editedAt)}`));
  if (meta.selection) doc.text(toWinAnsi(`Sélection : ${meta.selection}`), { width });
  if (meta.onlineUrl) {
    doc.text('Version en ligne : ', { continued: true }).fillColor(colours.accent).text(toWinAnsi(meta.onlineUrl), { link: meta.onlineUrl, underline: false });
  }
  doc.moveDown(2).font(fonts.bold).fontSize(14).fillColor(colours.text).text('Sommaire');
  doc.moveDown(0.4).font(fonts.regular).fontSize(11);
  const total = sections.reduce((sum, section) => sum + section.partnerCount, 0);
  for (const section of sections) {
    const y = doc.y;
    doc.fillColor(section.partnerCount ? colours.text : colours.muted).text(toWinAnsi(section.label), margin, y, { width: width - 110 });
    const after = doc.y;
    doc.text(count(section.partnerCount), margin + width - 110, y, { width: 110, align: 'right' });
    doc.x = margin;
    doc.y = Math.max(after, doc.y) + 3;
  }
  doc.moveDown(0.4).font(fonts.bold).fillColor(colours.text).text(`Total : ${count(total)}`, margin, doc.y, { width, align: 'right' });
  doc.moveDown(2).font(fonts.italic).fontSize(9).fillColor(colours.muted).text(
    toWinAnsi(
      'Ce guide reprend les informations publiques de l’annuaire des partenaires du Conseil local de santé mentale. ' +
        'Les coordonnées des contacts sont réservées aux membres du réseau et n’y figurent pas.',
    ),
    margin,
    doc.y,
    { width },
  );
  footer(doc, 1, '');
}

function footer(doc: PDFKit.PDFDocument, page: number, title: string) {
  // Written at the bottom of a fresh page, inside the bottom margin: without lifting the margin
  // PDFKit would take the text for an overflow and add a page.
  const { x, y } = doc;
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  const width = doc.page.width - 2 * margin;
  doc.font(fonts.regular).fontSize(8).fillColor(colours.muted);
  if (title) doc.text(toWinAnsi(title), margin, doc.page.height - margin / 2 - 4, { width: width - 60, lineBreak: false, ellipsis: true });
  doc.text(`Page ${page}`, margin + width - 60, doc.page.height - margin / 2 - 4, { width: 60, align: 'right', lineBreak: false });
  doc.page.margins.bottom = bottom;
  doc.x = x;
  doc.y = y;
  doc.fillColor(colours.text);
}

interface Line {
  label?: string;
  text: string;
  link?: string;
}

function entryLines(entry: GuideEntry): Line[] {
  const lines: Line[] = [];
  const place = [entry.address, [entry.postalCode, entry.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  if (place) lines.push({ label: 'Adresse', text: place });
  if (entry.phone) lines.push({ label: 'Téléphone', text: entry.phone });
  if (entry.email) lines.push({ label: 'Courriel', text: entry.email, link: `mailto:${entry.email}` });
  if (entry.website) lines.push({ label: 'Site', text: entry.website.replace(/^https?:\/\//, '').replace(/\/$/, ''), link: entry.website });
  if (entry.openingHours.length) lines.push({ label: 'Horaires', text: entry.openingHours.join(' ; ') });
  for (const contact of entry.contacts) lines.push({ label: 'Contact', text: `${contact.name}, ${contact.function}` });
  return lines;
}

function writeEntry(doc: PDFKit.PDFDocument, entry: GuideEntry) {
  const width = doc.page.width - 2 * margin;
  const name = toWinAnsi(entry.shortName ? `${entry.name} (${entry.shortName})` : entry.name);
  const lines = entryLines(entry);
  const description = entry.description ? toWinAnsi(entry.description) : null;
  // Keep the name with its details: start a new page when the block would be cut right away.
  doc.font(fonts.bold).fontSize(12);
  let needed = doc.heightOfString(name, { width }) + 14;
  doc.font(fonts.regular).fontSize(9.5);
  // The first lines of the description are enough to decide; wrapping it all twice is not.
  const descriptionStart = description?.slice(0, 400) ?? '';
  needed += lines.length * 13 + (descriptionStart ? Math.min(doc.heightOfString(descriptionStart, { width }), 40) : 0);
  const room = doc.page.height - doc.page.margins.bottom - doc.y;
  if (needed > room && needed < doc.page.height - 2 * margin) doc.addPage();

  doc.font(fonts.bold).fontSize(12).fillColor(colours.text).text(name, margin, doc.y, { width });
  doc.font(fonts.italic).fontSize(9.5).fillColor(colours.muted).text(toWinAnsi(entry.kindLabel), { width });
  doc.moveDown(0.2);
  for (const line of lines) {
    doc.font(fonts.bold).fontSize(9.5).fillColor(colours.text).text(toWinAnsi(`${line.label} : `), { width, continued: true });
    doc.font(fonts.regular).fillColor(line.link ? colours.accent : colours.text).text(toWinAnsi(line.text), { link: line.link ?? null, continued: false });
  }
  if (description) doc.moveDown(0.2).font(fonts.regular).fontSize(9.5).fillColor(colours.text).text(description, { width, align: 'left' });
  doc.moveDown(0.5);
  const y = doc.y;
  if (y < doc.page.height - doc.page.margins.bottom) {
    doc.moveTo(margin, y).lineTo(margin + width, y).lineWidth(0.5).strokeColor(colours.line).stroke();
  }
  doc.moveDown(0.6);
}
