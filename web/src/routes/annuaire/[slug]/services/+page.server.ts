import { error, fail } from '@sveltejs/kit';
import { readFragment } from '$lib/graphql/graphql';
import {
	CreatePartnerServiceMutation,
	PartnerServicesQuery,
	RemovePartnerServiceMutation,
	ServiceDetailsFragment,
	ServiceFormOptionsQuery,
	UpdatePartnerServiceMutation
} from '$lib/graphql/services';
import { type ApiFailure, failureStatus, serverMutation, serverQuery } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireSignedIn(event);
	const [{ data }, options] = await Promise.all([
		serverQuery(event, PartnerServicesQuery, { slug: event.params.slug }),
		serverQuery(event, ServiceFormOptionsQuery, {})
	]);
	if (!data?.partner) error(404, 'Cette structure ne figure pas dans l’annuaire.');
	if (!data.partner.viewerCanEdit) error(403, 'Vous ne pouvez gérer que les services de votre structure.');
	return {
		partner: { id: data.partner.id, slug: data.partner.slug, name: data.partner.name },
		services: data.partner.services.map((service) => readFragment(ServiceDetailsFragment, service)),
		options: { themes: options.data?.themes ?? [], audiences: options.data?.audiences ?? [] }
	};
};

/** The form's fields as the mutation's input: empty text clears, an empty capacity is none. */
function readServiceFields(form: FormData) {
	const text = (name: string) => String(form.get(name) ?? '').trim() || null;
	const capacity = text('capacity');
	return {
		name: String(form.get('name') ?? ''),
		description: text('description'),
		accessConditions: text('accessConditions'),
		openingHours: text('openingHours'),
		capacity: capacity === null ? null : /^\d+$/.test(capacity) ? Number(capacity) : -1,
		themes: form.getAll('themes').map(String),
		publics: form.getAll('publics').map(String),
		receptionModes: form.getAll('receptionModes').map(String)
	};
}

function refused(failure: ApiFailure, action: string, serviceId: string | null, values?: Record<string, unknown>) {
	return fail(failureStatus(failure), {
		action,
		serviceId,
		conflict: failure.code === 'CONFLICT',
		message: failure.message,
		values
	});
}

export const actions: Actions = {
	create: async (event) => {
		const form = await event.request.formData();
		const fields = readServiceFields(form);
		const { data, failure } = await serverMutation(event, CreatePartnerServiceMutation, {
			partnerId: String(form.get('partnerId')),
			fields
		});
		if (failure) return refused(failure, 'create', null, fields);
		return { action: 'create', done: `Le service « ${data!.createPartnerService.name} » a été ajouté.` };
	},
	update: async (event) => {
		const form = await event.request.formData();
		const id = String(form.get('serviceId'));
		const fields = readServiceFields(form);
		const { data, failure } = await serverMutation(event, UpdatePartnerServiceMutation, {
			id,
			version: Number(form.get('version')),
			fields
		});
		if (failure) return refused(failure, 'update', id, fields);
		return { action: 'update', done: `Le service « ${data!.updatePartnerService.name} » a été enregistré.` };
	},
	remove: async (event) => {
		const form = await event.request.formData();
		const id = String(form.get('serviceId'));
		const { failure } = await serverMutation(event, RemovePartnerServiceMutation, { id, version: Number(form.get('version')) });
		if (failure) return refused(failure, 'remove', id);
		return { action: 'remove', done: 'Le service a été retiré.' };
	}
};
