import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { WorkingGroup } from '../groups/working-group.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { Project, projectStatusLabels } from './project.entity.js';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => [Project], { description: 'Les projets d’un territoire' })
  projects(@Arg('territory', () => String) territory: string, @Ctx() ctx: Context): Promise<Project[]> {
    return ctx.services.projects.list(territory);
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

  @FieldResolver(() => String)
  statusLabel(@Root() project: Project): string {
    return projectStatusLabels[project.status];
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'Structure porteuse' })
  leadPartner(@Root() project: Project, @Ctx() ctx: Context) {
    return project.leadPartnerId ? ctx.loaders.partnerById.load(project.leadPartnerId) : null;
  }

  @FieldResolver(() => [WorkingGroup], { description: 'Les groupes de travail liés, visibles de la personne' })
  async groups(@Root() project: Project, @Ctx() ctx: Context): Promise<WorkingGroup[]> {
    const ids = await ctx.loaders.groupIdsByProjectId.load(project.id);
    const groups = await Promise.all(ids.map((id) => ctx.services.groups.findVisibleById(id)));
    return groups.filter((group): group is WorkingGroup => Boolean(group));
  }
}

@Resolver(() => WorkingGroup)
export class GroupProjectsResolver {
  @FieldResolver(() => [Project], { description: 'Projets liés au groupe' })
  projects(@Root() group: WorkingGroup, @Ctx() ctx: Context): Promise<Project[]> {
    return ctx.loaders.projectsByGroupId.load(group.id);
  }
}
