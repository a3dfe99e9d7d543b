import { fail } from '@sveltejs/kit';
import {
	AddSectorStreetMutation,
	AssignSectorCommuneMutation,
	CmpChoicesQuery,
	GeocodeAddressQuery,
	ImportSectorsMutation,
	PreviewSectorImportQuery,
	RemoveSectorStreetMutation,
	SectorForAddressQuery,
	SectorsPageQuery,
	SetSectorCmpMutation,
	UnassignSectorCommuneMutation
} from '$lib/graphql/sectors';
import { type ApiFailure, failureStatus, serverMutation, serverQuery, serverQueryOrFailure, territorySlug } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '$lib/form-text';

const geocoderDownMessage = 'Le service de géocodage est indisponible : choisissez la commune dans la liste.';
const maxCsvBytes = 500_000;

const param = (url: URL, name: string) => (url.searchParams.get(name) ?? '').trim().slice(0, 200);

export const load: PageServerLoad = async (event) => {
	const territory = territorySlug();
	const { data } = await serverQuery(event, SectorsPageQuery, { territory });
	const url = event.url;
	const asked = { text: param(url, 'adresse'), communeCode: param(url, 'commune'), street: param(url, 'rue'), houseNumber: param(url, 'numero') };

	// Free text goes through the geocoder first; on failure the visitor picks the commune.
	let suggestions: Array<{ label: string; communeCode: string | null; street: string | null; houseNumber: string | null }> = [];
	let geocodeMessage: string | null = null;
	let chosen: string | null = null;
	const address = { communeCode: asked.communeCode, street: asked.street || null, houseNumber: asked.houseNumber || null };
	if (asked.text && !asked.communeCode) {
		const { data: found, failure } = await serverQueryOrFailure(event, GeocodeAddressQuery, { text: asked.text });
		if (failure) {
			geocodeMessage =
				failure.code === 'BAD_USER_INPUT'
					? failure.message
					: failure.code === 'TOO_MANY_REQUESTS'
						? 'Trop de recherches d’adresse en peu de temps : réessayez dans une minute, ou choisissez la commune dans la liste.'
						: geocoderDownMessage;
		} else {
			suggestions = found?.geocodeAddress ?? [];
			const best = suggestions.find((s) => s.communeCode);
			if (best) {
				chosen = best.label;
				Object.assign(address, { communeCode: best.communeCode, street: best.street, houseNumber: best.houseNumber });
			} else {
				geocodeMessage = 'Aucune adresse trouvée : vérifiez l’orthographe, ou choisissez la commune dans la liste.';
			}
		}
	}

	let lookup = null;
	if (address.communeCode) {
		const { data: answer } = await serverQueryOrFailure(event, SectorForAddressQuery, { territory, address });
		lookup = answer?.sectorForAddress ?? null;
	}

	const sectors = data?.psychiatricSectors ?? [];
	const canEdit = sectors.some((s) => s.viewerCanEdit);
	let cmpChoices: Array<{ id: string; name: string }> = [];
	if (canEdit) {
		const { data: cmps } = await serverQueryOrFailure(event, CmpChoicesQuery, { territory });
		cmpChoices = cmps?.partners.edges.map((e) => e.node) ?? [];
	}
	return {
		geocoderAvailable: data?.geocoderAvailable ?? false,
		sectors,
		communes: data?.sectorCommunes ?? [],
		asked,
		chosen,
		suggestions: suggestions.slice(0, 5),
		geocodeMessage,
		lookup,
		canEdit,
		cmpChoices
	};
};

const optionalNumber = (form: FormData, name: string): number | null => {
	const value = formText(form, name);
	return value === '' ? null : Number(value);
};

function failed(action: string, failure: ApiFailure, sectorId?: string) {
	return fail(failureStatus(failure), { action, sectorId, message: failure.message, conflict: failure.code === 'CONFLICT' });
}

const done = (action: string, message: string, sectorId?: string) => ({ action, sectorId, message, done: true });

async function readCsv(form: FormData): Promise<string | null> {
	const file = form.get('fichier');
	if (file instanceof File && file.size > 0) {
		if (file.size > maxCsvBytes) return null;
		return file.text();
	}
	const pasted = formText(form, 'csv');
	return pasted || null;
}

