import { eventDescriptions, eventTitles, eventTopics, extraProjects, festivalThemes, trainingTitles } from './activities.vocabulary.js';
import { writeTable, type ScaleContext } from './context.js';
import { dayNumber, dayString, noonOf, parisInstant, scaleToday, weekday, workingDay } from './dates.js';
import type { DemoFacts, PartnerRef, TerritoryPlan } from './network.js';
import { firstNames, surnameMarkers, surnames } from './people.vocabulary.js';
import { uniqueSlug } from './plan-directory.js';
import type { GroupPlan } from './plan-groups.js';
import { apportion, idTag, type Random, scaleId } from './random.js';

// Each territory's projects: its information weeks (an edition a year, 2019–2026, with their
// events), its awareness trainings (sessions with registrations), and a few others; 50,000
// events in all, each with its organisers.

const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const today = dayNumber(scaleToday);

interface EditionPlan {
  id: string;
  year: number;
  slug: string;
  theme: string;
  startsOn: string;
  endsOn: string;
}

interface ProjectPlan {
  id: string;
  territory: TerritoryPlan;
  slug: string;
  name: string;
  description: string;
  status: 'ACTIVE' | 'UNDER_STUDY' | 'CLOSED';
  contribution: boolean;
  leadPartnerId: string | null;
  startYear: number | null;
  endYear: number | null;
  createdAt: Date;
  partners: PartnerRef[];
  groups: GroupPlan[];
  editions: EditionPlan[];
}

interface TerritoryEvents {
  territory: TerritoryPlan;
  festival: ProjectPlan;
  training: ProjectPlan;
  count: number;
  offset: number;
}

export interface EventsPlan {
  projects: ProjectPlan[];
  territories: TerritoryEvents[];
}

/** The information weeks: in March in 2019, in October since 2020. */
function festivalDates(year: number): [string, string] {
  const start = year === 2019 ? dayNumber('2019-03-18') : (() => {
    const first = dayNumber(`${year}-10-01`);
    return first + ((8 - weekday(first)) % 7) + 7;
  })();
  return [dayString(start), dayString(start + 13)];
}

