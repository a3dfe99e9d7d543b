import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { PartnerPatch } from './partner-editing.service.js';
import { ContactFieldsInput, PartnerFieldsInput, VersionedPartnerInput } from './partner-editing.inputs.js';
import { Partner } from './partner.entity.js';

@ObjectType({ description: 'Une modification d’une fiche : qui, quand, quel champ, avant et après' })
export class PartnerChangeEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  changedAt!: Date;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { description: 'Nom technique du champ' })
  field!: string;

  @Field(() => String, { description: 'Libellé français du champ' })
  fieldLabel!: string;

  @Field(() => String, { nullable: true, description: 'Nom de la personne, si elle a encore un compte' })
  authorName!: string | null;

  @Field(() => String, { nullable: true, description: 'Valeur avant, en clair' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'Valeur après, en clair' })
  after!: string | null;
}

function toPatch(fields: PartnerFieldsInput): PartnerPatch {
  const { themes, publics, ...rest } = fields;
  return { ...rest, themeCodes: themes, publicCodes: publics };
}

@Resolver(() => Partner)
export class PartnerEditingResolver {
  @Mutation(() => Partner, { description: 'Modifie une fiche (administrateur de la structure ou coordination)' })
  updatePartner(
    @Arg('target', () => VersionedPartnerInput) target: VersionedPartnerInput,
    @Arg('fields', () => PartnerFieldsInput) fields: PartnerFieldsInput,
    @Ctx() ctx: Context,
  ): Promise<Partner> {
    return ctx.services.partnerEditing.update(target.partnerId, target.version, toPatch(fields));
  }

  @Mutation(() => Partner, { description: 'Ajoute une structure au territoire (coordination)' })
  createPartner(
    @Arg('territory', () => String) territory: string,
    @Arg('fields', () => PartnerFieldsInput) fields: PartnerFieldsInput,
    @Ctx() ctx: Context,
  ): Promise<Partner> {
    return ctx.services.partnerEditing.create(territory, toPatch(fields));
  }

  @Mutation(() => Partner)
  addContact(
    @Arg('target', () => VersionedPartnerInput) target: VersionedPartnerInput,
    @Arg('contact', () => ContactFieldsInput) contact: ContactFieldsInput,
    @Ctx() ctx: Context,
  ): Promise<Partner> {
    return ctx.services.partnerEditing.addContact(target.partnerId, target.version, contact);
  }

  @Mutation(() => Partner)
  updateContact(
    @Arg('contactId', () => ID) contactId: string,
    @Arg('partnerVersion', () => Int) partnerVersion: number,
    @Arg('contact', () => ContactFieldsInput) contact: ContactFieldsInput,
    @Ctx() ctx: Context,
  ): Promise<Partner> {
    return ctx.services.partnerEditing.updateContact(contactId, partnerVersion, contact);
  }

  @Mutation(() => Partner)
  removeContact(
    @Arg('contactId', () => ID) contactId: string,
    @Arg('partnerVersion', () => Int) partnerVersion: number,
    @Ctx() ctx: Context,
  ): Promise<Partner> {
    return ctx.services.partnerEditing.removeContact(contactId, partnerVersion);
  }

  @FieldResolver(() => Boolean, { description: 'La personne connectée peut-elle modifier cette fiche ?' })
  viewerCanEdit(@Root() partner: Partner, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.partnerEditing.canEdit(partner.id);
  }

  @FieldResolver(() => [PartnerChangeEntry], { nullable: true, description: 'Historique, pour les membres du territoire' })
  history(
    @Root() partner: Partner,
    @Arg('first', () => Int, { nullable: true, defaultValue: 30 }) first: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.partnerEditing.history(partner.id, first);
  }
}
