import type { DataSource, EntityManager } from 'typeorm';
import { isCoordinatorOf, requireSectorEditor } from '../../auth/policy.js';
import type { SignedInViewer, Viewer } from '../../auth/viewer.js';
import { bumpVersion } from '../../db/optimistic-lock.js';
import { NotFoundError, UserInputError } from '../../errors/errors.js';
import type { GeocodingService } from '../../geocoding/geocoding.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { metzMetropoleCommunes } from '../geo/communes.js';
import { Partner } from '../partners/partner.entity.js';
import { PartnerKind } from '../partners/partner.enums.js';
import { Territory } from '../territories/territory.entity.js';
import { parseSectorCsv, type CsvRow } from './sector-csv.js';
import { CommuneAssignment, ImportRowStatus, SectorMatch, SectorPopulation, StreetParity, UnknownReason, unknownReasonLabels } from './sector.enums.js';
import { PsychiatricSector, SectorCommune, SectorStreet } from './sector.entity.js';
import { numberInRange, rangesOverlap, streetKey } from './street-key.js';

const communes = metzMetropoleCommunes();
const communeNames = new Map(communes.map((c) => [c.code, c.name]));
export const communeNameOf = (code: string): string | null => communeNames.get(code) ?? null;

export interface AddressQuery {
  communeCode?: string | null;
  street?: string | null;
  houseNumber?: string | null;
}

export interface SectorLookupResult {
  match: SectorMatch;
  reason: UnknownReason | null;
  explanation: string;
  sector: PsychiatricSector | null;
  communeCode: string | null;
  communeName: string | null;
  street: string | null;
  houseNumber: number | null;
  isDemo: boolean;
}

export interface CommuneStatus {
  code: string;
  name: string;
  assignment: CommuneAssignment;
  sectorIds: string[];
}

export interface StreetInput {
  communeCode: string;
  street: string;
  numberFrom?: number | null;
  numberTo?: number | null;
  parity?: StreetParity | null;
}

export interface ImportPreviewRow {
  line: number;
  sectorCode: string;
  communeCode: string;
  street: string | null;
  numberFrom: number | null;
  numberTo: number | null;
  parity: StreetParity;
  status: ImportRowStatus;
  reason: string | null;
}

export interface ImportPreview {
  rows: ImportPreviewRow[];
  applied: boolean;
}

type Range = { numberFrom: number | null; numberTo: number | null; parity: string };

