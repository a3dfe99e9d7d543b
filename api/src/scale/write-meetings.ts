import { actionTitles, decisionTexts, genericAgendaItems, meetingRooms, minutesSentences } from './activities.vocabulary.js';
import { writeTable, type ScaleContext } from './context.js';
import { dayNumber, dayString, frenchDate, noonOf, parisInstant, scaleToday, workingDay } from './dates.js';
import type { GroupsPlan, MeetingSeries } from './plan-groups.js';
import { idTag, type Random, scaleId } from './random.js';

// Groups, memberships, and 200,000 meetings with their agenda, attendance sheet, decisions and
// actions. A meeting's parts go to four other tables: rather than hold them all, each table's
// pass generates the series again from the same seed and keeps its own rows.

interface MeetingSpec {
  id: string;
  groupId: string | null;
  startsAt: Date;
  endsAt: Date;
  timeUnknown: boolean;
  title: string;
  place: string | null;
  videoUrl: string | null;
  hostId: string | null;
  status: 'PLANNED' | 'HELD' | 'CANCELLED';
  replacedById: string | null;
  minutes: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  agenda: Array<{ id: string; title: string; minutes: string | null }>;
  attendance: Array<{ id: string; personId: string | null; partnerId: string; status: string }>;
  decisions: Array<{ id: string; text: string }>;
  actions: Array<{ id: string; title: string; ownerPersonId: string | null; ownerPartnerId: string | null; dueDate: string; status: string; version: number; createdAt: Date; updatedAt: Date }>;
}

const times = [['14:00', 120], ['14:00', 150], ['09:30', 150], ['10:00', 120], ['14:30', 120], ['17:30', 90], ['09:00', 180]] as const;
const today = dayNumber(scaleToday);

function title(series: MeetingSeries, day: string, k: number, rng: Random): string {
  if (series.body === 'STEERING_COMMITTEE') return `Comité de pilotage du ${series.territory.shortName} – ${frenchDate(day)}`;
  if (series.body === 'PLENARY') return `Assemblée plénière du ${series.territory.shortName} ${day.slice(0, 4)}`;
  const group = series.group!;
  const pattern = rng.int(0, 3);
  if (pattern === 0) return `Réunion du groupe « ${group.theme.name} »`;
  if (pattern === 1) return `${group.theme.name} : séance de travail n° ${k + 1}`;
  if (pattern === 2) return `${rng.pick(group.theme.topics)}`;
  return `${group.theme.name} : point d’étape`;
}

