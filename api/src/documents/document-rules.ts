import { UserInputError } from '../errors/errors.js';
import { requiredText } from '../text/input.js';

export const maxDocumentBytes = 5 * 1024 * 1024;

export interface DocumentUpload {
  title: string | null | undefined;
  fileName: string | null | undefined;
  mediaType: string | null | undefined;
  content: Buffer;
}

const zip = (bytes: Buffer) => bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

/** The media types a convention's documents may have, each with a look at the file's first bytes. */
export const allowedMediaTypes: Record<string, { label: string; looksRight: (bytes: Buffer) => boolean }> = {
  'application/pdf': { label: 'PDF', looksRight: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  'application/vnd.oasis.opendocument.text': { label: 'ODT', looksRight: zip },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'DOCX', looksRight: zip },
  'image/png': { label: 'PNG', looksRight: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  'image/jpeg': { label: 'JPEG', looksRight: (b) => b.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])) },
  'text/plain': { label: 'texte', looksRight: (b) => !b.includes(0) && Buffer.from(b.toString('utf8'), 'utf8').equals(b) },
};

/** A file name that is only a name: no folder, no control character, at most 200 characters. */
function cleanFileName(value: string | null | undefined): string {
  const base = (value ?? '').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (!cleaned || cleaned === '.' || cleaned === '..') throw new UserInputError('Le nom du fichier est manquant.', 'fileName');
  return cleaned.slice(-200);
}

/** Checks an upload; every refusal is a French message naming the field. */
export function checkDocument(upload: DocumentUpload): { title: string; fileName: string; mediaType: string; content: Buffer } {
  const title = requiredText(upload.title, 'Titre du document', 200, 'title');
  const fileName = cleanFileName(upload.fileName);
  const mediaType = (upload.mediaType ?? '').split(';')[0].trim().toLowerCase();
  const kind = allowedMediaTypes[mediaType];
  const labels = Object.values(allowedMediaTypes).map((t) => t.label).join(', ');
  if (!kind) throw new UserInputError(`Type de fichier non accepté : formats possibles ${labels}.`, 'file');
  if (!upload.content.length) throw new UserInputError('Le fichier est vide.', 'file');
  if (upload.content.length > maxDocumentBytes) throw new UserInputError('Le fichier dépasse 5 Mo.', 'file');
  if (!kind.looksRight(upload.content)) throw new UserInputError(`Le contenu du fichier ne correspond pas au type ${kind.label}.`, 'file');
  return { title, fileName, mediaType, content: upload.content };
}
