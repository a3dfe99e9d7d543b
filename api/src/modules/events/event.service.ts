import type { DataSource, EntityManager } from 'typeorm';
import { canRecordEventAttendance, canSeeProjectEvent, isCoordinatorOf, partnersOf, requireCoordinator, requireEventSubmitter, requireSignedIn } from '../../auth/policy.js';
import type { SignedInViewer, Viewer } from '../../auth/viewer.js';
import { bumpVersion } from '../../db/optimistic-lock.js';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../errors/errors.js';
import { publishEvent } from '../../events/event-bus.js';
import { optionalText, requiredDay, requiredText } from '../../text/input.js';
import { frenchLongDay } from '../calendar/calendar-days.js';
import { recordAudit } from '../audit/audit.service.js';
import { Project } from '../projects/project.entity.js';
import { Territory } from '../territories/territory.entity.js';
import { Edition, EventRegistration, ProjectEvent } from './event.entity.js';
import { EventAudience, EventKind, EventStatus } from './event.enums.js';
import type { EventLoaders } from './event.loaders.js';
import { communeName } from './event.map.js';
import { isUuid } from '../../text/ids.js';
import { parisDay } from '../calendar/paris-time.js';

export const editionProgrammeChangedTopic = 'edition.programme_changed';
export const trainingProjectSlug = 'sensibilisation-sante-mentale';

export interface EditionFields {
  theme?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  submissionsOpen?: boolean | null;
}

export interface EventFields {
  title?: string | null;
  description?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  place?: string | null;
  communeCode?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  audience?: EventAudience | null;
  capacity?: number | null;
  organiserIds?: string[] | null;
}

/** The calendar day (AAAA-MM-JJ) of an instant, in Metz. */

function checkInstant(value: Date | null | undefined, label: string, field: string): Date {
  if (!value || Number.isNaN(value.getTime())) throw new UserInputError(`« ${label} » est obligatoire.`, field);
  return value;
}

interface CleanEvent {
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
  communeCode: string | null;
  latitude: number | null;
  longitude: number | null;
  audience: EventAudience;
  capacity: number | null;
}

/** Merges the fields given over the current values (absent: unchanged) and checks the result. */
function cleanEvent(fields: EventFields, current?: ProjectEvent): CleanEvent {
  const pick = <K extends keyof EventFields & keyof ProjectEvent>(key: K) =>
    (fields[key] === undefined ? (current ? current[key] : null) : fields[key]) as never;
  const startsAt = checkInstant(pick('startsAt'), 'Début', 'startsAt');
  const endsAt = pick('endsAt') as Date | null;
  if (endsAt && (Number.isNaN(endsAt.getTime()) || endsAt <= startsAt)) throw new UserInputError('La fin doit suivre le début.', 'endsAt');
  if (endsAt && endsAt.getTime() - startsAt.getTime() > 14 * 86_400_000) throw new UserInputError('Un événement dure au plus deux semaines.', 'endsAt');
  const communeCode = (pick('communeCode') as string | null) || null;
  if (communeCode && !communeName(communeCode)) throw new UserInputError('Choisissez une commune de Metz Métropole.', 'communeCode');
  const latitude = pick('latitude') as number | null;
  const longitude = pick('longitude') as number | null;
  if ((latitude === null) !== (longitude === null)) throw new UserInputError('Indiquez la latitude et la longitude, ou aucune des deux.', 'latitude');
  if (latitude !== null && (latitude < 48.9 || latitude > 49.4 || longitude! < 5.9 || longitude! > 6.5)) {
    throw new UserInputError('Ce point est hors de Metz Métropole.', 'latitude');
  }
  const capacity = pick('capacity') as number | null;
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1 || capacity > 10_000)) {
    throw new UserInputError('Le nombre de places doit être un entier entre 1 et 10 000.', 'capacity');
  }
  const audience = (pick('audience') as EventAudience | null) ?? EventAudience.PUBLIC;
  return {
    title: requiredText(pick('title'), 'Titre', 200, 'title'),
    description: optionalText(pick('description'), 'Description', 5_000, 'description'),
    startsAt,
    endsAt,
    place: optionalText(pick('place'), 'Lieu', 300, 'place'),
    communeCode,
    latitude,
    longitude,
    audience,
    capacity,
  };
}

