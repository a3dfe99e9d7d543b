import { error, fail, redirect } from '@sveltejs/kit';
import { InviteMemberMutation } from '$lib/graphql/account';
import {
	AddContactMutation,
	PartnerEditQuery,
	PartnerFormOptionsFragment,
	RemoveContactMutation,
	UpdatePartnerMutation
} from '$lib/graphql/editing';
import { readFragment, type VariablesOf } from '$lib/graphql/graphql';
import { type ApiFailure, failureStatus, serverMutation, serverQuery, territorySlug } from '$lib/server/graphql';
import { readPartnerFields } from '$lib/partner-form';
import { requireSignedIn } from '$lib/server/redirects';
import type { Actions, PageServerLoad } from './$types';

type Fields = VariablesOf<typeof UpdatePartnerMutation>['fields'];

export const load: PageServerLoad = async (event) => {
	requireSignedIn(event);
	const { data } = await serverQuery(event, PartnerEditQuery, { slug: event.params.slug });
	if (!data?.partner) error(404, 'Cette structure ne figure pas dans l’annuaire.');
	if (!data.partner.viewerCanEdit) error(403, 'Vous ne pouvez modifier que la fiche de votre structure.');
	return { partner: data.partner, options: readFragment(PartnerFormOptionsFragment, data) };
};

function target(form: FormData) {
	return { partnerId: String(form.get('partnerId')), version: Number(form.get('version')) };
}

// A conflict keeps what the person typed, to show beside the version someone else saved.
function refused(failure: ApiFailure, action: string, values?: Record<string, unknown>) {
	return fail(failureStatus(failure), {
		action,
		conflict: failure.code === 'CONFLICT',
		message: failure.message,
		values
	});
}

export const actions: Actions = {
	save: async (event) => {
		const form = await event.request.formData();
		const fields = readPartnerFields(form) as Fields;
		const { data, failure } = await serverMutation(event, UpdatePartnerMutation, { target: target(form), fields });
		if (failure) return refused(failure, 'save', fields);
		redirect(303, `/annuaire/${data!.updatePartner.slug}?modifie=1`);
	},
	addContact: async (event) => {
		const form = await event.request.formData();
		const contact = {
			firstName: String(form.get('firstName') ?? ''),
			lastName: String(form.get('lastName') ?? ''),
			function: String(form.get('function') ?? ''),
			email: String(form.get('email') ?? '') || null,
			phone: String(form.get('phone') ?? '') || null
		};
		const { failure } = await serverMutation(event, AddContactMutation, { target: target(form), contact });
		if (failure) return refused(failure, 'addContact', contact);
		return { action: 'addContact', done: 'Le contact a été ajouté.' };
	},
	removeContact: async (event) => {
		const form = await event.request.formData();
		const { failure } = await serverMutation(event, RemoveContactMutation, {
			contactId: String(form.get('contactId')),
			partnerVersion: Number(form.get('version'))
		});
		if (failure) return refused(failure, 'removeContact');
		return { action: 'removeContact', done: 'Le contact a été retiré.' };
	},
	invite: async (event) => {
		const form = await event.request.formData();
		const email = String(form.get('email') ?? '');
		const role = String(form.get('role')) === 'PARTNER_ADMIN' ? 'PARTNER_ADMIN' : 'MEMBER';
		const { failure } = await serverMutation(event, InviteMemberMutation, {
			input: { email, role, territory: territorySlug(), partnerId: String(form.get('partnerId')) }
		});
		if (failure) return refused(failure, 'invite', { email });
		return { action: 'invite', done: `Une invitation a été envoyée à ${email}.` };
	}
};
