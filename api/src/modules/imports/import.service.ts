import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { requireCoordinator } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { bumpVersion } from '../../db/optimistic-lock.js';
import { NotFoundError, UserInputError } from '../../errors/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { refreshSearchDocuments } from '../partners/partner.search-index.js';
import { Territory } from '../territories/territory.entity.js';
import { ImportFileError, parseImportFile, parseImportFormat, type ParsedFile } from './import-file.js';
import { countOutcomes, planImport, type ImportPlan } from './import.plan.js';
import { importedPartnerDefaults, readRecords } from './import.readers.js';
import { RowOutcome, type ImportReport } from './import.types.js';
import { slugAllocator } from '../../db/unique-slug.js';
import { recordPartnerChanges } from '../partners/partner-history.js';

// Imports of structures and services (data·inclusion JSON/CSV, HSDS JSON) into a territory's
// directory. The preview writes nothing; the apply runs the same plan in one transaction and
// refuses a file with rejected rows, so a file is imported whole or not at all.

export class ImportRefusedError extends UserInputError {
  constructor(
    message: string,
    readonly report: ImportReport | null = null,
  ) {
    super(message, 'file');
  }
}

export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
  ) {}

  private async territory(territorySlug: string): Promise<Territory> {
    const territory = await this.dataSource.getRepository(Territory).findOneBy({ slug: territorySlug });
    if (!territory) throw new NotFoundError('Ce territoire n’existe pas.');
    requireCoordinator(this.viewer, territory.id);
    return territory;
  }

  private read(content: Buffer, format: string | null | undefined): ParsedFile {
    try {
      return parseImportFile(content, parseImportFormat(format));
    } catch (error) {
      if (error instanceof ImportFileError) throw new ImportRefusedError(error.message);
      throw error;
    }
  }

  private report(parsed: ParsedFile, plan: ImportPlan, applied: boolean): ImportReport {
    return { format: parsed.format, applied, counts: countOutcomes(plan.rows), rows: plan.rows };
  }

  /** What the file would do, row by row. Writes nothing. */
  async preview(territorySlug: string, content: Buffer, format?: string | null): Promise<ImportReport> {
    const territory = await this.territory(territorySlug);
    const parsed = this.read(content, format);
    const plan = await planImport(this.dataSource.manager, territory, parsed.records, readRecords(parsed));
    return this.report(parsed, plan, false);
  }

  /** Carries out the plan in one transaction; a file with a rejected row changes nothing. */
  async apply(territorySlug: string, content: Buffer, format?: string | null): Promise<ImportReport> {
    const territory = await this.territory(territorySlug);
    const user = requireCoordinator(this.viewer, territory.id);
    const parsed = this.read(content, format);
    const reads = readRecords(parsed);
    return this.dataSource.transaction(async (manager) => {
      // One import at a time per territory: two applies of one file must not both create.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`import.${territory.id}`]);
      const plan = await planImport(manager, territory, parsed.records, reads);
      const report = this.report(parsed, plan, false);
      if (report.counts[RowOutcome.REJECTED]) {
        const rejected = report.counts[RowOutcome.REJECTED];
        throw new ImportRefusedError(
          `${rejected} ligne${rejected > 1 ? 's' : ''} rejetée${rejected > 1 ? 's' : ''} : corrigez le fichier puis relancez l’import. Rien n’a été importé.`,
          report,
        );
      }
      const touched = await this.carryOut(manager, territory.id, user.userId, plan);
      await refreshSearchDocuments(manager, touched.map((id) => ({ id })));
      await recordAudit(manager, {
        action: 'directory.imported',
        actorUserId: user.userId,
        targetType: 'territory',
        targetId: territory.id,
        territoryId: territory.id,
        details: { format: parsed.format, sha256: createHash('sha256').update(content).digest('hex'), counts: report.counts },
      });
      return { ...report, applied: true };
    });
  }

  private async carryOut(manager: EntityManager, territoryId: string, userId: string, plan: ImportPlan): Promise<string[]> {
    const touched = new Set<string>();
    const createdPartner = new Map<object, string>();
    const partnerSlugs = await slugAllocator(manager, 'partner', 'structure');
    const serviceSlugs = await slugAllocator(manager, 'partner_service', 'service');
    for (const planned of plan.structures) {
      const { candidate, existing, changes } = planned;
      let partnerId: string;
      if (!existing) {
        const slug = partnerSlugs(candidate.name);
        const values = { ...importedPartnerDefaults, ...candidate.values, slug, version: 1 };
        partnerId = await insertRow(manager, 'partner', values);
        await manager.query(
          `INSERT INTO partner_change (partner_id, changed_by, version, field, before, after) VALUES ($1, $2, 1, 'created', NULL, $3)`,
          [partnerId, userId, JSON.stringify({ name: candidate.name, import: candidate.source })],
        );
        createdPartner.set(planned, partnerId);
        touched.add(partnerId);
      } else {
        partnerId = existing.id as string;
        if (Object.keys(changes).length) {
          const version = await bumpVersion(manager, 'partner', partnerId, existing.version as number);
          await updateRow(manager, 'partner', partnerId, changes);
          await recordPartnerChanges(
            manager,
            partnerId,
            userId,
            version,
            Object.entries(changes).map(([column, after]) => ({ field: column.replace(/_([a-z])/g, (_, l: string) => l.toUpperCase()), before: existing[column] ?? null, after: after ?? null })),
          );
          touched.add(partnerId);
        }
      }
      if (planned.attachToTerritory) {
        await manager.query(`INSERT INTO partner_territory (partner_id, territory_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [partnerId, territoryId]);
      }
    }
    for (const planned of plan.services) {
      const { candidate, existing, changes, structure } = planned;
      const ownerId = structure ? (structure.existing?.id as string | undefined) ?? createdPartner.get(structure)! : planned.partnerId!;
      if (!existing) {
        const slug = serviceSlugs(candidate.name);
        await insertRow(manager, 'partner_service', { ...candidate.values, partner_id: ownerId, slug });
      } else if (Object.keys(changes).length) {
        await bumpVersion(manager, 'partner_service', existing.id as string, existing.version as number);
        await updateRow(manager, 'partner_service', existing.id as string, { ...changes, ...('partner_id' in changes ? { partner_id: ownerId } : {}) });
      }
    }
    return [...touched];
  }
}

const identifier = /^[a-z_][a-z0-9_]*$/;

function checkedColumns(values: Record<string, unknown>): string[] {
  const columns = Object.keys(values).filter((column) => values[column] !== undefined);
  for (const column of columns) if (!identifier.test(column)) throw new Error(`unexpected column ${column}`);
  return columns;
}

async function insertRow(manager: EntityManager, table: 'partner' | 'partner_service', values: Record<string, unknown>): Promise<string> {
  const columns = checkedColumns(values);
  const [row] = await manager.query(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    columns.map((c) => values[c]),
  );
  return row.id as string;
}

async function updateRow(manager: EntityManager, table: 'partner' | 'partner_service', id: string, values: Record<string, unknown>): Promise<void> {
  const columns = checkedColumns(values);
  if (!columns.length) return;
  await manager.query(
    `UPDATE "${table}" SET ${columns.map((c, i) => `"${c}" = $${i + 2}`).join(', ')} WHERE id = $1`,
    [id, ...columns.map((c) => values[c])],
  );
}
