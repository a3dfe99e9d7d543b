import type { EntityManager } from 'typeorm';
import { parisToInstant } from '../modules/calendar/paris-time.js';
import { demoEditions, demoTrainingSessions, trainingDescription, trainingOrganiserSlug, trainingPlace, trainingTitle, upcomingTrainingDescription } from './events.data.js';

/**
 * The SISM editions and the training sessions, loaded once: an edition already there (by slug)
 * and a training project that has sessions are left as they are.
 */
export async function loadDemoEvents(manager: EntityManager, territoryId: string): Promise<void> {
  const projects = new Map<string, string>(
    (await manager.query(`SELECT id, slug FROM project WHERE territory_id = $1`, [territoryId])).map((p: { id: string; slug: string }) => [p.slug, p.id]),
  );
  const partners = new Map<string, string>((await manager.query(`SELECT id, slug FROM partner`)).map((p: { id: string; slug: string }) => [p.slug, p.id]));
  const partnerId = (slug: string) => {
    const id = partners.get(slug);
    if (!id) throw new Error(`demo data names an unknown partner: ${slug}`);
    return id;
  };

  for (const demo of demoEditions) {
    const projectId = projects.get(demo.projectSlug);
    if (!projectId) continue;
    const [edition] = await manager.query(
      `INSERT INTO edition (project_id, year, slug, theme, starts_on, ends_on, submissions_open) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT DO NOTHING RETURNING id`,
      [projectId, demo.year, `${demo.projectSlug}-${demo.year}`, demo.theme, demo.startsOn, demo.endsOn, demo.submissionsOpen],
    );
    if (!edition) continue;
    for (const event of demo.events) {
      const startsAt = parisToInstant(event.startsAt);
      const [row] = await manager.query(
        `INSERT INTO project_event (project_id, edition_id, kind, title, description, starts_at, ends_at, place, commune_code, audience, status, attendance, decided_at)
         VALUES ($1, $2, 'EVENT', $3, $4, $5, $6, $7, $8, $9, 'ACCEPTED', $10, $5) RETURNING id`,
        [projectId, edition.id, event.title, event.description, startsAt, parisToInstant(event.endsAt), event.place, event.communeCode, event.audience, event.attendance],
      );
      await manager.query(`INSERT INTO event_organiser (event_id, partner_id) SELECT $1, unnest($2::uuid[])`, [row.id, event.organiserSlugs.map(partnerId)]);
    }
  }

  const trainingProject = projects.get('sensibilisation-sante-mentale');
  if (!trainingProject) return;
  const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM project_event WHERE project_id = $1 AND kind = 'TRAINING'`, [trainingProject]);
  if (count > 0) return;
  for (const session of demoTrainingSessions) {
    const upcoming = session.attendance === null;
    const [row] = await manager.query(
      `INSERT INTO project_event (project_id, kind, title, description, starts_at, ends_at, place, commune_code, audience, status, capacity, attendance)
       VALUES ($1, 'TRAINING', $2, $3, $4, $5, $6, '57351', 'PROFESSIONAL', 'ACCEPTED', $7, $8) RETURNING id`,
      [trainingProject, trainingTitle, upcoming ? upcomingTrainingDescription : trainingDescription, parisToInstant(session.startsAt), parisToInstant(session.endsAt), trainingPlace, session.capacity, session.attendance],
    );
    await manager.query(`INSERT INTO event_organiser (event_id, partner_id) VALUES ($1, $2)`, [row.id, partnerId(trainingOrganiserSlug)]);
    for (const registrant of session.registrants) {
      await manager.query(`INSERT INTO event_registration (event_id, full_name, partner_id) VALUES ($1, $2, $3)`, [row.id, registrant.fullName, partnerId(registrant.partnerSlug)]);
    }
  }
}
