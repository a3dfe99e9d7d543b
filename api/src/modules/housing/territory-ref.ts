import { NotFoundError } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';

/** The housing API names territories by slug, as the rest of the API does. */
export async function territoryIdOf(ctx: Context, slug: string): Promise<string> {
  const territory = await ctx.services.territories.findBySlug(slug);
  if (!territory) throw new NotFoundError('Ce territoire n’existe pas.');
  return territory.id;
}
