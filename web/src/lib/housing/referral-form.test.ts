import { describe, expect, it } from 'vitest';
import { euros, readReferralForm } from './referral-form';

function referral(fields: Record<string, string | string[]>): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(name, v);
	return form;
}

const complete = {
	referringTeamId: 'team',
	lastName: 'Essai',
	firstName: 'Jean',
	'met.PSYCHIATRIC_DISABILITY': 'yes',
	'justification.PSYCHIATRIC_DISABILITY': 'MDPH',
	'met.FOLLOWED_BY_CH_JURY': 'yes',
	'justification.FOLLOWED_BY_CH_JURY': 'ERAH',
	'met.HOUSING_ACCESS_PROBLEM': 'yes',
	'justification.HOUSING_ACCESS_PROBLEM': 'Hébergé',
	'met.SOLVENT': 'no',
	flatTypes: ['T1', 'T2', 'T9'],
	'commune.0': '57463',
	'commune.1': '',
	'commune.2': '57447',
	'commune.3': '57463',
	nearServices: 'on',
	monthlyResources: '971,50',
	housingBenefit: '250',
	consentGivenOn: '2026-01-05',
	consentScope: 'Parcours'
};

describe('the referral form', () => {
	it('reads the grid, the need in order of preference and the amounts', () => {
		const { input, error } = readReferralForm(referral(complete));
		expect(error).toBeNull();
		expect(input!.criteria.map((c) => [c.criterion, c.met])).toEqual([
			['PSYCHIATRIC_DISABILITY', true],
			['FOLLOWED_BY_CH_JURY', true],
			['HOUSING_ACCESS_PROBLEM', true],
			['SOLVENT', false]
		]);
		expect(input!.need).toMatchObject({ flatTypes: ['T1', 'T2'], preferredCommunes: ['57463', '57447'], nearServices: true, nearTransport: false });
		expect([input!.monthlyResources, input!.housingBenefit]).toEqual([971.5, 250]);
		expect(input!.person).toEqual({ firstName: 'Jean', lastName: 'Essai', birthDate: null, phone: null, email: null });
	});

	it('names the field to correct', () => {
		expect(readReferralForm(referral({ ...complete, 'met.SOLVENT': '' })).error).toEqual({ message: expect.stringContaining('oui ou par non'), field: 'met.SOLVENT' });
		expect(readReferralForm(referral({ ...complete, monthlyResources: 'beaucoup' })).error?.field).toBe('monthlyResources');
		expect(readReferralForm(referral({ ...complete, consentScope: '' })).error?.field).toBe('scope');
	});

	it('reads euros written the French way', () => {
		expect([euros(''), euros('1 200'), euros('12,5'), euros('12.505')]).toEqual([null, 1200, 12.5, Number.NaN]);
	});
});
