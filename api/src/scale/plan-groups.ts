import { groupThemes, type GroupTheme } from './activities.vocabulary.js';
import type { ScaleCounts } from './counts.js';
import { dayNumber, dayString, firstActivityDay, lastActivityDay, noonOf } from './dates.js';
import type { DemoFacts, PartnerRef, TerritoryPlan } from './network.js';
import { uniqueSlug } from './plan-directory.js';
import { apportion, idTag, type Random, scaleId } from './random.js';

// Working groups and who belongs to them, and the series of meetings each group (and each
// territory's steering committee and plenary assembly) holds from 2019 to 2026.

export interface GroupPlan {
  n: number;
  id: string;
  slug: string;
  name: string;
  theme: GroupTheme;
  status: 'PROPOSED' | 'ACTIVE' | 'CLOSED';
  territory: TerritoryPlan;
  animators: PartnerRef[];
  members: PartnerRef[];
  /** Organisations that asked to join, not yet accepted. */
  requested: PartnerRef[];
  /** People members in their own name, with the organisation they come from. */
  people: Array<{ personId: string; partner: PartnerRef }>;
  createdAt: Date;
}

export interface MeetingSeries {
  index: number;
  territory: TerritoryPlan;
  group: GroupPlan | null;
  body: 'GROUP' | 'STEERING_COMMITTEE' | 'PLENARY';
  /** Who is invited: the group's member organisations, or the territory's for its bodies. */
  participants: PartnerRef[];
  fromDay: number;
  toDay: number;
  count: number;
  /** Number of the series' first meeting among all generated meetings (ids follow it). */
  offset: number;
}

export interface GroupsPlan {
  groups: GroupPlan[];
  series: MeetingSeries[];
}

export function planGroups(random: Random, counts: ScaleCounts, territories: TerritoryPlan[], demo: DemoFacts): GroupsPlan {
  const rng = random.fork('groups');
  const slugs = new Set(demo.takenSlugs.group);
  // One group per fictional territory at least, the rest by weight.
  const generated = territories.filter((t) => !t.isMetz);
  const base = territories.map((t) => (t.isMetz ? 0 : 1));
  const extra = apportion(counts.groups - generated.length, territories.map((t) => t.weight));
  const groups: GroupPlan[] = [];
  for (const territory of territories) {
    const count = base[territory.index] + extra[territory.index];
    const themes = rng.sample(groupThemes, groupThemes.length);
    for (let k = 0; k < count; k += 1) {
      const theme = themes[k % themes.length];
      const round = Math.floor(k / themes.length);
      // A large territory has several groups on a theme: one per part of it.
      const where = round > 0 ? ` – ${territory.communes[round % territory.communes.length].name}` : '';
      const name = `${theme.name}${where}${territory.isMetz ? ' (fictif)' : ''}`;
      const status = rng.weighted([['ACTIVE', 80], ['CLOSED', 12], ['PROPOSED', 8]] as const);
      const pool = territory.partners;
      const size = Math.min(pool.length, Math.max(5, Math.round(4 + 8 * rng.spread(0.5))));
      const chosen = rng.sample(pool, size + 2);
      const members = chosen.slice(0, size);
      const animators = members.slice(0, rng.chance(0.4) ? 2 : 1);
      const requested = rng.chance(0.3) ? chosen.slice(size, size + rng.int(1, 2)) : [];
      const people = rng
        .sample(members.filter((m) => m.persons.length), rng.int(0, 3))
        .map((partner) => ({ personId: rng.pick(partner.persons), partner }));
      const created = status === 'PROPOSED' ? dayNumber('2026-01-05') + rng.int(0, 300) : dayNumber('2016-09-01') + rng.int(0, 8 * 365);
      groups.push({
        n: groups.length,
        id: scaleId(idTag.group, groups.length),
        slug: uniqueSlug(`${theme.name}${where} ${territory.townSlug}`, slugs),
        name,
        theme,
        status,
        territory,
        animators,
        members,
        requested,
        people,
        createdAt: noonOf(dayString(created), rng.int(0, 3600)),
      });
    }
  }

  // Meetings: each territory's steering committee twice a year and its plenary once (fewer at
  // small sizes), the rest shared by the groups that meet, by weight and how long they live.
  const first = dayNumber(firstActivityDay);
  const last = dayNumber(lastActivityDay);
  const bodiesPerTerritory = Math.min(24, Math.floor((0.1 * counts.meetings) / territories.length));
  const series: MeetingSeries[] = [];
  const meeting = groups.filter((g) => g.status !== 'PROPOSED');
  const spans = meeting.map((g) => {
    const from = Math.max(first, Math.floor(g.createdAt.getTime() / 86_400_000) + 14);
    const to = g.status === 'CLOSED' ? from + rng.int(180, Math.max(181, last - from)) : last;
    return { from, to: Math.min(to, last) };
  });
  const groupMeetings = counts.meetings - bodiesPerTerritory * territories.length;
  const perGroup = apportion(groupMeetings, meeting.map((_, i) => Math.min(rng.spread(0.7), 5) * Math.max(30, spans[i].to - spans[i].from)));
  let offset = 0;
  meeting.forEach((group, i) => {
    series.push({ index: series.length, territory: group.territory, group, body: 'GROUP', participants: [...group.members, ...group.people.map((p) => p.partner)], fromDay: spans[i].from, toDay: spans[i].to, count: perGroup[i], offset });
    offset += perGroup[i];
  });
  for (const territory of territories) {
    const plenaries = Math.floor(bodiesPerTerritory / 3);
    const participants = territory.partners.slice(0, 40);
    for (const [body, count] of [['STEERING_COMMITTEE', bodiesPerTerritory - plenaries], ['PLENARY', plenaries]] as const) {
      series.push({ index: series.length, territory, group: null, body, participants, fromDay: first, toDay: last, count, offset });
      offset += count;
    }
  }
  return { groups, series };
}
