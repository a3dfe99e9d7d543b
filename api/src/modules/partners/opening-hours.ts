// Renders the common subset of OSM `opening_hours` (the syntax data·inclusion uses) as plain
// French lines. Anything outside that subset returns null and the raw value is shown instead.
const days: Record<string, string> = {
  Mo: 'lundi', Tu: 'mardi', We: 'mercredi', Th: 'jeudi', Fr: 'vendredi', Sa: 'samedi', Su: 'dimanche',
};

function time(value: string): string | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 24 || minutes > 59) return null;
  return minutes === 0 ? `${hours} h` : `${hours} h ${match[2]}`;
}

function dayPart(value: string): string | null {
  if (value === 'PH') return 'Jours fériés';
  const parts = value.split(',').map((item) => {
    const range = /^(\w\w)-(\w\w)$/.exec(item);
    if (range) {
      if (!days[range[1]] || !days[range[2]]) return null;
      return `du ${days[range[1]]} au ${days[range[2]]}`;
    }
    return days[item] ?? null;
  });
  if (parts.some((part) => part === null)) return null;
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function timePart(value: string): string | null {
  if (value === 'off' || value === 'closed') return 'fermé';
  const spans = value.split(',').map((span) => {
    const [from, to] = span.split('-');
    const start = time(from ?? '');
    const end = time(to ?? '');
    return start && end ? `${start} à ${end}` : null;
  });
  return spans.some((span) => span === null) ? null : spans.join(' et ');
}

export function describeOpeningHours(value: string | null | undefined): string[] | null {
  if (!value?.trim()) return null;
  if (value.trim() === '24/7') return ['Tous les jours, 24 h sur 24'];
  const lines: string[] = [];
  for (const rule of value.split(';').map((r) => r.trim()).filter(Boolean)) {
    const match = /^([A-Za-z,-]+)\s+(.+)$/.exec(rule);
    if (!match) return null;
    const [, dayText, timeText] = match;
    const when = dayPart(dayText);
    const hours = timePart(timeText.trim());
    if (!when || !hours) return null;
    lines.push(`${when} : ${hours}`);
  }
  return lines.length ? lines : null;
}