/** Every meeting of a series, with its parts, the same in every pass. */
function meetingsOf(series: MeetingSeries, random: Random): MeetingSpec[] {
  const rng = random.fork('meetings', series.index);
  const span = Math.max(1, series.toDay - series.fromDay);
  const days: number[] = [];
  for (let i = 0; i < series.count; i += 1) {
    const plenary = series.body === 'PLENARY';
    const at = plenary
      ? dayNumber(`${2019 + Math.floor((i * 8) / Math.max(1, series.count))}-12-01`) + rng.int(0, 14)
      : series.fromDay + Math.floor(((i + 0.5 + 0.6 * (rng.next() - 0.5)) * span) / series.count);
    days.push(workingDay(Math.min(at, series.toDay)));
  }
  days.sort((a, b) => a - b);
  const ids = days.map((_, i) => scaleId(idTag.meeting, series.offset + i));
  const topics = series.group?.theme.topics ?? ['Bilan de l’année', 'Feuille de route du CLSM', 'Projets des groupes de travail', 'Financements'];
  const participants = series.participants;
  return days.map((n, i) => {
    const no = series.offset + i;
    const day = dayString(n);
    const [time, minutes] = rng.pick(times);
    const startsAt = parisInstant(day, time);
    const past = n < today;
    const status = past ? (rng.chance(0.05) ? 'CANCELLED' : 'HELD') : rng.chance(0.03) ? 'CANCELLED' : 'PLANNED';
    const host = participants.length && rng.chance(0.6) ? rng.pick(participants) : null;
    const video = rng.chance(0.2);
    const held = status === 'HELD';
    const agenda =
      status !== 'CANCELLED' && rng.chance(0.65)
        ? rng.sample([...topics, ...genericAgendaItems], rng.int(2, 5)).map((itemTitle, k) => ({
            id: scaleId(idTag.agendaItem, no * 8 + k),
            title: itemTitle,
            minutes: held && rng.chance(0.25) ? rng.pick(minutesSentences) : null,
          }))
        : [];
    const lines = rng.int(7, 13);
    const attendanceStatus = () =>
      held ? rng.weighted([['PRESENT', 80], ['EXCUSED', 15], ['ABSENT', 5]] as const) : status === 'CANCELLED' ? rng.weighted([['INVITED', 70], ['EXCUSED', 30]] as const) : 'INVITED';
    const attendance: MeetingSpec['attendance'] = [];
    const people = new Set<string>();
    // One line per invited organisation, usually a person of it, sometimes the organisation
    // alone; a small group sends several people per organisation.
    const organisations = rng.sample(participants, lines);
    for (let k = 0; attendance.length < lines && k < lines * 3 && organisations.length; k += 1) {
      const partner = organisations[k % organisations.length];
      const firstRound = k < organisations.length;
      const candidates = partner.persons.filter((p) => !people.has(p));
      if (!firstRound && !candidates.length) continue;
      const personId = candidates.length && (!firstRound || rng.chance(0.85)) ? rng.pick(candidates) : null;
      if (personId) people.add(personId);
      attendance.push({ id: scaleId(idTag.attendance, no * 16 + attendance.length), personId, partnerId: partner.id, status: attendanceStatus() });
    }
    const decisions = held && rng.chance(0.4) ? rng.sample(decisionTexts, rng.int(1, 3)).map((text, k) => ({ id: scaleId(idTag.decision, no * 4 + k), text })) : [];
    const actions: MeetingSpec['actions'] =
      held && rng.chance(0.25) && participants.length
        ? Array.from({ length: rng.int(1, 2) }, (_, k) => {
            const owner = rng.pick(participants);
            const byPerson = owner.persons.length > 0 && rng.chance(0.4);
            const due = n + rng.int(14, 90);
            const closed = due < today && !rng.chance(0.15);
            const actionStatus = closed ? (rng.chance(0.95) ? 'DONE' : 'CANCELLED') : 'OPEN';
            return {
              id: scaleId(idTag.action, no * 4 + k),
              title: rng.pick(actionTitles),
              ownerPersonId: byPerson ? rng.pick(owner.persons) : null,
              ownerPartnerId: owner.id,
              dueDate: dayString(due),
              status: actionStatus,
              version: closed ? 2 : 1,
              createdAt: startsAt,
              updatedAt: closed ? noonOf(dayString(Math.min(due, today - 1))) : startsAt,
            };
          })
        : [];
    const minutesText = held && rng.chance(0.5) ? rng.sample(minutesSentences, rng.int(2, 4)).join(' ') : null;
    const created = noonOf(dayString(n - rng.int(10, 40)), i);
    return {
      id: ids[i],
      groupId: series.group?.id ?? null,
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      timeUnknown: rng.chance(0.02),
      title: title(series, day, i, rng),
      place: video && rng.chance(0.5) ? null : host && rng.chance(0.5) ? host.name : `${rng.pick(meetingRooms)}, ${rng.pick(series.territory.communes).name}`,
      videoUrl: video ? `https://visio.example.org/${series.territory.townSlug}-${no}` : null,
      hostId: host?.id ?? null,
      status,
      // A cancelled meeting is often moved to the next one of its series.
      replacedById: status === 'CANCELLED' && i + 1 < ids.length && rng.chance(0.6) ? ids[i + 1] : null,
      minutes: minutesText,
      version: 1 + (minutesText ? 1 : 0) + (status === 'PLANNED' ? 0 : 1),
      createdAt: created,
      updatedAt: held ? noonOf(dayString(Math.min(n + rng.int(1, 10), today - 1)), i) : created,
      agenda,
      attendance,
      decisions,
      actions,
    };
  });
}

/**
 * Every meeting spec, series by series; within a series the later meetings first, so that the
 * meeting a cancelled one points to (`replaced_by_id`) is always written before it.
 */
function* allMeetings(plan: GroupsPlan, random: Random): Generator<MeetingSpec & { territoryId: string; body: string }> {
  for (const series of plan.series) {
    const specs = meetingsOf(series, random);
    for (let i = specs.length - 1; i >= 0; i -= 1) yield Object.assign(specs[i], { territoryId: series.territory.id, body: series.body });
  }
}

