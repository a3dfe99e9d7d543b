// Meetings are planned and shown in Paris time, whatever the time zone of the server or the
// browser; the API keeps instants (ISO strings in UTC).

const timeZone = 'Europe/Paris';

const dayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortDayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
const hourFormat = new Intl.DateTimeFormat('fr-FR', { timeZone, hour: '2-digit', minute: '2-digit' });
const partsFormat = new Intl.DateTimeFormat('en-GB', {
	timeZone,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

export interface Schedule {
	startsAt: string;
	endsAt?: string | null;
	timeUnknown: boolean;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** « Jeudi 14 janvier 2027, de 14:00 à 16:00 », or the date alone when the time is unknown. */
export function formatSchedule(meeting: Schedule): string {
	const start = new Date(meeting.startsAt);
	const day = capitalise(dayFormat.format(start));
	if (meeting.timeUnknown) return day;
	if (!meeting.endsAt) return `${day}, ${hourFormat.format(start)}`;
	const end = new Date(meeting.endsAt);
	if (dayFormat.format(end) !== dayFormat.format(start)) {
		return `${day}, ${hourFormat.format(start)} – ${capitalise(dayFormat.format(end))}, ${hourFormat.format(end)}`;
	}
	return `${day}, de ${hourFormat.format(start)} à ${hourFormat.format(end)}`;
}

/** « 14 janvier 2027 »: for lists where the weekday would crowd a line. */
export function formatShortDay(iso: string): string {
	return shortDayFormat.format(new Date(iso));
}

/** A calendar date of the API (AAAA-MM-JJ), e.g. an action's due date, in French. */
export function formatDueDate(date: string): string {
	// Noon UTC is the same calendar day in Paris all year round.
	return shortDayFormat.format(new Date(`${date}T12:00:00Z`));
}

/** Today's date in Paris (AAAA-MM-JJ), to compare with due dates. */
export function parisToday(now = new Date()): string {
	return parisParts(now.toISOString()).date;
}

function offsetMinutes(instant: Date): number {
	const p = Object.fromEntries(partsFormat.formatToParts(instant).map((part) => [part.type, part.value]));
	const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
	return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** A date (AAAA-MM-JJ) and a time (HH:MM) in Paris → the ISO instant, or null if malformed. */
export function parisToIso(date: string, time: string): string | null {
	const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const t = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time);
	if (!d || !t) return null;
	const [y, mo, day] = d.slice(1).map(Number);
	const [h, mi] = t.slice(1).map(Number);
	if (mo < 1 || mo > 12 || day < 1 || day > 31 || h > 23 || mi > 59) return null;
	const naive = Date.UTC(y, mo - 1, day, h, mi);
	if (new Date(naive).getUTCDate() !== day) return null;
	// Two passes settle the offset on either side of a daylight-saving change.
	const first = naive - offsetMinutes(new Date(naive)) * 60_000;
	return new Date(naive - offsetMinutes(new Date(first)) * 60_000).toISOString();
}

/** An ISO instant → its date (AAAA-MM-JJ) and time (HH:MM) in Paris, to fill a form. */
export function parisParts(iso: string): { date: string; time: string } {
	const p = Object.fromEntries(partsFormat.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
	return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

export const meetingStatusLabels: Record<string, string> = {
	PLANNED: 'Prévue',
	HELD: 'Tenue',
	CANCELLED: 'Annulée'
};

export const groupStatusLabels: Record<string, string> = {
	ACTIVE: 'Actif',
	PROPOSED: 'Proposé',
	CLOSED: 'Clos'
};

export const attendanceLabels: Record<string, string> = {
	PRESENT: 'Présent',
	EXCUSED: 'Excusé',
	ABSENT: 'Absent',
	INVITED: 'Invité'
};

export const actionStatusLabels: Record<string, string> = {
	OPEN: 'À faire',
	DONE: 'Faite',
	CANCELLED: 'Abandonnée'
};
