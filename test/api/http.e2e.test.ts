import { describe, expect, it } from 'vitest';
import { postGraphql } from '../support/hub.js';
import { useHub } from '../support/fixtures.js';

const fixture = useHub();

describe('the API over HTTP', () => {
  it('reports liveness and readiness', async () => {
    const health = await fetch(`${fixture.hub.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${fixture.hub.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves the demo directory of the Metz network', async () => {
    const result = await postGraphql(fixture.hub.url, {
      query: '{ partners(filter: { territory: "clsm-metz" }) { totalCount } territories { slug name } }',
    });
    expect(result.status).toBe(200);
    expect(result.json?.data).toMatchObject({ territories: [{ slug: 'clsm-metz', name: 'CLSM du territoire messin' }] });
    expect((result.json?.data?.partners as { totalCount: number }).totalCount).toBeGreaterThanOrEqual(40);
  });

  it('echoes a request id, or makes one', async () => {
    const given = await fetch(`${fixture.hub.url}/healthz`, { headers: { 'x-request-id': 'test-request-0001' } });
    expect(given.headers.get('x-request-id')).toBe('test-request-0001');
    const made = await fetch(`${fixture.hub.url}/healthz`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a 1 MiB body with a 413 in JSON', async () => {
    const result = await postGraphql(fixture.hub.url, { query: `{ __typename }`, padding: 'x'.repeat(1024 * 1024) });
    expect(result.status).toBe(413);
    expect(result.json?.errors?.[0]?.message).toBe('Requête trop volumineuse.');
  });

  it('refuses malformed JSON with a 400', async () => {
    const result = await postGraphql(fixture.hub.url, '{"query": ');
    expect(result.status).toBe(400);
    expect(result.json?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('refuses a GET query without the CSRF header', async () => {
    const response = await fetch(`${fixture.hub.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });

  it('answers bad input with a typed French error and no stack trace', async () => {
    const result = await postGraphql(fixture.hub.url, { query: '{ partners(first: -1) { totalCount } }' });
    expect(result.status).toBeLessThan(500);
    const error = result.json?.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/first/);
    expect(result.text).not.toMatch(/stacktrace|\bat .*\.js:\d+/);
  });

  it('writes JSON logs with request ids and without what people searched', async () => {
    await postGraphql(fixture.hub.url, { query: '{ partners(filter: { search: "motsecretdelarecherche" }) { totalCount } }' });
    await fetch(`${fixture.hub.url}/annuaire?q=motsecretdelarecherche`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const requestLines = fixture.hub.logs.map((line) => JSON.parse(line)).filter((entry) => entry.req);
    expect(requestLines.length).toBeGreaterThan(0);
    for (const entry of requestLines) expect(entry.req.id).toBeTruthy();
    expect(fixture.hub.logs.join('\n')).not.toContain('motsecretdelarecherche');
  });
});
