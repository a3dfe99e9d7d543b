import { error, fail, redirect } from '@sveltejs/kit';
import { CreatePartnerMutation, PartnerFormOptionsFragment, PartnerFormOptionsQuery } from '$lib/graphql/editing';
import { readFragment, type VariablesOf } from '$lib/graphql/graphql';
import { readPartnerFields } from '$lib/partner-form';
import { failureStatus, serverMutation, serverQuery, territorySlug } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import type { Actions, PageServerLoad } from './$types';

type Fields = VariablesOf<typeof CreatePartnerMutation>['fields'];

export const load: PageServerLoad = async (event) => {
	const me = requireSignedIn(event);
	if (!me.roles.some((r) => r.role === 'COORDINATOR' && r.territory.slug === territorySlug())) {
		error(403, 'Réservé à la coordination du CLSM.');
	}
	const { data } = await serverQuery(event, PartnerFormOptionsQuery, {});
	return { options: readFragment(PartnerFormOptionsFragment, data!) };
};

export const actions: Actions = {
	default: async (event) => {
		const fields = readPartnerFields(await event.request.formData()) as Fields;
		const { data, failure } = await serverMutation(event, CreatePartnerMutation, { territory: territorySlug(), fields });
		if (failure) return fail(failureStatus(failure), { message: failure.message, values: fields });
		redirect(303, `/annuaire/${data!.createPartner.slug}/modifier`);
	}
};
