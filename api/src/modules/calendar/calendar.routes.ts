import { Router, type Request, type Response } from 'express';
import { anonymous, type Viewer } from '../../auth/viewer.js';
import { createContext, createSessionService, type AppDeps, type Context } from '../../graphql/context.js';
import { readCookie } from '../../auth/session-cookie.js';
import { CalendarFeedService, meetingEvent } from './calendar.service.js';
import { renderCalendar } from './icalendar.js';
import type { Meeting } from '../meetings/meeting.entity.js';
import { isUuid } from '../../text/ids.js';

// iCalendar feeds for calendar applications. They cannot send the session cookie, so the
// public feeds show what the public sees and the personal feed is opened by its own token.
export function calendarRoutes(deps: AppDeps): Router {
  const router = Router();
  const sessions = createSessionService(deps);

  const send = (res: Response, name: string, filename: string, meetings: Meeting[]) => {
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    res.setHeader('content-disposition', `inline; filename="${filename}.ics"`);
    res.setHeader('cache-control', 'private, max-age=300');
    res.send(renderCalendar(name, meetings.map((m) => meetingEvent(m, deps.config.origin))));
  };
  const contextFor = (req: Request, viewer: Viewer): Context => createContext(deps, viewer, { log: req.log, ip: req.ip ?? null });
  const notFound = (res: Response) => res.status(404).type('text/plain; charset=utf-8').send('Calendrier introuvable.');

  router.get('/territoires/:slug.ics', async (req, res) => {
    const ctx = contextFor(req, anonymous);
    const territory = await ctx.services.territories.findBySlug(String(req.params.slug));
    if (!territory) return notFound(res);
    send(res, territory.name, territory.slug, await ctx.services.meetings.upcoming(territory.slug, 100));
  });

  router.get('/groupes/:slug.ics', async (req, res) => {
    const ctx = contextFor(req, anonymous);
    const group = await ctx.services.groups.findBySlug(String(req.params.slug));
    if (!group) return notFound(res);
    send(res, group.name, group.slug, await ctx.loaders.meetingsByGroupId.load(group.id));
  });

  // A single meeting is downloaded from its page, where the session cookie is at hand.
  router.get('/reunions/:id.ics', async (req, res) => {
    const { viewer } = await sessions.resolve(readCookie(req.headers.cookie));
    const id = String(req.params.id);
    if (!isUuid(id)) return notFound(res);
    const meeting = await contextFor(req, viewer).services.meetings.findById(id);
    if (!meeting) return notFound(res);
    send(res, meeting.title, `reunion-${meeting.id}`, [meeting]);
  });

  router.get('/personnel/:token.ics', async (req, res) => {
    const owner = await new CalendarFeedService(deps.dataSource, anonymous).ownerOf(String(req.params.token));
    if (!owner) return notFound(res);
    const ctx = contextFor(req, await sessions.viewerOf(owner));
    if (ctx.viewer.kind !== 'user') return notFound(res);
    send(res, 'Mes réunions – CLSM', 'mes-reunions', await ctx.services.meetings.mine());
  });

  return router;
}
