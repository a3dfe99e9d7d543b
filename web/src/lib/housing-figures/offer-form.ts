// The offer form, read on the server: what the API receives (HousingOfferInput), and what the
// person typed, to show again beside an error.
import { formText } from '../form-text';
import { parseDecimal } from '../../routes/projets/project-format';

export const flatTypes = ['T1', 'T2', 'T3'] as const;
export type FlatType = (typeof flatTypes)[number];

export interface OfferFormValues {
	reference: string;
	flatType: string;
	communeCode: string;
	district: string;
	floor: string;
	rent: string;
	charges: string;
	availableOn: string;
	accessible: boolean;
	nearServices: boolean;
	nearTransport: boolean;
	description: string;
}

export interface OfferInputValue {
	reference: string;
	flatType: FlatType;
	communeCode: string;
	district: string | null;
	floor: number | null;
	rent: number;
	charges: number;
	availableOn: string;
	accessible: boolean;
	nearServices: boolean;
	nearTransport: boolean;
	description: string | null;
}

export interface OfferLike {
	reference: string;
	flatType: string;
	communeCode: string;
	district: string | null;
	floor: number | null;
	rent: number;
	charges: number;
	availableOn: string;
	accessible: boolean;
	nearServices: boolean;
	nearTransport: boolean;
	description: string | null;
}

const decimalText = (n: number) => String(n).replace('.', ',');

/** The form's values for an offer as it is stored, to edit it. */
export function offerFormValues(offer: OfferLike): OfferFormValues {
	return {
		reference: offer.reference,
		flatType: offer.flatType,
		communeCode: offer.communeCode,
		district: offer.district ?? '',
		floor: offer.floor === null ? '' : String(offer.floor),
		rent: decimalText(offer.rent),
		charges: decimalText(offer.charges),
		availableOn: offer.availableOn,
		accessible: offer.accessible,
		nearServices: offer.nearServices,
		nearTransport: offer.nearTransport,
		description: offer.description ?? ''
	};
}

/** Empty values for a new offer. */
export const emptyOfferValues = (): OfferFormValues => ({
	reference: '',
	flatType: 'T1',
	communeCode: '',
	district: '',
	floor: '',
	rent: '',
	charges: '',
	availableOn: '',
	accessible: false,
	nearServices: false,
	nearTransport: false,
	description: ''
});

type Read = { values: OfferFormValues } & ({ input: OfferInputValue; error: null; field: null } | { input: null; error: string; field: string });

export function readOfferForm(form: FormData): Read {
	const values: OfferFormValues = {
		reference: formText(form, 'reference'),
		flatType: formText(form, 'flatType'),
		communeCode: formText(form, 'communeCode'),
		district: formText(form, 'district'),
		floor: formText(form, 'floor'),
		rent: formText(form, 'rent'),
		charges: formText(form, 'charges'),
		availableOn: formText(form, 'availableOn'),
		accessible: form.get('accessible') === 'oui',
		nearServices: form.get('nearServices') === 'oui',
		nearTransport: form.get('nearTransport') === 'oui',
		description: formText(form, 'description')
	};
	const refuse = (error: string, field: string): Read => ({ values, input: null, error, field });
	if (!(flatTypes as readonly string[]).includes(values.flatType)) return refuse('Choisissez le type de logement (T1, T2 ou T3).', 'flatType');
	if (!values.communeCode) return refuse('Choisissez la commune du logement.', 'communeCode');
	const floor = values.floor === '' ? null : Number(values.floor);
	if (floor !== null && !Number.isInteger(floor)) return refuse('L’étage est un nombre entier (0 pour le rez-de-chaussée).', 'floor');
	const rent = parseDecimal(values.rent);
	if (rent === null || Number.isNaN(rent)) return refuse('Indiquez le loyer mensuel en euros, par exemple 320,50.', 'rent');
	const charges = parseDecimal(values.charges);
	if (charges === null || Number.isNaN(charges)) return refuse('Indiquez les charges mensuelles en euros (0 s’il n’y en a pas).', 'charges');
	if (!values.availableOn) return refuse('Indiquez la date à partir de laquelle le logement est disponible.', 'availableOn');
	return {
		values,
		error: null,
		field: null,
		input: {
			reference: values.reference,
			flatType: values.flatType as FlatType,
			communeCode: values.communeCode,
			district: values.district || null,
			floor,
			rent,
			charges,
			availableOn: values.availableOn,
			accessible: values.accessible,
			nearServices: values.nearServices,
			nearTransport: values.nearTransport,
			description: values.description || null
		}
	};
}
