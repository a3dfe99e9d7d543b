import { error, fail, redirect } from '@sveltejs/kit';
import { parisToIso } from '$lib/components/meeting-dates';
import { splitLocal } from '$lib/components/event-format';
import { ProposeEventQuery, SubmitEventMutation, TerritoryPartnersQuery } from '$lib/graphql/events';
import { failureStatus, serverMutation, serverQuery, territorySlug } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '$lib/form-text';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.me) redirect(303, `/connexion?retour=${encodeURIComponent(event.url.pathname)}`);
	const { data } = await serverQuery(event, ProposeEventQuery, { slug: event.params.slug });
	const edition = data?.edition;
	if (!edition || !data) error(404, 'Cette édition n’existe pas.');
	// The coordinator proposes for any partner of the territory; a partner for its own organisations.
	let partners = edition.viewerPartners.map((p) => ({ id: p.id, name: p.name }));
	if (edition.viewerIsCoordinator) {
		const all = await serverQuery(event, TerritoryPartnersQuery, { territory: territorySlug() });
		partners = (all.data?.partners.edges ?? []).map((edge) => ({ id: edge.node.id, name: edge.node.name }));
	}
	partners.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
	return { edition, partners, communes: data.communeMap.communes };
};


export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const values = {
			title: formText(form, 'title'),
			description: formText(form, 'description'),
			start: formText(form, 'start'),
			end: formText(form, 'end'),
			place: formText(form, 'place'),
			communeCode: formText(form, 'communeCode'),
			audience: formText(form, 'audience') === 'PROFESSIONAL' ? ('PROFESSIONAL' as const) : ('PUBLIC' as const),
			organiserIds: form.getAll('organiserIds').map(String).filter(Boolean)
		};
		const start = splitLocal(values.start);
		const end = splitLocal(values.end);
		const startsAt = parisToIso(start.date, start.time);
		const endsAt = values.end ? parisToIso(end.date, end.time) : null;
		if (!startsAt) return fail(400, { message: 'Indiquez la date et l’heure de début.', field: 'start', values });
		if (values.end && !endsAt) return fail(400, { message: 'La date de fin est invalide.', field: 'end', values });
		const editionId = formText(form, 'editionId');
		const { failure } = await serverMutation(event, SubmitEventMutation, {
			input: {
				editionId,
				title: values.title,
				description: values.description || null,
				startsAt,
				endsAt,
				place: values.place || null,
				communeCode: values.communeCode || null,
				audience: values.audience,
				organiserIds: values.organiserIds
			}
		});
		if (failure) return fail(failureStatus(failure), { message: failure.message, field: failure.field ?? null, values });
		redirect(303, `/editions/${event.params.slug}?proposee`);
	}
};
