// The load generator of the national benchmark, run as its own process so that it can be pinned
// to another core than the server it drives. Reads a LoadSpec (JSON file named by argv[2]) and
// prints autocannon's figures as one JSON line.
import { readFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import { editBody, type LoadResult, type LoadSpec } from './load-spec.js';

interface Versioned {
  id: string;
  version: number;
}

function requestsOf(spec: LoadSpec): autocannon.Request[] {
  // As every browser does: a server that compresses (the API) answers in fewer bytes.
  const headers = { 'content-type': 'application/json', 'accept-encoding': 'gzip, deflate, br', ...spec.headers };
  if (spec.edit) {
    // Each in-flight edit takes a partner no other connection is editing and gives it back with
    // the version the server answered, so that versioned edits never conflict by construction.
    const { template, partners } = spec.edit;
    const idle: Versioned[] = partners.map((p) => ({ ...p }));
    return [
      {
        method: 'POST',
        path: spec.path,
        headers,
        setupRequest: (request, context) => {
          const partner = idle.shift();
          if (!partner) throw new Error('more connections than partners to edit');
          (context as { partner?: Versioned }).partner = partner;
          return { ...request, body: editBody(template, partner) };
        },
        onResponse: (_status, body, context) => {
          const { partner } = context as { partner: Versioned };
          const version = /"version":(\d+)/.exec(body)?.[1];
          idle.push({ id: partner.id, version: version ? Number(version) : partner.version });
        },
      },
    ];
  }
  let next = 0;
  return [
    {
      method: 'POST',
      path: spec.path,
      headers,
      setupRequest: (request) => ({ ...request, body: spec.bodies[next++ % spec.bodies.length] }),
    },
  ];
}

async function main() {
  const spec = JSON.parse(await readFile(process.argv[2], 'utf8')) as LoadSpec;
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.seconds,
    requests: requestsOf(spec),
    expectBody: undefined,
  });
  const out: LoadResult = {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

await main();
