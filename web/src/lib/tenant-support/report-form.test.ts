import { describe, expect, it } from 'vitest';
import { readReportForm } from './report-form';

const formOf = (fields: Record<string, string>) => {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.set(name, value);
	return form;
};

const base = { landlordId: 'mht', communeCode: '57480', street: ' Rue de Pont-à-Mousson ', houseNumber: '3', facts: 'Bruits la nuit' };

describe('readReportForm', () => {
	it('sends the tenant’s identity with consent', () => {
		const { input, error } = readReportForm(
			formOf({ ...base, consent: 'yes', consentHow: 'Oral', consentOn: '2027-01-02', tenantName: 'Locataire Fictif', tenantPhone: '', riskToSelf: 'on' })
		);
		expect(error).toBeNull();
		expect(input).toMatchObject({
			withConsent: true,
			address: { communeCode: '57480', street: 'Rue de Pont-à-Mousson', houseNumber: '3' },
			tenantName: 'Locataire Fictif',
			tenantPhone: null,
			consentOn: '2027-01-02',
			riskToSelf: true,
			riskToOthers: false
		});
	});

	it('keeps an anonymous request anonymous, whatever was typed about the tenant', () => {
		const { input, values } = readReportForm(formOf({ ...base, consent: 'no', tenantName: 'Typed anyway', tenantPhone: '0600000000', consentHow: 'x' }));
		expect(input).toMatchObject({ withConsent: false, tenantName: null, tenantPhone: null, consentHow: null, consentOn: null });
		expect(values.tenantName).toBe('');
	});

	it('asks for the consent answer and the commune beside their fields', () => {
		expect(readReportForm(formOf({ ...base })).error).toEqual({ field: 'consent', message: expect.stringContaining('consenti') });
		expect(readReportForm(formOf({ ...base, communeCode: '', consent: 'no' })).error?.field).toBe('address');
	});
});
