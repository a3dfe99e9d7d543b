import { describe, expect, it } from 'vitest';
import { reportCsv, type YearlyReport } from './report-csv';

const report: YearlyReport = {
	territoryName: 'Essai',
	year: 2021,
	partnersInvolved: 3,
	partnersBySector: [{ sector: 'CARE', label: 'Soin', partners: 3 }],
	activeGroups: 1,
	meetingsHeld: 2,
	meetingsCancelled: 0,
	attendances: 9,
	partnersAttending: 4,
	meetingsByGroup: [{ slug: 'g', name: 'Logement; santé "mentale"', meetingsHeld: 2, attendances: 9 }],
	editions: [],
	trainingSessions: 1,
	trainingParticipants: 12,
	conventionMilestones: [{ conventionSlug: 'c', conventionTitle: 'Convention', label: 'Signée', date: '2021-06-15' }],
	imlIndicators: [{ projectName: 'IML', name: 'Personnes logées', unit: null, target: 10, value: 7 }]
};

describe('the report as CSV', () => {
	it('opens in a French spreadsheet: BOM, semicolons, quoted cells when needed', () => {
		const csv = reportCsv(report);
		expect(csv.startsWith('\uFEFFRubrique;Libellé;Valeur;Détail\r\n')).toBe(true);
		expect(csv).toContain('Partenaires par secteur;Soin;3;\r\n');
		expect(csv).toContain('Réunions par groupe;"Logement; santé ""mentale""";2;9 présences\r\n');
		expect(csv).toContain('Conventions;Convention;Signée;2021-06-15\r\n');
		expect(csv).toContain('Indicateurs IML;Personnes logées;7;objectif 10\r\n');
	});
});
