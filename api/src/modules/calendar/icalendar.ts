export interface CalendarEvent {
  uid: string;
  title: string;
  start: Date;
  end: Date;
  location?: string | null;
  description?: string | null;
  url?: string | null;
  cancelled?: boolean;
  updatedAt: Date;
  sequence?: number;
}

const CRLF = '\r\n';
const TZID = 'Europe/Paris';
const MAX_LINE_OCTETS = 75;

// Embedded so that clients without an IANA database (RFC 5545 §3.6.5) still resolve TZID.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const parisFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TZID,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  // `hour12: false` can yield "24" at midnight; h23 cannot.
  hourCycle: 'h23',
});

export function renderCalendar(name: string, events: CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//CLSM Metz//CLSM Hub//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...VTIMEZONE,
    ...events.flatMap(renderEvent),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

function renderEvent(event: CalendarEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(event.updatedAt)}`,
    `LAST-MODIFIED:${utcDateTime(event.updatedAt)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `DTSTART;TZID=${TZID}:${parisDateTime(event.start)}`,
    `DTEND;TZID=${TZID}:${parisDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.title)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // URI values are not TEXT-escaped, but a raw line break would inject properties.
  if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, '')}`);
  lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  return lines;
}

function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utcDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

function parisDateTime(date: Date): string {
  const part = Object.fromEntries(parisFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}${part.month}${part.day}T${part.hour}${part.minute}${part.second}`;
}

// RFC 5545 §3.1: at most 75 octets per line, continuation lines start with a space.
// Iterating by code point keeps multi-byte UTF-8 sequences (and surrogate pairs) whole.
function fold(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      chunks.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join(CRLF);
}
