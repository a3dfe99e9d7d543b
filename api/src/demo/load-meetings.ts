import type { EntityManager } from 'typeorm';
import { parisToInstant } from '../modules/calendar/paris-time.js';
import { GroupRole, GroupStatus, MembershipStatus } from '../modules/groups/group.enums.js';
import { GroupMembership } from '../modules/groups/group-membership.entity.js';
import { WorkingGroup } from '../modules/groups/working-group.entity.js';
import { ActionItem, AgendaItem, Attendance, Decision } from '../modules/meetings/meeting-parts.entity.js';
import { ActionStatus, AttendanceStatus, MeetingBody, MeetingStatus } from '../modules/meetings/meeting.enums.js';
import { Meeting } from '../modules/meetings/meeting.entity.js';
import { Partner } from '../modules/partners/partner.entity.js';
import { demoAccounts } from './accounts.data.js';
import { demoGroups, demoMeetings } from './meetings.data.js';
import { demoConventions } from './conventions.data.js';
import { demoProjects } from './projects.data.js';
import { loadDemoProjectDetails } from './load-projects.js';

/**
 * The groups, projects and meetings of the documents, loaded once per territory: when the territory
 * has meetings already, nothing is touched, so what people recorded since stays as it is.
 */
export async function loadDemoMeetings(manager: EntityManager, territoryId: string): Promise<number> {
  const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM meeting WHERE territory_id = $1`, [territoryId]);
  if (count > 0) {
    await loadDemoProjectDetails(manager, territoryId);
    return 0;
  }
  const partners = new Map((await manager.getRepository(Partner).find({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));
  const partnerId = (slug: string) => {
    const id = partners.get(slug);
    if (!id) throw new Error(`demo data names an unknown partner: ${slug}`);
    return id;
  };
  // The demo coordinator animates the active groups, so that account can try every editing page.
  const coordinator = demoAccounts.find((account) => account.partnerSlug === null)!;
  const [coordinatorPerson] = await manager.query(`SELECT id FROM person WHERE first_name = $1 AND last_name = $2 LIMIT 1`, [
    coordinator.firstName,
    coordinator.lastName,
  ]);

  const groupIds = new Map<string, string>();
  for (const demo of demoGroups) {
    const existing = await manager.getRepository(WorkingGroup).findOneBy({ slug: demo.slug });
    const group =
      existing ??
      (await manager.getRepository(WorkingGroup).save({
        territoryId,
        slug: demo.slug,
        name: demo.name,
        theme: demo.theme,
        purpose: demo.purpose,
        status: demo.status as GroupStatus,
        isPublic: demo.isPublic,
      }));
    groupIds.set(demo.slug, group.id);
    if (existing) continue;
    const memberships = [
      ...demo.animatingPartnerSlugs.map((slug) => ({ partnerId: partnerId(slug), role: GroupRole.ANIMATOR })),
      ...demo.memberPartnerSlugs.map((slug) => ({ partnerId: partnerId(slug), role: GroupRole.MEMBER })),
      ...(coordinatorPerson && demo.status === 'ACTIVE' ? [{ personId: coordinatorPerson.id as string, role: GroupRole.ANIMATOR }] : []),
    ];
    if (memberships.length) {
      await manager.getRepository(GroupMembership).insert(memberships.map((m) => ({ ...m, groupId: group.id, status: MembershipStatus.ACTIVE })));
    }
  }

  for (const demo of demoProjects) {
    const [project] = await manager.query(
      `INSERT INTO project (territory_id, slug, name, description, status, contribution, lead_partner_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [territoryId, demo.slug, demo.name, demo.description, demo.status, demo.contribution, demo.leadPartnerSlug ? partnerId(demo.leadPartnerSlug) : null],
    );
    for (const slug of project ? demo.groupSlugs : []) {
      await manager.query(`INSERT INTO group_project (project_id, group_id) VALUES ($1, $2)`, [project.id, groupIds.get(slug)]);
    }
  }

  const meetingIds = new Map<string, string>();
  for (const demo of demoMeetings) {
    const startsAt = parisToInstant(demo.startsAt);
    const meeting = await manager.getRepository(Meeting).save({
      territoryId,
      groupId: demo.groupSlug ? groupIds.get(demo.groupSlug)! : null,
      body: demo.body as MeetingBody,
      title: demo.title,
      startsAt,
      endsAt: new Date(startsAt.getTime() + demo.durationMinutes * 60_000),
      timeUnknown: demo.timeUnknown ?? false,
      place: demo.place ?? null,
      hostPartnerId: demo.hostPartnerSlug ? partnerId(demo.hostPartnerSlug) : null,
      status: demo.status as MeetingStatus,
      minutes: demo.minutes ?? null,
    });
    meetingIds.set(demo.key, meeting.id);
    if (demo.agenda.length) {
      await manager.getRepository(AgendaItem).insert(demo.agenda.map((title, position) => ({ meetingId: meeting.id, position, title })));
    }
    const attendance = [
      ...demo.presentPartnerSlugs.map((slug) => ({ partnerId: partnerId(slug), status: AttendanceStatus.PRESENT })),
      ...(demo.excusedPartnerSlugs ?? []).map((slug) => ({ partnerId: partnerId(slug), status: AttendanceStatus.EXCUSED })),
    ];
    if (attendance.length) await manager.getRepository(Attendance).insert(attendance.map((a) => ({ ...a, meetingId: meeting.id })));
    if (demo.decisions.length) {
      await manager.getRepository(Decision).insert(demo.decisions.map((text, position) => ({ meetingId: meeting.id, position, text })));
    }
    if (demo.actions.length) {
      await manager.getRepository(ActionItem).insert(
        demo.actions.map((action) => ({
          meetingId: meeting.id,
          groupId: meeting.groupId,
          title: action.title,
          ownerPartnerId: action.ownerPartnerSlug ? partnerId(action.ownerPartnerSlug) : null,
          dueDate: action.due ?? null,
          status: action.status as ActionStatus,
        })),
      );
    }
  }
  for (const demo of demoConventions) {
    const last = demo.steps.at(-1)!;
    const [convention] = await manager.query(
      `INSERT INTO convention (territory_id, slug, title, summary, status, signed_on, signed_at, duration_months, evaluation_due)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [territoryId, demo.slug, demo.title, demo.summary, last.status, demo.signedOn, demo.signedAt, demo.durationMonths, demo.evaluationDue],
    );
    if (!convention) continue;
    for (const [position, text] of demo.objectives.entries()) {
      await manager.query(`INSERT INTO convention_objective (convention_id, position, text) VALUES ($1, $2, $3)`, [convention.id, position + 1, text]);
    }
    for (const party of demo.parties) {
      await manager.query(`INSERT INTO convention_party (convention_id, partner_id, role) VALUES ($1, $2, $3)`, [convention.id, partnerId(party.slug), party.role]);
    }
    let from: string | null = null;
    for (const step of demo.steps) {
      await manager.query(`INSERT INTO convention_status_change (convention_id, from_status, to_status, effective_on) VALUES ($1, $2, $3, $4)`, [convention.id, from, step.status, step.on]);
      from = step.status;
    }
    for (const document of demo.documents ?? []) {
      const content = Buffer.from(document.text, 'utf8');
      await manager.query(
        `INSERT INTO convention_document (convention_id, title, file_name, media_type, byte_size, content) VALUES ($1, $2, $3, 'text/plain', $4, $5)`,
        [convention.id, document.title, document.fileName, content.length, content],
      );
    }
    if (demo.preparedBetween) {
      await manager.query(
        `INSERT INTO convention_meeting (convention_id, meeting_id)
         SELECT $1, id FROM meeting WHERE group_id = $2 AND status = 'HELD' AND starts_at::date BETWEEN $3 AND $4`,
        [convention.id, groupIds.get('logement-sante-mentale'), ...demo.preparedBetween],
      );
    }
  }

  for (const demo of demoMeetings.filter((m) => m.replacedByKey)) {
    await manager.getRepository(Meeting).update(meetingIds.get(demo.key)!, { replacedById: meetingIds.get(demo.replacedByKey!)! });
  }
  await loadDemoProjectDetails(manager, territoryId);
  return demoMeetings.length;
}