/** Sectors of a territory: who reads them (everyone), who edits them (the coordinator), the lookup. */
export class SectorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly geocoding: GeocodingService,
  ) {}

  private async territory(slug: string): Promise<Territory> {
    const territory = await this.dataSource.getRepository(Territory).findOneBy({ slug: slug.slice(0, 200) });
    if (!territory) throw new NotFoundError('Ce territoire n’existe pas.');
    return territory;
  }

  async list(territorySlug: string): Promise<PsychiatricSector[]> {
    const territory = await this.territory(territorySlug);
    return this.dataSource.getRepository(PsychiatricSector).find({ where: { territoryId: territory.id }, order: { population: 'ASC', code: 'ASC' } });
  }

  canEdit(sector: { territoryId: string }): boolean {
    return isCoordinatorOf(this.viewer, sector.territoryId);
  }

  /** Every commune of Metz Métropole with where it stands in the territory's adult sectors. */
  async communes(territorySlug: string, population = SectorPopulation.ADULT): Promise<CommuneStatus[]> {
    const territory = await this.territory(territorySlug);
    const rows: Array<{ code: string; sectorId: string; kind: 'WHOLE' | 'SPLIT' }> = await this.dataSource.query(
      `SELECT c.commune_code AS code, c.sector_id AS "sectorId", 'WHOLE' AS kind FROM sector_commune c JOIN psychiatric_sector s ON s.id = c.sector_id WHERE s.territory_id = $1 AND s.population = $2
       UNION
       SELECT DISTINCT t.commune_code, t.sector_id, 'SPLIT' FROM sector_street t JOIN psychiatric_sector s ON s.id = t.sector_id WHERE s.territory_id = $1 AND s.population = $2`,
      [territory.id, population],
    );
    return communes.map((commune) => {
      const mine = rows.filter((row) => row.code === commune.code);
      const assignment = mine.some((row) => row.kind === 'SPLIT') ? CommuneAssignment.SPLIT : mine.length ? CommuneAssignment.WHOLE : CommuneAssignment.UNASSIGNED;
      return { ...commune, assignment, sectorIds: [...new Set(mine.map((row) => row.sectorId))] };
    });
  }

  /** The sector of an address, from its commune or (split communes) its street; never a guess. */
  async lookup(territorySlug: string, address: AddressQuery | null, text: string | null, population = SectorPopulation.ADULT): Promise<SectorLookupResult> {
    const territory = await this.territory(territorySlug);
    let query: AddressQuery = address ?? {};
    if (!address?.communeCode && text) {
      const [best] = await this.geocoding.search(text, 1);
      query = best ? { communeCode: best.communeCode, street: best.street, houseNumber: best.houseNumber } : {};
    }
    const communeCode = query.communeCode?.trim() || null;
    const street = query.street?.trim() || null;
    const houseNumber = parseHouseNumber(query.houseNumber);
    const base = { communeCode, communeName: communeCode ? communeNameOf(communeCode) : null, street, houseNumber };
    const unknown = (reason: UnknownReason): SectorLookupResult => ({ ...base, match: SectorMatch.UNKNOWN, reason, explanation: unknownReasonLabels[reason], sector: null, isDemo: false });
    if (!communeCode || !/^\d[\dAB]\d{3}$/.test(communeCode)) return unknown(UnknownReason.NO_COMMUNE);

    const sectors = this.dataSource.getRepository(PsychiatricSector);
    const streets: SectorStreet[] = await this.dataSource
      .getRepository(SectorStreet)
      .createQueryBuilder('t')
      .innerJoin(PsychiatricSector, 's', 's.id = t.sector_id')
      .where('s.territory_id = :territoryId AND s.population = :population AND t.commune_code = :communeCode', { territoryId: territory.id, population, communeCode })
      .getMany();
    if (streets.length) {
      if (!street) return unknown(UnknownReason.STREET_NEEDED);
      const key = streetKey(street);
      const sameStreet = streets.filter((row) => row.streetKey === key);
      if (!sameStreet.length) return unknown(UnknownReason.STREET_NOT_LISTED);
      let candidates = sameStreet;
      if (new Set(sameStreet.map((row) => row.sectorId)).size > 1 || sameStreet.some((row) => row.numberFrom !== null || row.numberTo !== null || row.parity !== StreetParity.ALL)) {
        if (houseNumber === null) {
          if (new Set(sameStreet.map((row) => row.sectorId)).size > 1) return unknown(UnknownReason.NUMBER_NEEDED);
          // One sector for the whole street, whatever the ranges say: still only if they cover it.
          if (!sameStreet.some((row) => row.numberFrom === null && row.numberTo === null && row.parity === StreetParity.ALL)) return unknown(UnknownReason.NUMBER_NEEDED);
        } else {
          candidates = sameStreet.filter((row) => numberInRange(houseNumber, row));
          if (!candidates.length) return unknown(UnknownReason.NUMBER_NOT_LISTED);
        }
      }
      const sectorIds = [...new Set(candidates.map((row) => row.sectorId))];
      if (sectorIds.length !== 1) return unknown(UnknownReason.AMBIGUOUS);
      const sector = await sectors.findOneByOrFail({ id: sectorIds[0] });
      return { ...base, street: candidates[0].streetLabel, match: SectorMatch.STREET, reason: null, explanation: 'Trouvé par la rue : cette commune est partagée entre plusieurs secteurs.', sector, isDemo: candidates.some((row) => row.isDemo) };
    }

    const whole: Array<SectorCommune & { sector: PsychiatricSector }> = await this.dataSource.getRepository(SectorCommune).find({
      where: { communeCode, sector: { territoryId: territory.id, population } },
      relations: { sector: true },
    }) as never;
    if (!whole.length) return unknown(UnknownReason.COMMUNE_NOT_ASSIGNED);
    if (whole.length > 1) return unknown(UnknownReason.AMBIGUOUS);
    return { ...base, match: SectorMatch.COMMUNE, reason: null, explanation: 'Trouvé par la commune : toute la commune relève de ce secteur.', sector: whole[0].sector, isDemo: whole[0].isDemo };
  }

  // --- Editing (coordinator) ---

  private async editSector<T>(sectorId: string, version: number, work: (manager: EntityManager, sector: PsychiatricSector, user: SignedInViewer) => Promise<T>): Promise<PsychiatricSector> {
    const sector = await this.dataSource.getRepository(PsychiatricSector).findOneBy({ id: sectorId });
    if (!sector) throw new NotFoundError('Ce secteur n’existe pas.');
    const user = requireSectorEditor(this.viewer, sector.territoryId);
    return this.dataSource.transaction(async (manager) => {
      // Lock the territory's sectors: two editors never place one commune in two sectors.
      await manager.query(`SELECT id FROM psychiatric_sector WHERE territory_id = $1 ORDER BY id FOR UPDATE`, [sector.territoryId]);
      const details = await work(manager, sector, user);
      const next = await bumpVersion(manager, 'psychiatric_sector', sectorId, version);
      await recordAudit(manager, { action: 'sector.updated', actorUserId: user.userId, targetType: 'psychiatric_sector', targetId: sectorId, territoryId: sector.territoryId, details: { ...(details as object), version: next } });
      return manager.getRepository(PsychiatricSector).findOneByOrFail({ id: sectorId });
    });
  }

  setCmp(sectorId: string, version: number, partnerId: string | null): Promise<PsychiatricSector> {
    return this.editSector(sectorId, version, async (manager) => {
      if (partnerId) {
        const partner = await manager.getRepository(Partner).findOneBy({ id: partnerId });
        if (!partner) throw new NotFoundError('Cette structure n’existe pas.');
        if (partner.kind !== PartnerKind.CMP) throw new UserInputError('Choisissez un centre médico-psychologique (CMP).', 'partnerId');
      }
      await manager.query(`UPDATE psychiatric_sector SET cmp_partner_id = $2 WHERE id = $1`, [sectorId, partnerId]);
      return { cmpPartnerId: partnerId };
    });
  }

  assignCommune(sectorId: string, version: number, communeCode: string): Promise<PsychiatricSector> {
    return this.editSector(sectorId, version, async (manager, sector) => {
      const code = knownCommune(communeCode);
      const [split] = await manager.query(
        `SELECT 1 FROM sector_street t JOIN psychiatric_sector s ON s.id = t.sector_id WHERE s.territory_id = $1 AND s.population = $2 AND t.commune_code = $3 LIMIT 1`,
        [sector.territoryId, sector.population, code],
      );
      if (split) throw new UserInputError('Cette commune est partagée entre secteurs par rues : retirez d’abord ses rues.', 'communeCode');
      const [other] = await manager.query(
        `SELECT s.name FROM sector_commune c JOIN psychiatric_sector s ON s.id = c.sector_id WHERE s.territory_id = $1 AND s.population = $2 AND c.commune_code = $3 AND s.id <> $4`,
        [sector.territoryId, sector.population, code, sectorId],
      );
      if (other) throw new UserInputError(`Cette commune est déjà rattachée au « ${other.name} » : retirez-la d’abord de ce secteur.`, 'communeCode');
      await manager.query(`INSERT INTO sector_commune (sector_id, commune_code, is_demo) VALUES ($1, $2, false) ON CONFLICT (sector_id, commune_code) DO UPDATE SET is_demo = false`, [sectorId, code]);
      return { assigned: code };
    });
  }

  unassignCommune(sectorId: string, version: number, communeCode: string): Promise<PsychiatricSector> {
    return this.editSector(sectorId, version, async (manager) => {
      const [, count] = await manager.query(`DELETE FROM sector_commune WHERE sector_id = $1 AND commune_code = $2`, [sectorId, communeCode]);
      if (!count) throw new NotFoundError('Cette commune n’est pas rattachée à ce secteur.');
      return { unassigned: communeCode };
    });
  }

  addStreet(sectorId: string, version: number, input: StreetInput): Promise<PsychiatricSector> {
    return this.editSector(sectorId, version, async (manager, sector) => {
      const row = checkStreet(input);
      const problem = await this.streetConflict(manager, sector, row);
      if (problem) throw new UserInputError(problem, 'street');
      await manager.query(
        `INSERT INTO sector_street (sector_id, commune_code, street_key, street_label, number_from, number_to, parity, is_demo) VALUES ($1, $2, $3, $4, $5, $6, $7, false)`,
        [sectorId, row.communeCode, row.streetKey, row.streetLabel, row.numberFrom, row.numberTo, row.parity],
      );
      return { addedStreet: row.streetLabel, communeCode: row.communeCode };
    });
  }

  async removeStreet(streetId: string, version: number): Promise<PsychiatricSector> {
    const street = await this.dataSource.getRepository(SectorStreet).findOneBy({ id: streetId });
    if (!street) throw new NotFoundError('Cette rue n’existe pas.');
    return this.editSector(street.sectorId, version, async (manager) => {
      await manager.query(`DELETE FROM sector_street WHERE id = $1`, [streetId]);
      return { removedStreet: street.streetLabel, communeCode: street.communeCode };
    });
  }

  /** Why a street range cannot go in, or null: whole commune elsewhere, or a range that overlaps. */
  private async streetConflict(manager: EntityManager, sector: PsychiatricSector, row: CheckedStreet, ignore: (r: SectorStreet) => boolean = () => false): Promise<string | null> {
    const [whole] = await manager.query(
      `SELECT s.name FROM sector_commune c JOIN psychiatric_sector s ON s.id = c.sector_id WHERE s.territory_id = $1 AND s.population = $2 AND c.commune_code = $3`,
      [sector.territoryId, sector.population, row.communeCode],
    );
    if (whole) return `Toute la commune est rattachée au « ${whole.name} » : retirez-la d’abord pour la partager par rues.`;
    const existing: SectorStreet[] = await manager
      .getRepository(SectorStreet)
      .createQueryBuilder('t')
      .innerJoin(PsychiatricSector, 's', 's.id = t.sector_id')
      .where('s.territory_id = :territoryId AND s.population = :population AND t.commune_code = :communeCode AND t.street_key = :key', {
        territoryId: sector.territoryId,
        population: sector.population,
        communeCode: row.communeCode,
        key: row.streetKey,
      })
      .getMany();
    const clash = existing.find((other) => !ignore(other) && rangesOverlap(other, row));
    return clash ? `Ces numéros recouvrent une plage déjà enregistrée pour ${clash.streetLabel} (${describeRange(clash)}).` : null;
  }

  // --- CSV import (coordinator) ---

  async previewImport(territorySlug: string, csv: string): Promise<ImportPreview> {
    const territory = await this.territory(territorySlug);
    requireSectorEditor(this.viewer, territory.id);
    const rows = parseSectorCsv(csv);
    return { rows: (await this.plan(this.dataSource.manager, territory.id, rows)).map((p) => p.row), applied: false };
  }

  /** Applies the file in one transaction, or nothing at all if one row is rejected. */
  async applyImport(territorySlug: string, csv: string): Promise<ImportPreview> {
    const territory = await this.territory(territorySlug);
    const user = requireSectorEditor(this.viewer, territory.id);
    const rows = parseSectorCsv(csv);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT id FROM psychiatric_sector WHERE territory_id = $1 ORDER BY id FOR UPDATE`, [territory.id]);
      const plan = await this.plan(manager, territory.id, rows);
      const rejected = plan.filter((p) => p.row.status === ImportRowStatus.REJECTED);
      if (rejected.length) {
        throw new UserInputError(`Le fichier n’a pas été importé : ${rejected.length} ligne(s) refusée(s), la première à la ligne ${rejected[0].row.line} (${rejected[0].row.reason}).`, 'csv');
      }
      const touched = new Set<string>();
      for (const { row, sector, previous } of plan) {
        if (row.status === ImportRowStatus.UNCHANGED) continue;
        touched.add(sector!.id);
        if (previous) touched.add(previous);
        if (row.street === null) {
          if (previous) await manager.query(`DELETE FROM sector_commune WHERE sector_id = $1 AND commune_code = $2`, [previous, row.communeCode]);
          await manager.query(`INSERT INTO sector_commune (sector_id, commune_code, is_demo) VALUES ($1, $2, false)`, [sector!.id, row.communeCode]);
        } else {
          const key = streetKey(row.street);
          if (previous) {
            await manager.query(
              `DELETE FROM sector_street WHERE sector_id = $1 AND commune_code = $2 AND street_key = $3 AND number_from IS NOT DISTINCT FROM $4 AND number_to IS NOT DISTINCT FROM $5 AND parity = $6`,
              [previous, row.communeCode, key, row.numberFrom, row.numberTo, row.parity],
            );
          }
          await manager.query(
            `INSERT INTO sector_street (sector_id, commune_code, street_key, street_label, number_from, number_to, parity, is_demo) VALUES ($1, $2, $3, $4, $5, $6, $7, false)`,
            [sector!.id, row.communeCode, key, row.street, row.numberFrom, row.numberTo, row.parity],
          );
        }
      }
      for (const id of touched) await manager.query(`UPDATE psychiatric_sector SET version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      const count = (status: ImportRowStatus) => plan.filter((p) => p.row.status === status).length;
      await recordAudit(manager, {
        action: 'sector.imported',
        actorUserId: user.userId,
        targetType: 'territory',
        targetId: territory.id,
        territoryId: territory.id,
        details: { new: count(ImportRowStatus.NEW), changed: count(ImportRowStatus.CHANGED), unchanged: count(ImportRowStatus.UNCHANGED) },
      });
      return { rows: plan.map((p) => p.row), applied: true };
    });
  }

  /** What each row of the file would do, against the data as it is now. */
  private async plan(manager: EntityManager, territoryId: string, rows: CsvRow[]): Promise<Array<{ row: ImportPreviewRow; sector?: PsychiatricSector; previous?: string }>> {
    const sectors = await manager.getRepository(PsychiatricSector).find({ where: { territoryId } });
    const byCode = new Map(sectors.map((s) => [s.code.toLowerCase(), s]));
    const sectorIds = sectors.map((s) => s.id);
    const wholeRows: SectorCommune[] = sectorIds.length ? await manager.getRepository(SectorCommune).createQueryBuilder('c').where('c.sector_id IN (:...ids)', { ids: sectorIds }).getMany() : [];
    const streetRows: SectorStreet[] = sectorIds.length ? await manager.getRepository(SectorStreet).createQueryBuilder('t').where('t.sector_id IN (:...ids)', { ids: sectorIds }).getMany() : [];
    const populationOf = new Map(sectors.map((s) => [s.id, s.population]));
    const seen: Array<{ population: string; communeCode: string; key: string | null } & Range> = [];
    const out: Array<{ row: ImportPreviewRow; sector?: PsychiatricSector; previous?: string }> = [];

    for (const raw of rows) {
      const row: ImportPreviewRow = {
        line: raw.line,
        sectorCode: raw.sectorCode,
        communeCode: raw.communeCode,
        street: raw.street || null,
        numberFrom: null,
        numberTo: null,
        parity: StreetParity.ALL,
        status: ImportRowStatus.REJECTED,
        reason: null,
      };
      const reject = (reason: string) => out.push({ row: { ...row, reason } });
      if (raw.error) { reject(raw.error); continue; }
      const sector = byCode.get(raw.sectorCode.toLowerCase());
      if (!sector) { reject(`Secteur inconnu : « ${raw.sectorCode} ».`); continue; }
      if (!communeNames.has(raw.communeCode)) { reject(`Code commune inconnu : « ${raw.communeCode} » (code INSEE d’une commune de Metz Métropole).`); continue; }
      let checked: CheckedStreet | null = null;
      try {
        if (row.street) checked = checkStreet({ communeCode: raw.communeCode, street: raw.street, numberFrom: raw.numberFrom, numberTo: raw.numberTo, parity: raw.parity as StreetParity });
        else if (raw.numberFrom !== null || raw.numberTo !== null || raw.parity !== StreetParity.ALL) throw new UserInputError('Des numéros sans rue : indiquez la rue.');
      } catch (error) {
        reject((error as Error).message);
        continue;
      }
      if (checked) Object.assign(row, { numberFrom: checked.numberFrom, numberTo: checked.numberTo, parity: checked.parity, street: checked.streetLabel });
      const samePopulation = (id: string) => populationOf.get(id) === sector.population;
      const key = checked?.streetKey ?? null;
      const inFile = seen.filter((s) => s.population === sector.population && s.communeCode === raw.communeCode);
      if (key === null) {
        if (inFile.length) { reject(inFile.some((s) => s.key === null) ? 'Commune déjà présente plus haut dans le fichier.' : 'Commune déjà partagée par rues plus haut dans le fichier.'); continue; }
        if (streetRows.some((t) => samePopulation(t.sectorId) && t.communeCode === raw.communeCode)) { reject('Cette commune est partagée entre secteurs par rues : elle ne peut pas être rattachée entière.'); continue; }
        const current = wholeRows.find((c) => samePopulation(c.sectorId) && c.communeCode === raw.communeCode);
        seen.push({ population: sector.population, communeCode: raw.communeCode, key: null, numberFrom: null, numberTo: null, parity: 'ALL' });
        if (!current) out.push({ row: { ...row, status: ImportRowStatus.NEW }, sector });
        else if (current.sectorId === sector.id) out.push({ row: { ...row, status: ImportRowStatus.UNCHANGED }, sector });
        else out.push({ row: { ...row, status: ImportRowStatus.CHANGED, reason: `Passe du « ${sectors.find((s) => s.id === current.sectorId)!.name} » à ce secteur.` }, sector, previous: current.sectorId });
        continue;
      }
      if (inFile.some((s) => s.key === null)) { reject('Cette commune est rattachée entière plus haut dans le fichier.'); continue; }
      if (inFile.some((s) => s.key === key && rangesOverlap(s, checked!))) { reject('Ces numéros recouvrent une autre ligne du fichier pour la même rue.'); continue; }
      if (wholeRows.some((c) => samePopulation(c.sectorId) && c.communeCode === raw.communeCode)) { reject('Toute la commune est rattachée à un secteur : retirez-la d’abord pour la partager par rues.'); continue; }
      const sameStreet = streetRows.filter((t) => samePopulation(t.sectorId) && t.communeCode === raw.communeCode && t.streetKey === key);
      const identical = sameStreet.find((t) => t.numberFrom === checked!.numberFrom && t.numberTo === checked!.numberTo && t.parity === checked!.parity);
      const overlapping = sameStreet.filter((t) => t !== identical && rangesOverlap(t, checked!));
      seen.push({ population: sector.population, communeCode: raw.communeCode, key, numberFrom: checked!.numberFrom, numberTo: checked!.numberTo, parity: checked!.parity });
      if (overlapping.length) { reject(`Ces numéros recouvrent une plage déjà enregistrée (${describeRange(overlapping[0])}).`); continue; }
      if (!identical) out.push({ row: { ...row, status: ImportRowStatus.NEW }, sector });
      else if (identical.sectorId === sector.id) out.push({ row: { ...row, status: ImportRowStatus.UNCHANGED }, sector });
      else out.push({ row: { ...row, status: ImportRowStatus.CHANGED, reason: `Passe du « ${sectors.find((s) => s.id === identical.sectorId)!.name} » à ce secteur.` }, sector, previous: identical.sectorId });
    }
    return out;
  }
}

