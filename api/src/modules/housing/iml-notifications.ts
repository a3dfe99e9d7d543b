import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { publishEvent } from '../../events/event-bus.js';
import type { Mailer } from '../../mail/mailer.js';
import { todayInParis } from '../calendar/paris-time.js';
import { imlCaseChangedTopic } from './case-store.js';
import { caseFigures } from './iml-scheme.service.js';
import { CasePartyRole } from './pathway.js';
import { reviewSchedule } from './review-schedule.js';

// Mails to the parties of a case: a new referral to the coordination, a review falling due (or
// the 12- and 24-month marks drawing near) to the care team, the operator and the landlord.
// They name the case by its pseudonym and link to it; the page says the rest to those it may.

const markNoticeDays = 30;

/** Active accounts acting for the parties whose keys are given, with one of `roles`. */
async function recipients(manager: EntityManager | DataSource, partyKeys: string[], roles: CasePartyRole[]): Promise<string[]> {
  const keys = partyKeys.filter((key) => roles.includes(key.split(':')[0] as CasePartyRole));
  if (!keys.length) return [];
  const rows: Array<{ email: string }> = await manager.query(
    `SELECT DISTINCT u.email FROM role_assignment r JOIN user_account u ON u.id = r.user_id
     WHERE NOT u.disabled AND CASE r.role
       WHEN 'COORDINATOR' THEN 'COORDINATION:' || r.territory_id
       WHEN 'CARE_TEAM' THEN 'CARE_TEAM:' || r.partner_id
       WHEN 'HOUSING_OPERATOR' THEN 'HOUSING_OPERATOR:' || r.partner_id
       WHEN 'LANDLORD_REFERENT' THEN 'LANDLORD:' || r.partner_id END = ANY($1)
     ORDER BY u.email`,
    [keys],
  );
  return rows.map((row) => row.email);
}

export async function notifyNewReferral(
  dataSource: DataSource,
  mailer: Mailer,
  origin: string,
  referral: { id: string; pseudonym: string; partyKeys: string[] },
): Promise<void> {
  for (const to of await recipients(dataSource, referral.partyKeys, [CasePartyRole.COORDINATION])) {
    await mailer.send({
      to,
      subject: `Nouvelle orientation IML : ${referral.pseudonym}`,
      text: `L’équipe de soin propose une personne pour l’intermédiation locative (dossier ${referral.pseudonym}).\n\nPour l’examiner et l’enregistrer : ${origin}/logement/${referral.id}\n`,
    });
  }
}

const reviewParties = [CasePartyRole.CARE_TEAM, CasePartyRole.HOUSING_OPERATOR, CasePartyRole.LANDLORD];

/**
 * Sends, once per due date, the reminder of a review falling due or overdue and of the 12- and
 * 24-month marks within 30 days. What was sent is in the audit log, which is how a later run
 * knows it. Returns how many reminders went out.
 */
export async function remindDueReviews(dataSource: DataSource, mailer: Mailer, origin: string, log: Logger, today = todayInParis()): Promise<number> {
  const territories: Array<{ id: string }> = await dataSource.query(`SELECT id FROM territory`);
  let sent = 0;
  for (const territory of territories) {
    for (const c of await caseFigures(dataSource, territory.id)) {
      if (!c.sublease_starts_on || c.closed_on) continue;
      const schedule = reviewSchedule({ subleaseStartsOn: c.sublease_starts_on, reviewDates: c.review_dates, today });
      const notices: Array<{ key: string; subject: string; text: string }> = [];
      if (schedule.nextDueOn && (schedule.dueSoon || schedule.overdue)) {
        const late = schedule.overdue ? 'en retard' : 'à prévoir';
        notices.push({ key: `review:${schedule.nextDueOn}`, subject: `Évaluation partagée ${late}`, text: `L’évaluation partagée est due le ${schedule.nextDueOn}.` });
      }
      for (const mark of schedule.marks) {
        const daysLeft = (Date.parse(mark.on) - Date.parse(today)) / 86_400_000;
        if (!mark.reached && daysLeft <= markNoticeDays) {
          notices.push({ key: `mark:${mark.months}`, subject: `Repère des ${mark.months} mois`, text: `La sous-location atteint ${mark.months} mois le ${mark.on}.` });
        }
      }
      for (const notice of notices) {
        const [already] = await dataSource.query(
          `SELECT 1 FROM audit_event WHERE action = 'iml_case.reminder' AND target_type = 'iml_case' AND target_id = $1 AND details->>'notice' = $2`,
          [c.id, notice.key],
        );
        if (already) continue;
        for (const to of await recipients(dataSource, c.party_keys, reviewParties)) {
          await mailer.send({ to, subject: `${notice.subject} : ${c.pseudonym}`, text: `${notice.text}\n\nLe dossier : ${origin}/logement/${c.id}\n` });
        }
        await dataSource.transaction(async (manager) => {
          await manager.query(
            `INSERT INTO audit_event (action, target_type, target_id, territory_id, details) VALUES ('iml_case.reminder', 'iml_case', $1, $2, $3)`,
            [c.id, territory.id, JSON.stringify({ notice: notice.key })],
          );
          await publishEvent(manager, { topic: imlCaseChangedTopic, id: c.id });
        });
        sent += 1;
      }
    }
  }
  if (sent) log.info({ reminders: sent }, 'housing review reminders sent');
  return sent;
}
