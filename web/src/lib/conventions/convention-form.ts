// The convention form, read on the server: what the API receives, and what the person typed
// (to show again beside an error).
import { formText } from '../form-text';

export interface ConventionFormValues {
	title: string;
	summary: string;
	objectives: string;
	durationMonths: string;
	evaluationDue: string;
	renewalDue: string;
}

export interface ConventionInputValue {
	title: string;
	summary: string | null;
	objectives: string[];
	durationMonths: number | null;
	evaluationDue: string | null;
	renewalDue: string | null;
}


/** One objective per line, in order; empty lines are dropped. */
export function objectivesOf(lines: string): string[] {
	return lines
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);
}

export function readConventionForm(form: FormData): { values: ConventionFormValues; input: ConventionInputValue | null; error: string | null } {
	const values: ConventionFormValues = {
		title: formText(form, 'title'),
		summary: formText(form, 'summary'),
		objectives: String(form.get('objectives') ?? ''),
		durationMonths: formText(form, 'durationMonths'),
		evaluationDue: formText(form, 'evaluationDue'),
		renewalDue: formText(form, 'renewalDue')
	};
	const duration = values.durationMonths ? Number(values.durationMonths) : null;
	if (duration !== null && !Number.isInteger(duration)) {
		return { values, input: null, error: 'La durée doit être un nombre entier de mois.' };
	}
	return {
		values,
		error: null,
		input: {
			title: values.title,
			summary: values.summary || null,
			objectives: objectivesOf(values.objectives),
			durationMonths: duration,
			evaluationDue: values.evaluationDue || null,
			renewalDue: values.renewalDue || null
		}
	};
}
