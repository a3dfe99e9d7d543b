import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canSeeContactDetails } from '../../auth/viewer.js';
import type { Context } from '../../graphql/context.js';
import { Person } from '../people/person.entity.js';
import { Contact } from './contact.entity.js';

@Resolver(() => Contact)
export class ContactResolver {
  @FieldResolver(() => Person)
  person(@Root() contact: Contact): Person {
    if (!contact.person) throw new Error('contactsByPartnerId must load the person with the contact');
    return contact.person;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Réservé aux partenaires connectés' })
  email(@Root() contact: Contact, @Ctx() ctx: Context): string | null {
    return canSeeContactDetails(ctx.viewer) ? contact.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Réservé aux partenaires connectés' })
  phone(@Root() contact: Contact, @Ctx() ctx: Context): string | null {
    return canSeeContactDetails(ctx.viewer) ? contact.phone : null;
  }
}
