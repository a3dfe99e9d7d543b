import { describe, expect, it } from 'vitest';
import { formatDueDate, formatSchedule, parisParts, parisToIso } from './meeting-dates';

describe('Paris time for meetings', () => {
	it('turns a Paris wall-clock time into the instant, in winter and in summer', () => {
		expect(parisToIso('2027-01-14', '14:00')).toBe('2027-01-14T13:00:00.000Z');
		expect(parisToIso('2027-07-01', '09:30')).toBe('2027-07-01T07:30:00.000Z');
		// The days daylight-saving time starts and ends.
		expect(parisToIso('2027-03-28', '12:00')).toBe('2027-03-28T10:00:00.000Z');
		expect(parisToIso('2027-10-31', '12:00')).toBe('2027-10-31T11:00:00.000Z');
	});

	it('refuses malformed dates and times', () => {
		expect(parisToIso('2027-02-30', '14:00')).toBeNull();
		expect(parisToIso('14/01/2027', '14:00')).toBeNull();
		expect(parisToIso('2027-01-14', '25:00')).toBeNull();
		expect(parisToIso('', '')).toBeNull();
	});

	it('gives back the Paris date and time of an instant', () => {
		expect(parisParts('2027-01-14T13:00:00.000Z')).toEqual({ date: '2027-01-14', time: '14:00' });
		expect(parisParts('2027-07-01T22:30:00.000Z')).toEqual({ date: '2027-07-02', time: '00:30' });
	});

	it('writes dates in French, without the time when it is unknown', () => {
		const meeting = { startsAt: '2027-01-14T13:00:00.000Z', endsAt: '2027-01-14T15:00:00.000Z' };
		expect(formatSchedule({ ...meeting, timeUnknown: false })).toBe('Jeudi 14 janvier 2027, de 14:00 à 16:00');
		expect(formatSchedule({ ...meeting, timeUnknown: true })).toBe('Jeudi 14 janvier 2027');
		expect(formatDueDate('2027-03-11')).toBe('11 mars 2027');
	});
});
