import type { DataSource } from 'typeorm';
import { requireSignedIn } from '../../auth/policy.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import type { Viewer } from '../../auth/viewer.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Meeting } from '../meetings/meeting.entity.js';
import { MeetingStatus } from '../meetings/meeting.enums.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import type { CalendarEvent } from './icalendar.js';

export function meetingEvent(meeting: Meeting, publicUrl: string): CalendarEvent {
  return {
    uid: `meeting-${meeting.id}@clsm-hub`,
    title: meeting.status === MeetingStatus.CANCELLED ? `Annulée : ${meeting.title}` : meeting.title,
    start: meeting.startsAt,
    end: meeting.endsAt,
    location: meeting.place ?? meeting.videoUrl,
    description: meeting.videoUrl ? `Visioconférence : ${meeting.videoUrl}` : null,
    url: `${publicUrl}/reunions/${meeting.id}`,
    cancelled: meeting.status === MeetingStatus.CANCELLED,
    updatedAt: meeting.updatedAt,
    sequence: meeting.version,
  };
}

/** Private feeds: one live token per account, shown once, revocable. */
export class CalendarFeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
  ) {}

  async create(): Promise<string> {
    const user = requireSignedIn(this.viewer);
    const { token, hash } = newToken();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE calendar_feed SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [user.userId]);
      await manager.getRepository(CalendarFeed).insert({ tokenHash: hash, userId: user.userId });
      await recordAudit(manager, { action: 'calendar_feed.created', actorUserId: user.userId });
    });
    return token;
  }

  async revokeAll(): Promise<void> {
    const user = requireSignedIn(this.viewer);
    await this.dataSource.query(`UPDATE calendar_feed SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [user.userId]);
    await recordAudit(this.dataSource.manager, { action: 'calendar_feed.revoked', actorUserId: user.userId });
  }

  async ownerOf(token: string): Promise<string | null> {
    if (token.length > 100) return null;
    const feed = await this.dataSource.getRepository(CalendarFeed).findOne({ where: { tokenHash: hashToken(token) } });
    return feed && !feed.revokedAt ? feed.userId : null;
  }
}
