// Shared by the edition, event and training pages: days and times in Paris, and map projection.

const timeZone = 'Europe/Paris';
const dayKeyFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
const dayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const hourFormat = new Intl.DateTimeFormat('fr-FR', { timeZone, hour: '2-digit', minute: '2-digit' });
const longDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** « du 16 mars 2020 au 29 mars 2020 » from two calendar dates (AAAA-MM-JJ). */
export function formatPeriod(startsOn: string, endsOn: string): string {
	return `du ${longDate.format(new Date(`${startsOn}T12:00:00Z`))} au ${longDate.format(new Date(`${endsOn}T12:00:00Z`))}`;
}

/** « 14:00 – 17:00 », or the start alone. */
export function formatHours(startsAt: string, endsAt: string | null): string {
	const start = hourFormat.format(new Date(startsAt));
	return endsAt ? `${start} – ${hourFormat.format(new Date(endsAt))}` : start;
}

export function formatDay(iso: string): string {
	return capitalise(dayFormat.format(new Date(iso)));
}

/** Events grouped by their day in Paris, in the order given. */
export function byDay<T extends { startsAt: string }>(events: readonly T[]): Array<{ key: string; label: string; events: T[] }> {
	const days = new Map<string, { key: string; label: string; events: T[] }>();
	for (const event of events) {
		const key = dayKeyFormat.format(new Date(event.startsAt));
		if (!days.has(key)) days.set(key, { key, label: formatDay(event.startsAt), events: [] });
		days.get(key)!.events.push(event);
	}
	return [...days.values()];
}

export interface MapFrame {
	width: number;
	height: number;
	west: number;
	north: number;
	kx: number;
	ky: number;
}

/** The API's equirectangular projection (scaled by cos(latitude)): lon/lat → SVG x/y. */
export function project(frame: MapFrame, longitude: number, latitude: number): { x: number; y: number } {
	return { x: (longitude - frame.west) * frame.kx, y: (frame.north - latitude) * frame.ky };
}

/** '2020-03-22T14:00' (a datetime-local field, Paris time) → date and time parts. */
export function splitLocal(value: string): { date: string; time: string } {
	const [date = '', time = ''] = value.split('T');
	return { date, time: time.slice(0, 5) };
}
