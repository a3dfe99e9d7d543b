import { Query, Resolver } from 'type-graphql';
import { Theme, themeCatalog } from './theme.catalog.js';

@Resolver(() => Theme)
export class ThemeResolver {
  @Query(() => [Theme], { description: 'Le référentiel des thématiques data·inclusion' })
  themes(): Theme[] {
    return themeCatalog.all();
  }
}