export async function writeMeetings(context: ScaleContext, plan: GroupsPlan): Promise<void> {
  const { groups } = plan;
  await writeTable(
    context,
    { table: 'working_group', columns: ['id', 'territory_id', 'slug', 'name', 'theme', 'purpose', 'status', 'is_public', 'version', 'created_at', 'updated_at'] },
    groups.length,
    (function* () {
      for (const g of groups) yield [g.id, g.territory.id, g.slug, g.name, g.theme.theme, g.theme.purpose, g.status, g.theme.isPublic, 1, g.createdAt, g.createdAt];
    })(),
  );

  const memberships = groups.reduce((sum, g) => sum + g.members.length + g.requested.length + g.people.length, 0);
  await writeTable(context, { table: 'group_membership', columns: ['id', 'group_id', 'person_id', 'partner_id', 'role', 'status', 'created_at'] }, memberships, (function* () {
    let n = 0;
    for (const g of groups) {
      for (const partner of g.members) yield [scaleId(idTag.membership, n++), g.id, null, partner.id, g.animators.includes(partner) ? 'ANIMATOR' : 'MEMBER', 'ACTIVE', g.createdAt];
      for (const partner of g.requested) yield [scaleId(idTag.membership, n++), g.id, null, partner.id, 'MEMBER', 'REQUESTED', g.createdAt];
      for (const person of g.people) yield [scaleId(idTag.membership, n++), g.id, person.personId, null, 'MEMBER', 'ACTIVE', g.createdAt];
    }
  })());

  const total = plan.series.reduce((sum, s) => sum + s.count, 0);
  const parts = { agenda: 0, attendance: 0, decisions: 0, actions: 0 };
  await writeTable(
    context,
    {
      table: 'meeting',
      columns: ['id', 'territory_id', 'group_id', 'body', 'title', 'starts_at', 'ends_at', 'time_unknown', 'place', 'video_url', 'host_partner_id', 'status', 'replaced_by_id', 'minutes', 'version', 'created_at', 'updated_at'],
    },
    total,
    (function* () {
      for (const m of allMeetings(plan, context.random)) {
        parts.agenda += m.agenda.length;
        parts.attendance += m.attendance.length;
        parts.decisions += m.decisions.length;
        parts.actions += m.actions.length;
        yield [m.id, m.territoryId, m.groupId, m.body, m.title, m.startsAt, m.endsAt, m.timeUnknown, m.place, m.videoUrl, m.hostId, m.status, m.replacedById, m.minutes, m.version, m.createdAt, m.updatedAt];
      }
    })(),
  );
  await writeTable(context, { table: 'agenda_item', columns: ['id', 'meeting_id', 'position', 'title', 'minutes'] }, parts.agenda, (function* () {
    for (const m of allMeetings(plan, context.random)) for (const [position, item] of m.agenda.entries()) yield [item.id, m.id, position, item.title, item.minutes];
  })());
  await writeTable(context, { table: 'attendance', columns: ['id', 'meeting_id', 'person_id', 'partner_id', 'status'] }, parts.attendance, (function* () {
    for (const m of allMeetings(plan, context.random)) for (const line of m.attendance) yield [line.id, m.id, line.personId, line.partnerId, line.status];
  })());
  await writeTable(context, { table: 'decision', columns: ['id', 'meeting_id', 'position', 'text'] }, parts.decisions, (function* () {
    for (const m of allMeetings(plan, context.random)) for (const [position, d] of m.decisions.entries()) yield [d.id, m.id, position, d.text];
  })());
  await writeTable(
    context,
    { table: 'action_item', columns: ['id', 'meeting_id', 'group_id', 'title', 'owner_person_id', 'owner_partner_id', 'due_date', 'status', 'version', 'created_at', 'updated_at'] },
    parts.actions,
    (function* () {
      for (const m of allMeetings(plan, context.random)) {
        for (const a of m.actions) yield [a.id, m.id, m.groupId, a.title, a.ownerPersonId, a.ownerPartnerId, a.dueDate, a.status, a.version, a.createdAt, a.updatedAt];
      }
    })(),
  );
}
