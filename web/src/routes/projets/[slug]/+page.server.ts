import { error, fail, redirect } from '@sveltejs/kit';
import {
	AddFundingLineMutation,
	AddIndicatorMutation,
	ProjectChoicesQuery,
	ProjectPageQuery,
	RemoveFundingLineMutation,
	RemoveIndicatorMutation,
	SetIndicatorValueMutation,
	SetProjectPartnerMutation,
	UpdateFundingLineMutation
} from '$lib/graphql/projects';
import { readFragment } from '$lib/graphql/graphql';
import { CreateEditionMutation, ProjectEditionsFragment } from '$lib/graphql/events';
import { type ApiFailure, failureStatus, serverMutation, serverQuery, territorySlug } from '$lib/server/graphql';
import { parseDecimal } from '../project-format';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '$lib/form-text';

export const load: PageServerLoad = async (event) => {
	const { data } = await serverQuery(event, ProjectPageQuery, { slug: event.params.slug });
	const project = data?.project;
	if (!project) error(404, 'Ce projet n’existe pas.');
	// The lists the coordinator's forms choose from, fetched only for the coordinator.
	const choices = project.viewerCanEdit ? (await serverQuery(event, ProjectChoicesQuery, { territory: territorySlug() })).data : undefined;
	return {
		project,
		editions: readFragment(ProjectEditionsFragment, project),
		signedIn: Boolean(event.locals.me),
		partners: (choices?.partners.edges ?? []).map((edge) => edge.node)
	};
};


function refused(failure: ApiFailure, action: string, values?: Record<string, string>) {
	const status = failureStatus(failure);
	return fail(status, { action, message: failure.message, field: failure.field, values });
}

const lineFields = ['lineId', 'funderPartnerId', 'funderName', 'basis', 'unitLabel', 'amount', 'units', 'fromYear', 'toYear', 'note'] as const;

/** The funding line form as typed, and the API input it makes (or a French message). */
function fundingInput(form: FormData) {
	const values = Object.fromEntries(lineFields.map((name) => [name, formText(form, name)])) as Record<(typeof lineFields)[number], string>;
	const amount = parseDecimal(values.amount);
	if (amount === null || Number.isNaN(amount)) return { values, message: 'Indiquez le montant en euros (par exemple 1 400 ou 1 400,50).' };
	const integer = (raw: string) => (raw ? Number.parseInt(raw, 10) : null);
	const fromYear = integer(values.fromYear);
	if (fromYear === null || Number.isNaN(fromYear)) return { values, message: 'Indiquez l’année de début.' };
	return {
		values,
		input: {
			funderPartnerId: values.funderPartnerId || null,
			funderName: values.funderName || null,
			basis: values.basis as 'PER_UNIT_PER_YEAR' | 'PER_YEAR' | 'ONE_OFF',
			unitLabel: values.unitLabel || null,
			amount,
			units: values.basis === 'PER_UNIT_PER_YEAR' ? integer(values.units) : null,
			fromYear,
			toYear: integer(values.toYear),
			note: values.note || null
		}
	};
}

export const actions: Actions = {
	edition: async (event) => {
		const form = await event.request.formData();
		const values = { year: formText(form, 'year'), theme: formText(form, 'theme'), startsOn: formText(form, 'startsOn'), endsOn: formText(form, 'endsOn') };
		const year = Number.parseInt(values.year, 10);
		if (!/^\d{4}$/.test(values.year)) return fail(400, { action: 'edition', message: 'Indiquez l’année de l’édition (AAAA).', values });
		const { data, failure } = await serverMutation(event, CreateEditionMutation, {
			projectId: formText(form, 'projectId'),
			year,
			fields: { theme: values.theme, startsOn: values.startsOn || null, endsOn: values.endsOn || null, submissionsOpen: form.get('submissionsOpen') === 'oui' }
		});
		if (failure) return refused(failure, 'edition', values);
		redirect(303, `/editions/${data!.createEdition.slug}`);
	},
	partner: async (event) => {
		const form = await event.request.formData();
		const present = formText(form, 'present') === 'oui';
		if (!formText(form, 'partnerId')) return fail(400, { action: 'partner', message: 'Choisissez une structure.' });
		const { failure } = await serverMutation(event, SetProjectPartnerMutation, {
			projectId: formText(form, 'projectId'),
			partnerId: formText(form, 'partnerId'),
			present
		});
		if (failure) return refused(failure, 'partner');
		return { action: 'partner', done: present ? 'La structure a été ajoutée au projet.' : 'La structure a été retirée du projet.' };
	},
	line: async (event) => {
		const form = await event.request.formData();
		const parsed = fundingInput(form);
		const action = parsed.values.lineId ? `line-${parsed.values.lineId}` : 'line';
		if (!parsed.input) return fail(400, { action, message: parsed.message, values: parsed.values });
		const { failure } = parsed.values.lineId
			? await serverMutation(event, UpdateFundingLineMutation, { lineId: parsed.values.lineId, input: parsed.input })
			: await serverMutation(event, AddFundingLineMutation, { projectId: formText(form, 'projectId'), input: parsed.input });
		if (failure) return refused(failure, action, parsed.values);
		return { action, done: parsed.values.lineId ? 'La ligne de financement a été modifiée.' : 'La ligne de financement a été ajoutée.' };
	},
	removeLine: async (event) => {
		const form = await event.request.formData();
		const { failure } = await serverMutation(event, RemoveFundingLineMutation, { lineId: formText(form, 'lineId') });
		if (failure) return refused(failure, 'removeLine');
		return { action: 'removeLine', done: 'La ligne de financement a été retirée.' };
	},
	indicator: async (event) => {
		const form = await event.request.formData();
		const values = { name: formText(form, 'name'), unit: formText(form, 'unit') };
		const { failure } = await serverMutation(event, AddIndicatorMutation, {
			projectId: formText(form, 'projectId'),
			name: values.name,
			unit: values.unit || null
		});
		if (failure) return refused(failure, 'indicator', values);
		return { action: 'indicator', done: 'L’indicateur a été ajouté.' };
	},
	removeIndicator: async (event) => {
		const form = await event.request.formData();
		const { failure } = await serverMutation(event, RemoveIndicatorMutation, { indicatorId: formText(form, 'indicatorId') });
		if (failure) return refused(failure, 'removeIndicator');
		return { action: 'removeIndicator', done: 'L’indicateur a été retiré.' };
	},
	value: async (event) => {
		const form = await event.request.formData();
		const values = { indicatorId: formText(form, 'indicatorId'), year: formText(form, 'year'), target: formText(form, 'target'), value: formText(form, 'value') };
		const year = Number.parseInt(values.year, 10);
		const target = parseDecimal(values.target);
		const value = parseDecimal(values.value);
		if (!values.indicatorId) return fail(400, { action: 'value', message: 'Choisissez un indicateur.', values });
		if (Number.isNaN(year)) return fail(400, { action: 'value', message: 'Indiquez l’année.', values });
		if (Number.isNaN(target) || Number.isNaN(value)) {
			return fail(400, { action: 'value', message: 'La cible et la valeur sont des nombres (par exemple 204 ou 12,5).', values });
		}
		const { failure } = await serverMutation(event, SetIndicatorValueMutation, { indicatorId: values.indicatorId, year, target, value });
		if (failure) return refused(failure, 'value', values);
		return {
			action: 'value',
			done: target === null && value === null ? `L’année ${year} a été effacée.` : `Les chiffres de ${year} ont été enregistrés.`
		};
	}
};
