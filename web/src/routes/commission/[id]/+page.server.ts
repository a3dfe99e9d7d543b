import { error, fail } from '@sveltejs/kit';
import { formText } from '$lib/form-text';
import { failureStatus, serverMutation, serverQueryOrFailure } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import { loadCommissionSessions, publishAgenda } from '$lib/tenant-support/commission.server';
import { AddCommissionSituationMutation, CommissionSituationsQuery, RecordCommissionDecisionMutation } from '$lib/tenant-support/operations';
import { loadSupportViewer } from '$lib/tenant-support/support.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireSignedIn(event);
	const [viewer, { sessions, partners }] = await Promise.all([loadSupportViewer(event), loadCommissionSessions(event)]);
	if (!sessions) error(503, 'La séance n’a pas pu être chargée. Réessayez dans quelques instants.');
	const session = sessions.find((s) => s.id === event.params.id);
	if (!session) error(404, 'Cette séance n’existe pas ou ne vous concerne pas.');
	// The files are asked for only while they are open; the API refuses them otherwise, in French.
	let situations = null;
	let filesMessage: string | null = null;
	if (session.filesOpen) {
		const { data, failure } = await serverQueryOrFailure(event, CommissionSituationsQuery, { sessionId: session.id });
		situations = data?.commissionSituations ?? null;
		filesMessage = failure?.message ?? null;
	}
	const members = new Set(session.memberPartnerIds);
	const partnerNames: Record<string, string> = Object.fromEntries(partners.map((p) => [p.id, p.name]));
	return {
		session,
		situations,
		filesMessage,
		partnerNames,
		members: session.memberPartnerIds.map((id) => ({ id, name: partnerNames[id] ?? 'Structure inconnue' })).sort((a, b) => a.name.localeCompare(b.name, 'fr')),
		// The organisations in whose name the viewer may put a situation on the agenda.
		myMembers: viewer.partners.filter((p) => members.has(p.id)),
		coordinator: viewer.coordinator,
		notice: event.url.searchParams.has('reunie') ? 'La séance est réunie. Publiez l’ordre du jour pour ouvrir les dossiers aux membres.' : null
	};
};

export const actions: Actions = {
	addSituation: async (event) => {
		requireSignedIn(event);
		const form = await event.request.formData();
		const values = { partnerId: formText(form, 'partnerId'), facts: formText(form, 'facts') };
		const { data, failure } = await serverMutation(event, AddCommissionSituationMutation, { sessionId: event.params.id, ...values });
		if (failure) return fail(failureStatus(failure), { action: 'addSituation', message: failure.message, field: failure.field ?? null, values });
		return { action: 'addSituation', done: `La situation est inscrite sous le pseudonyme ${data!.addCommissionSituation.pseudonym}.` };
	},
	decision: async (event) => {
		requireSignedIn(event);
		const form = await event.request.formData();
		const situationId = formText(form, 'situationId');
		const values = { decision: formText(form, 'decision'), followUpPartnerId: formText(form, 'followUpPartnerId') };
		const { failure } = await serverMutation(event, RecordCommissionDecisionMutation, {
			situationId,
			decision: values.decision,
			followUpPartnerId: values.followUpPartnerId || null
		});
		if (failure) return fail(failureStatus(failure), { action: 'decision', situationId, message: failure.message, field: failure.field ?? null, values });
		return { action: 'decision', situationId, done: 'La décision est enregistrée.' };
	},
	publish: publishAgenda
};
