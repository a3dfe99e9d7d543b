// Benchmark (not a test): 1,000 live subscriptions on one API process, 100 meeting changes,
// delivery latency p50/p99 and events per second. `npm run bench:subscriptions` after a build.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { freePort } from '../db/embedded-postgres.js';
import { repoRoot } from '../config/config.js';

const subscriptions = Number(process.env.BENCH_SUBSCRIPTIONS ?? 1000);
const changes = Number(process.env.BENCH_CHANGES ?? 100);
const perSocket = 20;
const goalP99 = 500;

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'clsm-bench-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const hub = spawn(process.execPath, [path.join(repoRoot, 'api/dist/api/src/main.js')], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const clients: Client[] = [];
  try {
    for (let ready = false; !ready; ) {
      ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const post = async (query: string, cookie?: string) => {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query }) });
      return { json: (await response.json()) as { data: any; errors?: unknown }, cookies: response.headers.getSetCookie() };
    };
    const signIn = await post('mutation { signIn(email: "coordination@example.org", password: "demo-clsm-metz") { id } }');
    const cookie = signIn.cookies.map((c) => c.split(';')[0]).join('; ');
    const group = await post('{ group(slug: "logement-sante-mentale") { meetings { id version status } } }', cookie);
    const meeting = group.json.data.group.meetings.find((m: { status: string }) => m.status === 'PLANNED');

    const latencies: number[] = [];
    let sent = new Map<string, number>();
    const sockets = Math.ceil(subscriptions / perSocket);
    let opened = 0;
    for (let s = 0; s < sockets; s += 1) {
      const client = createClient({
        url: `${url.replace('http', 'ws')}/graphql`,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers: { cookie } });
          }
        },
      });
      clients.push(client);
      for (let i = 0; i < perSocket && opened < subscriptions; i += 1, opened += 1) {
        client.subscribe(
          { query: `subscription { meetingChanged(meetingId: "${meeting.id}") { title } }` },
          {
            next: (value) => {
              const title = (value.data as { meetingChanged: { title: string } } | null | undefined)?.meetingChanged.title;
              const at = title ? sent.get(title) : undefined;
              if (at) latencies.push(performance.now() - at);
            },
            error: (error) => console.error('subscription error', error),
            complete: () => undefined,
          },
        );
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));

    const started = performance.now();
    let version = meeting.version;
    for (let n = 0; n < changes; n += 1) {
      const title = `Réunion de mesure ${n}`;
      sent.set(title, performance.now());
      const result = await post(`mutation { updateMeeting(meetingId: "${meeting.id}", version: ${version}, fields: { title: "${title}" }) { version } }`, cookie);
      version = result.json.data.updateMeeting.version;
    }
    const expected = subscriptions * changes;
    const deadline = performance.now() + 60_000;
    while (latencies.length < expected && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((x, y) => x - y);
    const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
    console.log('| subscriptions | changes | deliveries | p50 ms | p99 ms | events/s | goal p99 |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    console.log(`| ${subscriptions} | ${changes} | ${latencies.length}/${expected} | ${pick(0.5).toFixed(0)} | ${pick(0.99).toFixed(0)} | ${(latencies.length / elapsed).toFixed(0)} | < ${goalP99} ms ${pick(0.99) < goalP99 ? 'met' : 'NOT met'} |`);
    sent = new Map();
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    hub.kill('SIGTERM');
    await new Promise((resolve) => hub.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
