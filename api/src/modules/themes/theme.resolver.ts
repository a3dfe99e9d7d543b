import { Query, Resolver } from 'type-graphql';
import { Audience, audienceCatalog, Theme, themeCatalog } from './theme.catalog.js';

@Resolver(() => Theme)
export class ThemeResolver {
  @Query(() => [Theme], { description: 'Le référentiel des thématiques data·inclusion' })
  themes(): Theme[] {
    return themeCatalog.all();
  }

  @Query(() => [Audience], { description: 'Le référentiel des publics data·inclusion' })
  audiences(): Audience[] {
    return audienceCatalog.all();
  }
}
