import { error, fail } from '@sveltejs/kit';
import { territorySlug } from '$lib/server/graphql';
import { maxImportBytes, sendImport, trimReport } from '$lib/server/directory-import';
import { requireSignedIn } from '$lib/server/redirects';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const formats = ['auto', 'data-inclusion-json', 'data-inclusion-csv', 'hsds-json'];

export const load: PageServerLoad = async (event) => {
	const me = requireSignedIn(event);
	if (!me.roles.some((r) => r.role === 'COORDINATOR' && r.territory.slug === territorySlug())) {
		error(403, 'Réservé à la coordination du CLSM.');
	}
	return {};
};

async function run(event: RequestEvent, mode: 'preview' | 'apply') {
	const form = await event.request.formData();
	const file = form.get('file');
	const format = String(form.get('format') ?? 'auto');
	const values = { format: formats.includes(format) ? format : 'auto' };
	if (!(file instanceof File) || file.size === 0) return fail(400, { mode, message: 'Choisissez un fichier à importer.', values });
	if (file.size > maxImportBytes) {
		return fail(400, { mode, message: 'Le fichier dépasse la taille maximale de 10 Mo. Rien n’a été importé.', values });
	}
	const outcome = await sendImport(event, mode, territorySlug(), file, values.format);
	if (!outcome.ok) {
		return fail(outcome.status >= 500 ? 503 : outcome.status, {
			mode,
			message: outcome.message,
			values,
			fileName: file.name,
			report: outcome.report ? trimReport(outcome.report) : null
		});
	}
	return { mode, values, fileName: file.name, message: null, report: trimReport(outcome.report) };
}

export const actions: Actions = {
	preview: (event) => run(event, 'preview'),
	apply: (event) => run(event, 'apply')
};
