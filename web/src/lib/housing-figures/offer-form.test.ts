import { describe, expect, it } from 'vitest';
import { offerFormValues, readOfferForm } from './offer-form';
import { communeChoices, communeNamer, floorLabel, rentLabel, surroundingsLabels } from './offer-format';
import { housingAccess } from './housing-access';

const form = (entries: Record<string, string>) => {
	const data = new FormData();
	for (const [name, value] of Object.entries(entries)) data.set(name, value);
	return data;
};

const typed = {
	reference: ' MHT-12 ',
	flatType: 'T2',
	communeCode: '57480',
	district: '',
	floor: '2',
	rent: '320,50',
	charges: '45',
	availableOn: '2027-01-15',
	nearTransport: 'oui'
};

describe('the offer form', () => {
	it('reads French amounts, an empty district and ticked boxes', () => {
		const read = readOfferForm(form(typed));
		expect(read.error).toBeNull();
		expect(read.input).toEqual({
			reference: 'MHT-12',
			flatType: 'T2',
			communeCode: '57480',
			district: null,
			floor: 2,
			rent: 320.5,
			charges: 45,
			availableOn: '2027-01-15',
			accessible: false,
			nearServices: false,
			nearTransport: true,
			description: null
		});
	});

	it('refuses an amount that is not one, and keeps what was typed', () => {
		const read = readOfferForm(form({ ...typed, rent: 'trois cents' }));
		expect(read.input).toBeNull();
		expect(read.field).toBe('rent');
		expect(read.values.rent).toBe('trois cents');
	});

	it('refuses a floor that is not a whole number, and an unknown type', () => {
		expect(readOfferForm(form({ ...typed, floor: '1,5' })).field).toBe('floor');
		expect(readOfferForm(form({ ...typed, flatType: 'T5' })).field).toBe('flatType');
	});

	it('gives back a stored offer as the form shows it', () => {
		const values = offerFormValues({ ...readOfferForm(form(typed)).input!, district: 'Sablon' });
		expect(values).toMatchObject({ rent: '320,5', charges: '45', floor: '2', district: 'Sablon', nearTransport: true });
	});
});

describe('offer wording', () => {
	const communes = [
		{ code: '57447', name: 'Marly' },
		{ code: '57039', name: 'Ars-sur-Moselle' },
		{ code: '57463', name: 'Metz' },
		{ code: '57480', name: 'Montigny-lès-Metz' }
	];

	it('puts the favoured communes first and names communes', () => {
		const { favoured, others } = communeChoices(communes);
		expect(favoured.map((c) => c.name)).toEqual(['Metz', 'Montigny-lès-Metz', 'Marly']);
		expect(others.map((c) => c.name)).toEqual(['Ars-sur-Moselle']);
		expect(communeNamer(communes)('57480')).toBe('Montigny-lès-Metz');
	});

	it('says floors, rents and surroundings in French', () => {
		expect([floorLabel(0), floorLabel(1), floorLabel(3), floorLabel(null)]).toEqual(['Rez-de-chaussée', '1er étage', '3e étage', 'Étage non précisé']);
		expect(rentLabel(320, 45).replace(/\s/g, ' ')).toBe('320 € + 45 € de charges (365 € par mois)');
		expect(surroundingsLabels({ accessible: false, nearServices: true, nearTransport: false })).toEqual(['Non accessible', 'Proche des services']);
	});
});

describe('housing access', () => {
	const grant = (role: string, partner: string | null = null, territory = 'clsm-metz') => ({
		role,
		territory: { slug: territory },
		partner: partner ? { slug: partner, name: partner } : null
	});

	it('gives a landlord referent its landlord, the board and the figures', () => {
		const access = housingAccess([grant('LANDLORD_REFERENT', 'vilogia')], 'clsm-metz');
		expect(access).toEqual({ landlords: [{ slug: 'vilogia', name: 'vilogia' }], readsAllOffers: false, readsFigures: true, href: '/logement' });
	});

	it('lets the operator, the care team and the coordination read all offers', () => {
		for (const role of ['HOUSING_OPERATOR', 'CARE_TEAM', 'COORDINATOR']) expect(housingAccess([grant(role, 'x')], 'clsm-metz').readsAllOffers).toBe(true);
	});

	it('sends a funder to the figures only, and gives nothing to a member or another territory', () => {
		expect(housingAccess([grant('FUNDER', 'ddcs')], 'clsm-metz')).toMatchObject({ readsAllOffers: false, readsFigures: true, href: '/logement/dispositif' });
		expect(housingAccess([grant('MEMBER', 'gem')], 'clsm-metz')).toMatchObject({ readsFigures: false, href: null });
		expect(housingAccess([grant('COORDINATOR', null, 'clsm-essai')], 'clsm-metz')).toMatchObject({ readsFigures: false, href: null });
	});
});
