import { error, fail } from '@sveltejs/kit';
import { readFragment } from '$lib/graphql/graphql';
import {
	HousingOfferFieldsFragment,
	HousingOffersPageQuery,
	PublishHousingOfferMutation,
	UpdateHousingOfferMutation,
	WithdrawHousingOfferMutation
} from '$lib/graphql/housing-offers';
import { housingAccess } from '$lib/housing-figures/housing-access';
import { readOfferForm, type OfferFormValues } from '$lib/housing-figures/offer-form';
import { communeNamer, flatTypeLabels, offerStatusOptions } from '$lib/housing-figures/offer-format';
import { formText } from '$lib/form-text';
import { type ApiFailure, failureStatus, serverMutation, serverQueryOrFailure, territorySlug } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import type { Actions, PageServerLoad } from './$types';

// Withdrawn offers last: they are kept for the record, not for matching.
const statusOrder: Record<string, number> = { AVAILABLE: 0, RESERVED: 1, LET: 2, WITHDRAWN: 3 };

/** The territory list's filters, from the query string; unknown values are ignored. */
function readFilters(url: URL) {
	const status = url.searchParams.get('statut') ?? '';
	const type = url.searchParams.get('type') ?? '';
	const commune = url.searchParams.get('commune') ?? '';
	return {
		status: offerStatusOptions.some((option) => option.value === status) ? status : '',
		type: type in flatTypeLabels ? type : '',
		commune: /^\d{5}$/.test(commune) ? commune : ''
	};
}

export const load: PageServerLoad = async (event) => {
	const me = requireSignedIn(event);
	const territory = territorySlug();
	const access = housingAccess(me.roles, territory);
	const filters = readFilters(event.url);
	if (!access.landlords.length && !access.readsAllOffers) return { allowed: false as const, figures: access.readsFigures };

	const { data, failure } = await serverQueryOrFailure(event, HousingOffersPageQuery, { territory, statuses: null });
	if (failure?.code === 'FORBIDDEN') return { allowed: false as const, figures: access.readsFigures };
	if (!data) error(503, failure?.message ?? 'Le service est momentanément indisponible. Réessayez dans quelques instants.');

	const communes = data.communeMap.communes.map(({ code, name }) => ({ code, name }));
	const communeName = communeNamer(communes);
	const landlords = (data.me?.roles ?? [])
		.filter((grant) => grant.role === 'LANDLORD_REFERENT' && grant.territory.slug === territory && grant.partner)
		.map((grant) => ({ id: grant.partner!.id, name: grant.partner!.name }));
	const ownIds = new Set(landlords.map((landlord) => landlord.id));
	const offers = data.housingOffers.map((offer) => {
		const fields = readFragment(HousingOfferFieldsFragment, offer);
		return { ...fields, communeName: communeName(fields.communeCode) };
	});
	const own = offers.filter((offer) => ownIds.has(offer.landlordId)).sort((a, b) => statusOrder[a.status] - statusOrder[b.status]);
	const territoryOffers = access.readsAllOffers
		? offers.filter(
				(offer) =>
					(!filters.status || offer.status === filters.status) &&
					(!filters.type || offer.flatType === filters.type) &&
					(!filters.commune || offer.communeCode === filters.commune)
			)
		: null;
	// The commune filter lists the communes where flats are offered, not all 46.
	const offeredCommunes = [...new Set(offers.map((offer) => offer.communeCode))]
		.map((code) => ({ code, name: communeName(code) }))
		.sort((a, b) => a.name.localeCompare(b.name, 'fr'));

	return {
		allowed: true as const,
		figures: access.readsFigures,
		landlords,
		own,
		territoryOffers,
		territoryCount: access.readsAllOffers ? offers.length : 0,
		filters,
		communes,
		offeredCommunes
	};
};

type Outcome = { action: string; offerId?: string; message?: string; field?: string; conflict?: boolean; values?: OfferFormValues };

function refused(failure: ApiFailure, outcome: Outcome) {
	// A version conflict: the page reloads the offer as it is now, and says why.
	const conflict = failure.code === 'CONFLICT' && failure.currentVersion !== undefined;
	return fail(failureStatus(failure), {
		...outcome,
		conflict,
		values: conflict ? undefined : outcome.values,
		message: conflict
			? 'Ce logement a été modifié entre-temps par quelqu’un d’autre : vos changements n’ont pas été enregistrés. Voici sa version actuelle.'
			: failure.message,
		field: failure.field
	});
}

export const actions: Actions = {
	publish: async (event) => {
		const form = await event.request.formData();
		const read = readOfferForm(form);
		if (!read.input) return fail(400, { action: 'publish', message: read.error, field: read.field, values: read.values });
		const { data, failure } = await serverMutation(event, PublishHousingOfferMutation, {
			territory: territorySlug(),
			landlordId: formText(form, 'landlordId'),
			input: read.input
		});
		if (failure) return refused(failure, { action: 'publish', values: read.values });
		return { action: 'publish', done: `Le logement « ${data!.publishHousingOffer.reference} » est proposé aux partenaires du dispositif.` };
	},
	update: async (event) => {
		const form = await event.request.formData();
		const offerId = formText(form, 'offerId');
		const read = readOfferForm(form);
		if (!read.input) return fail(400, { action: 'update', offerId, message: read.error, field: read.field, values: read.values });
		const { data, failure } = await serverMutation(event, UpdateHousingOfferMutation, {
			offerId,
			version: Number(formText(form, 'version')),
			input: read.input
		});
		if (failure) return refused(failure, { action: 'update', offerId, values: read.values });
		return { action: 'update', offerId, done: `Le logement « ${data!.updateHousingOffer.reference} » a été enregistré.` };
	},
	withdraw: async (event) => {
		const form = await event.request.formData();
		const offerId = formText(form, 'offerId');
		const { data, failure } = await serverMutation(event, WithdrawHousingOfferMutation, { offerId, version: Number(formText(form, 'version')) });
		if (failure) return refused(failure, { action: 'withdraw', offerId });
		return { action: 'withdraw', offerId, done: `Le logement « ${data!.withdrawHousingOffer.reference} » a été retiré.` };
	}
};
