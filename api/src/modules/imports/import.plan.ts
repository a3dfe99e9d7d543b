import type { EntityManager } from 'typeorm';
import { hubSource } from '../exchange/exchange.service.js';
import type { FileRecord } from './import-file.js';
import { RowOutcome, type Candidate, type ImportRow, type ReadRecord, type ServiceCandidate, type StructureCandidate } from './import.types.js';
import { isUuid } from '../../text/ids.js';

// The plan of an import: what each row of the file does to the hub (new, changed, unchanged,
// rejected with the reason). The preview shows it; the apply computes it again inside its
// transaction and carries it out. Rows match on SIRET or on (source, source id).

export interface PlannedStructure {
  row: ImportRow;
  candidate: StructureCandidate;
  existing: Record<string, unknown> | null;
  changes: Record<string, unknown>;
  attachToTerritory: boolean;
}

export interface PlannedService {
  row: ImportRow;
  candidate: ServiceCandidate;
  existing: Record<string, unknown> | null;
  changes: Record<string, unknown>;
  structure: PlannedStructure | null;
  /** Partner id when the structure is already in the hub and not in the file. */
  partnerId: string | null;
}

export interface ImportPlan {
  rows: ImportRow[];
  structures: PlannedStructure[];
  services: PlannedService[];
}

const sourceKey = (source: string | null, sourceId: string | null) => (source && sourceId ? `${source}\u0000${sourceId}` : null);

/** Same value for the hub: null and empty are alike, arrays compare element by element. */
export function sameValue(a: unknown, b: unknown): boolean {
  const norm = (value: unknown): unknown => {
    if (value === undefined || value === '' ) return null;
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return value.map(norm);
    return value;
  };
  const left = norm(a);
  const right = norm(b);
  if (typeof left === 'number' || typeof right === 'number') return left !== null && right !== null && Number(left) === Number(right);
  return JSON.stringify(left) === JSON.stringify(right);
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * The fields a row changes on an entry the hub has. An empty value in the file never erases
 * what the hub holds: formats leave out what they cannot carry (HSDS has no commune without a
 * street address), and a coordinator's own entries must not lose a phone to another directory's
 * gap.
 */
function changedValues(existing: Record<string, unknown>, values: Record<string, unknown>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(values)) {
    if (isEmpty(value)) continue;
    if (!sameValue(existing[column], value)) changes[column] = value;
  }
  return changes;
}

function newRow(record: FileRecord, read: ReadRecord, entity: Candidate['entity'], candidate?: Candidate): ImportRow {
  return {
    label: record.label,
    position: record.position,
    entity,
    id: candidate?.fileId ?? read.id,
    name: candidate?.name ?? read.name,
    outcome: RowOutcome.REJECTED,
    changedFields: [],
    reasons: [],
  };
}


/**
 * The hub's own entries coming back (its own export re-imported): data·inclusion ids of the
 * hub's source (`clsm-hub`) are slugs, HSDS ids are the hub's uuids. Such a row matches the
 * entry itself (one with no source of its own) and does not take a source id.
 */
function ownKey(candidate: Candidate, _territorySlug: string): { id?: string; slug?: string } {
  if (candidate.source === hubSource && candidate.sourceId) return { slug: candidate.sourceId };
  if (candidate.source === 'hsds' && candidate.sourceId && isUuid(candidate.sourceId)) return { id: candidate.sourceId.toLowerCase() };
  return {};
}

const withoutSource = (values: Record<string, unknown>) => {
  const { source: _source, source_id: _sourceId, ...rest } = values;
  return rest;
};

