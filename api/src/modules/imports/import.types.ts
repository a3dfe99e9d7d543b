import type { ImportFormat } from './import-file.js';

// The per-row report of an import, the same for the preview and for the applied import.

export enum RowOutcome {
  NEW = 'NEW',
  CHANGED = 'CHANGED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}

export type ImportEntity = 'structure' | 'service';

export interface ImportRow {
  /** Where the row comes from: « ligne 3 » (CSV) or « élément 3 » (JSON). */
  label: string;
  position: number;
  entity: ImportEntity;
  /** The row's own identifier in the file (data·inclusion `id`, HSDS `id`). */
  id: string | null;
  name: string | null;
  outcome: RowOutcome;
  /** Hub fields that the import changes (CHANGED rows). */
  changedFields: string[];
  /** Why the row is rejected (REJECTED rows), in French. */
  reasons: string[];
}

export interface ImportReport {
  format: ImportFormat;
  applied: boolean;
  counts: Record<RowOutcome, number>;
  rows: ImportRow[];
}

/** A structure read from the file, in the hub's terms (partner columns, snake_case). */
export interface StructureCandidate {
  entity: 'structure';
  fileId: string;
  source: string | null;
  sourceId: string | null;
  siret: string | null;
  name: string;
  values: Record<string, unknown>;
}

/** A service read from the file, in the hub's terms (partner_service columns, snake_case). */
export interface ServiceCandidate {
  entity: 'service';
  fileId: string;
  source: string | null;
  sourceId: string | null;
  /** The file id of the structure that offers it. */
  structureFileId: string;
  name: string;
  values: Record<string, unknown>;
}

export type Candidate = StructureCandidate | ServiceCandidate;

/** What one record of the file gives: hub candidates, or the reasons it cannot be read. */
export interface ReadRecord {
  entity: ImportEntity;
  id: string | null;
  name: string | null;
  candidates: Candidate[];
  errors: string[];
}
