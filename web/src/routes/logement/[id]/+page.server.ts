import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { VariablesOf } from '$lib/graphql/graphql';
import {
	AnswerImlOutcomeMutation,
	ImlAvailableOffersQuery,
	ImlCaseContextQuery,
	ImlCasePageQuery,
	ImlOfferSuggestionsQuery,
	MoveImlCaseMutation,
	ProposeImlOutcomeMutation,
	RecordImlConsentMutation,
	RecordImlReviewMutation,
	WithdrawImlConsentMutation
} from '$lib/graphql/iml-cases';
import { jointRoles, openStates, outcomes } from '$lib/housing/case-labels';
import { formText } from '$lib/form-text';
import { maxUploadBytes, uploadDocument } from '$lib/server/documents';
import { type ApiFailure, failureStatus, serverMutation, serverQuery, serverQueryOrFailure, territorySlug } from '$lib/server/graphql';
import { requireSignedIn } from '$lib/server/redirects';
import type { Actions, PageServerLoad } from './$types';

type State = VariablesOf<typeof MoveImlCaseMutation>['to'];
type PartyRole = VariablesOf<typeof RecordImlConsentMutation>['input']['partyRole'];

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = 'Dossier introuvable : il n’existe pas, ou vous n’en êtes pas partie (ou la personne n’a pas consenti à vous le partager).';
const movableStates = new Set<string>([...openStates, 'WITHDRAWN']);
const partyNames = (edges: ReadonlyArray<{ node: { id: string; name: string; shortName: string | null } }>) =>
	edges.map(({ node }) => ({ id: node.id, name: node.shortName ? `${node.shortName} – ${node.name}` : node.name })).sort((a, b) => a.name.localeCompare(b.name, 'fr'));

const notices: Record<string, string> = {
	orientee: 'La candidature a été proposée : la coordination du CLSM la voit maintenant et peut l’enregistrer.'
};

export const load: PageServerLoad = async (event) => {
	requireSignedIn(event);
	if (!uuid.test(event.params.id)) error(404, notFound);
	const territory = territorySlug();
	const [{ data, failure }, context] = await Promise.all([
		serverQueryOrFailure(event, ImlCasePageQuery, { id: event.params.id }),
		serverQuery(event, ImlCaseContextQuery, { territory })
	]);
	if (failure?.code === 'UNAUTHENTICATED') redirect(303, `/connexion?retour=${encodeURIComponent(event.url.pathname)}`);
	if (failure?.code === 'NOT_FOUND') error(404, notFound);
	if (failure) error(503, failure.message);
	const imlCase = data?.imlCase;
	if (!imlCase) error(404, notFound);

	const roles = new Set<string>(imlCase.viewerRoles);
	const collectsConsent = imlCase.consents !== null && (roles.has('CARE_TEAM') || roles.has('HOUSING_OPERATOR'));
	const [suggestions, offers] = await Promise.all([
		// Only the operator presents a case; the suggestions are for it and the coordination.
		imlCase.nextStates.includes('PRESENTED') ? serverQueryOrFailure(event, ImlOfferSuggestionsQuery, { caseId: imlCase.id }) : null,
		collectsConsent && !imlCase.offer ? serverQueryOrFailure(event, ImlAvailableOffersQuery, { territory }) : null
	]);
	const offersByLandlord: Record<string, number> = {};
	for (const offer of offers?.data?.housingOffers ?? []) offersByLandlord[offer.landlordId] = (offersByLandlord[offer.landlordId] ?? 0) + 1;

	return {
		imlCase,
		territory,
		communeNames: Object.fromEntries((context.data?.communeMap.communes ?? []).map((c) => [c.code, c.name])) as Record<string, string>,
		operators: partyNames(context.data?.operators.edges ?? []),
		landlords: partyNames(context.data?.landlords.edges ?? []),
		offersByLandlord,
		suggestions: suggestions?.data?.imlOfferSuggestions ?? null,
		notice: [...event.url.searchParams.keys()].map((key) => notices[key]).find(Boolean) ?? null
	};
};

// A stale version (someone changed the case meanwhile) is a conflict that a reload fixes; a
// conflict of the pathway (a consent missing, an offer taken) is a message like any other.
function refused(failure: ApiFailure, action: string, values: Record<string, unknown> = {}) {
	return fail(failureStatus(failure), {
		action,
		message: failure.message,
		field: failure.field ?? null,
		stale: failure.code === 'CONFLICT' && failure.currentVersion !== undefined,
		values
	});
}

const invalid = (action: string, message: string, field: string | null, values: Record<string, unknown> = {}) =>
	fail(400, { action, message, field, stale: false, values });

const done = (action: string, message: string) => ({ action, done: message });

async function readForm(event: RequestEvent) {
	const form = await event.request.formData();
	return { form, text: (name: string) => formText(form, name), caseId: formText(form, 'caseId') };
}

