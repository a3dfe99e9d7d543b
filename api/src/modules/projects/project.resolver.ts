import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { canEditProject } from '../../auth/policy.js';
import { NotFoundError } from '../../errors/errors.js';
import type { HubEvent } from '../../events/event-bus.js';
import { renewForEvent, subscribeToVisible } from '../../events/event-scope.js';
import type { Context } from '../../graphql/context.js';
import { Convention } from '../conventions/convention.entity.js';
import { WorkingGroup } from '../groups/working-group.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { euros, summarise, totalCents, yearlyCents, type FundingLineFigures } from './funding.js';
import { FundingLine, fundingBasisLabels, IndicatorValue, ProjectIndicator } from './project-parts.entity.js';
import { Project, ProjectStatus, projectStatusLabels } from './project.entity.js';
import { FundingLineInput, ProjectInput } from './project.inputs.js';
import { projectChangedTopic } from './project.service.js';

const subscribeToProject = subscribeToVisible(projectChangedTopic, (ctx, args) => ctx.services.projects.findBySlug(String(args.slug)), 'Ce projet n’existe pas.');

@ObjectType({ description: 'Montant d’une année' })
class YearAmount {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, { description: 'En euros' })
  amount!: number;
}

@ObjectType({ description: 'Montant apporté par un financeur' })
class FunderAmount {
  @Field(() => String)
  funder!: string;

  @Field(() => Float, { description: 'En euros' })
  amount!: number;
}

@ObjectType({ description: 'Le financement d’un projet, calculé à partir de ses lignes' })
class ProjectFunding {
  @Field(() => Float, { description: 'Total en euros, toutes années' })
  total!: number;

  @Field(() => [YearAmount])
  byYear!: YearAmount[];

  @Field(() => [FunderAmount])
  byFunder!: FunderAmount[];
}

@ObjectType({ description: 'Un statut possible de projet' })
class ProjectStatusOption {
  @Field(() => ProjectStatus)
  status!: ProjectStatus;

  @Field(() => String)
  label!: string;
}

