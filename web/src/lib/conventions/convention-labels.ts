// French labels and formats of the conventions pages.

export const conventionStatusLabels: Record<string, string> = {
	DRAFT: 'Projet',
	NEGOTIATION: 'En négociation',
	SIGNED: 'Signée',
	IN_FORCE: 'En vigueur',
	UNDER_EVALUATION: 'En évaluation',
	RENEWED: 'Renouvelée',
	ENDED: 'Terminée'
};

export const partyRoles = [
	{ role: 'SIGNATORY', label: 'Signataires' },
	{ role: 'CO_PILOT', label: 'Co-pilotes' },
	{ role: 'OPERATOR', label: 'Opérateurs' },
	{ role: 'ASSOCIATED', label: 'Partenaires associés' }
] as const;

export const partyRoleLabels: Record<string, string> = {
	SIGNATORY: 'Signataire',
	CO_PILOT: 'Co-pilote',
	OPERATOR: 'Opérateur',
	ASSOCIATED: 'Partenaire associé'
};

/** "10 décembre 2019" from "2019-12-10"; dates of conventions are calendar dates, no time zone. */
export function formatDay(date: string | null | undefined): string {
	if (!date) return '';
	const [year, month, day] = date.split('-').map(Number);
	return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(Date.UTC(year, month - 1, day))
	);
}

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} octets`;
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} Ko`;
	return `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

/** "dans 10 jours", "aujourd’hui", "en retard de 5 jours". */
export function formatDaysLeft(days: number): string {
	if (days === 0) return 'aujourd’hui';
	const n = Math.abs(days);
	const unit = n > 1 ? 'jours' : 'jour';
	return days > 0 ? `dans ${n} ${unit}` : `en retard de ${n} ${unit}`;
}
