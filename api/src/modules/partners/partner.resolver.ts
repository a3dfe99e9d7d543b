import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { audienceCatalog, Audience, Theme, themeCatalog } from '../themes/theme.catalog.js';
import { Territory } from '../territories/territory.entity.js';
import { Contact } from './contact.entity.js';
import { describeOpeningHours } from './opening-hours.js';
import { Partner } from './partner.entity.js';
import { partnerKindLabels, sectorLabels } from './partner.enums.js';
import { PartnersArgs } from './partner.inputs.js';
import { DirectoryFacets, GeoPoint, PartnerConnection, PartnerKindInfo, SectorInfo } from './partner.types.js';

@Resolver(() => Partner)
export class PartnerResolver {
  @Query(() => PartnerConnection, { description: 'L’annuaire : recherche, filtres et pagination' })
  async partners(@Args(() => PartnersArgs) args: PartnersArgs, @Ctx() ctx: Context): Promise<InstanceType<typeof PartnerConnection>> {
    const page = await ctx.services.partners.list(args);
    for (const { partner } of page.rows) ctx.loaders.partnerById.prime(partner.id, partner);
    return {
      totalCount: page.totalCount,
      edges: page.rows.map(({ partner, cursor }) => ({ cursor, node: partner })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.at(-1)?.cursor ?? null },
    };
  }

  @Query(() => Partner, { nullable: true })
  partner(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<Partner | null> {
    return ctx.services.partners.findBySlug(slug);
  }

  @Query(() => [SectorInfo], { description: 'Les 7 secteurs du réseau et leur nombre de partenaires' })
  sectors(@Arg('territory', () => String, { nullable: true }) territory: string | null, @Ctx() ctx: Context) {
    return ctx.services.partners.sectors(territory ?? null);
  }

  @Query(() => [PartnerKindInfo], { description: 'Tous les types de structure, pour les formulaires' })
  partnerKinds(@Ctx() ctx: Context) {
    return ctx.services.partners.kinds();
  }

  @Query(() => DirectoryFacets)
  directoryFacets(@Arg('territory', () => String, { nullable: true }) territory: string | null, @Ctx() ctx: Context) {
    return ctx.services.partners.facets(territory ?? null);
  }

  @FieldResolver(() => String)
  sectorLabel(@Root() partner: Partner): string {
    return sectorLabels[partner.sector];
  }

  @FieldResolver(() => String)
  kindLabel(@Root() partner: Partner): string {
    return partnerKindLabels[partner.kind];
  }

  @FieldResolver(() => GeoPoint, { nullable: true })
  location(@Root() partner: Partner): GeoPoint | null {
    if (partner.latitude === null || partner.longitude === null) return null;
    return { latitude: partner.latitude, longitude: partner.longitude };
  }

  @FieldResolver(() => [String], { nullable: true, description: 'Horaires en clair, une ligne par règle' })
  openingHoursText(@Root() partner: Partner): string[] | null {
    return describeOpeningHours(partner.openingHours);
  }

  @FieldResolver(() => [Theme])
  themes(@Root() partner: Partner): Theme[] {
    return partner.themeCodes.flatMap((code) => themeCatalog.get(code) ?? []);
  }

  @FieldResolver(() => [Audience], { description: 'Publics accueillis' })
  publics(@Root() partner: Partner): Audience[] {
    return partner.publicCodes.flatMap((code) => audienceCatalog.get(code) ?? []);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'Structure de rattachement' })
  parent(@Root() partner: Partner, @Ctx() ctx: Context): Promise<Partner | null> | null {
    return partner.parentId ? ctx.loaders.partnerById.load(partner.parentId) : null;
  }

  @FieldResolver(() => [Partner], { description: 'Structures rattachées' })
  children(@Root() partner: Partner, @Ctx() ctx: Context): Promise<Partner[]> {
    return ctx.loaders.childrenByParentId.load(partner.id);
  }

  @FieldResolver(() => [Contact])
  contacts(@Root() partner: Partner, @Ctx() ctx: Context): Promise<Contact[]> {
    return ctx.loaders.contactsByPartnerId.load(partner.id);
  }

  @FieldResolver(() => [Territory], { description: 'Territoires dont la structure est partenaire' })
  territories(@Root() partner: Partner, @Ctx() ctx: Context): Promise<Territory[]> {
    return ctx.loaders.territoriesByPartnerId.load(partner.id);
  }
}
