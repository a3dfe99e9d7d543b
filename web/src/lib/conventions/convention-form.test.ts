import { describe, expect, it } from 'vitest';
import { readConventionForm } from './convention-form';

const formOf = (entries: Record<string, string>) => {
	const form = new FormData();
	for (const [key, value] of Object.entries(entries)) form.set(key, value);
	return form;
};

describe('the convention form', () => {
	it('keeps the objectives in order, one a line, without the empty ones', () => {
		const { input } = readConventionForm(formOf({ title: ' Titre ', objectives: 'Premier\r\n\r\n  Deuxième \nTroisième', durationMonths: '12' }));
		expect(input).toEqual({ title: 'Titre', summary: null, objectives: ['Premier', 'Deuxième', 'Troisième'], durationMonths: 12, evaluationDue: null, renewalDue: null });
	});

	it('refuses a duration that is not a whole number, keeping what was typed', () => {
		const { input, error, values } = readConventionForm(formOf({ title: 'Titre', durationMonths: '1,5' }));
		expect(input).toBeNull();
		expect(error).toBe('La durée doit être un nombre entier de mois.');
		expect(values.durationMonths).toBe('1,5');
	});
});
