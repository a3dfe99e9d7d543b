import { describe, expect, it } from 'vitest';
import { webSocketOrigins } from '../config/config.js';
import { createOriginCheck, normalizeOrigin } from './websocket-guard.js';

describe('the WebSocket origin check', () => {
  const allowed = createOriginCheck(webSocketOrigins({ ORIGIN: 'https://hub.example.org/', PORT: '3000' }), () => [
    'http://127.0.0.1:45678',
  ]);

  it('derives the allowed origins from ORIGIN and PORT', () => {
    expect(webSocketOrigins({ ORIGIN: 'https://hub.example.org/', PORT: '3000' })).toEqual([
      'https://hub.example.org',
      'http://localhost:3000',
      'http://127.0.0.1:3000',
    ]);
    expect(webSocketOrigins({ PORT: '4000' })).toEqual(['http://localhost:4000', 'http://127.0.0.1:4000']);
  });

  it('lets the hub itself and non-browser clients in', () => {
    expect(allowed('https://hub.example.org')).toBe(true);
    expect(allowed('HTTPS://HUB.example.org:443')).toBe(true);
    expect(allowed('http://localhost:3000')).toBe(true);
    expect(allowed('http://127.0.0.1:45678')).toBe(true);
    expect(allowed(undefined)).toBe(true);
  });

  it('refuses other sites, look-alikes and opaque origins', () => {
    for (const origin of [
      'https://evil.example',
      'http://hub.example.org',
      'https://hub.example.org.evil.example',
      'https://hub.example.org:8443',
      'http://localhost:3001',
      'null',
      'not a url',
      '',
    ]) {
      expect(allowed(origin), origin).toBe(false);
    }
    expect(normalizeOrigin('null')).toBeUndefined();
  });
});
