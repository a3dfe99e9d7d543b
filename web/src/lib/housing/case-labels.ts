// French labels and formats of the IML pages. The API sends the label of a case's own state;
// these cover what it does not label (empty columns of the board, roles in lists, criteria).

export { formatDay, formatDaysLeft } from '../conventions/convention-labels';

/** The pathway in its order, as the board shows it: open states, then how a case ended. */
export const openStates = ['PROPOSED', 'REGISTERED', 'ORIENTED', 'MATCHING', 'PRESENTED', 'ACCEPTED', 'REFUSED', 'HOUSED', 'SUPPORTED'] as const;
export const closedStates = ['LEASE_TRANSFERRED', 'REORIENTED', 'EXITED', 'WITHDRAWN'] as const;

export const stateLabels: Record<string, string> = {
	PROPOSED: 'Proposée',
	REGISTERED: 'Enregistrée',
	ORIENTED: 'Orientée vers l’opérateur',
	MATCHING: 'Recherche de logement',
	PRESENTED: 'Présentée en commission d’attribution',
	ACCEPTED: 'Acceptée par la commission',
	REFUSED: 'Refusée par la commission',
	HOUSED: 'Logée (bail et sous-location signés)',
	SUPPORTED: 'Accompagnement en place',
	LEASE_TRANSFERRED: 'Glissement de bail',
	REORIENTED: 'Réorientée',
	EXITED: 'Sortie du dispositif',
	WITHDRAWN: 'Retirée'
};

/** What each column is waiting for, in a short line under its title. */
export const stateHints: Record<string, string> = {
	PROPOSED: 'À enregistrer par la coordination',
	REGISTERED: 'À orienter vers l’opérateur',
	ORIENTED: 'Recherche à lancer par l’opérateur',
	MATCHING: 'Rapprochement offres / besoins',
	PRESENTED: 'Décision de la commission du bailleur',
	ACCEPTED: 'Bail et sous-location à signer',
	REFUSED: 'Nouvelle recherche ou retrait',
	HOUSED: 'Accompagnement à mettre en place',
	SUPPORTED: 'Évaluation au moins tous les 6 mois'
};

export const roleLabels: Record<string, string> = {
	CARE_TEAM: 'Équipe de soin',
	COORDINATION: 'Coordination du CLSM',
	HOUSING_OPERATOR: 'Opérateur logement',
	LANDLORD: 'Bailleur'
};

/** The three parties of the joint reviews and outcomes (never the coordination alone). */
export const jointRoles = ['CARE_TEAM', 'HOUSING_OPERATOR', 'LANDLORD'] as const;

export const criteria = ['PSYCHIATRIC_DISABILITY', 'FOLLOWED_BY_CH_JURY', 'HOUSING_ACCESS_PROBLEM', 'SOLVENT'] as const;
export type Criterion = (typeof criteria)[number];

export const criterionLabels: Record<string, string> = {
	PSYCHIATRIC_DISABILITY: 'Être en situation de handicap ou de déficience psychique',
	FOLLOWED_BY_CH_JURY: 'Être suivi par le CH de Jury',
	HOUSING_ACCESS_PROBLEM: 'Être confronté à une problématique d’accès au logement autonome',
	SOLVENT: 'Être solvable dans la perspective d’un logement autonome'
};

export const flatTypes = ['T1', 'T2', 'T3'] as const;

export const outcomes = ['LEASE_TRANSFERRED', 'REORIENTED', 'EXITED', 'EXTENDED'] as const;
export const outcomeLabels: Record<string, string> = {
	LEASE_TRANSFERRED: 'Glissement de bail',
	REORIENTED: 'Réorientation',
	EXITED: 'Sortie du dispositif',
	EXTENDED: 'Prolongation de la sous-location'
};

/** Outcomes are proposed and agreed by three parties, never moved to directly. */
export const outcomeStates: ReadonlySet<string> = new Set(['LEASE_TRANSFERRED', 'REORIENTED', 'EXITED']);

export const reviewStatusLabels: Record<string, string> = {
	DONE: 'Faite',
	OVERDUE: 'En retard',
	DUE: 'À faire dans les 30 jours',
	UPCOMING: 'À venir'
};

/** The verb of each move, for its form's button and heading. */
export function moveLabel(to: string, from: string): string {
	switch (to) {
		case 'REGISTERED':
			return 'Enregistrer la candidature';
		case 'ORIENTED':
			return 'Orienter vers l’opérateur';
		case 'MATCHING':
			return from === 'REFUSED' ? 'Reprendre la recherche de logement' : 'Commencer la recherche de logement';
		case 'PRESENTED':
			return 'Présenter en commission d’attribution';
		case 'ACCEPTED':
			return 'Enregistrer l’accord de la commission';
		case 'REFUSED':
			return 'Enregistrer le refus de la commission';
		case 'HOUSED':
			return 'Enregistrer le bail et la sous-location';
		case 'SUPPORTED':
			return 'Enregistrer l’accompagnement en place';
		case 'WITHDRAWN':
			return 'Retirer la candidature';
		default:
			return stateLabels[to] ?? to;
	}
}

const wholeEuros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const eurosAndCents = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "971 €", "971,50 €"; the narrow spaces of Intl become plain ones for screen readers. */
export function formatEuros(value: number | null | undefined): string {
	if (value === null || value === undefined) return 'Non renseigné';
	return (Number.isInteger(value) ? wholeEuros : eurosAndCents).format(value).replace(/\u202f/g, '\u00a0');
}

/** "12 mars 2026 à 14:05", in Paris time, for the access log. */
export function formatMoment(iso: string): string {
	return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));
}

/** `day` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
