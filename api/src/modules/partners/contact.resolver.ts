import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
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

  @FieldResolver(() => String, { nullable: true, description: 'Réservé aux membres connectés d’un territoire de la structure' })
  async email(@Root() contact: Contact, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.services.partnerEditing.contactDetailsVisible(contact.partnerId)) ? contact.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Réservé aux membres connectés d’un territoire de la structure' })
  async phone(@Root() contact: Contact, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.services.partnerEditing.contactDetailsVisible(contact.partnerId)) ? contact.phone : null;
  }
}
