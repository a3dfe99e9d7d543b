import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { renderCalendar, type CalendarEvent } from './icalendar.js';

const updatedAt = new Date('2026-01-15T09:30:00Z');

function event(overrides: Partial<CalendarEvent> & { uid: string }): CalendarEvent {
  return {
    title: 'Réunion plénière',
    start: new Date('2026-03-28T13:00:00Z'),
    end: new Date('2026-03-28T15:00:00Z'),
    updatedAt,
    ...overrides,
  };
}

function parseEvent(ics: string, uid: string): VEvent {
  const component = ical.sync.parseICS(ics)[uid];
  if (component?.type !== 'VEVENT') throw new Error(`no VEVENT ${uid}`);
  return component as VEvent;
}

function text(value: VEvent['summary'] | undefined): string | undefined {
  return typeof value === 'object' ? value.val : value;
}

describe('renderCalendar', () => {
  it('writes Paris wall time that resolves to the right instants across both DST changes', () => {
    const cases = [
      { uid: 'before-march@test', start: '2026-03-28T13:00:00.000Z', local: '20260328T140000' },
      { uid: 'after-march@test', start: '2026-03-30T12:00:00.000Z', local: '20260330T140000' },
      { uid: 'before-october@test', start: '2026-10-24T12:00:00.000Z', local: '20261024T140000' },
      { uid: 'after-october@test', start: '2026-10-26T13:00:00.000Z', local: '20261026T140000' },
    ];
    const ics = renderCalendar(
      'CLSM',
      cases.map(({ uid, start }) => {
        const startDate = new Date(start);
        return event({ uid, start: startDate, end: new Date(startDate.getTime() + 90 * 60_000) });
      }),
    );

    for (const { uid, start, local } of cases) {
      expect(ics).toContain(`DTSTART;TZID=Europe/Paris:${local}\r\n`);
      const parsed = parseEvent(ics, uid);
      expect(parsed.start.toISOString()).toBe(start);
      expect(parsed.end?.toISOString()).toBe(new Date(Date.parse(start) + 90 * 60_000).toISOString());
    }
    expect(ics).toContain('DTEND;TZID=Europe/Paris:20260328T153000\r\n');
  });

  it('writes the calendar header and the Europe/Paris VTIMEZONE', () => {
    const ics = renderCalendar('Agenda du CLSM', []);
    const lines = ics.split('\r\n');
    for (const line of [
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Agenda du CLSM',
      'X-WR-TIMEZONE:Europe/Paris',
      'TZID:Europe/Paris',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    ]) {
      expect(lines).toContain(line);
    }
    expect(lines.some((line) => line.startsWith('PRODID:'))).toBe(true);
    const daylight = ics.slice(ics.indexOf('BEGIN:DAYLIGHT'), ics.indexOf('END:DAYLIGHT'));
    expect(daylight).toContain('TZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000');
    const standard = ics.slice(ics.indexOf('BEGIN:STANDARD'), ics.indexOf('END:STANDARD'));
    expect(standard).toContain('TZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000');
  });

  it('escapes TEXT values so that they round-trip', () => {
    const title = 'Point; suivi, bilan \\ perspectives';
    const description = 'Ordre du jour :\n1. accueil; café\r\n2. bilan, suite\\fin';
    const location = 'Salle 3, Hôtel de ville; Metz';
    const ics = renderCalendar('CLSM', [event({ uid: 'escape@test', title, description, location })]);

    expect(ics).toContain('SUMMARY:Point\\; suivi\\, bilan \\\\ perspectives\r\n');
    const parsed = parseEvent(ics, 'escape@test');
    expect(text(parsed.summary)).toBe(title);
    expect(text(parsed.description)).toBe(description.replace('\r\n', '\n'));
    expect(text(parsed.location)).toBe(location);
  });

  it('folds long lines at 75 octets without splitting characters', () => {
    const description =
      'Le conseil local de santé mentale réunit élus, soignants et usagers ; ' +
      '« l’inclusion » y est travaillée à l’échelle de l’agglomération messine, ' +
      'avec des ateliers, des permanences et des événements réguliers 🧠. '.repeat(3);
    // Emoji runs at every offset mod 4, so some fold point always lands inside a surrogate pair.
    const emojiTitles = [0, 1, 2, 3].map((pad) => 'a'.repeat(pad) + '🧠'.repeat(40));
    const ics = renderCalendar('CLSM', [
      event({ uid: 'fold@test', description }),
      ...emojiTitles.map((title, pad) => event({ uid: `emoji-${pad}@test`, title })),
    ]);
    const lines = ics.split('\r\n').slice(0, -1);

    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // A split surrogate pair would not survive a UTF-8 round trip.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    expect(text(parseEvent(ics, 'fold@test').description)).toBe(description);
    emojiTitles.forEach((title, pad) => expect(text(parseEvent(ics, `emoji-${pad}@test`).summary)).toBe(title));
  });

  it('ends every line with CRLF', () => {
    const ics = renderCalendar('CLSM', [event({ uid: 'crlf@test', description: 'a\nb\r\nc' })]);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes status, sequence, timestamps and URL', () => {
    const ics = renderCalendar('CLSM', [
      event({ uid: 'cancelled@test', cancelled: true, sequence: 4, url: 'https://example.org/r/1?a=1,2' }),
      event({ uid: 'confirmed@test' }),
    ]);

    expect(ics).toContain('STATUS:CANCELLED\r\n');
    expect(ics).toContain('DTSTAMP:20260115T093000Z\r\n');
    expect(ics).toContain('LAST-MODIFIED:20260115T093000Z\r\n');
    const cancelled = parseEvent(ics, 'cancelled@test');
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.sequence).toBe(4);
    expect(cancelled.url).toBe('https://example.org/r/1?a=1,2');
    expect(cancelled.dtstamp.toISOString()).toBe(updatedAt.toISOString());
    expect(cancelled.lastmodified?.toISOString()).toBe(updatedAt.toISOString());

    const confirmed = parseEvent(ics, 'confirmed@test');
    expect(confirmed.status).toBe('CONFIRMED');
    expect(confirmed.sequence).toBe(0);
    expect(confirmed.url).toBeUndefined();
  });

  it('renders a valid empty calendar', () => {
    const ics = renderCalendar('Vide', []);
    const parsed = ical.sync.parseICS(ics);
    expect(parsed.vcalendar?.type).toBe('VCALENDAR');
    expect(parsed.vcalendar?.['WR-CALNAME']).toBe('Vide');
    expect(Object.values(parsed).some((c) => c?.type === 'VEVENT')).toBe(false);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
