import type { DataSource } from 'typeorm';

// A small territory whose yearly figures are known by hand (see the comments), for 2021.
export const fixtureYear = 2021;

export async function loadReportFixture(dataSource: DataSource): Promise<{ territoryId: string }> {
  const one = async (sql: string, parameters: unknown[] = []): Promise<string> => (await dataSource.query(sql, parameters))[0].id;
  const territoryId = await one(`INSERT INTO territory (slug, name) VALUES ('essai-bilan', 'Territoire d’essai du bilan') RETURNING id`);
  const partner = (slug: string, sector: string) =>
    one(`INSERT INTO partner (slug, name, sector, kind, version) VALUES ($1, $1, $2, 'ASSOCIATION', 1) RETURNING id`, [`bilan-${slug}`, sector]);
  const p1 = await partner('p1', 'CARE');
  const p2 = await partner('p2', 'CARE');
  const p3 = await partner('p3', 'HOUSING');
  const p4 = await partner('p4', 'SOCIAL_ACTION');
  const p5 = await partner('p5', 'SUPPORT_LISTENING');
  const p6 = await partner('p6', 'INSTITUTIONS');

  // Involved in 2021: p1 (lead), p2 and p3 (partners) of a project running since 2020, and p5,
  // organiser of an accepted event. p4's project ended in 2019 and its event is only submitted.
  const running = await one(
    `INSERT INTO project (territory_id, slug, name, status, lead_partner_id, start_year) VALUES ($1, 'iml-essai-bilan', 'IML d’essai', 'ACTIVE', $2, 2020) RETURNING id`,
    [territoryId, p1],
  );
  const ended = await one(
    `INSERT INTO project (territory_id, slug, name, status, start_year, end_year) VALUES ($1, 'ancien-essai-bilan', 'Projet terminé', 'CLOSED', 2015, 2019) RETURNING id`,
    [territoryId],
  );
  await dataSource.query(`INSERT INTO project_partner (project_id, partner_id) VALUES ($1, $2), ($1, $3), ($4, $5)`, [running, p2, p3, ended, p4]);

  // The 2021 edition: two accepted events (30 + 20 participants, organisers p1 and p5); a
  // submitted and a declined one do not count.
  const edition = await one(
    `INSERT INTO edition (project_id, year, slug, theme, starts_on, ends_on) VALUES ($1, 2021, 'essai-bilan-2021', 'Thème d’essai', '2021-03-15', '2021-03-28') RETURNING id`,
    [running],
  );
  const event = (editionId: string | null, kind: string, status: string, startsAt: string, attendance: number | null) =>
    one(
      `INSERT INTO project_event (project_id, edition_id, kind, title, starts_at, audience, status, attendance) VALUES ($1, $2, $3, 'Événement d’essai', $4, 'PUBLIC', $5, $6) RETURNING id`,
      [running, editionId, kind, startsAt, status, attendance],
    );
  const e1 = await event(edition, 'EVENT', 'ACCEPTED', '2021-03-16T18:00:00Z', 30);
  const e2 = await event(edition, 'EVENT', 'ACCEPTED', '2021-03-20T14:00:00Z', 20);
  const e3 = await event(edition, 'EVENT', 'SUBMITTED', '2021-03-21T14:00:00Z', null);
  const e4 = await event(edition, 'EVENT', 'DECLINED', '2021-03-22T14:00:00Z', null);
  await dataSource.query(`INSERT INTO event_organiser (event_id, partner_id) VALUES ($1, $2), ($1, $3), ($4, $2), ($5, $6), ($7, $6)`, [e1, p1, p5, e2, e3, p4, e4]);

  // Training: two sessions in 2021 (12 + 8), one cancelled in 2021 and one in 2022 left out.
  await event(null, 'TRAINING', 'ACCEPTED', '2021-05-10T08:00:00Z', 12);
  await event(null, 'TRAINING', 'ACCEPTED', '2021-10-10T08:00:00Z', 8);
  await event(null, 'TRAINING', 'CANCELLED', '2021-11-10T08:00:00Z', null);
  await event(null, 'TRAINING', 'ACCEPTED', '2022-01-10T08:00:00Z', 15);

  // Meetings of 2021: the group held three (3, 2 and 1 present) and cancelled one; the plenary
  // held one (4 present). 31 Dec 23:30 in Paris is still 2021; 1 Jan 00:30 is not, nor is 2020.
  const groupId = await one(`INSERT INTO working_group (territory_id, slug, name, status) VALUES ($1, 'groupe-essai-bilan', 'Groupe d’essai', 'ACTIVE') RETURNING id`, [territoryId]);
  const meeting = (group: string | null, body: string, status: string, startsAt: string) =>
    one(
      `INSERT INTO meeting (territory_id, group_id, body, title, starts_at, ends_at, status) VALUES ($1, $2, $3, 'Réunion d’essai', $4::timestamptz, $4::timestamptz + interval '2 hours', $5) RETURNING id`,
      [territoryId, group, body, startsAt, status],
    );
  const present = async (meetingId: string, partners: string[], status = 'PRESENT') => {
    for (const partnerId of partners) await dataSource.query(`INSERT INTO attendance (meeting_id, partner_id, status) VALUES ($1, $2, $3)`, [meetingId, partnerId, status]);
  };
  const m1 = await meeting(groupId, 'GROUP', 'HELD', '2021-02-01T09:00:00Z');
  await present(m1, [p1, p2, p3]);
  await present(m1, [p4], 'EXCUSED');
  await present(await meeting(groupId, 'GROUP', 'HELD', '2021-06-01T09:00:00Z'), [p1, p2]);
  await present(await meeting(groupId, 'GROUP', 'HELD', '2021-12-31T22:30:00Z'), [p5]);
  await meeting(groupId, 'GROUP', 'CANCELLED', '2021-09-01T09:00:00Z');
  await present(await meeting(groupId, 'GROUP', 'HELD', '2021-12-31T23:30:00Z'), [p6]);
  await present(await meeting(groupId, 'GROUP', 'HELD', '2020-06-01T09:00:00Z'), [p6]);
  await present(await meeting(null, 'PLENARY', 'HELD', '2021-12-07T17:00:00Z'), [p1, p2, p3, p4]);

  // A convention negotiated, signed and in force in 2021, evaluated in December; renewal in 2024.
  const convention = await one(
    `INSERT INTO convention (territory_id, slug, title, status, signed_on, signed_at, evaluation_due, renewal_due) VALUES ($1, 'convention-essai-bilan', 'Convention d’essai', 'IN_FORCE', '2021-06-15', 'Metz', '2021-12-15', '2024-06-15') RETURNING id`,
    [territoryId],
  );
  const steps: Array<[string | null, string, string]> = [
    [null, 'DRAFT', '2020-11-01'],
    ['DRAFT', 'NEGOTIATION', '2021-02-01'],
    ['NEGOTIATION', 'SIGNED', '2021-06-15'],
    ['SIGNED', 'IN_FORCE', '2021-06-15'],
  ];
  for (const [from, to, on] of steps) {
    await dataSource.query(`INSERT INTO convention_status_change (convention_id, from_status, to_status, effective_on) VALUES ($1, $2, $3, $4)`, [convention, from, to, on]);
  }

  const indicator = await one(`INSERT INTO project_indicator (project_id, name, unit, position) VALUES ($1, 'Personnes logées', 'personnes', 1) RETURNING id`, [running]);
  await dataSource.query(`INSERT INTO indicator_value (indicator_id, year, target, value) VALUES ($1, 2020, 5, 3), ($1, 2021, 10, 7)`, [indicator]);
  return { territoryId };
}
