import { In, type DataSource } from 'typeorm';
import { isCoordinatorOf, requireSignedIn } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../errors/errors.js';
import { bumpVersion } from '../../db/optimistic-lock.js';
import { optionalText, requiredDay, requiredText } from '../../text/input.js';
import { isUuid } from '../../text/ids.js';
import { todayInParis } from '../calendar/paris-time.js';
import { rolesOnCase, scopeOf, withCaseScope } from './case-scope.js';
import { HousingOffer } from './housing-offer.entity.js';
import type { HousingOfferInput } from './housing-offer.inputs.js';
import { OfferStatus } from './housing-offer.rules.js';
import { ImlCase } from './iml-case.entity.js';
import { suggestOffers, type FlatType, type Suggestion } from './matching.js';
import { CasePartyRole } from './pathway.js';

// Flats the landlords make available for the scheme. A landlord's referents publish and keep
// their own; the operator, the care team and the coordination of the territory read them all.

const inseeCode = /^(\d{5}|2[AB]\d{3})$/;

function euroCents(value: number, label: string, field: string): number {
  if (!Number.isFinite(value) || value < 0 || value > 10_000) throw new UserInputError(`« ${label} » doit être un montant mensuel positif.`, field);
  return Math.round(value * 100);
}

function checkOffer(input: HousingOfferInput) {
  const communeCode = input.communeCode.trim();
  if (!inseeCode.test(communeCode)) throw new UserInputError('La commune est attendue par son code INSEE.', 'communeCode');
  if (input.floor !== null && input.floor !== undefined && (!Number.isInteger(input.floor) || input.floor < -1 || input.floor > 60)) {
    throw new UserInputError('L’étage n’est pas plausible.', 'floor');
  }
  return {
    reference: requiredText(input.reference, 'Référence', 60, 'reference'),
    flatType: input.flatType,
    communeCode,
    district: optionalText(input.district, 'Quartier', 100, 'district'),
    floor: input.floor ?? null,
    rentCents: euroCents(input.rent, 'Loyer', 'rent'),
    chargesCents: euroCents(input.charges, 'Charges', 'charges'),
    accessible: input.accessible,
    nearServices: input.nearServices,
    nearTransport: input.nearTransport,
    availableOn: requiredDay(input.availableOn, 'Disponible à partir du', 'availableOn'),
    description: optionalText(input.description, 'Description', 1000, 'description'),
  };
}

