import { error, fail, redirect } from '@sveltejs/kit';
import { ImlReferralFormQuery, ReferImlCaseMutation } from '$lib/graphql/iml-cases';
import { readReferralForm } from '$lib/housing/referral-form';
import { failureStatus, serverMutation, serverQuery, territorySlug } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The care teams the account refers for in this territory, and the communes to choose from. */
async function formContext(event: RequestEvent) {
	requireSignedIn(event);
	const territory = territorySlug();
	const { data } = await serverQuery(event, ImlReferralFormQuery, {});
	const teams = (data?.me?.roles ?? [])
		.filter((grant) => grant.role === 'CARE_TEAM' && grant.territory.slug === territory && grant.partner)
		.map((grant) => ({ id: grant.partner!.id, name: grant.partner!.name }));
	if (!teams.length) error(403, 'Seule une équipe de soin du territoire peut orienter une personne vers le dispositif IML.');
	const communes = [...(data?.communeMap.communes ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
	return { territory, teams, communes };
}

export const load: PageServerLoad = async (event) => {
	const { teams, communes } = await formContext(event);
	return { teams, communes };
};

export const actions: Actions = {
	default: async (event) => {
		const { territory, teams } = await formContext(event);
		const { values, input, error: refusal } = readReferralForm(await event.request.formData());
		if (!input) return fail(400, { values, message: refusal!.message, field: refusal!.field });
		if (!teams.some((team) => team.id === input.referringTeamId)) input.referringTeamId = teams[0].id;
		const { data, failure } = await serverMutation(event, ReferImlCaseMutation, { territory, input });
		if (failure) return fail(failureStatus(failure), { values, message: failure.message, field: failure.field ?? null });
		redirect(303, `/logement/${data!.referImlCase.id}?orientee`);
	}
};
