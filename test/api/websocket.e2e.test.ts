import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHubWithFreshDatabase, type HubProcess } from '../support/hub.js';

let hub: HubProcess;

beforeAll(async () => {
  hub = await startHubWithFreshDatabase();
});

afterAll(async () => {
  await hub?.stop();
});

describe('the API over WebSocket', () => {
  it('answers an operation through graphql-ws on /graphql', async () => {
    const client = createClient({ url: `${hub.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const result = await new Promise<unknown>((resolve, reject) => {
        let data: unknown;
        client.subscribe(
          { query: '{ partner(slug: "unafam-moselle") { shortName sectorLabel } }' },
          { next: (value) => (data = value), error: reject, complete: () => resolve(data) },
        );
      });
      expect(result).toEqual({ data: { partner: { shortName: 'UNAFAM', sectorLabel: 'Associations de soutien et d’écoute' } } });
    } finally {
      await client.dispose();
    }
  });
});