export function planEvents(random: Random, total: number, territories: TerritoryPlan[], groups: GroupPlan[], demo: DemoFacts): EventsPlan {
  const rng = random.fork('projects');
  const projectSlugs = new Set(demo.takenSlugs.project);
  const editionSlugs = new Set(demo.takenSlugs.edition);
  const groupsOf = new Map<TerritoryPlan, GroupPlan[]>();
  for (const group of groups) groupsOf.set(group.territory, [...(groupsOf.get(group.territory) ?? []), group]);
  const projects: ProjectPlan[] = [];
  const counts = apportion(total, territories.map((t) => t.weight));
  const plans: TerritoryEvents[] = [];
  let offset = 0;
  for (const territory of territories) {
    const own = groupsOf.get(territory) ?? [];
    const groupOn = (theme: string) => own.filter((g) => g.theme.name === theme).slice(0, 1);
    const lead = territory.partners.find((p) => p.kind === 'HOSPITAL') ?? territory.partners[0] ?? null;
    const suffix = territory.isMetz ? ' (fictif)' : '';
    const project = (name: string, description: string, fields: Partial<ProjectPlan>): ProjectPlan => {
      const created = dayNumber('2018-06-01') + rng.int(0, 200);
      const plan: ProjectPlan = {
        id: scaleId(idTag.project, projects.length),
        territory,
        slug: uniqueSlug(`${name} ${territory.townSlug}`, projectSlugs),
        name: `${name}${suffix}`,
        description,
        status: 'ACTIVE',
        contribution: false,
        leadPartnerId: lead?.id ?? null,
        startYear: 2019,
        endYear: null,
        createdAt: noonOf(dayString(created)),
        partners: [],
        groups: [],
        editions: [],
        ...fields,
      };
      projects.push(plan);
      return plan;
    };
    const festival = project(
      territory.isMetz ? 'Forum santé mentale et citoyenneté' : 'Semaines d’information sur la santé mentale',
      `Chaque année, les partenaires du ${territory.shortName} organisent conférences, ciné-débats, portes ouvertes et rencontres ouvertes à tous autour du thème national.`,
      { partners: rng.sample(territory.partners, rng.int(4, 12)), groups: groupOn('Comité d’organisation des SISM') },
    );
    festival.editions = years.map((year, k) => {
      const [startsOn, endsOn] = festivalDates(year);
      return { id: scaleId(idTag.edition, projects.length * 8 + k), year, slug: uniqueSlug(`${festival.slug}-${year}`, editionSlugs), theme: festivalThemes[year], startsOn, endsOn };
    });
    const training = project(
      'Formations de sensibilisation à la santé mentale',
      'Sessions d’une journée pour les professionnels de première ligne : repérer la souffrance psychique, connaître les ressources du territoire, orienter.',
      { partners: rng.sample(territory.partners, rng.int(1, 3)), groups: groupOn('Sensibilisation des professionnels') },
    );
    for (const extra of rng.sample(extraProjects, rng.int(0, Math.min(3, Math.round(territory.weight * 1.5))))) {
      const status = rng.weighted([['ACTIVE', 60], ['UNDER_STUDY', 25], ['CLOSED', 15]] as const);
      const startYear = status === 'UNDER_STUDY' ? null : rng.int(2018, 2025);
      project(extra.name, extra.description, {
        status,
        contribution: rng.chance(0.3),
        startYear,
        endYear: status === 'CLOSED' && startYear ? Math.min(2026, startYear + rng.int(1, 3)) : null,
        partners: rng.sample(territory.partners, rng.int(3, 8)),
        groups: groupOn(extra.groupTheme),
      });
    }
    plans.push({ territory, festival, training, count: counts[territory.index], offset });
    offset += counts[territory.index];
  }
  return { projects, territories: plans };
}