export async function planImport(
  manager: EntityManager,
  territory: { id: string; slug: string },
  records: FileRecord[],
  reads: ReadRecord[],
): Promise<ImportPlan> {
  const territoryId = territory.id;
  const rows: ImportRow[] = [];
  const structures: Array<{ row: ImportRow; candidate: StructureCandidate }> = [];
  const services: Array<{ row: ImportRow; candidate: ServiceCandidate }> = [];

  records.forEach((record, index) => {
    const read = reads[index]!;
    if (read.errors.length || !read.candidates.length) {
      const row = newRow(record, read, read.entity);
      row.reasons = read.errors.length ? read.errors : ['Aucune donnée à importer dans cette ligne.'];
      rows.push(row);
      return;
    }
    for (const candidate of read.candidates) {
      // HSDS repeats a service's organisation in every service: the same organisation twice,
      // identical, is one structure, not a duplicate.
      if (candidate.entity === 'structure' && read.candidates.length > 1) {
        const twin = structures.find((s) => s.candidate.fileId === candidate.fileId && JSON.stringify(s.candidate) === JSON.stringify(candidate));
        if (twin) continue;
      }
      const row = newRow(record, read, candidate.entity, candidate);
      rows.push(row);
      if (candidate.entity === 'structure') structures.push({ row, candidate });
      else services.push({ row, candidate });
    }
  });

  // Duplicates inside the file: every row that shares an identifier is rejected, with the others named.
  const rejectDuplicates = <T extends { row: ImportRow }>(items: T[], keyOf: (item: T) => string | null, what: string) => {
    const byKey = new Map<string, T[]>();
    for (const item of items) {
      const key = keyOf(item);
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), item]);
    }
    for (const group of byKey.values()) {
      if (group.length < 2) continue;
      for (const item of group) {
        const others = group.filter((other) => other !== item).map((other) => other.row.label).join(', ');
        item.row.reasons.push(`${what} en double dans le fichier (aussi ${others}).`);
      }
    }
  };
  rejectDuplicates(structures, (s) => `id:${s.candidate.source ?? ''}\u0000${s.candidate.fileId}`, `Identifiant de structure « ${'{id}'} »`);
  rejectDuplicates(structures, (s) => (s.candidate.siret ? `siret:${s.candidate.siret}` : null), 'SIRET');
  rejectDuplicates(services, (s) => `id:${s.candidate.source ?? ''}\u0000${s.candidate.fileId}`, 'Identifiant de service');
  for (const item of [...structures, ...services]) {
    item.row.reasons = item.row.reasons.map((reason) => reason.replace('{id}', item.candidate.fileId));
  }

  // What the hub already holds, in two queries.
  const sirets = structures.map((s) => s.candidate.siret).filter((v): v is string => !!v);
  const structureSources = structures.filter((s) => s.candidate.source && s.candidate.sourceId);
  const ownStructures = structures.map((s) => ownKey(s.candidate, territory.slug));
  const existingPartners: Array<Record<string, unknown>> = await manager.query(
    `SELECT p.*, EXISTS (SELECT 1 FROM partner_territory pt WHERE pt.partner_id = p.id AND pt.territory_id = $4) AS in_territory
     FROM partner p
     WHERE p.siret = ANY($1::text[])
        OR (p.source, p.source_id) IN (SELECT * FROM unnest($2::text[], $3::text[]))
        OR p.id::text = ANY($5::text[])
        OR (p.source IS NULL AND p.slug = ANY($6::text[]))`,
    [
      sirets,
      structureSources.map((s) => s.candidate.source),
      structureSources.map((s) => s.candidate.sourceId),
      territoryId,
      ownStructures.map((k) => k.id).filter(Boolean),
      ownStructures.map((k) => k.slug).filter(Boolean),
    ],
  );
  const partnerById = new Map(existingPartners.map((p) => [p.id as string, p]));
  const partnerBySlug = new Map(existingPartners.filter((p) => p.source === null).map((p) => [p.slug as string, p]));
  const partnerBySiret = new Map(existingPartners.filter((p) => p.siret).map((p) => [p.siret as string, p]));
  const partnerBySource = new Map(existingPartners.map((p) => [sourceKey(p.source as string | null, p.source_id as string | null), p]));

  const plannedStructures: PlannedStructure[] = structures.map(({ row, candidate }) => {
    const bySiret = candidate.siret ? partnerBySiret.get(candidate.siret) : undefined;
    const bySource = partnerBySource.get(sourceKey(candidate.source, candidate.sourceId));
    if (bySiret && bySource && bySiret.id !== bySource.id) {
      row.reasons.push(`Le SIRET désigne « ${bySiret.name} » mais l’identifiant « ${candidate.sourceId} » désigne « ${bySource.name} ».`);
    }
    const own = ownKey(candidate, territory.slug);
    const byOwn = (own.id && partnerById.get(own.id)) || (own.slug && partnerBySlug.get(own.slug)) || undefined;
    const existing = bySiret ?? bySource ?? byOwn ?? null;
    const values = existing && existing === byOwn ? withoutSource(candidate.values) : candidate.values;
    const changes = existing ? changedValues(existing, values) : {};
    const attachToTerritory = !existing || !existing.in_territory;
    return { row, candidate, existing, changes, attachToTerritory };
  });
  const structureByFileId = new Map<string, PlannedStructure>();
  for (const planned of plannedStructures) {
    if (!planned.row.reasons.length) structureByFileId.set(`${planned.candidate.source ?? ''}\u0000${planned.candidate.fileId}`, planned);
  }

  // Services whose structure is not in the file may belong to one the hub already has.
  const missingStructureIds = services
    .filter((s) => !structureByFileId.has(`${s.candidate.source ?? ''}\u0000${s.candidate.structureFileId}`) && s.candidate.source)
    .map((s) => s.candidate);
  const knownOwners: Array<{ id: string; source: string; source_id: string }> = missingStructureIds.length
    ? await manager.query(`SELECT id, source, source_id FROM partner WHERE (source, source_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`, [
        missingStructureIds.map((c) => c.source),
        missingStructureIds.map((c) => c.structureFileId),
      ])
    : [];
  const ownerBySource = new Map(knownOwners.map((o) => [sourceKey(o.source, o.source_id), o.id]));
  const ownOwners = services
    .filter((s) => !structureByFileId.has(`${s.candidate.source ?? ''}\u0000${s.candidate.structureFileId}`))
    .map((s) => ownKey({ ...s.candidate, sourceId: s.candidate.structureFileId }, territory.slug));
  const ownOwnerRows: Array<{ id: string; slug: string }> = ownOwners.some((k) => k.id || k.slug)
    ? await manager.query(`SELECT id, slug FROM partner WHERE id::text = ANY($1::text[]) OR (source IS NULL AND slug = ANY($2::text[]))`, [
        ownOwners.map((k) => k.id).filter(Boolean),
        ownOwners.map((k) => k.slug).filter(Boolean),
      ])
    : [];
  const ownerByOwnKey = new Map(ownOwnerRows.flatMap((o) => [[o.id, o.id] as const, [o.slug, o.id] as const]));

  const serviceSources = services.filter((s) => s.candidate.source && s.candidate.sourceId);
  const ownServices = services.map((s) => ownKey(s.candidate, territory.slug));
  const existingServices: Array<Record<string, unknown>> = services.length
    ? await manager.query(
        `SELECT * FROM partner_service
         WHERE (source, source_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
            OR id::text = ANY($3::text[])
            OR (source IS NULL AND slug = ANY($4::text[]))`,
        [
          serviceSources.map((s) => s.candidate.source),
          serviceSources.map((s) => s.candidate.sourceId),
          ownServices.map((k) => k.id).filter(Boolean),
          ownServices.map((k) => k.slug).filter(Boolean),
        ],
      )
    : [];
  const serviceBySource = new Map(existingServices.map((s) => [sourceKey(s.source as string | null, s.source_id as string | null), s]));
  const serviceById = new Map(existingServices.map((s) => [s.id as string, s]));
  const serviceBySlug = new Map(existingServices.filter((s) => s.source === null).map((s) => [s.slug as string, s]));

  const plannedServices: PlannedService[] = services.map(({ row, candidate }) => {
    const structure = structureByFileId.get(`${candidate.source ?? ''}\u0000${candidate.structureFileId}`) ?? null;
    const ownOwner = ownKey({ ...candidate, sourceId: candidate.structureFileId }, territory.slug);
    const partnerId = structure
      ? null
      : (ownerBySource.get(sourceKey(candidate.source, candidate.structureFileId)) ?? ownerByOwnKey.get(ownOwner.id ?? ownOwner.slug ?? '') ?? null);
    if (!structure && !partnerId) {
      const inFile = plannedStructures.some((s) => s.candidate.fileId === candidate.structureFileId);
      row.reasons.push(
        inFile
          ? `La structure « ${candidate.structureFileId} » de ce service est rejetée.`
          : `Structure « ${candidate.structureFileId} » inconnue : ni dans le fichier, ni dans l’annuaire.`,
      );
    }
    const own = ownKey(candidate, territory.slug);
    const byOwn = (own.id && serviceById.get(own.id)) || (own.slug && serviceBySlug.get(own.slug)) || undefined;
    const existing = serviceBySource.get(sourceKey(candidate.source, candidate.sourceId)) ?? byOwn ?? null;
    const changes = existing ? changedValues(existing, existing === byOwn ? withoutSource(candidate.values) : candidate.values) : {};
    const ownerId = structure?.existing?.id ?? partnerId;
    if (existing && ownerId && existing.partner_id !== ownerId) changes.partner_id = ownerId;
    if (existing && structure && !structure.existing) changes.partner_id = null; // owner created by this import
    return { row, candidate, existing, changes, structure, partnerId };
  });

  for (const planned of [...plannedStructures, ...plannedServices]) {
    const { row } = planned;
    if (row.reasons.length) {
      row.outcome = RowOutcome.REJECTED;
      continue;
    }
    const fields = Object.keys(planned.changes);
    if ('attachToTerritory' in planned && planned.existing && planned.attachToTerritory) fields.push('territoire');
    row.outcome = !planned.existing ? RowOutcome.NEW : fields.length ? RowOutcome.CHANGED : RowOutcome.UNCHANGED;
    row.changedFields = planned.existing ? fields.map(fieldName) : [];
  }
  return { rows, structures: plannedStructures, services: plannedServices };
}

/** snake_case column → the hub's field name as the report shows it. */
export function fieldName(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export function countOutcomes(rows: ImportRow[]): Record<RowOutcome, number> {
  const counts = { [RowOutcome.NEW]: 0, [RowOutcome.CHANGED]: 0, [RowOutcome.UNCHANGED]: 0, [RowOutcome.REJECTED]: 0 };
  for (const row of rows) counts[row.outcome]++;
  return counts;
}