/** Editions of a project, their programme, and training sessions with their registrations. */
export class EventService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly loaders: EventLoaders,
  ) {}

  async territoryIdOf(event: { projectId: string }): Promise<string> {
    const project = await this.loaders.eventProjectById.load(event.projectId);
    if (!project) throw new NotFoundError('Ce projet n’existe pas.');
    return project.territoryId;
  }

  isCoordinatorFor(territoryId: string): boolean {
    return isCoordinatorOf(this.viewer, territoryId);
  }

  // Editions

  async editionBySlug(slug: string): Promise<Edition | null> {
    return this.dataSource.getRepository(Edition).findOneBy({ slug });
  }

  async editions(territorySlug: string): Promise<Edition[]> {
    return this.dataSource
      .getRepository(Edition)
      .createQueryBuilder('e')
      .innerJoin(Project, 'p', 'p.id = e.project_id')
      .innerJoin(Territory, 't', 't.id = p.territory_id')
      .where('t.slug = :territorySlug', { territorySlug })
      .orderBy('e.year', 'DESC')
      .addOrderBy('p.name')
      .getMany();
  }

  async createEdition(projectId: string, year: number, fields: EditionFields): Promise<Edition> {
    const project = await this.loaders.eventProjectById.load(projectId);
    if (!project) throw new NotFoundError('Ce projet n’existe pas.');
    const user = requireCoordinator(this.viewer, project.territoryId);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UserInputError('Année invalide.', 'year');
    const startsOn = requiredDay(fields.startsOn, 'Premier jour', 'startsOn');
    const endsOn = requiredDay(fields.endsOn, 'Dernier jour', 'endsOn');
    if (endsOn < startsOn) throw new UserInputError('Le dernier jour doit suivre le premier.', 'endsOn');
    const theme = requiredText(fields.theme, 'Thème', 300, 'theme');
    return this.dataSource.transaction(async (manager) => {
      const [taken] = await manager.query(`SELECT 1 FROM edition WHERE project_id = $1 AND year = $2`, [project.id, year]);
      if (taken) throw new ConflictError(`L’édition ${year} de ce projet existe déjà.`);
      const edition = await manager.getRepository(Edition).save(
        manager.getRepository(Edition).create({
          projectId: project.id,
          year,
          slug: `${project.slug}-${year}`,
          theme,
          startsOn,
          endsOn,
          submissionsOpen: fields.submissionsOpen ?? true,
        }),
      );
      await recordAudit(manager, { action: 'edition.created', actorUserId: user.userId, targetType: 'edition', targetId: edition.id, territoryId: project.territoryId });
      return edition;
    });
  }

  async updateEdition(editionId: string, version: number, fields: EditionFields): Promise<Edition> {
    const edition = await this.loaders.editionById.load(editionId);
    if (!edition) throw new NotFoundError('Cette édition n’existe pas.');
    const territoryId = await this.territoryIdOf(edition);
    const user = requireCoordinator(this.viewer, territoryId);
    const startsOn = fields.startsOn === undefined || fields.startsOn === null ? edition.startsOn : requiredDay(fields.startsOn, 'Premier jour', 'startsOn');
    const endsOn = fields.endsOn === undefined || fields.endsOn === null ? edition.endsOn : requiredDay(fields.endsOn, 'Dernier jour', 'endsOn');
    if (endsOn < startsOn) throw new UserInputError('Le dernier jour doit suivre le premier.', 'endsOn');
    const theme = fields.theme === undefined || fields.theme === null ? edition.theme : requiredText(fields.theme, 'Thème', 300, 'theme');
    await this.dataSource.transaction(async (manager) => {
      await bumpVersion(manager, 'edition', edition.id, version);
      await manager.getRepository(Edition).update(edition.id, { theme, startsOn, endsOn, submissionsOpen: fields.submissionsOpen ?? edition.submissionsOpen });
      await publishEvent(manager, { topic: editionProgrammeChangedTopic, id: edition.id });
      await recordAudit(manager, { action: 'edition.updated', actorUserId: user.userId, targetType: 'edition', targetId: edition.id, territoryId });
    });
    this.loaders.editionById.clear(edition.id);
    return (await this.loaders.editionById.load(edition.id))!;
  }

  // Events

  async canSee(event: ProjectEvent): Promise<boolean> {
    return canSeeProjectEvent(this.viewer, event, await this.territoryIdOf(event));
  }

  async findEvent(id: string): Promise<ProjectEvent | null> {
    if (!isUuid(id)) return null;
    const event = await this.loaders.projectEventById.load(id);
    return event && (await this.canSee(event)) ? event : null;
  }

  private async requireEvent(id: string): Promise<{ event: ProjectEvent; territoryId: string }> {
    const event = await this.findEvent(id);
    if (!event) throw new NotFoundError('Cet événement n’existe pas.');
    return { event, territoryId: await this.territoryIdOf(event) };
  }

  /** What the viewer may see of an edition's submissions that are not (yet) on the programme. */
  async submissions(edition: Edition): Promise<ProjectEvent[]> {
    if (this.viewer.kind !== 'user') return [];
    const territoryId = await this.territoryIdOf(edition);
    const query = this.dataSource
      .getRepository(ProjectEvent)
      .createQueryBuilder('e')
      .where('e.edition_id = :editionId AND e.status IN (:...statuses)', { editionId: edition.id, statuses: [EventStatus.SUBMITTED, EventStatus.DECLINED] });
    if (!isCoordinatorOf(this.viewer, territoryId)) query.andWhere('e.submitted_by = :me', { me: this.viewer.userId });
    return query.orderBy('e.starts_at').getMany();
  }

  /** Submissions awaiting the coordinator's decision, every edition of the territory. */
  async pendingSubmissions(territorySlug: string): Promise<ProjectEvent[]> {
    const territory = await this.dataSource.getRepository(Territory).findOneBy({ slug: territorySlug });
    if (!territory) throw new NotFoundError('Ce territoire n’existe pas.');
    requireCoordinator(this.viewer, territory.id);
    return this.dataSource
      .getRepository(ProjectEvent)
      .createQueryBuilder('e')
      .innerJoin(Project, 'p', 'p.id = e.project_id')
      .where('p.territory_id = :territoryId AND e.status = :submitted', { territoryId: territory.id, submitted: EventStatus.SUBMITTED })
      .orderBy('e.created_at')
      .getMany();
  }

  private async checkOrganisers(manager: EntityManager, territoryId: string, organiserIds: string[]): Promise<string[]> {
    const ids = [...new Set(organiserIds)];
    if (!ids.length) throw new UserInputError('Indiquez au moins une structure organisatrice.', 'organiserIds');
    if (ids.length > 30) throw new UserInputError('30 structures organisatrices au plus.', 'organiserIds');
    if (ids.some((id) => !isUuid(id))) throw new UserInputError('Structure organisatrice inconnue.', 'organiserIds');
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM partner_territory WHERE territory_id = $1 AND partner_id = ANY($2::uuid[])`,
      [territoryId, ids],
    );
    if (count !== ids.length) throw new UserInputError('Les organisateurs doivent être des partenaires du territoire.', 'organiserIds');
    return ids;
  }

  private async writeOrganisers(manager: EntityManager, eventId: string, ids: string[]): Promise<void> {
    await manager.query(`DELETE FROM event_organiser WHERE event_id = $1`, [eventId]);
    await manager.query(`INSERT INTO event_organiser (event_id, partner_id) SELECT $1, unnest($2::uuid[])`, [eventId, ids]);
  }

  private checkWithinEdition(edition: Edition, event: CleanEvent): void {
    const start = parisDay(event.startsAt);
    const end = event.endsAt ? parisDay(event.endsAt) : start;
    if (start < edition.startsOn || end > edition.endsOn) {
      throw new UserInputError(`L’événement doit avoir lieu pendant l’édition, du ${frenchLongDay(edition.startsOn)} au ${frenchLongDay(edition.endsOn)}.`, 'startsAt');
    }
  }

  /** A partner proposes an event for an edition's programme; the coordinator decides. */
  async submit(editionId: string, fields: EventFields): Promise<ProjectEvent> {
    const user = requireSignedIn(this.viewer);
    const edition = isUuid(editionId) ? await this.loaders.editionById.load(editionId) : null;
    if (!edition) throw new NotFoundError('Cette édition n’existe pas.');
    const territoryId = await this.territoryIdOf(edition);
    requireEventSubmitter(user, territoryId, fields.organiserIds ?? []);
    if (!edition.submissionsOpen) throw new UserInputError('Les propositions sont closes pour cette édition.', 'editionId');
    const clean = cleanEvent(fields);
    this.checkWithinEdition(edition, clean);
    const event = await this.dataSource.transaction(async (manager) => {
      const organisers = await this.checkOrganisers(manager, territoryId, fields.organiserIds ?? []);
      const saved = await manager.getRepository(ProjectEvent).save(
        manager.getRepository(ProjectEvent).create({
          ...clean,
          capacity: null,
          projectId: edition.projectId,
          editionId: edition.id,
          kind: EventKind.EVENT,
          status: EventStatus.SUBMITTED,
          submittedBy: user.userId,
        }),
      );
      await this.writeOrganisers(manager, saved.id, organisers);
      await recordAudit(manager, { action: 'event.submitted', actorUserId: user.userId, targetType: 'event', targetId: saved.id, territoryId });
      return saved;
    });
    return event;
  }

  /** Runs a change of an event in one transaction, and tells the edition's live pages when public. */
  private async change(
    eventId: string,
    version: number,
    action: string,
    allowed: (event: ProjectEvent, territoryId: string, user: SignedInViewer) => Promise<void> | void,
    work: (manager: EntityManager, event: ProjectEvent, territoryId: string, user: SignedInViewer) => Promise<{ publicBefore?: boolean } | void>,
  ): Promise<ProjectEvent> {
    const user = requireSignedIn(this.viewer);
    // Permission is decided by `allowed`, which names what is refused (not a bare "not found").
    const event = isUuid(eventId) ? await this.loaders.projectEventById.load(eventId) : null;
    if (!event) throw new NotFoundError('Cet événement n’existe pas.');
    const territoryId = await this.territoryIdOf(event);
    await allowed(event, territoryId, user);
    await this.dataSource.transaction(async (manager) => {
      await bumpVersion(manager, 'project_event', event.id, version);
      await work(manager, event, territoryId, user);
      const [after] = await manager.query(`SELECT status FROM project_event WHERE id = $1`, [event.id]);
      const isPublic = (status: string) => status === EventStatus.ACCEPTED || status === EventStatus.CANCELLED;
      if (event.editionId && (isPublic(event.status) || isPublic(after.status))) {
        await publishEvent(manager, { topic: editionProgrammeChangedTopic, id: event.editionId });
      }
      await recordAudit(manager, { action, actorUserId: user.userId, targetType: 'event', targetId: event.id, territoryId });
    });
    this.clearLoaders();
    return (await this.loaders.projectEventById.load(event.id))!;
  }

  private clearLoaders(): void {
    for (const loader of Object.values(this.loaders)) loader.clearAll();
  }

  decide(eventId: string, version: number, accept: boolean): Promise<ProjectEvent> {
    return this.change(
      eventId,
      version,
      accept ? 'event.accepted' : 'event.declined',
      (event, territoryId, user) => {
        requireCoordinator(user, territoryId);
        if (event.kind !== EventKind.EVENT) throw new UserInputError('Seule une proposition d’événement se décide.', 'eventId');
        if (event.status !== EventStatus.SUBMITTED && event.status !== EventStatus.DECLINED) {
          throw new UserInputError('Cet événement a déjà été décidé.', 'eventId');
        }
      },
      async (manager, event, _territoryId, user) => {
        await manager.getRepository(ProjectEvent).update(event.id, {
          status: accept ? EventStatus.ACCEPTED : EventStatus.DECLINED,
          decidedBy: user.userId,
          decidedAt: new Date(),
        });
      },
    );
  }

  update(eventId: string, version: number, fields: EventFields): Promise<ProjectEvent> {
    return this.change(
      eventId,
      version,
      'event.updated',
      (event, territoryId, user) => {
        if (isCoordinatorOf(user, territoryId)) return;
        if (event.submittedBy === user.userId && event.status === EventStatus.SUBMITTED) {
          if (fields.organiserIds) requireEventSubmitter(user, territoryId, fields.organiserIds);
          return;
        }
        throw new ForbiddenError('Seule la coordination modifie un événement déjà décidé.');
      },
      async (manager, event, territoryId) => {
        const clean = cleanEvent(fields, event);
        if (event.editionId) {
          const edition = (await manager.getRepository(Edition).findOneBy({ id: event.editionId }))!;
          this.checkWithinEdition(edition, clean);
        }
        if (event.kind === EventKind.TRAINING && clean.capacity !== null) {
          const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM event_registration WHERE event_id = $1`, [event.id]);
          if (count > clean.capacity) throw new UserInputError(`${count} personnes sont déjà inscrites : le nombre de places ne peut pas être inférieur.`, 'capacity');
        }
        await manager.getRepository(ProjectEvent).update(event.id, { ...clean, capacity: event.kind === EventKind.TRAINING ? clean.capacity : null });
        if (fields.organiserIds) await this.writeOrganisers(manager, event.id, await this.checkOrganisers(manager, territoryId, fields.organiserIds));
      },
    );
  }

  cancel(eventId: string, version: number): Promise<ProjectEvent> {
    return this.change(
      eventId,
      version,
      'event.cancelled',
      async (event, territoryId, user) => {
        if (!isCoordinatorOf(user, territoryId) && !canRecordEventAttendance(user, territoryId, await this.loaders.organiserIdsByEventId.load(event.id))) {
          throw new ForbiddenError('Réservé à la coordination et aux organisateurs de l’événement.');
        }
        if (event.status !== EventStatus.ACCEPTED) throw new UserInputError('Seul un événement au programme peut être annulé.', 'eventId');
      },
      async (manager, event) => {
        await manager.getRepository(ProjectEvent).update(event.id, { status: EventStatus.CANCELLED });
      },
    );
  }

  recordAttendance(eventId: string, version: number, attendance: number): Promise<ProjectEvent> {
    return this.change(
      eventId,
      version,
      'event.attendance_recorded',
      async (event, territoryId, user) => {
        if (!canRecordEventAttendance(user, territoryId, await this.loaders.organiserIdsByEventId.load(event.id))) {
          throw new ForbiddenError('Réservé à la coordination et aux organisateurs de l’événement.');
        }
        if (event.status !== EventStatus.ACCEPTED) throw new UserInputError('Seul un événement qui a eu lieu a des participants.', 'attendance');
        if (event.startsAt > new Date()) throw new UserInputError('La fréquentation se note après l’événement.', 'attendance');
        if (!Number.isInteger(attendance) || attendance < 0 || attendance > 100_000) throw new UserInputError('Nombre de participants invalide.', 'attendance');
      },
      async (manager, event) => {
        await manager.getRepository(ProjectEvent).update(event.id, { attendance });
      },
    );
  }

  // Training sessions

  private async trainingProject(territorySlug: string, projectSlug = trainingProjectSlug): Promise<Project> {
    const project = await this.dataSource
      .getRepository(Project)
      .createQueryBuilder('p')
      .innerJoin(Territory, 't', 't.id = p.territory_id')
      .where('t.slug = :territorySlug AND p.slug = :projectSlug', { territorySlug, projectSlug })
      .getOne();
    if (!project) throw new NotFoundError('Ce territoire n’a pas de projet de formation.');
    return project;
  }

  async trainingSessions(territorySlug: string, from: Date | null): Promise<ProjectEvent[]> {
    const project = await this.trainingProject(territorySlug);
    const sessions = await this.loaders.trainingSessionsByProjectId.load(project.id);
    return from ? sessions.filter((s) => (s.endsAt ?? s.startsAt) >= from) : sessions;
  }

  async createTrainingSession(territorySlug: string, fields: EventFields, projectSlug?: string): Promise<ProjectEvent> {
    const project = await this.trainingProject(territorySlug, projectSlug);
    const user = requireCoordinator(this.viewer, project.territoryId);
    const clean = cleanEvent({ audience: EventAudience.PROFESSIONAL, ...fields });
    return this.dataSource.transaction(async (manager) => {
      const organisers = fields.organiserIds?.length ? await this.checkOrganisers(manager, project.territoryId, fields.organiserIds) : [];
      const saved = await manager.getRepository(ProjectEvent).save(
        manager.getRepository(ProjectEvent).create({
          ...clean,
          projectId: project.id,
          editionId: null,
          kind: EventKind.TRAINING,
          status: EventStatus.ACCEPTED,
          submittedBy: user.userId,
          decidedBy: user.userId,
          decidedAt: new Date(),
        }),
      );
      if (organisers.length) await this.writeOrganisers(manager, saved.id, organisers);
      await recordAudit(manager, { action: 'training.created', actorUserId: user.userId, targetType: 'event', targetId: saved.id, territoryId: project.territoryId });
      return saved;
    });
  }

  /** Registrations are shown to the coordinator only; everybody else sees counts. */
  async registrations(event: ProjectEvent): Promise<EventRegistration[] | null> {
    if (!this.isCoordinatorFor(await this.territoryIdOf(event))) return null;
    return this.loaders.registrationsByEventId.load(event.id);
  }

  async myRegistration(event: ProjectEvent): Promise<EventRegistration | null> {
    if (this.viewer.kind !== 'user' || event.kind !== EventKind.TRAINING) return null;
    const rows = await this.loaders.registrationsByEventId.load(event.id);
    return rows.find((row) => row.personId === (this.viewer as SignedInViewer).personId) ?? null;
  }

  /**
   * Adds a registration under a lock of the session's row, so that concurrent registrations
   * queue up and the last places are never given twice.
   */
  private async register(
    eventId: string,
    action: string,
    row: (manager: EntityManager, territoryId: string) => Promise<Partial<EventRegistration>>,
  ): Promise<EventRegistration> {
    const user = requireSignedIn(this.viewer);
    const { event, territoryId } = await this.requireEvent(eventId);
    if (event.kind !== EventKind.TRAINING) throw new UserInputError('On ne s’inscrit qu’à une session de formation.', 'eventId');
    const saved = await this.dataSource.transaction(async (manager) => {
      const [locked] = await manager.query(`SELECT status, capacity, starts_at FROM project_event WHERE id = $1 FOR UPDATE`, [event.id]);
      if (locked.status !== EventStatus.ACCEPTED) throw new UserInputError('Cette session est annulée.', 'eventId');
      if (new Date(locked.starts_at) <= new Date()) throw new UserInputError('Cette session a déjà eu lieu.', 'eventId');
      const values = await row(manager, territoryId);
      if (values.personId) {
        const [already] = await manager.query(`SELECT 1 FROM event_registration WHERE event_id = $1 AND person_id = $2`, [event.id, values.personId]);
        if (already) throw new ConflictError('Vous êtes déjà inscrit à cette session.');
      }
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM event_registration WHERE event_id = $1`, [event.id]);
      if (locked.capacity !== null && count >= locked.capacity) throw new ConflictError('Cette session est complète.');
      const registration = await manager.getRepository(EventRegistration).save(manager.getRepository(EventRegistration).create({ ...values, eventId: event.id }));
      await recordAudit(manager, { action, actorUserId: user.userId, targetType: 'event', targetId: event.id, territoryId });
      return registration;
    });
    this.clearLoaders();
    return saved;
  }

  registerSelf(eventId: string): Promise<EventRegistration> {
    const user = requireSignedIn(this.viewer);
    return this.register(eventId, 'training.registered', async (manager, territoryId) => {
      const [person] = await manager.query(`SELECT first_name, last_name FROM person WHERE id = $1`, [user.personId]);
      const partnerId = [...partnersOf(user, territoryId)][0] ?? null;
      return { personId: user.personId, fullName: `${person.first_name} ${person.last_name}`.trim(), partnerId };
    });
  }

  addRegistration(eventId: string, fullName: string, partnerId: string | null): Promise<EventRegistration> {
    const user = requireSignedIn(this.viewer);
    return this.register(eventId, 'training.registration_added', async (manager, territoryId) => {
      requireCoordinator(user, territoryId);
      if (partnerId) await this.checkOrganisers(manager, territoryId, [partnerId]).catch(() => {
        throw new UserInputError('Cette structure n’est pas un partenaire du territoire.', 'partnerId');
      });
      return { personId: null, fullName: requiredText(fullName, 'Nom', 200, 'fullName'), partnerId };
    });
  }

  async cancelRegistration(registrationId: string): Promise<ProjectEvent> {
    const user = requireSignedIn(this.viewer);
    const registration = isUuid(registrationId)
      ? await this.dataSource.getRepository(EventRegistration).findOneBy({ id: registrationId })
      : null;
    if (!registration) throw new NotFoundError('Cette inscription n’existe pas.');
    const { event, territoryId } = await this.requireEvent(registration.eventId);
    if (registration.personId !== user.personId) requireCoordinator(user, territoryId);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM project_event WHERE id = $1 FOR UPDATE`, [event.id]);
      await manager.getRepository(EventRegistration).delete(registration.id);
      await recordAudit(manager, { action: 'training.registration_cancelled', actorUserId: user.userId, targetType: 'event', targetId: event.id, territoryId });
    });
    this.clearLoaders();
    return (await this.loaders.projectEventById.load(event.id))!;
  }

  /** The attendance sheet: who was there, and the headcount that follows, in one transaction. */
  setAttendanceSheet(eventId: string, version: number, presentIds: string[]): Promise<ProjectEvent> {
    return this.change(
      eventId,
      version,
      'training.attendance_sheet',
      (event, territoryId, user) => {
        requireCoordinator(user, territoryId);
        if (event.kind !== EventKind.TRAINING) throw new UserInputError('La feuille d’émargement concerne les sessions de formation.', 'eventId');
      },
      async (manager, event) => {
        const present = [...new Set(presentIds)];
        const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM event_registration WHERE event_id = $1`, [event.id]);
        const known = new Set(rows.map((row) => row.id));
        if (present.some((id) => !known.has(id))) throw new UserInputError('Une personne cochée n’est pas inscrite à cette session.', 'presentRegistrationIds');
        await manager.query(`UPDATE event_registration SET attended = (id = ANY($2::uuid[])) WHERE event_id = $1`, [event.id, present]);
        await manager.getRepository(ProjectEvent).update(event.id, { attendance: present.length });
      },
    );
  }
}
