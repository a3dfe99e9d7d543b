import type { ResultOf } from 'gql.tada';
import type { YearlyReportQuery } from '$lib/graphql/reports';

export type YearlyReport = ResultOf<typeof YearlyReportQuery>['yearlyReport'];

// Semicolons and a byte-order mark: what French spreadsheet software opens without a wizard.
const cell = (value: string | number | null) => {
	const text = value === null ? '' : String(value);
	return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The report as rows of (section, item, value[, detail]) for a spreadsheet. */
export function reportRows(report: YearlyReport): Array<Array<string | number | null>> {
	const rows: Array<Array<string | number | null>> = [['Rubrique', 'Libellé', 'Valeur', 'Détail']];
	rows.push(['Partenaires', 'Partenaires impliqués dans au moins un projet', report.partnersInvolved, null]);
	for (const sector of report.partnersBySector) rows.push(['Partenaires par secteur', sector.label, sector.partners, null]);
	rows.push(['Réunions', 'Groupes de travail réunis', report.activeGroups, null]);
	rows.push(['Réunions', 'Réunions tenues', report.meetingsHeld, null]);
	rows.push(['Réunions', 'Réunions annulées', report.meetingsCancelled, null]);
	rows.push(['Réunions', 'Présences émargées', report.attendances, null]);
	rows.push(['Réunions', 'Structures présentes', report.partnersAttending, null]);
	for (const group of report.meetingsByGroup) rows.push(['Réunions par groupe', group.name, group.meetingsHeld, `${group.attendances} présences`]);
	for (const edition of report.editions) {
		rows.push([`${edition.projectName} : ${edition.theme}`, 'Événements', edition.events, null]);
		rows.push([`${edition.projectName} : ${edition.theme}`, 'Participants', edition.participants, null]);
		rows.push([`${edition.projectName} : ${edition.theme}`, 'Partenaires organisateurs', edition.organisers, null]);
	}
	rows.push(['Formations', 'Sessions', report.trainingSessions, null]);
	rows.push(['Formations', 'Participants', report.trainingParticipants, null]);
	for (const milestone of report.conventionMilestones) rows.push(['Conventions', milestone.conventionTitle, milestone.label, milestone.date]);
	for (const indicator of report.imlIndicators) {
		rows.push(['Indicateurs IML', indicator.name, indicator.value, indicator.target === null ? null : `objectif ${indicator.target}`]);
	}
	return rows;
}

export function reportCsv(report: YearlyReport): string {
	return `\uFEFF${reportRows(report).map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
