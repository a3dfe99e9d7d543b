// The report form, read on the server: what the API receives, and what the person typed (shown
// again beside an error).
import { formText } from '../form-text';

export interface ReportFormValues {
	landlordId: string;
	communeCode: string;
	street: string;
	houseNumber: string;
	consent: '' | 'yes' | 'no';
	consentHow: string;
	consentOn: string;
	tenantName: string;
	tenantPhone: string;
	facts: string;
	factsSince: string;
	riskToSelf: boolean;
	riskToOthers: boolean;
	alreadyTried: string;
}

export interface ReportInput {
	landlordId: string;
	address: { communeCode: string; street: string | null; houseNumber: string | null };
	withConsent: boolean;
	consentHow: string | null;
	consentOn: string | null;
	tenantName: string | null;
	tenantPhone: string | null;
	facts: string;
	factsSince: string | null;
	riskToSelf: boolean;
	riskToOthers: boolean;
	alreadyTried: string | null;
}

export const emptyReport: ReportFormValues = {
	landlordId: '',
	communeCode: '',
	street: '',
	houseNumber: '',
	consent: '',
	consentHow: '',
	consentOn: '',
	tenantName: '',
	tenantPhone: '',
	facts: '',
	factsSince: '',
	riskToSelf: false,
	riskToOthers: false,
	alreadyTried: ''
};

/** An error of the form, tied to the field it is about (the API's `extensions.field`). */
export interface FieldError {
	field: string;
	message: string;
}

const orNull = (text: string) => text || null;

export function readReportForm(form: FormData): { values: ReportFormValues; input: ReportInput | null; error: FieldError | null } {
	const consent = formText(form, 'consent');
	const values: ReportFormValues = {
		landlordId: formText(form, 'landlordId'),
		communeCode: formText(form, 'communeCode'),
		street: formText(form, 'street'),
		houseNumber: formText(form, 'houseNumber'),
		consent: consent === 'yes' || consent === 'no' ? consent : '',
		consentHow: formText(form, 'consentHow'),
		consentOn: formText(form, 'consentOn'),
		tenantName: formText(form, 'tenantName'),
		tenantPhone: formText(form, 'tenantPhone'),
		facts: formText(form, 'facts'),
		factsSince: formText(form, 'factsSince'),
		riskToSelf: form.get('riskToSelf') === 'on',
		riskToOthers: form.get('riskToOthers') === 'on',
		alreadyTried: formText(form, 'alreadyTried')
	};
	if (!values.landlordId) return { values, input: null, error: { field: 'landlordId', message: 'Choisissez le bailleur.' } };
	if (!values.communeCode) return { values, input: null, error: { field: 'address', message: 'Choisissez la commune du logement.' } };
	if (!values.consent) {
		return { values, input: null, error: { field: 'consent', message: 'Dites si le locataire a consenti à la démarche.' } };
	}
	const withConsent = values.consent === 'yes';
	if (!withConsent) {
		// Without consent the request is anonymous: whatever was typed about the tenant stays here.
		Object.assign(values, { consentHow: '', consentOn: '', tenantName: '', tenantPhone: '' });
	}
	return {
		values,
		error: null,
		input: {
			landlordId: values.landlordId,
			address: { communeCode: values.communeCode, street: orNull(values.street), houseNumber: orNull(values.houseNumber) },
			withConsent,
			consentHow: withConsent ? orNull(values.consentHow) : null,
			consentOn: withConsent ? orNull(values.consentOn) : null,
			tenantName: withConsent ? orNull(values.tenantName) : null,
			tenantPhone: withConsent ? orNull(values.tenantPhone) : null,
			facts: values.facts,
			factsSince: orNull(values.factsSince),
			riskToSelf: values.riskToSelf,
			riskToOthers: values.riskToOthers,
			alreadyTried: orNull(values.alreadyTried)
		}
	};
}