interface EventSpec {
  id: string;
  projectId: string;
  editionId: string | null;
  kind: 'EVENT' | 'TRAINING';
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  communeCode: string;
  latitude: number;
  longitude: number;
  audience: 'PUBLIC' | 'PROFESSIONAL';
  status: 'ACCEPTED' | 'DECLINED' | 'CANCELLED' | 'SUBMITTED';
  capacity: number | null;
  attendance: number | null;
  decidedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  organisers: string[];
  registrations: Array<{ id: string; fullName: string; partnerId: string | null; registeredAt: Date; attended: boolean | null }>;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** A territory's events, the same in every pass. */
function eventsOf(plan: TerritoryEvents, random: Random): EventSpec[] {
  const rng = random.fork('events', plan.territory.index);
  const { territory, festival, training } = plan;
  const trainings = Math.round(plan.count * 0.2);
  const perEdition = apportion(plan.count - trainings, festival.editions.map(() => 0.5 + rng.next()));
  const events: EventSpec[] = [];
  const partners = territory.partners;
  const place = (commune: TerritoryPlan['communes'][number], host: PartnerRef | null) =>
    host && rng.chance(0.5) ? `${host.name}, ${commune.name}` : `${rng.pick(['Médiathèque', 'Salle des fêtes', 'Cinéma municipal', 'Centre social', 'Théâtre', 'Maison des associations'])}, ${commune.name}`;
  const add = (fields: Omit<EventSpec, 'id' | 'registrations' | 'organisers' | 'place' | 'communeCode' | 'latitude' | 'longitude'>, organisers: PartnerRef[]) => {
    const no = plan.offset + events.length;
    const commune = rng.chance(0.5) ? territory.communes[0] : rng.pick(territory.communes);
    const spec: EventSpec = {
      ...fields,
      id: scaleId(idTag.event, no),
      place: place(commune, organisers[0] ?? null),
      communeCode: commune.code,
      latitude: round6(commune.latitude + 0.01 * rng.normal()),
      longitude: round6(commune.longitude + 0.014 * rng.normal()),
      organisers: organisers.map((p) => p.id),
      registrations: [],
    };
    if (spec.kind === 'TRAINING' && spec.status === 'ACCEPTED') {
      const past = spec.startsAt.getTime() < today * 86_400_000;
      const count = Math.min(spec.capacity ?? 20, (spec.attendance ?? rng.int(4, spec.capacity ?? 12)) + rng.int(0, 3));
      for (let k = 0; k < count; k += 1) {
        const partner = partners.length && rng.chance(0.9) ? rng.pick(partners) : null;
        spec.registrations.push({
          id: scaleId(idTag.registration, no * 32 + k),
          fullName: `${rng.pick(firstNames)} ${rng.weighted(surnameMarkers)}-${rng.pick(surnames)}`,
          partnerId: partner?.id ?? null,
          registeredAt: new Date(spec.startsAt.getTime() - rng.int(3, 40) * 86_400_000),
          attended: past ? k < (spec.attendance ?? 0) : null,
        });
      }
    }
    events.push(spec);
  };

  festival.editions.forEach((edition, e) => {
    const first = dayNumber(edition.startsOn);
    for (let k = 0; k < perEdition[e]; k += 1) {
      const day = dayString(first + rng.int(0, 13));
      const startsAt = parisInstant(day, rng.pick(['10:00', '14:00', '14:30', '18:00', '18:30', '20:00']));
      const status = rng.weighted([['ACCEPTED', 88], ['DECLINED', 6], ['CANCELLED', 6]] as const);
      const capacity = rng.chance(0.4) ? rng.int(3, 20) * 10 : null;
      const decidedAt = noonOf(dayString(first - rng.int(20, 60)));
      const topic = rng.pick(eventTopics);
      add(
        {
          projectId: festival.id,
          editionId: edition.id,
          kind: 'EVENT',
          title: rng.pick(eventTitles).replace('{topic}', topic),
          description: `Dans le cadre du thème « ${edition.theme} », une rencontre sur ${topic}. ${rng.sample(eventDescriptions, 2).join(' ')}`,
          startsAt,
          endsAt: new Date(startsAt.getTime() + rng.int(3, 6) * 30 * 60_000),
          audience: rng.chance(0.85) ? 'PUBLIC' : 'PROFESSIONAL',
          status,
          capacity,
          attendance: status === 'ACCEPTED' && first < today ? Math.min(capacity ?? 400, rng.int(8, 150)) : null,
          decidedAt,
          version: status === 'ACCEPTED' ? 2 : 3,
          createdAt: new Date(decidedAt.getTime() - rng.int(5, 30) * 86_400_000),
          updatedAt: decidedAt,
        },
        rng.sample(partners, rng.int(1, 3)),
      );
    }
  });
  const trainers = partners.filter((p) => p.kind === 'HOSPITAL' || p.kind === 'RESOURCE_CENTRE' || p.kind === 'TRAINING_ORGANISATION' || p.kind === 'CMP');
  const first = dayNumber('2019-01-07');
  const span = dayNumber('2026-12-18') - first;
  for (let k = 0; k < trainings; k += 1) {
    const n = workingDay(first + rng.int(0, span));
    const startsAt = parisInstant(dayString(n), '09:00');
    const status = rng.chance(0.95) ? 'ACCEPTED' : 'CANCELLED';
    const capacity = rng.int(12, 20);
    const createdAt = noonOf(dayString(n - rng.int(30, 90)));
    add(
      {
        projectId: training.id,
        editionId: null,
        kind: 'TRAINING',
        title: rng.pick(trainingTitles),
        description: 'Journée de sensibilisation pour les professionnels du territoire : repères sur les troubles psychiques, ressources locales et orientation. Inscription auprès de la coordination.',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 8 * 3_600_000),
        audience: 'PROFESSIONAL',
        status,
        capacity,
        attendance: status === 'ACCEPTED' && n < today ? rng.int(6, capacity) : null,
        decidedAt: null,
        version: 1,
        createdAt,
        updatedAt: createdAt,
      },
      [trainers.length ? rng.pick(trainers) : rng.pick(partners)],
    );
  }
  return events;
}