export class HousingOfferService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
  ) {}

  /** Landlords it acts for in the territory, and whether it reads every landlord's offers. */
  private access(territoryId: string) {
    const scope = scopeOf(this.viewer).filter((entry) => entry.territoryId === territoryId);
    const landlords = new Set(scope.filter((entry) => entry.role === CasePartyRole.LANDLORD).map((entry) => entry.partyId));
    const readsAll = isCoordinatorOf(this.viewer, territoryId) || scope.some((entry) => entry.role === CasePartyRole.HOUSING_OPERATOR || entry.role === CasePartyRole.CARE_TEAM);
    return { landlords, readsAll };
  }

  async list(territoryId: string, statuses: OfferStatus[] | null): Promise<HousingOffer[]> {
    requireSignedIn(this.viewer);
    if (!isUuid(territoryId)) return [];
    const { landlords, readsAll } = this.access(territoryId);
    if (!readsAll && !landlords.size) throw new ForbiddenError('Réservé aux partenaires du dispositif IML.');
    const query = this.dataSource.getRepository(HousingOffer).createQueryBuilder('o').where('o.territory_id = :territoryId', { territoryId });
    if (!readsAll) query.andWhere('o.landlord_id = ANY(:landlords)', { landlords: [...landlords] });
    if (statuses?.length) query.andWhere('o.status = ANY(:statuses)', { statuses });
    return query.orderBy('o.available_on', 'ASC').addOrderBy('o.reference', 'ASC').limit(500).getMany();
  }

  async publish(territoryId: string, landlordId: string, input: HousingOfferInput): Promise<HousingOffer> {
    const user = requireSignedIn(this.viewer);
    if (!this.access(territoryId).landlords.has(landlordId)) throw new ForbiddenError('Seuls les référents du bailleur publient ses logements.');
    const values = checkOffer(input);
    const repository = this.dataSource.getRepository(HousingOffer);
    const saved = await repository.save(repository.create({ ...values, territoryId, landlordId, status: OfferStatus.AVAILABLE, createdBy: user.userId }));
    return repository.findOneByOrFail({ id: saved.id });
  }

  async update(offerId: string, version: number, input: HousingOfferInput): Promise<HousingOffer> {
    const values = checkOffer(input);
    return this.dataSource.transaction(async (manager) => {
      const offer = await this.editable(offerId);
      await bumpVersion(manager, 'housing_offer', offer.id, version);
      await manager.getRepository(HousingOffer).update({ id: offer.id }, values);
      return manager.getRepository(HousingOffer).findOneByOrFail({ id: offer.id });
    });
  }

  async withdraw(offerId: string, version: number): Promise<HousingOffer> {
    return this.dataSource.transaction(async (manager) => {
      const offer = await this.editable(offerId);
      if (offer.status !== OfferStatus.AVAILABLE) throw new ConflictError('Un logement présenté en commission ou loué ne peut pas être retiré.');
      await bumpVersion(manager, 'housing_offer', offer.id, version);
      await manager.getRepository(HousingOffer).update({ id: offer.id }, { status: OfferStatus.WITHDRAWN });
      return manager.getRepository(HousingOffer).findOneByOrFail({ id: offer.id });
    });
  }

  private async editable(offerId: string): Promise<HousingOffer> {
    requireSignedIn(this.viewer);
    const offer = isUuid(offerId) ? await this.dataSource.getRepository(HousingOffer).findOneBy({ id: offerId }) : null;
    if (!offer || !this.access(offer.territoryId).landlords.has(offer.landlordId)) throw new NotFoundError('Ce logement n’existe pas ou n’est pas le vôtre.');
    return offer;
  }

  async byIds(ids: string[]): Promise<Map<string, HousingOffer>> {
    const offers = ids.length ? await this.dataSource.getRepository(HousingOffer).findBy({ id: In(ids) }) : [];
    return new Map(offers.map((offer) => [offer.id, offer]));
  }

  /** Available offers ranked for a case's need: for its operator and its coordination. */
  async suggestionsFor(caseId: string): Promise<Suggestion[]> {
    requireSignedIn(this.viewer);
    if (!isUuid(caseId)) throw new NotFoundError('Ce dossier n’existe pas ou ne vous est pas accessible.');
    const row = await withCaseScope(this.dataSource, this.viewer, (manager) => manager.getRepository(ImlCase).findOneBy({ id: caseId }));
    if (!row) throw new NotFoundError('Ce dossier n’existe pas ou ne vous est pas accessible.');
    const roles = rolesOnCase(this.viewer, row.partyKeys);
    if (!roles.has(CasePartyRole.HOUSING_OPERATOR) && !roles.has(CasePartyRole.COORDINATION)) throw new ForbiddenError('Le rapprochement revient à l’opérateur.');
    const offers = await this.dataSource.getRepository(HousingOffer).findBy({ territoryId: row.territoryId, status: OfferStatus.AVAILABLE });
    return suggestOffers(
      {
        flatTypes: row.flatTypes as FlatType[],
        preferredCommunes: row.preferredCommunes,
        nearServices: row.nearServices,
        nearTransport: row.nearTransport,
        monthlyResourcesCents: row.monthlyResourcesCents,
        housingBenefitCents: row.housingBenefitCents,
        accessibilityNeeded: row.accessibilityNeeded,
      },
      offers,
      todayInParis(),
    );
  }
}
