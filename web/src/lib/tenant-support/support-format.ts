// Labels, order and dates of the tenant-support pages. Pure functions: unit-tested, and imported
// by relative paths so that the plain vitest config reads them.

export const actionOptions = [
	{ value: 'CONTACT', label: 'Prise de contact avec le locataire' },
	{ value: 'HOME_VISIT', label: 'Visite à domicile' },
	{ value: 'ORIENTATION', label: 'Orientation vers un autre service' },
	{ value: 'NOTHING_TO_DO', label: 'Rien à faire : le doute est levé' }
] as const;

export const outcomeOptions = [
	{ value: 'CARE_ENGAGED', label: 'Soins engagés' },
	{ value: 'ORIENTED_ELSEWHERE', label: 'Orienté vers un autre service' },
	{ value: 'NO_CARE_NEEDED', label: 'Pas de besoin de soins (doute levé)' },
	{ value: 'TENANT_UNREACHABLE', label: 'Locataire injoignable' },
	{ value: 'OTHER', label: 'Autre' }
] as const;

export type SupportActionValue = (typeof actionOptions)[number]['value'];
export type SupportOutcomeValue = (typeof outcomeOptions)[number]['value'];

export const isAction = (value: string): value is SupportActionValue => actionOptions.some((o) => o.value === value);
export const isOutcome = (value: string): value is SupportOutcomeValue => outcomeOptions.some((o) => o.value === value);

const timeZone = 'Europe/Paris';
const instantFormat = new Intl.DateTimeFormat('fr-FR', { timeZone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const dayOfInstantFormat = new Intl.DateTimeFormat('fr-FR', { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
const calendarDayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const isoDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** « 14 janvier 2027 à 10:05 », Paris time. */
export const formatInstant = (iso: string): string => instantFormat.format(new Date(iso));

/** « 14 janvier 2027 », the Paris day of an instant. */
export const formatInstantDay = (iso: string): string => dayOfInstantFormat.format(new Date(iso));

/** « 14 janvier 2027 » from a calendar date (AAAA-MM-JJ), no time zone. */
export function formatCalendarDay(day: string | null | undefined): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
	if (!match) return day ?? '';
	return calendarDayFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** Today in Paris (AAAA-MM-JJ): the latest date a consent or the facts may carry. */
export const parisDay = (now = new Date()): string => isoDayFormat.format(now);

export const daysLabel = (days: number): string => (days <= 1 ? `${days} jour` : `${days} jours`);

interface Listed {
	id: string;
	status: string;
	sentAt: string;
	closedAt?: string | null;
	acknowledgementOverdue: boolean;
	nextSteps: readonly string[];
	viewerParties: readonly string[];
}

export interface RequestGroups<T> {
	/** The viewer has a step to take: overdue first, then the longest waiting. */
	toHandle: T[];
	/** Waiting for the other party. */
	inProgress: T[];
	closed: T[];
}

const time = (iso: string | null | undefined) => (iso ? new Date(iso).getTime() : 0);

/** The requests where the viewer is `party` (landlord or CMP), grouped for its list. */
export function groupRequests<T extends Listed>(requests: readonly T[], party: 'LANDLORD' | 'CMP'): RequestGroups<T> {
	const mine = requests.filter((r) => r.viewerParties.includes(party));
	const open = mine.filter((r) => r.status !== 'CLOSED');
	return {
		toHandle: open
			.filter((r) => r.nextSteps.length > 0)
			.sort((a, b) => Number(b.acknowledgementOverdue) - Number(a.acknowledgementOverdue) || time(a.sentAt) - time(b.sentAt)),
		inProgress: open.filter((r) => r.nextSteps.length === 0).sort((a, b) => time(b.sentAt) - time(a.sentAt)),
		closed: mine.filter((r) => r.status === 'CLOSED').sort((a, b) => time(b.closedAt) - time(a.closedAt))
	};
}

interface Grant {
	role: string;
	territory: { slug: string };
	partner: { id: string; slug: string; name: string; kind: string } | null;
}

export interface SupportViewer {
	/** The landlords the viewer is a referent of. */
	landlords: Array<{ id: string; name: string }>;
	/** The CMPs the viewer is a correspondent of. */
	cmps: Array<{ id: string; name: string }>;
	coordinator: boolean;
	/** Every organisation the viewer acts for (commission membership). */
	partners: Array<{ id: string; name: string }>;
}

/** What the viewer's roles in `territory` make of them in the procedure. */
export function supportViewer(roles: readonly Grant[], territory: string): SupportViewer {
	const here = roles.filter((r) => r.territory.slug === territory);
	const partnersOf = (keep: (r: Grant) => boolean) => {
		const seen = new Map<string, { id: string; name: string }>();
		for (const r of here) if (r.partner && keep(r)) seen.set(r.partner.id, { id: r.partner.id, name: r.partner.name });
		return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
	};
	return {
		landlords: partnersOf((r) => r.role === 'LANDLORD_REFERENT' && r.partner?.kind === 'SOCIAL_LANDLORD'),
		cmps: partnersOf((r) => r.role === 'CARE_TEAM' && r.partner?.kind === 'CMP'),
		coordinator: here.some((r) => r.role === 'COORDINATOR'),
		partners: partnersOf(() => true)
	};
}

interface SessionTimes {
	agendaPublishedAt: string | null;
	accessClosesAt: string;
	filesOpen: boolean;
}

export type SessionState = 'preparing' | 'open' | 'closed';

/** Before the agenda's publication, while the files are open, after the access's end. */
export function sessionState(session: SessionTimes, now = Date.now()): SessionState {
	if (session.filesOpen) return 'open';
	if (time(session.accessClosesAt) <= now) return 'closed';
	return 'preparing';
}

const parisClock = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * The end of a session's access, as people say it: access closes at midnight in Paris, so « until
 * 9 December inclusive » and « since 10 December » rather than « 10 December at 00:00 ».
 */
export function accessEnd(iso: string): { until: string; since: string } {
	const at = new Date(iso);
	if (parisClock.format(at) !== '00:00') return { until: formatInstant(iso), since: formatInstant(iso) };
	return { until: `${dayOfInstantFormat.format(new Date(at.getTime() - 60_000))} inclus`, since: dayOfInstantFormat.format(at) };
}

/** The sentence that tells a member when the files of a session can be read. */
export function sessionAccessText(session: SessionTimes & { heldOn: string }, now = Date.now()): string {
	const end = accessEnd(session.accessClosesAt);
	switch (sessionState(session, now)) {
		case 'open':
			return `Dossiers consultables jusqu’au ${end.until}.`;
		case 'closed':
			return `Séance close : les dossiers ne sont plus consultables depuis le ${end.since}.`;
		default:
			return `Les dossiers s’ouvriront à la publication de l’ordre du jour, et resteront consultables jusqu’au ${end.until}.`;
	}
}
