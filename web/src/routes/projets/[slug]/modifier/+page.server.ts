import { error, fail, redirect } from '@sveltejs/kit';
import { ProjectChoicesQuery, ProjectPageQuery, UpdateProjectMutation } from '$lib/graphql/projects';
import { failureStatus, serverMutation, serverQuery, territorySlug } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.me) redirect(303, `/connexion?retour=${encodeURIComponent(event.url.pathname)}`);
	const [{ data }, { data: choices }] = await Promise.all([
		serverQuery(event, ProjectPageQuery, { slug: event.params.slug }),
		serverQuery(event, ProjectChoicesQuery, { territory: territorySlug() })
	]);
	const project = data?.project;
	if (!project) error(404, 'Ce projet n’existe pas.');
	if (!project.viewerCanEdit) error(403, 'Seule la coordination du CLSM peut modifier un projet.');
	return {
		project,
		partners: (choices?.partners.edges ?? []).map((edge) => edge.node),
		conventions: choices?.conventions ?? [],
		statuses: choices?.projectStatuses ?? []
	};
};

const fields = ['name', 'description', 'status', 'leadPartnerId', 'conventionId', 'startYear', 'endYear'] as const;

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const values = Object.fromEntries(fields.map((name) => [name, String(form.get(name) ?? '').trim()])) as Record<(typeof fields)[number], string>;
		const year = (raw: string) => (raw ? Number.parseInt(raw, 10) : null);
		const startYear = year(values.startYear);
		const endYear = year(values.endYear);
		if (Number.isNaN(startYear) || Number.isNaN(endYear)) {
			return fail(400, { message: 'Les années s’écrivent sur quatre chiffres (par exemple 2019).', conflict: false, field: undefined as string | undefined, values });
		}
		const { data, failure } = await serverMutation(event, UpdateProjectMutation, {
			projectId: String(form.get('projectId') ?? ''),
			version: Number(form.get('version')),
			input: {
				name: values.name,
				description: values.description || null,
				status: values.status as 'ACTIVE' | 'UNDER_STUDY' | 'CLOSED',
				leadPartnerId: values.leadPartnerId || null,
				conventionId: values.conventionId || null,
				startYear,
				endYear
			}
		});
		if (failure) {
			const status = failureStatus(failure);
			return fail(status, { message: failure.message, conflict: failure.code === 'CONFLICT', field: failure.field, values });
		}
		redirect(303, `/projets/${data!.updateProject.slug}?modifie=1`);
	}
};
