import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Partner } from '../partners/partner.entity.js';
import { ImportRowStatus, SectorPopulation } from './sector.enums.js';
import { PsychiatricSector, SectorStreet } from './sector.entity.js';
import { communeNameOf, type ImportPreview } from './sector.service.js';
import { AddressInput, CommuneSectorStatus, SectorCommuneView, SectorImportResult, SectorLookup, SectorStreetInput } from './sector.types.js';

const summarise = (preview: ImportPreview): SectorImportResult => {
  const count = (status: ImportRowStatus) => preview.rows.filter((row) => row.status === status).length;
  return {
    ...preview,
    newCount: count(ImportRowStatus.NEW),
    changedCount: count(ImportRowStatus.CHANGED),
    unchangedCount: count(ImportRowStatus.UNCHANGED),
    rejectedCount: count(ImportRowStatus.REJECTED),
  };
};

@Resolver(() => PsychiatricSector)
export class SectorResolver {
  @Query(() => [PsychiatricSector], { description: 'Les secteurs de psychiatrie d’un territoire' })
  psychiatricSectors(@Arg('territory', () => String) territory: string, @Ctx() ctx: Context): Promise<PsychiatricSector[]> {
    return ctx.services.sectors.list(territory);
  }

  @Query(() => [CommuneSectorStatus], { description: 'Les communes de Metz Métropole et leur rattachement aux secteurs adultes' })
  sectorCommunes(@Arg('territory', () => String) territory: string, @Ctx() ctx: Context) {
    return ctx.services.sectors.communes(territory);
  }

  @Query(() => SectorLookup, {
    description: 'Le secteur (et son CMP) d’une adresse : par la commune, ou par la rue si la commune est partagée ; UNKNOWN sinon, jamais deviné',
  })
  sectorForAddress(
    @Arg('territory', () => String) territory: string,
    @Arg('address', () => AddressInput, { nullable: true }) address: AddressInput | null,
    @Arg('text', () => String, { nullable: true, description: 'Adresse en texte libre (passe par le géocodage)' }) text: string | null,
    @Arg('population', () => SectorPopulation, { nullable: true, defaultValue: SectorPopulation.ADULT }) population: SectorPopulation,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.sectors.lookup(territory, address, text, population);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'Le CMP du secteur' })
  cmp(@Root() sector: PsychiatricSector, @Ctx() ctx: Context): Promise<Partner | null> | null {
    return sector.cmpPartnerId ? ctx.loaders.partnerById.load(sector.cmpPartnerId) : null;
  }

  @FieldResolver(() => [SectorCommuneView], { description: 'Les communes entières du secteur' })
  async communes(@Root() sector: PsychiatricSector, @Ctx() ctx: Context): Promise<SectorCommuneView[]> {
    const rows = await ctx.loaders.communesBySectorId.load(sector.id);
    return rows
      .map((row) => ({ code: row.communeCode, name: communeNameOf(row.communeCode) ?? row.communeCode, isDemo: row.isDemo }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }

  @FieldResolver(() => [SectorStreet], { description: 'Les rues du secteur dans les communes partagées' })
  streets(@Root() sector: PsychiatricSector, @Ctx() ctx: Context): Promise<SectorStreet[]> {
    return ctx.loaders.streetsBySectorId.load(sector.id);
  }

  @FieldResolver(() => Boolean)
  viewerCanEdit(@Root() sector: PsychiatricSector, @Ctx() ctx: Context): boolean {
    return ctx.services.sectors.canEdit(sector);
  }

  @Mutation(() => PsychiatricSector, { description: 'Choisit le CMP d’un secteur (coordination)' })
  setSectorCmp(
    @Arg('sectorId', () => ID) sectorId: string,
    @Arg('version', () => Int) version: number,
    @Arg('partnerId', () => ID, { nullable: true }) partnerId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.sectors.setCmp(sectorId, version, partnerId);
  }

  @Mutation(() => PsychiatricSector, { description: 'Rattache une commune entière à un secteur (coordination)' })
  assignSectorCommune(@Arg('sectorId', () => ID) sectorId: string, @Arg('version', () => Int) version: number, @Arg('communeCode', () => String) communeCode: string, @Ctx() ctx: Context) {
    return ctx.services.sectors.assignCommune(sectorId, version, communeCode);
  }

  @Mutation(() => PsychiatricSector, { description: 'Retire une commune d’un secteur (coordination)' })
  unassignSectorCommune(@Arg('sectorId', () => ID) sectorId: string, @Arg('version', () => Int) version: number, @Arg('communeCode', () => String) communeCode: string, @Ctx() ctx: Context) {
    return ctx.services.sectors.unassignCommune(sectorId, version, communeCode);
  }

  @Mutation(() => PsychiatricSector, { description: 'Ajoute une rue (ou une plage de numéros) à un secteur (coordination)' })
  addSectorStreet(@Arg('sectorId', () => ID) sectorId: string, @Arg('version', () => Int) version: number, @Arg('input', () => SectorStreetInput) input: SectorStreetInput, @Ctx() ctx: Context) {
    return ctx.services.sectors.addStreet(sectorId, version, input);
  }

  @Mutation(() => PsychiatricSector, { description: 'Retire une rue d’un secteur (coordination) ; la version est celle du secteur' })
  removeSectorStreet(@Arg('streetId', () => ID) streetId: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return ctx.services.sectors.removeStreet(streetId, version);
  }

  @Query(() => SectorImportResult, { description: 'Aperçu de l’import d’un fichier de secteurs, sans rien modifier (coordination)' })
  async previewSectorImport(@Arg('territory', () => String) territory: string, @Arg('csv', () => String) csv: string, @Ctx() ctx: Context) {
    return summarise(await ctx.services.sectors.previewImport(territory, csv));
  }

  @Mutation(() => SectorImportResult, { description: 'Importe un fichier de secteurs en une transaction ; rien n’est modifié si une ligne est refusée (coordination)' })
  async importSectors(@Arg('territory', () => String) territory: string, @Arg('csv', () => String) csv: string, @Ctx() ctx: Context) {
    return summarise(await ctx.services.sectors.applyImport(territory, csv));
  }
}

@Resolver(() => SectorStreet)
export class SectorStreetResolver {
  @FieldResolver(() => String)
  communeName(@Root() street: SectorStreet): string {
    return communeNameOf(street.communeCode) ?? street.communeCode;
  }
}

@Resolver(() => CommuneSectorStatus)
export class CommuneSectorStatusResolver {
  @FieldResolver(() => [PsychiatricSector])
  async sectors(@Root() status: CommuneSectorStatus, @Ctx() ctx: Context): Promise<PsychiatricSector[]> {
    if (!status.sectorIds.length) return [];
    return ctx.loaders.sectorById.loadMany(status.sectorIds).then((rows) => rows.filter((row): row is PsychiatricSector => row instanceof PsychiatricSector));
  }
}
