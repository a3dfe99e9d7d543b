import type { DataSource, EntityManager } from 'typeorm';
import { requireProjectEditor } from '../../auth/policy.js';
import type { SignedInViewer, Viewer } from '../../auth/viewer.js';
import { bumpVersion } from '../../db/optimistic-lock.js';
import { NotFoundError, UserInputError } from '../../errors/errors.js';
import { publishEvent } from '../../events/event-bus.js';
import { optionalText, requiredText } from '../../text/input.js';
import { recordAudit } from '../audit/audit.service.js';
import { Convention } from '../conventions/convention.entity.js';
import type { GroupService } from '../groups/group.service.js';
import { groupChangedTopic } from '../groups/group.service.js';
import { Partner } from '../partners/partner.entity.js';
import { Territory } from '../territories/territory.entity.js';
import { centsOf, FundingBasis } from './funding.js';
import { FundingLine, IndicatorValue, ProjectIndicator } from './project-parts.entity.js';
import { Project, ProjectStatus } from './project.entity.js';
import type { FundingLineInput, ProjectInput } from './project.inputs.js';

export const projectChangedTopic = 'project.changed';

// Years a CLSM plans within; anything else is a typing slip.
const firstYear = 1990;
const lastYear = 2100;
// 10 million euros per line: beyond a CLSM's scale, and far below the int column's limit.
const maxAmountCents = 1_000_000_000;

function checkYear(year: number | null | undefined, label: string, field: string): number | null {
  if (year === null || year === undefined) return null;
  if (!Number.isInteger(year) || year < firstYear || year > lastYear) {
    throw new UserInputError(`« ${label} » doit être une année entre ${firstYear} et ${lastYear}.`, field);
  }
  return year;
}

/** A funding line as stored, from what the form sent; every rule of a line lives here. */
export function checkFundingLine(input: FundingLineInput, partnerName: string | null): Omit<FundingLine, 'id' | 'projectId' | 'position' | 'amount'> {
  if (!Object.values(FundingBasis).includes(input.basis)) throw new UserInputError('Base de financement inconnue.', 'basis');
  if (!Number.isFinite(input.amount)) throw new UserInputError('Le montant doit être un nombre.', 'amount');
  if (input.amount < 0) throw new UserInputError('Le montant ne peut pas être négatif.', 'amount');
  const amountCents = centsOf(input.amount);
  if (amountCents > maxAmountCents) throw new UserInputError('Le montant dépasse 10 millions d’euros : vérifiez la saisie.', 'amount');
  const units = input.units ?? 1;
  if (!Number.isInteger(units) || units < 1) throw new UserInputError('Le nombre d’unités par an doit être d’au moins 1.', 'units');
  if (input.basis !== FundingBasis.PER_UNIT_PER_YEAR && units !== 1) {
    throw new UserInputError('Le nombre d’unités ne vaut que pour un financement par unité et par an.', 'units');
  }
  const fromYear = checkYear(input.fromYear, 'Année de début', 'fromYear');
  if (fromYear === null) throw new UserInputError('« Année de début » est obligatoire.', 'fromYear');
  const toYear = checkYear(input.toYear, 'Année de fin', 'toYear') ?? fromYear;
  if (toYear < fromYear) throw new UserInputError('L’année de fin ne peut pas précéder l’année de début.', 'toYear');
  if (input.basis === FundingBasis.ONE_OFF && toYear !== fromYear) {
    throw new UserInputError('Un versement unique porte sur une seule année.', 'toYear');
  }
  const funderName = optionalText(input.funderName, 'Financeur', 200, 'funderName') ?? partnerName;
  if (!funderName) throw new UserInputError('Indiquez le financeur : une structure de l’annuaire ou un nom.', 'funderName');
  return {
    funderPartnerId: input.funderPartnerId ?? null,
    funderName,
    basis: input.basis,
    unitLabel: input.basis === FundingBasis.PER_UNIT_PER_YEAR ? optionalText(input.unitLabel, 'Unité', 60, 'unitLabel') : null,
    amountCents,
    units,
    fromYear,
    toYear,
    note: optionalText(input.note, 'Remarque', 500, 'note'),
  };
}