function* allEvents(plan: EventsPlan, random: Random): Generator<EventSpec> {
  for (const territory of plan.territories) yield* eventsOf(territory, random);
}

export async function writeEvents(context: ScaleContext, plan: EventsPlan): Promise<void> {
  const { projects } = plan;
  await writeTable(
    context,
    { table: 'project', columns: ['id', 'territory_id', 'slug', 'name', 'description', 'status', 'contribution', 'lead_partner_id', 'start_year', 'end_year', 'version', 'created_at', 'updated_at'] },
    projects.length,
    (function* () {
      for (const p of projects) yield [p.id, p.territory.id, p.slug, p.name, p.description, p.status, p.contribution, p.leadPartnerId, p.startYear, p.endYear, 1, p.createdAt, p.createdAt];
    })(),
  );
  await writeTable(context, { table: 'project_partner', columns: ['project_id', 'partner_id'] }, projects.reduce((sum, p) => sum + p.partners.length, 0), (function* () {
    for (const p of projects) for (const partner of p.partners) yield [p.id, partner.id];
  })());
  await writeTable(context, { table: 'group_project', columns: ['project_id', 'group_id'] }, projects.reduce((sum, p) => sum + p.groups.length, 0), (function* () {
    for (const p of projects) for (const group of p.groups) yield [p.id, group.id];
  })());
  await writeTable(
    context,
    { table: 'edition', columns: ['id', 'project_id', 'year', 'slug', 'theme', 'starts_on', 'ends_on', 'submissions_open', 'version', 'updated_at'] },
    projects.reduce((sum, p) => sum + p.editions.length, 0),
    (function* () {
      for (const p of projects) for (const e of p.editions) yield [e.id, p.id, e.year, e.slug, e.theme, e.startsOn, e.endsOn, false, 1, noonOf(e.endsOn)];
    })(),
  );

  const total = plan.territories.reduce((sum, t) => sum + t.count, 0);
  const parts = { organisers: 0, registrations: 0 };
  await writeTable(
    context,
    {
      table: 'project_event',
      columns: ['id', 'project_id', 'edition_id', 'kind', 'title', 'description', 'starts_at', 'ends_at', 'place', 'commune_code', 'latitude', 'longitude', 'audience', 'status', 'capacity', 'attendance', 'decided_at', 'version', 'created_at', 'updated_at'],
    },
    total,
    (function* () {
      for (const e of allEvents(plan, context.random)) {
        parts.organisers += e.organisers.length;
        parts.registrations += e.registrations.length;
        yield [e.id, e.projectId, e.editionId, e.kind, e.title, e.description, e.startsAt, e.endsAt, e.place, e.communeCode, e.latitude, e.longitude, e.audience, e.status, e.capacity, e.attendance, e.decidedAt, e.version, e.createdAt, e.updatedAt];
      }
    })(),
  );
  await writeTable(context, { table: 'event_organiser', columns: ['event_id', 'partner_id'] }, parts.organisers, (function* () {
    for (const e of allEvents(plan, context.random)) for (const partnerId of e.organisers) yield [e.id, partnerId];
  })());
  await writeTable(context, { table: 'event_registration', columns: ['id', 'event_id', 'full_name', 'partner_id', 'registered_at', 'attended'] }, parts.registrations, (function* () {
    for (const e of allEvents(plan, context.random)) for (const r of e.registrations) yield [r.id, e.id, r.fullName, r.partnerId, r.registeredAt, r.attended];
  })());
}