export const actions: Actions = {
	cmp: async (event) => {
		const form = await event.request.formData();
		const sectorId = formText(form, 'sectorId');
		const { failure } = await serverMutation(event, SetSectorCmpMutation, { sectorId, version: Number(form.get('version')), partnerId: formText(form, 'partnerId') || null });
		return failure ? failed('cmp', failure, sectorId) : done('cmp', 'Le CMP du secteur a été enregistré.', sectorId);
	},
	assign: async (event) => {
		const form = await event.request.formData();
		const sectorId = formText(form, 'sectorId');
		if (!formText(form, 'communeCode')) return fail(400, { action: 'assign', sectorId, message: 'Choisissez une commune.', conflict: false });
		const { failure } = await serverMutation(event, AssignSectorCommuneMutation, { sectorId, version: Number(form.get('version')), communeCode: formText(form, 'communeCode') });
		return failure ? failed('assign', failure, sectorId) : done('assign', 'La commune a été rattachée au secteur.', sectorId);
	},
	unassign: async (event) => {
		const form = await event.request.formData();
		const sectorId = formText(form, 'sectorId');
		const { failure } = await serverMutation(event, UnassignSectorCommuneMutation, { sectorId, version: Number(form.get('version')), communeCode: formText(form, 'communeCode') });
		return failure ? failed('unassign', failure, sectorId) : done('unassign', 'La commune a été retirée du secteur.', sectorId);
	},
	addStreet: async (event) => {
		const form = await event.request.formData();
		const sectorId = formText(form, 'sectorId');
		const numberFrom = optionalNumber(form, 'numberFrom');
		const numberTo = optionalNumber(form, 'numberTo');
		if ([numberFrom, numberTo].some((n) => n !== null && !Number.isInteger(n))) {
			return fail(400, { action: 'addStreet', sectorId, message: 'Les numéros sont des nombres entiers.', conflict: false });
		}
		const parity = formText(form, 'parity');
		const { failure } = await serverMutation(event, AddSectorStreetMutation, {
			sectorId,
			version: Number(form.get('version')),
			input: { communeCode: formText(form, 'communeCode'), street: formText(form, 'street'), numberFrom, numberTo, parity: parity === 'ODD' || parity === 'EVEN' ? parity : 'ALL' }
		});
		return failure ? failed('addStreet', failure, sectorId) : done('addStreet', 'La rue a été ajoutée au secteur.', sectorId);
	},
	removeStreet: async (event) => {
		const form = await event.request.formData();
		const sectorId = formText(form, 'sectorId');
		const { failure } = await serverMutation(event, RemoveSectorStreetMutation, { streetId: formText(form, 'streetId'), version: Number(form.get('version')) });
		return failure ? failed('removeStreet', failure, sectorId) : done('removeStreet', 'La rue a été retirée du secteur.', sectorId);
	},
	preview: async (event) => {
		const form = await event.request.formData();
		const csv = await readCsv(form);
		if (!csv) return fail(400, { action: 'import', message: 'Choisissez un fichier (500 Ko au plus) ou collez son contenu.', conflict: false });
		const { data, failure } = await serverQueryOrFailure(event, PreviewSectorImportQuery, { territory: territorySlug(), csv });
		if (failure) return fail(400, { action: 'import', message: failure.message, conflict: false, csv });
		return { action: 'import', preview: data!.previewSectorImport, csv };
	},
	apply: async (event) => {
		const form = await event.request.formData();
		const csv = formText(form, 'csv');
		if (!csv) return fail(400, { action: 'import', message: 'Rien à importer : prévisualisez d’abord un fichier.', conflict: false });
		const { data, failure } = await serverMutation(event, ImportSectorsMutation, { territory: territorySlug(), csv });
		if (failure) return fail(400, { action: 'import', message: failure.message, conflict: false, csv });
		const r = data!.importSectors;
		return done('import', `Fichier importé : ${r.newCount} ajout(s), ${r.changedCount} modification(s), ${r.unchangedCount} ligne(s) inchangée(s).`);
	}
};
