import { describe, expect, it } from 'vitest';
import { parisToInstant } from './paris-time.js';

describe('parisToInstant', () => {
  it('applies winter and summer time on either side of the changes', () => {
    expect(parisToInstant('2026-03-28T14:00').toISOString()).toBe('2026-03-28T13:00:00.000Z');
    expect(parisToInstant('2026-03-30T14:00').toISOString()).toBe('2026-03-30T12:00:00.000Z');
    expect(parisToInstant('2026-10-24T14:00').toISOString()).toBe('2026-10-24T12:00:00.000Z');
    expect(parisToInstant('2026-10-26T14:00').toISOString()).toBe('2026-10-26T13:00:00.000Z');
    expect(parisToInstant('2019-12-10T09:30').toISOString()).toBe('2019-12-10T08:30:00.000Z');
  });

  it('refuses what is not a local date-time', () => {
    expect(() => parisToInstant('2026-03-28 14:00')).toThrow();
  });
});