// Reads are public: a CLSM is a public body whose projects, funders and amounts appear in its
// yearly activity report. Every write is the territory coordinator's.
//
// Concurrency: the project's own fields carry a version (two people may rewrite the description
// at once). Partners are a set (adding twice or removing twice ends the same), and funding lines
// and indicator values are small rows written whole, each by one form: the last writer wins,
// and the audit trail keeps every write, which is what a single coordination team needs.
export class ProjectService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groups: GroupService,
    private readonly viewer: Viewer,
  ) {}

  list(territorySlug: string): Promise<Project[]> {
    return this.dataSource
      .getRepository(Project)
      .createQueryBuilder('p')
      .innerJoin(Territory, 't', 't.id = p.territory_id')
      .where('t.slug = :territorySlug', { territorySlug })
      .orderBy('p.contribution')
      .addOrderBy('p.name')
      .getMany();
  }

  findBySlug(slug: string): Promise<Project | null> {
    return this.dataSource.getRepository(Project).findOneBy({ slug });
  }

  /** Links a project to a group, or unlinks it: for the group's animators and the coordinator. */
  async link(groupId: string, projectId: string, linked: boolean): Promise<void> {
    const { group, user } = await this.groups.requireEditor(groupId);
    const project = await this.dataSource.getRepository(Project).findOneBy({ id: projectId });
    if (!project || project.territoryId !== group.territoryId) throw new NotFoundError('Ce projet n’existe pas dans ce territoire.');
    await this.dataSource.transaction(async (manager) => {
      if (linked) {
        await manager.query(`INSERT INTO group_project (project_id, group_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [projectId, groupId]);
      } else {
        await manager.query(`DELETE FROM group_project WHERE project_id = $1 AND group_id = $2`, [projectId, groupId]);
      }
      await publishEvent(manager, { topic: groupChangedTopic, id: groupId });
      await recordAudit(manager, { action: linked ? 'group.project_linked' : 'group.project_unlinked', actorUserId: user.userId, targetType: 'group', targetId: groupId, details: { projectId } });
    });
  }

  async update(projectId: string, version: number, input: ProjectInput): Promise<Project> {
    const { project, user } = await this.editable(projectId);
    const name = requiredText(input.name, 'Nom', 200, 'name');
    const description = optionalText(input.description, 'Description', 5000, 'description');
    if (!Object.values(ProjectStatus).includes(input.status)) throw new UserInputError('Statut inconnu.', 'status');
    const startYear = checkYear(input.startYear, 'Année de début', 'startYear');
    const endYear = checkYear(input.endYear, 'Année de fin', 'endYear');
    if (startYear !== null && endYear !== null && endYear < startYear) {
      throw new UserInputError('L’année de fin ne peut pas précéder l’année de début.', 'endYear');
    }
    const leadPartnerId = input.leadPartnerId ? (await this.partner(input.leadPartnerId, 'leadPartnerId')).id : null;
    let conventionId: string | null = null;
    if (input.conventionId) {
      const convention = await this.dataSource.getRepository(Convention).findOneBy({ id: input.conventionId });
      if (!convention || convention.territoryId !== project.territoryId) {
        throw new UserInputError('Cette convention n’existe pas dans ce territoire.', 'conventionId');
      }
      conventionId = convention.id;
    }
    return this.write(project, user, 'project.updated', { fields: Object.keys(input) }, async (manager) => {
      await bumpVersion(manager, 'project', project.id, version);
      await manager.getRepository(Project).update(project.id, { name, description, status: input.status, leadPartnerId, conventionId, startYear, endYear });
    });
  }

  async setPartner(projectId: string, partnerId: string, present: boolean): Promise<Project> {
    const { project, user } = await this.editable(projectId);
    const partner = await this.partner(partnerId, 'partnerId');
    if (present && partner.id === project.leadPartnerId) throw new UserInputError('Cette structure porte déjà le projet.', 'partnerId');
    return this.write(project, user, 'project.partner_changed', { partnerId, present }, async (manager) => {
      if (present) {
        await manager.query(`INSERT INTO project_partner (project_id, partner_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [project.id, partner.id]);
      } else {
        await manager.query(`DELETE FROM project_partner WHERE project_id = $1 AND partner_id = $2`, [project.id, partner.id]);
      }
    });
  }

  async addFundingLine(projectId: string, input: FundingLineInput): Promise<Project> {
    const { project, user } = await this.editable(projectId);
    const line = checkFundingLine(input, await this.funderName(input));
    return this.write(project, user, 'project.funding_added', { funder: line.funderName }, async (manager) => {
      const [{ next }] = await manager.query(`SELECT coalesce(max(position) + 1, 0)::int AS next FROM funding_line WHERE project_id = $1`, [project.id]);
      await manager.getRepository(FundingLine).insert({ ...line, projectId: project.id, position: next });
    });
  }

  async updateFundingLine(lineId: string, input: FundingLineInput): Promise<Project> {
    const existing = await this.dataSource.getRepository(FundingLine).findOneBy({ id: lineId });
    if (!existing) throw new NotFoundError('Cette ligne de financement n’existe plus.');
    const { project, user } = await this.editable(existing.projectId);
    const line = checkFundingLine(input, await this.funderName(input));
    return this.write(project, user, 'project.funding_updated', { lineId }, async (manager) => {
      await manager.getRepository(FundingLine).update(lineId, line);
    });
  }

  async removeFundingLine(lineId: string): Promise<Project> {
    const existing = await this.dataSource.getRepository(FundingLine).findOneBy({ id: lineId });
    if (!existing) throw new NotFoundError('Cette ligne de financement n’existe plus.');
    const { project, user } = await this.editable(existing.projectId);
    return this.write(project, user, 'project.funding_removed', { lineId, funder: existing.funderName }, async (manager) => {
      await manager.getRepository(FundingLine).delete(lineId);
    });
  }

  async addIndicator(projectId: string, name: string, unit: string | null): Promise<Project> {
    const { project, user } = await this.editable(projectId);
    const fields = { name: requiredText(name, 'Nom de l’indicateur', 120, 'name'), unit: optionalText(unit, 'Unité', 60, 'unit') };
    return this.write(project, user, 'project.indicator_added', { name: fields.name }, async (manager) => {
      const [{ next }] = await manager.query(`SELECT coalesce(max(position) + 1, 0)::int AS next FROM project_indicator WHERE project_id = $1`, [project.id]);
      await manager.getRepository(ProjectIndicator).insert({ ...fields, projectId: project.id, position: next });
    });
  }

  async renameIndicator(indicatorId: string, name: string, unit: string | null): Promise<Project> {
    const indicator = await this.indicator(indicatorId);
    const { project, user } = await this.editable(indicator.projectId);
    const fields = { name: requiredText(name, 'Nom de l’indicateur', 120, 'name'), unit: optionalText(unit, 'Unité', 60, 'unit') };
    return this.write(project, user, 'project.indicator_renamed', { indicatorId, name: fields.name }, async (manager) => {
      await manager.getRepository(ProjectIndicator).update(indicatorId, fields);
    });
  }

  async removeIndicator(indicatorId: string): Promise<Project> {
    const indicator = await this.indicator(indicatorId);
    const { project, user } = await this.editable(indicator.projectId);
    return this.write(project, user, 'project.indicator_removed', { indicatorId, name: indicator.name }, async (manager) => {
      await manager.getRepository(ProjectIndicator).delete(indicatorId);
    });
  }

  /** A year's target and value; both empty removes the year. */
  async setIndicatorValue(indicatorId: string, year: number, target: number | null, value: number | null): Promise<Project> {
    const indicator = await this.indicator(indicatorId);
    const { project, user } = await this.editable(indicator.projectId);
    const checkedYear = checkYear(year, 'Année', 'year')!;
    for (const [number, field, label] of [[target, 'target', 'La cible'], [value, 'value', 'La valeur']] as const) {
      if (number !== null && (!Number.isFinite(number) || number < 0)) throw new UserInputError(`${label} doit être un nombre positif ou nul.`, field);
    }
    return this.write(project, user, 'project.indicator_value_set', { indicatorId, year, target, value }, async (manager) => {
      if (target === null && value === null) {
        await manager.getRepository(IndicatorValue).delete({ indicatorId, year: checkedYear });
      } else {
        await manager.query(
          `INSERT INTO indicator_value (indicator_id, year, target, value) VALUES ($1, $2, $3, $4)
           ON CONFLICT (indicator_id, year) DO UPDATE SET target = EXCLUDED.target, value = EXCLUDED.value`,
          [indicatorId, checkedYear, target, value],
        );
      }
    });
  }

  private async editable(projectId: string): Promise<{ project: Project; user: SignedInViewer }> {
    const project = await this.dataSource.getRepository(Project).findOneBy({ id: projectId });
    if (!project) throw new NotFoundError('Ce projet n’existe pas.');
    return { project, user: requireProjectEditor(this.viewer, project) };
  }

  private async partner(partnerId: string, field: string): Promise<Partner> {
    const partner = await this.dataSource.getRepository(Partner).findOneBy({ id: partnerId });
    if (!partner) throw new UserInputError('Cette structure n’est pas dans l’annuaire.', field);
    return partner;
  }

  private async funderName(input: FundingLineInput): Promise<string | null> {
    if (!input.funderPartnerId) return null;
    const partner = await this.partner(input.funderPartnerId, 'funderPartnerId');
    return partner.shortName ?? partner.name;
  }

  private async indicator(indicatorId: string): Promise<ProjectIndicator> {
    const indicator = await this.dataSource.getRepository(ProjectIndicator).findOneBy({ id: indicatorId });
    if (!indicator) throw new NotFoundError('Cet indicateur n’existe plus.');
    return indicator;
  }

  /** One write: the change, its audit line and the live event, in one transaction. */
  private async write(
    project: Project,
    user: SignedInViewer,
    action: string,
    details: Record<string, unknown>,
    change: (manager: EntityManager) => Promise<void>,
  ): Promise<Project> {
    await this.dataSource.transaction(async (manager) => {
      await change(manager);
      await publishEvent(manager, { topic: projectChangedTopic, id: project.id });
      await recordAudit(manager, { action, actorUserId: user.userId, targetType: 'project', targetId: project.id, territoryId: project.territoryId, details });
    });
    return this.dataSource.getRepository(Project).findOneByOrFail({ id: project.id });
  }
}
