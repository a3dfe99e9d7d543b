import { Router, type Request, type Response } from 'express';
import { anonymous } from '../../auth/viewer.js';
import { createContext, type AppDeps } from '../../graphql/context.js';
import type { CalendarEvent } from '../calendar/icalendar.js';
import { renderCalendar } from '../calendar/icalendar.js';
import { communeName } from './event.map.js';
import type { ProjectEvent } from './event.entity.js';
import { EventStatus } from './event.enums.js';

/** One programme event as iCalendar: a cancelled one stays, marked CANCELLED, as meetings do. */
export function projectEventToCalendar(event: ProjectEvent, publicUrl: string): CalendarEvent {
  const cancelled = event.status === EventStatus.CANCELLED;
  const commune = event.communeCode ? communeName(event.communeCode) : null;
  return {
    uid: `event-${event.id}@clsm-hub`,
    title: cancelled ? `Annulé : ${event.title}` : event.title,
    start: event.startsAt,
    // Without an end, an event is shown as two hours long.
    end: event.endsAt ?? new Date(event.startsAt.getTime() + 2 * 3_600_000),
    location: [event.place, commune].filter(Boolean).join(', ') || null,
    description: event.description,
    url: `${publicUrl}/evenements/${event.id}`,
    cancelled,
    updatedAt: event.updatedAt,
    sequence: event.version,
  };
}

// Public feeds of an edition's programme and of the training sessions: what the public sees.
export function eventCalendarRoutes(deps: AppDeps): Router {
  const router = Router();
  const send = (res: Response, name: string, filename: string, events: ProjectEvent[]) => {
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    res.setHeader('content-disposition', `inline; filename="${filename}.ics"`);
    res.setHeader('cache-control', 'public, max-age=300');
    res.send(renderCalendar(name, events.map((e) => projectEventToCalendar(e, deps.config.origin))));
  };
  const contextFor = (req: Request) => createContext(deps, anonymous, { log: req.log, ip: req.ip ?? null });
  const notFound = (res: Response) => res.status(404).type('text/plain; charset=utf-8').send('Calendrier introuvable.');

  router.get('/editions/:slug.ics', async (req, res) => {
    const ctx = contextFor(req);
    const edition = await ctx.services.events.editionBySlug(String(req.params.slug));
    if (!edition) return notFound(res);
    const project = await ctx.loaders.eventProjectById.load(edition.projectId);
    const programme = await ctx.loaders.programmeByEditionId.load(edition.id);
    send(res, `${project?.name ?? 'Édition'} ${edition.year}`, edition.slug, programme);
  });

  router.get('/formations/:territory.ics', async (req, res) => {
    const ctx = contextFor(req);
    try {
      send(res, 'Formations de sensibilisation à la santé mentale', `formations-${req.params.territory}`, await ctx.services.events.trainingSessions(String(req.params.territory), null));
    } catch {
      notFound(res);
    }
  });

  return router;
}