const figures = (line: FundingLine): FundingLineFigures => ({
  funderKey: line.funderPartnerId ?? `nom:${line.funderName.toLocaleLowerCase('fr')}`,
  funderName: line.funderName,
  basis: line.basis,
  amountCents: line.amountCents,
  units: line.units,
  fromYear: line.fromYear,
  toYear: line.toYear,
});

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => [Project], { description: 'Les projets d’un territoire' })
  projects(@Arg('territory', () => String) territory: string, @Ctx() ctx: Context): Promise<Project[]> {
    return ctx.services.projects.list(territory);
  }

  @Query(() => Project, { nullable: true })
  project(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<Project | null> {
    return ctx.services.projects.findBySlug(slug);
  }

  @Query(() => [ProjectStatusOption], { description: 'Les statuts d’un projet, avec leur libellé' })
  projectStatuses(): ProjectStatusOption[] {
    return Object.values(ProjectStatus).map((status) => ({ status, label: projectStatusLabels[status] }));
  }

  @Mutation(() => WorkingGroup, { description: 'Relie un projet à un groupe, ou l’en détache (animateurs, coordination)' })
  async linkGroupProject(
    @Arg('groupId', () => ID) groupId: string,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('linked', () => Boolean) linked: boolean,
    @Ctx() ctx: Context,
  ): Promise<WorkingGroup> {
    await ctx.services.projects.link(groupId, projectId, linked);
    ctx.loaders.projectsByGroupId.clear(groupId);
    return (await ctx.loaders.groupById.load(groupId))!;
  }

  @Mutation(() => Project, { description: 'Modifie un projet (coordination)' })
  updateProject(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ProjectInput) input: ProjectInput,
    @Ctx() ctx: Context,
  ): Promise<Project> {
    return ctx.services.projects.update(projectId, version, input);
  }

  @Mutation(() => Project, { description: 'Ajoute ou retire une structure partenaire du projet (coordination)' })
  setProjectPartner(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('present', () => Boolean) present: boolean,
    @Ctx() ctx: Context,
  ): Promise<Project> {
    return ctx.services.projects.setPartner(projectId, partnerId, present);
  }

  @Mutation(() => Project, { description: 'Ajoute une ligne de financement (coordination)' })
  addFundingLine(@Arg('projectId', () => ID) projectId: string, @Arg('input', () => FundingLineInput) input: FundingLineInput, @Ctx() ctx: Context) {
    return ctx.services.projects.addFundingLine(projectId, input);
  }

  @Mutation(() => Project, { description: 'Modifie une ligne de financement (coordination)' })
  updateFundingLine(@Arg('lineId', () => ID) lineId: string, @Arg('input', () => FundingLineInput) input: FundingLineInput, @Ctx() ctx: Context) {
    return ctx.services.projects.updateFundingLine(lineId, input);
  }

  @Mutation(() => Project, { description: 'Retire une ligne de financement (coordination)' })
  removeFundingLine(@Arg('lineId', () => ID) lineId: string, @Ctx() ctx: Context) {
    return ctx.services.projects.removeFundingLine(lineId);
  }

  @Mutation(() => Project, { description: 'Ajoute un indicateur de suivi (coordination)' })
  addIndicator(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('name', () => String) name: string,
    @Arg('unit', () => String, { nullable: true }) unit: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.projects.addIndicator(projectId, name, unit ?? null);
  }

  @Mutation(() => Project, { description: 'Renomme un indicateur (coordination)' })
  renameIndicator(
    @Arg('indicatorId', () => ID) indicatorId: string,
    @Arg('name', () => String) name: string,
    @Arg('unit', () => String, { nullable: true }) unit: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.projects.renameIndicator(indicatorId, name, unit ?? null);
  }

  @Mutation(() => Project, { description: 'Retire un indicateur et ses valeurs (coordination)' })
  removeIndicator(@Arg('indicatorId', () => ID) indicatorId: string, @Ctx() ctx: Context) {
    return ctx.services.projects.removeIndicator(indicatorId);
  }

  @Mutation(() => Project, { description: 'Enregistre la cible et la valeur d’une année ; les deux vides effacent l’année (coordination)' })
  setIndicatorValue(
    @Arg('indicatorId', () => ID) indicatorId: string,
    @Arg('year', () => Int) year: number,
    @Arg('target', () => Float, { nullable: true }) target: number | null,
    @Arg('value', () => Float, { nullable: true }) value: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.projects.setIndicatorValue(indicatorId, year, target ?? null, value ?? null);
  }

  @Subscription(() => Project, { subscribe: subscribeToProject as never, description: 'Un projet modifié, en direct (comptes connectés)' })
  async projectChanged(@Root() event: HubEvent, @Arg('slug', () => String) _slug: string, @Ctx() ctx: Context): Promise<Project> {
    // Projects are public, but live updates are for signed-in accounts whose session is still open.
    await renewForEvent(ctx, event);
    const project = await ctx.dataSource.getRepository(Project).findOneBy({ id: event.id });
    if (!project) throw new NotFoundError('Ce projet n’existe plus.');
    return project;
  }

  @FieldResolver(() => String)
  statusLabel(@Root() project: Project): string {
    return projectStatusLabels[project.status];
  }

  @FieldResolver(() => Boolean, { description: 'La personne peut modifier le projet' })
  viewerCanEdit(@Root() project: Project, @Ctx() ctx: Context): boolean {
    return canEditProject(ctx.viewer, project);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'Structure porteuse' })
  leadPartner(@Root() project: Project, @Ctx() ctx: Context) {
    return project.leadPartnerId ? ctx.loaders.partnerById.load(project.leadPartnerId) : null;
  }

  @FieldResolver(() => [Partner], { description: 'Structures partenaires, en plus de la structure porteuse' })
  async partners(@Root() project: Project, @Ctx() ctx: Context): Promise<Partner[]> {
    const ids = await ctx.loaders.partnerIdsByProjectId.load(project.id);
    const partners = await ctx.loaders.partnerById.loadMany(ids);
    return partners.filter((partner): partner is Partner => partner instanceof Partner);
  }

  @FieldResolver(() => Convention, { nullable: true, description: 'Convention de rattachement' })
  convention(@Root() project: Project, @Ctx() ctx: Context) {
    return project.conventionId ? ctx.loaders.projectConventionById.load(project.conventionId) : null;
  }

  @FieldResolver(() => [WorkingGroup], { description: 'Les groupes de travail liés, visibles de la personne' })
  async groups(@Root() project: Project, @Ctx() ctx: Context): Promise<WorkingGroup[]> {
    const ids = await ctx.loaders.groupIdsByProjectId.load(project.id);
    const groups = await Promise.all(ids.map((id) => ctx.services.groups.findVisibleById(id)));
    return groups.filter((group): group is WorkingGroup => Boolean(group));
  }

  @FieldResolver(() => [FundingLine])
  fundingLines(@Root() project: Project, @Ctx() ctx: Context) {
    return ctx.loaders.fundingLinesByProjectId.load(project.id);
  }

  @FieldResolver(() => ProjectFunding, { description: 'Totaux du financement : en tout, par année, par financeur' })
  async funding(@Root() project: Project, @Ctx() ctx: Context): Promise<ProjectFunding> {
    const summary = summarise((await ctx.loaders.fundingLinesByProjectId.load(project.id)).map(figures));
    return {
      total: euros(summary.totalCents),
      byYear: summary.byYear.map(({ year, cents }) => ({ year, amount: euros(cents) })),
      byFunder: summary.byFunder.map(({ funder, cents }) => ({ funder, amount: euros(cents) })),
    };
  }

  @FieldResolver(() => [ProjectIndicator])
  indicators(@Root() project: Project, @Ctx() ctx: Context) {
    return ctx.loaders.indicatorsByProjectId.load(project.id);
  }
}

@Resolver(() => FundingLine)
export class FundingLineResolver {
  @FieldResolver(() => String)
  basisLabel(@Root() line: FundingLine): string {
    return fundingBasisLabels[line.basis];
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'Le financeur, s’il est dans l’annuaire' })
  funderPartner(@Root() line: FundingLine, @Ctx() ctx: Context) {
    return line.funderPartnerId ? ctx.loaders.partnerById.load(line.funderPartnerId) : null;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Montant par an en euros (vide pour un versement unique)' })
  yearlyAmount(@Root() line: FundingLine): number | null {
    const cents = yearlyCents(figures(line));
    return cents === null ? null : euros(cents);
  }

  @FieldResolver(() => Float, { description: 'Total de la ligne sur ses années, en euros' })
  total(@Root() line: FundingLine): number {
    return euros(totalCents(figures(line)));
  }
}

@Resolver(() => ProjectIndicator)
export class ProjectIndicatorResolver {
  @FieldResolver(() => [IndicatorValue], { description: 'Cibles et valeurs, par année croissante' })
  values(@Root() indicator: ProjectIndicator, @Ctx() ctx: Context) {
    return ctx.loaders.valuesByIndicatorId.load(indicator.id);
  }
}

@Resolver(() => WorkingGroup)
export class GroupProjectsResolver {
  @FieldResolver(() => [Project], { description: 'Projets liés au groupe' })
  projects(@Root() group: WorkingGroup, @Ctx() ctx: Context): Promise<Project[]> {
    return ctx.loaders.projectsByGroupId.load(group.id);
  }
}
