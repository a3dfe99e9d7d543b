// The IML board: cases grouped by state in pathway order, and the reviews to plan. Pure, so
// the live updates of the page and its tests share it.
import { addDays, closedStates, daysBetween, openStates, stateLabels } from './case-labels';

export interface BoardCase {
	id: string;
	version: number;
	state: string;
	reviewSchedule: {
		nextDueOn: string | null;
		overdue: boolean;
		dueSoon: boolean;
		marks: ReadonlyArray<{ months: number; on: string; reached: boolean }>;
	} | null;
	closedOn: string | null;
}

export interface Column<Case> {
	state: string;
	label: string;
	cases: Case[];
}

/** One column per state of the pathway, in its order; the cases keep the order they came in. */
export function columnsOf<Case extends BoardCase>(cases: readonly Case[]): { open: Column<Case>[]; closed: Column<Case>[] } {
	const column = (state: string): Column<Case> => ({ state, label: stateLabels[state] ?? state, cases: cases.filter((c) => c.state === state) });
	return { open: openStates.map(column), closed: closedStates.map(column) };
}

/**
 * The server's cases with the live changes received since: a changed case replaces its card
 * (unless the server already has a newer version), a new one goes first (most recent first).
 */
export function mergeLive<Case extends BoardCase>(server: readonly Case[], live: ReadonlyMap<string, Case>): Case[] {
	const known = new Set(server.map((c) => c.id));
	const fresh = [...live.values()].filter((c) => !known.has(c.id));
	const updated = server.map((c) => {
		const changed = live.get(c.id);
		return changed && changed.version > c.version ? changed : c;
	});
	return [...fresh.reverse(), ...updated];
}

export type ReviewAlertKind = 'OVERDUE' | 'DUE' | 'MARK';

export interface ReviewAlert<Case> {
	case: Case;
	kind: ReviewAlertKind;
	on: string;
	/** Days from today: negative when late. */
	days: number;
	months?: number;
}

const markWindowDays = 30;

/**
 * What to plan, most urgent first: reviews overdue or due within 30 days (the API says which),
 * and the 12- and 24-month marks of a sublease coming within 30 days, when the three parties
 * decide together what follows (lease transfer, extension, reorientation).
 */
export function reviewAlerts<Case extends BoardCase>(cases: readonly Case[], today: string): ReviewAlert<Case>[] {
	const until = addDays(today, markWindowDays);
	const alerts: ReviewAlert<Case>[] = [];
	for (const c of cases) {
		const schedule = c.reviewSchedule;
		if (!schedule || c.closedOn) continue;
		if (schedule.nextDueOn && (schedule.overdue || schedule.dueSoon)) {
			alerts.push({ case: c, kind: schedule.overdue ? 'OVERDUE' : 'DUE', on: schedule.nextDueOn, days: daysBetween(today, schedule.nextDueOn) });
		}
		for (const mark of schedule.marks) {
			if (!mark.reached && mark.on >= today && mark.on <= until) {
				alerts.push({ case: c, kind: 'MARK', on: mark.on, days: daysBetween(today, mark.on), months: mark.months });
			}
		}
	}
	return alerts.sort((a, b) => a.on.localeCompare(b.on) || a.kind.localeCompare(b.kind));
}
