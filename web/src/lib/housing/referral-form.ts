// The referral form ("Un toit" grid), read on the server: what the API receives, and what the
// person typed, to show again beside an error.
import { formText } from '../form-text';
import { criteria, flatTypes, type Criterion } from './case-labels';

/** Metz (for its Sablon district), Montigny-lès-Metz, Marly: the communes the scheme aims at. */
export const suggestedCommunes = ['57463', '57480', '57447'];
export const communeChoices = 5;

export interface ReferralValues {
	referringTeamId: string;
	lastName: string;
	firstName: string;
	birthDate: string;
	phone: string;
	email: string;
	met: Record<string, string>;
	justification: Record<string, string>;
	flatTypes: string[];
	communes: string[];
	nearServices: boolean;
	nearTransport: boolean;
	accessibilityNeeded: boolean;
	otherNeeds: string;
	monthlyResources: string;
	housingBenefit: string;
	supportPlan: string;
	clinicalNotes: string;
	consentGivenOn: string;
	consentScope: string;
}

export interface ReferralInput {
	referringTeamId: string;
	person: { firstName: string; lastName: string; birthDate: string | null; phone: string | null; email: string | null };
	criteria: Array<{ criterion: Criterion; met: boolean; justification: string }>;
	need: { flatTypes: Array<'T1' | 'T2' | 'T3'>; preferredCommunes: string[]; nearServices: boolean; nearTransport: boolean; accessibilityNeeded: boolean; otherNeeds: string | null };
	monthlyResources: number | null;
	housingBenefit: number | null;
	supportPlan: string | null;
	clinicalNotes: string | null;
	coordinationConsent: { givenOn: string; scope: string };
}

export const emptyReferral = (referringTeamId = ''): ReferralValues => ({
	referringTeamId,
	lastName: '',
	firstName: '',
	birthDate: '',
	phone: '',
	email: '',
	met: {},
	justification: {},
	flatTypes: ['T1', 'T2'],
	communes: [...suggestedCommunes, ...Array(communeChoices - suggestedCommunes.length).fill('')],
	nearServices: true,
	nearTransport: true,
	accessibilityNeeded: false,
	otherNeeds: '',
	monthlyResources: '',
	housingBenefit: '',
	supportPlan: '',
	clinicalNotes: '',
	consentGivenOn: '',
	consentScope: ''
});

/** "971,50" or "971.50" → 971.5; empty → null; anything else → NaN (refused). */
export function euros(text: string): number | null {
	if (!text) return null;
	const normalised = text.replace(/\s|€/g, '').replace(',', '.');
	return /^\d+(\.\d{1,2})?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

export interface ReadReferral {
	values: ReferralValues;
	input: ReferralInput | null;
	/** The refusal and the field it points at, named as the API names them. */
	error: { message: string; field: string | null } | null;
}

export function readReferralForm(form: FormData): ReadReferral {
	const values: ReferralValues = {
		referringTeamId: formText(form, 'referringTeamId'),
		lastName: formText(form, 'lastName'),
		firstName: formText(form, 'firstName'),
		birthDate: formText(form, 'birthDate'),
		phone: formText(form, 'phone'),
		email: formText(form, 'email'),
		met: Object.fromEntries(criteria.map((c) => [c, formText(form, `met.${c}`)])),
		justification: Object.fromEntries(criteria.map((c) => [c, formText(form, `justification.${c}`)])),
		flatTypes: form.getAll('flatTypes').map(String).filter((t) => (flatTypes as readonly string[]).includes(t)),
		communes: Array.from({ length: communeChoices }, (_, i) => formText(form, `commune.${i}`)),
		nearServices: form.has('nearServices'),
		nearTransport: form.has('nearTransport'),
		accessibilityNeeded: form.has('accessibilityNeeded'),
		otherNeeds: formText(form, 'otherNeeds'),
		monthlyResources: formText(form, 'monthlyResources'),
		housingBenefit: formText(form, 'housingBenefit'),
		supportPlan: formText(form, 'supportPlan'),
		clinicalNotes: formText(form, 'clinicalNotes'),
		consentGivenOn: formText(form, 'consentGivenOn'),
		consentScope: formText(form, 'consentScope')
	};
	const refuse = (message: string, field: string | null): ReadReferral => ({ values, input: null, error: { message, field } });

	const unanswered = criteria.find((c) => values.met[c] !== 'yes' && values.met[c] !== 'no');
	if (unanswered) return refuse('Répondez par oui ou par non à chacun des quatre critères.', `met.${unanswered}`);
	if (!values.flatTypes.length) return refuse('Indiquez au moins un type de logement (T1, T2…).', 'flatTypes');
	const monthlyResources = euros(values.monthlyResources);
	if (Number.isNaN(monthlyResources)) return refuse('Indiquez les ressources mensuelles en euros, par exemple 971,50.', 'monthlyResources');
	const housingBenefit = euros(values.housingBenefit);
	if (Number.isNaN(housingBenefit)) return refuse('Indiquez l’aide au logement en euros, par exemple 250.', 'housingBenefit');
	if (!values.consentGivenOn) return refuse('Indiquez la date à laquelle la personne a donné son consentement.', 'givenOn');
	if (!values.consentScope) return refuse('Précisez ce que la personne accepte de partager avec la coordination.', 'scope');

	return {
		values,
		error: null,
		input: {
			referringTeamId: values.referringTeamId,
			person: {
				firstName: values.firstName,
				lastName: values.lastName,
				birthDate: values.birthDate || null,
				phone: values.phone || null,
				email: values.email || null
			},
			criteria: criteria.map((criterion) => ({ criterion, met: values.met[criterion] === 'yes', justification: values.justification[criterion] })),
			need: {
				flatTypes: values.flatTypes as Array<'T1' | 'T2' | 'T3'>,
				// In the order of preference, each commune once.
				preferredCommunes: [...new Set(values.communes.filter(Boolean))],
				nearServices: values.nearServices,
				nearTransport: values.nearTransport,
				accessibilityNeeded: values.accessibilityNeeded,
				otherNeeds: values.otherNeeds || null
			},
			monthlyResources,
			housingBenefit,
			supportPlan: values.supportPlan || null,
			clinicalNotes: values.clinicalNotes || null,
			coordinationConsent: { givenOn: values.consentGivenOn, scope: values.consentScope }
		}
	};
}
