import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { describeOpeningHours } from '../partners/opening-hours.js';
import { Partner } from '../partners/partner.entity.js';
import { Audience, audienceCatalog, Theme, themeCatalog } from '../themes/theme.catalog.js';
import { PartnerService } from './partner-service.entity.js';
import { PartnerServiceFieldsInput } from './partner-service.inputs.js';

@Resolver(() => PartnerService)
export class PartnerServiceResolver {
  @Query(() => PartnerService, { nullable: true, description: 'Un service, par son identifiant lisible' })
  service(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<PartnerService | null> {
    return ctx.services.partnerServices.bySlug(slug);
  }

  @FieldResolver(() => Partner, { description: 'La structure qui propose le service' })
  async partner(@Root() service: PartnerService, @Ctx() ctx: Context): Promise<Partner> {
    return (await ctx.loaders.partnerById.load(service.partnerId))!;
  }

  @FieldResolver(() => [Theme])
  themes(@Root() service: PartnerService): Theme[] {
    return service.themeCodes.flatMap((code) => themeCatalog.get(code) ?? []);
  }

  @FieldResolver(() => [Audience], { description: 'Publics accueillis' })
  publics(@Root() service: PartnerService): Audience[] {
    return service.publicCodes.flatMap((code) => audienceCatalog.get(code) ?? []);
  }

  @FieldResolver(() => [String], { nullable: true, description: 'Horaires en clair, une ligne par règle' })
  openingHoursText(@Root() service: PartnerService): string[] | null {
    return describeOpeningHours(service.openingHours);
  }

  @Mutation(() => PartnerService, { description: 'Ajoute un service à une structure (administrateur de la structure ou coordination)' })
  createPartnerService(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('fields', () => PartnerServiceFieldsInput) fields: PartnerServiceFieldsInput,
    @Ctx() ctx: Context,
  ): Promise<PartnerService> {
    return ctx.services.partnerServices.create(partnerId, fields);
  }

  @Mutation(() => PartnerService, { description: 'Modifie un service (administrateur de la structure ou coordination)' })
  updatePartnerService(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('fields', () => PartnerServiceFieldsInput) fields: PartnerServiceFieldsInput,
    @Ctx() ctx: Context,
  ): Promise<PartnerService> {
    return ctx.services.partnerServices.update(id, version, fields);
  }

  @Mutation(() => ID, { description: 'Retire un service (administrateur de la structure ou coordination)' })
  removePartnerService(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return ctx.services.partnerServices.remove(id, version);
  }
}

@Resolver(() => Partner)
export class PartnerServicesResolver {
  @FieldResolver(() => [PartnerService], { description: 'Services proposés par la structure' })
  services(@Root() partner: Partner, @Ctx() ctx: Context): Promise<PartnerService[]> {
    return ctx.loaders.servicesByPartnerId.load(partner.id);
  }
}
