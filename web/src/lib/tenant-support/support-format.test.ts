import { describe, expect, it } from 'vitest';
import { formatCalendarDay, formatInstant, groupRequests, sessionAccessText, sessionState, supportViewer } from './support-format';

const request = (id: string, overrides: Partial<{ status: string; sentAt: string; closedAt: string | null; acknowledgementOverdue: boolean; nextSteps: string[]; viewerParties: string[] }>) => ({
	id,
	status: 'SENT',
	sentAt: '2027-01-10T09:00:00Z',
	closedAt: null,
	acknowledgementOverdue: false,
	nextSteps: [] as string[],
	viewerParties: ['CMP'],
	...overrides
});

describe('groupRequests', () => {
	it('puts the requests to handle first, overdue ones at the top, then the longest waiting', () => {
		const groups = groupRequests(
			[
				request('recent', { sentAt: '2027-01-12T09:00:00Z', nextSteps: ['ACKNOWLEDGED'] }),
				request('old', { sentAt: '2027-01-08T09:00:00Z', nextSteps: ['ACKNOWLEDGED'] }),
				request('overdue', { sentAt: '2027-01-09T09:00:00Z', acknowledgementOverdue: true, nextSteps: ['ACKNOWLEDGED'] }),
				request('waiting', { status: 'INFO_REQUESTED' }),
				request('closed', { status: 'CLOSED', closedAt: '2027-01-11T09:00:00Z' })
			],
			'CMP'
		);
		expect(groups.toHandle.map((r) => r.id)).toEqual(['overdue', 'old', 'recent']);
		expect(groups.inProgress.map((r) => r.id)).toEqual(['waiting']);
		expect(groups.closed.map((r) => r.id)).toEqual(['closed']);
	});

	it('keeps only the requests where the viewer is the given party', () => {
		const groups = groupRequests([request('cmp', {}), request('landlord', { viewerParties: ['LANDLORD'] })], 'LANDLORD');
		expect([...groups.toHandle, ...groups.inProgress, ...groups.closed].map((r) => r.id)).toEqual(['landlord']);
	});
});

describe('supportViewer', () => {
	const grant = (role: string, partner: { id: string; kind: string; name?: string } | null, territory = 'clsm-metz') => ({
		role,
		territory: { slug: territory },
		partner: partner ? { slug: partner.id, name: partner.name ?? partner.id, ...partner } : null
	});

	it('reads referents of landlords, correspondents of CMPs and the coordination, in this territory only', () => {
		const viewer = supportViewer(
			[
				grant('LANDLORD_REFERENT', { id: 'mht', kind: 'SOCIAL_LANDLORD' }),
				grant('CARE_TEAM', { id: 'cmp2', kind: 'CMP' }),
				// A care team that is not a CMP (ERAH) is no correspondent.
				grant('CARE_TEAM', { id: 'erah', kind: 'HOSPITAL_TEAM' }),
				grant('CARE_TEAM', { id: 'cmp9', kind: 'CMP' }, 'ailleurs'),
				grant('COORDINATOR', null)
			],
			'clsm-metz'
		);
		expect(viewer.landlords.map((p) => p.id)).toEqual(['mht']);
		expect(viewer.cmps.map((p) => p.id)).toEqual(['cmp2']);
		expect(viewer.coordinator).toBe(true);
		expect(viewer.partners.map((p) => p.id).sort()).toEqual(['cmp2', 'erah', 'mht']);
	});
});

describe('dates', () => {
	it('shows instants in Paris time and calendar days without a time zone', () => {
		expect(formatInstant('2027-01-14T09:05:00Z')).toBe('14 janvier 2027 à 10:05');
		expect(formatCalendarDay('2026-11-02')).toBe('2 novembre 2026');
	});
});

describe('commission sessions', () => {
	const now = Date.parse('2027-02-10T12:00:00Z');
	it('tells whether the files are yet to open, open or closed, with the date', () => {
		const preparing = { heldOn: '2027-02-15', agendaPublishedAt: null, accessClosesAt: '2027-02-22T23:00:00Z', filesOpen: false };
		expect(sessionState(preparing, now)).toBe('preparing');
		expect(sessionAccessText(preparing, now)).toContain('à la publication de l’ordre du jour');
		const open = { ...preparing, agendaPublishedAt: '2027-02-09T08:00:00Z', filesOpen: true };
		expect(sessionState(open, now)).toBe('open');
		// Midnight in Paris: the last day is said inclusive.
		expect(sessionAccessText(open, now)).toBe('Dossiers consultables jusqu’au 22 février 2027 inclus.');
		const closed = { ...open, accessClosesAt: '2027-02-01T23:00:00Z', filesOpen: false };
		expect(sessionState(closed, now)).toBe('closed');
		expect(sessionAccessText(closed, now)).toBe('Séance close : les dossiers ne sont plus consultables depuis le 2 février 2027.');
		expect(sessionAccessText({ ...closed, accessClosesAt: '2027-02-01T10:30:00Z' }, now)).toContain('depuis le 1 février 2027 à 11:30');
	});
});
