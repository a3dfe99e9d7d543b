import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Territory } from './territory.entity.js';

@Resolver(() => Territory)
export class TerritoryResolver {
  @Query(() => [Territory], { description: 'Les CLSM hébergés par le hub' })
  territories(@Ctx() ctx: Context): Promise<Territory[]> {
    return ctx.services.territories.list();
  }

  @Query(() => Territory, { nullable: true })
  territory(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<Territory | null> {
    return ctx.services.territories.findBySlug(slug);
  }
}
