import { describe, expect, it } from 'vitest';
import { columnsOf, mergeLive, reviewAlerts, type BoardCase } from './board';

const card = (id: string, state: string, extra: Partial<BoardCase> = {}): BoardCase => ({ id, version: 1, state, reviewSchedule: null, closedOn: null, ...extra });
const schedule = (nextDueOn: string | null, flags: { overdue?: boolean; dueSoon?: boolean } = {}, marks: Array<{ months: number; on: string; reached: boolean }> = []) => ({
	nextDueOn,
	overdue: flags.overdue ?? false,
	dueSoon: flags.dueSoon ?? false,
	marks
});

describe('the IML board', () => {
	it('puts every case in the column of its state, in the order of the pathway', () => {
		const { open, closed } = columnsOf([card('a', 'MATCHING'), card('b', 'PROPOSED'), card('c', 'WITHDRAWN'), card('d', 'PROPOSED')]);
		expect(open.map((c) => c.state)).toEqual(['PROPOSED', 'REGISTERED', 'ORIENTED', 'MATCHING', 'PRESENTED', 'ACCEPTED', 'REFUSED', 'HOUSED', 'SUPPORTED']);
		expect(open[0].cases.map((c) => c.id)).toEqual(['b', 'd']);
		expect(open[0].label).toBe('Proposée');
		expect(closed.find((c) => c.state === 'WITHDRAWN')!.cases.map((c) => c.id)).toEqual(['c']);
	});

	it('applies a live change in place, inserts a new case first, and keeps a newer server version', () => {
		const server = [card('a', 'PROPOSED'), { ...card('b', 'HOUSED'), version: 5 }];
		const live = new Map([
			['a', { ...card('a', 'REGISTERED'), version: 2 }],
			['b', { ...card('b', 'SUPPORTED'), version: 4 }],
			['n', card('n', 'PROPOSED')]
		]);
		expect(mergeLive(server, live).map((c) => [c.id, c.state])).toEqual([
			['n', 'PROPOSED'],
			['a', 'REGISTERED'],
			['b', 'HOUSED']
		]);
	});

	it('lists overdue and due reviews and the 12/24-month marks within 30 days, soonest first', () => {
		const today = '2026-06-10';
		const alerts = reviewAlerts(
			[
				card('late', 'SUPPORTED', { reviewSchedule: schedule('2026-06-01', { overdue: true }) }),
				card('soon', 'HOUSED', { reviewSchedule: schedule('2026-06-25', { dueSoon: true }) }),
				card('far', 'HOUSED', { reviewSchedule: schedule('2026-09-01') }),
				card('mark', 'SUPPORTED', { reviewSchedule: schedule('2026-12-01', {}, [{ months: 12, on: '2026-07-05', reached: false }, { months: 24, on: '2027-07-05', reached: false }]) }),
				card('ended', 'EXITED', { closedOn: '2026-05-01', reviewSchedule: schedule('2026-06-01', { overdue: true }) })
			],
			today
		);
		expect(alerts.map((a) => [a.case.id, a.kind, a.days])).toEqual([
			['late', 'OVERDUE', -9],
			['soon', 'DUE', 15],
			['mark', 'MARK', 25]
		]);
		expect(alerts[2].months).toBe(12);
	});
});
