import { error, fail } from '@sveltejs/kit';
import type { VariablesOf } from '$lib/graphql/graphql';
import {
	ChangeConventionStatusMutation,
	ConventionPageQuery,
	RemoveConventionDocumentMutation,
	SetConventionPartyMutation
} from '$lib/graphql/conventions';
import { maxUploadBytes, uploadDocument } from '$lib/server/documents';
import { type ApiFailure, failureStatus, serverMutation, serverQuery, territorySlug } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '$lib/form-text';

type Status = VariablesOf<typeof ChangeConventionStatusMutation>['status'];
type Role = VariablesOf<typeof SetConventionPartyMutation>['role'];

const roles = new Set(['SIGNATORY', 'CO_PILOT', 'OPERATOR', 'ASSOCIATED']);

export const load: PageServerLoad = async (event) => {
	const { data } = await serverQuery(event, ConventionPageQuery, { slug: event.params.slug, territory: territorySlug() });
	const convention = data?.convention;
	if (!convention) error(404, 'Cette convention n’existe pas.');
	const partners = convention.viewerCanEdit
		? (data?.partners.edges ?? []).map((edge) => edge.node).sort((a, b) => a.name.localeCompare(b.name, 'fr'))
		: [];
	return {
		convention,
		partners,
		morePartners: convention.viewerCanEdit && (data?.partners.totalCount ?? 0) > partners.length,
		signedIn: Boolean(event.locals.me),
		notice: event.url.searchParams.has('creee') ? 'La convention a été créée.' : event.url.searchParams.has('modifiee') ? 'La convention a été modifiée.' : null
	};
};

// A conflict tells the person to reload; the page then shows the version saved meanwhile.
function refused(failure: ApiFailure, action: string, values?: Record<string, string>) {
	const status = failureStatus(failure);
	return fail(status, { action, conflict: failure.code === 'CONFLICT', message: failure.message, values });
}

const done = (action: string, message: string) => ({ action, conflict: false, done: message });

export const actions: Actions = {
	status: async (event) => {
		const form = await event.request.formData();
		const values = { status: formText(form, 'status'), effectiveOn: formText(form, 'effectiveOn'), signedOn: formText(form, 'signedOn'), signedAt: formText(form, 'signedAt') };
		if (!values.status) return fail(400, { action: 'status', conflict: false, message: 'Choisissez l’étape suivante.', values });
		if (!values.effectiveOn) return fail(400, { action: 'status', conflict: false, message: 'Indiquez la date de l’étape.', values });
		const { failure } = await serverMutation(event, ChangeConventionStatusMutation, {
			conventionId: formText(form, 'conventionId'),
			version: Number(form.get('version')),
			status: values.status as Status,
			effectiveOn: values.effectiveOn,
			signedOn: values.signedOn || null,
			signedAt: values.signedAt || null
		});
		if (failure) return refused(failure, 'status', values);
		return done('status', 'La convention est passée à l’étape suivante.');
	},
	addParty: async (event) => {
		const form = await event.request.formData();
		const values = { partnerId: formText(form, 'partnerId'), role: formText(form, 'role') };
		if (!values.partnerId || !roles.has(values.role)) {
			return fail(400, { action: 'parties', conflict: false, message: 'Choisissez une structure et son rôle.', values });
		}
		const { failure } = await serverMutation(event, SetConventionPartyMutation, {
			conventionId: formText(form, 'conventionId'),
			version: Number(form.get('version')),
			partnerId: values.partnerId,
			role: values.role as Role,
			present: true
		});
		if (failure) return refused(failure, 'parties', values);
		return done('parties', 'La structure a été ajoutée aux parties.');
	},
	removeParty: async (event) => {
		const form = await event.request.formData();
		const role = formText(form, 'role');
		if (!roles.has(role)) return fail(400, { action: 'parties', conflict: false, message: 'Rôle inconnu.' });
		const { failure } = await serverMutation(event, SetConventionPartyMutation, {
			conventionId: formText(form, 'conventionId'),
			version: Number(form.get('version')),
			partnerId: formText(form, 'partnerId'),
			role: role as Role,
			present: false
		});
		if (failure) return refused(failure, 'parties');
		return done('parties', 'La structure a été retirée des parties.');
	},
	upload: async (event) => {
		const form = await event.request.formData();
		const title = formText(form, 'title');
		const file = form.get('file');
		if (!(file instanceof File) || !file.size) {
			return fail(400, { action: 'documents', conflict: false, message: 'Choisissez un fichier.', values: { title } });
		}
		if (file.size > maxUploadBytes) return fail(400, { action: 'documents', conflict: false, message: 'Le fichier dépasse 5 Mo.', values: { title } });
		if (!title) return fail(400, { action: 'documents', conflict: false, message: 'Donnez un titre au document.', values: { title } });
		const outcome = await uploadDocument(event, { kind: 'conventions', id: formText(form, 'conventionId') }, file, title);
		if (!outcome.ok) return fail(outcome.status >= 500 ? 503 : outcome.status, { action: 'documents', conflict: false, message: outcome.message, values: { title } });
		return done('documents', 'Le document a été joint à la convention.');
	},
	removeDocument: async (event) => {
		const form = await event.request.formData();
		const { failure } = await serverMutation(event, RemoveConventionDocumentMutation, { documentId: formText(form, 'documentId') });
		if (failure) return refused(failure, 'documents');
		return done('documents', 'Le document a été retiré.');
	}
};