export const actions: Actions = {
	move: async (event) => {
		const { text, caseId } = await readForm(event);
		const to = text('to');
		const action = `move:${to}`;
		if (!movableStates.has(to)) return invalid('move', 'Étape inconnue.', null);
		const values = {
			on: text('on'),
			note: text('note'),
			operatorId: text('operatorId'),
			offerId: text('offerId'),
			reason: text('reason'),
			leaseStartsOn: text('leaseStartsOn'),
			subleaseStartsOn: text('subleaseStartsOn'),
			supportArrangements: text('supportArrangements')
		};
		if (!values.on) return invalid(action, 'Indiquez la date de l’étape.', 'on', values);
		// Each move sends what it records, and nothing else.
		const input = {
			on: values.on,
			note: values.note || null,
			operatorId: to === 'ORIENTED' ? values.operatorId || null : null,
			offerId: to === 'PRESENTED' ? values.offerId || null : null,
			reason: to === 'REFUSED' || to === 'WITHDRAWN' ? values.reason || null : null,
			leaseStartsOn: to === 'HOUSED' ? values.leaseStartsOn || null : null,
			subleaseStartsOn: to === 'HOUSED' ? values.subleaseStartsOn || null : null,
			supportArrangements: to === 'SUPPORTED' ? values.supportArrangements || null : null
		};
		if (to === 'ORIENTED' && !input.operatorId) return invalid(action, 'Choisissez l’opérateur.', 'operatorId', values);
		if (to === 'PRESENTED' && !input.offerId) return invalid(action, 'Choisissez le logement présenté en commission.', 'offerId', values);
		const { failure } = await serverMutation(event, MoveImlCaseMutation, { caseId, version: Number(text('version')), to: to as State, input });
		if (failure) return refused(failure, action, values);
		return done(action, 'L’étape est enregistrée.');
	},

	consent: async (event) => {
		const { text, caseId } = await readForm(event);
		const partyRole = text('partyRole');
		const action = `consent:${partyRole}`;
		const values = { partyId: text('partyId'), givenOn: text('givenOn'), scope: text('scope') };
		if (partyRole !== 'HOUSING_OPERATOR' && partyRole !== 'LANDLORD') return invalid('consent', 'Partie inconnue.', null);
		if (!values.partyId) return invalid(action, 'Choisissez la structure.', 'partyId', values);
		const { failure } = await serverMutation(event, RecordImlConsentMutation, { input: { caseId, partyRole: partyRole as PartyRole, ...values } });
		if (failure) return refused(failure, action, values);
		return done(action, 'Le consentement est enregistré.');
	},

	withdrawConsent: async (event) => {
		const { text } = await readForm(event);
		const consentId = text('consentId');
		const action = `withdraw:${consentId}`;
		const { data, failure } = await serverMutation(event, WithdrawImlConsentMutation, { consentId, withdrawnOn: text('withdrawnOn') });
		if (failure) return refused(failure, action, { withdrawnOn: text('withdrawnOn') });
		// The viewer withdrew its own organisation's access: the case is no longer theirs to see.
		if (!data?.withdrawImlConsent.imlCase) redirect(303, '/logement?consentement-retire');
		return done(action, 'Le consentement est retiré : la partie ne voit plus le dossier.');
	},

	review: async (event) => {
		const { form, text, caseId } = await readForm(event);
		const participantRoles = form.getAll('participantRoles').map(String).filter((role) => (jointRoles as readonly string[]).includes(role));
		const values = { heldOn: text('heldOn'), participants: text('participants'), conclusions: text('conclusions'), participantRoles };
		const { failure } = await serverMutation(event, RecordImlReviewMutation, {
			input: {
				caseId,
				heldOn: values.heldOn,
				participantRoles: participantRoles as PartyRole[],
				participants: values.participants || null,
				conclusions: values.conclusions
			}
		});
		if (failure) return refused(failure, 'review', values);
		return done('review', 'L’évaluation est enregistrée.');
	},

	propose: async (event) => {
		const { text, caseId } = await readForm(event);
		const values = { outcome: text('outcome'), decidedOn: text('decidedOn'), reason: text('reason'), reorientation: text('reorientation'), newEndOn: text('newEndOn') };
		if (!(outcomes as readonly string[]).includes(values.outcome)) return invalid('propose', 'Choisissez l’issue proposée.', 'outcome', values);
		const { failure } = await serverMutation(event, ProposeImlOutcomeMutation, {
			input: {
				caseId,
				version: Number(text('version')),
				outcome: values.outcome,
				decidedOn: values.decidedOn,
				reason: values.reason,
				reorientation: values.outcome === 'REORIENTED' ? values.reorientation || null : null,
				newEndOn: values.outcome === 'EXTENDED' ? values.newEndOn || null : null
			}
		});
		if (failure) return refused(failure, 'propose', values);
		return done('propose', 'L’issue est proposée : elle attend l’accord des deux autres parties.');
	},

	answer: async (event) => {
		const { text } = await readForm(event);
		const agree = text('agree') === 'true';
		const { failure } = await serverMutation(event, AnswerImlOutcomeMutation, { decisionId: text('decisionId'), agree });
		if (failure) return refused(failure, 'answer');
		return done('answer', agree ? 'Votre accord est enregistré.' : 'Votre refus est enregistré : l’issue proposée est abandonnée.');
	},

	upload: async (event) => {
		const { form, text, caseId } = await readForm(event);
		const title = text('title');
		const file = form.get('file');
		if (!(file instanceof File) || !file.size) return invalid('upload', 'Choisissez un fichier.', 'file', { title });
		if (file.size > maxUploadBytes) return invalid('upload', 'Le fichier dépasse 5 Mo.', 'file', { title });
		if (!title) return invalid('upload', 'Donnez un titre au document.', 'title', { title });
		const outcome = await uploadDocument(event, { kind: 'iml', id: caseId }, file, title);
		if (!outcome.ok) return fail(outcome.status >= 500 ? 503 : outcome.status, { action: 'upload', message: outcome.message, field: null, stale: false, values: { title } });
		return done('upload', 'Le document est joint au dossier.');
	}
};