interface CheckedStreet extends Range {
  communeCode: string;
  streetKey: string;
  streetLabel: string;
  parity: StreetParity;
}

function knownCommune(code: string): string {
  const trimmed = code.trim();
  if (!communeNames.has(trimmed)) throw new UserInputError('Choisissez une commune de Metz Métropole (code INSEE).', 'communeCode');
  return trimmed;
}

function checkStreet(input: StreetInput): CheckedStreet {
  const communeCode = knownCommune(input.communeCode);
  const streetLabel = input.street.replace(/\s+/g, ' ').trim();
  if (!streetLabel) throw new UserInputError('Indiquez la rue.', 'street');
  if (streetLabel.length > 150) throw new UserInputError('Le nom de la rue est trop long (150 caractères au plus).', 'street');
  const key = streetKey(streetLabel);
  if (!key) throw new UserInputError('Indiquez la rue.', 'street');
  const numberFrom = input.numberFrom ?? null;
  const numberTo = input.numberTo ?? null;
  for (const [value, field] of [[numberFrom, 'numberFrom'], [numberTo, 'numberTo']] as const) {
    if (value !== null && (!Number.isInteger(value) || value < 1 || value > 9999)) throw new UserInputError('Les numéros sont des nombres entiers de 1 à 9999.', field);
  }
  if (numberFrom !== null && numberTo !== null && numberFrom > numberTo) throw new UserInputError('Le premier numéro dépasse le dernier.', 'numberTo');
  const parity = input.parity ?? StreetParity.ALL;
  if (!Object.values(StreetParity).includes(parity)) throw new UserInputError('Parité inconnue : « tous », « impairs » ou « pairs ».', 'parity');
  return { communeCode, streetKey: key, streetLabel, numberFrom, numberTo, parity };
}

export function describeRange(range: Range): string {
  const parity = range.parity === 'ODD' ? 'impairs' : range.parity === 'EVEN' ? 'pairs' : 'tous les numéros';
  if (range.numberFrom === null && range.numberTo === null) return parity;
  if (range.numberTo === null) return `${parity} à partir du ${range.numberFrom}`;
  if (range.numberFrom === null) return `${parity} jusqu’au ${range.numberTo}`;
  return `${parity} du ${range.numberFrom} au ${range.numberTo}`;
}

function parseHouseNumber(value: string | null | undefined): number | null {
  const match = value?.trim().match(/^(\d{1,4})/);
  return match ? Number(match[1]) : null;
}
