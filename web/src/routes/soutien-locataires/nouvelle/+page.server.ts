import { error, fail, redirect } from '@sveltejs/kit';
import { failureStatus, serverMutation, serverQuery, territorySlug } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import { ReportSupportRequestMutation, SupportCommunesQuery } from '$lib/tenant-support/operations';
import { readReportForm } from '$lib/tenant-support/report-form';
import { parisDay } from '$lib/tenant-support/support-format';
import { loadSupportViewer } from '$lib/tenant-support/support.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireSignedIn(event);
	const territory = territorySlug();
	const viewer = await loadSupportViewer(event);
	if (!viewer.landlords.length) {
		error(403, 'Le signalement est réservé aux référents des bailleurs sociaux : l’administrateur de votre structure peut vous désigner.');
	}
	const { data } = await serverQuery(event, SupportCommunesQuery, { territory });
	const communes = [...(data?.sectorCommunes ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
	return { territory, landlords: viewer.landlords, communes, today: parisDay() };
};

export const actions: Actions = {
	default: async (event) => {
		requireSignedIn(event);
		const { values, input, error: invalid } = readReportForm(await event.request.formData());
		if (!input) return fail(400, { values, field: invalid?.field ?? null, message: invalid?.message ?? 'Vérifiez le formulaire.' });
		const { data, failure } = await serverMutation(event, ReportSupportRequestMutation, { territory: territorySlug(), input });
		if (failure) return fail(failureStatus(failure), { values, field: failure.field ?? null, message: failure.message });
		redirect(303, `/soutien-locataires/${data!.reportSupportRequest.id}?envoyee`);
	}
};
