import express from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.js';

describe('the security headers', () => {
  async function headersFor(headers: Record<string, string> = {}) {
    const app = express();
    app.set('trust proxy', 'loopback');
    app.use(securityHeaders());
    app.get('/', (_req, res) => {
      res.send('ok');
    });
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers });
      return response.headers;
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it('sets them on every response, HSTS only over HTTPS', async () => {
    const plain = await headersFor();
    expect(plain.get('x-content-type-options')).toBe('nosniff');
    expect(plain.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(plain.get('x-frame-options')).toBe('DENY');
    expect(plain.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(plain.get('strict-transport-security')).toBeNull();
    const proxied = await headersFor({ 'x-forwarded-proto': 'https' });
    expect(proxied.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  });
});
