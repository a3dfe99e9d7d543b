import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { useHub } from '../support/fixtures.js';

const fixture = useHub();

describe('the API over WebSocket', () => {
  it('answers an operation through graphql-ws on /graphql', async () => {
    const client = createClient({ url: `${fixture.hub.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
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
