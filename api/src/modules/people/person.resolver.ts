import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Person } from './person.entity.js';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => String)
  displayName(@Root() person: Person): string {
    return `${person.firstName} ${person.lastName}`;
  }
}
