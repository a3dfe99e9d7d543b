import type { LoadResult } from './load-spec.js';
import type { BenchQuery } from './queries.js';
import type { ServerKind } from './servers.js';

export interface Measure {
  series: 'main' | 'scaling';
  server: ServerKind;
  processes: number;
  query: BenchQuery['id'];
  connections: number;
  result: LoadResult;
  statements: number | null;
}

// Goals of issue #9, printed beside the figures.
export const goals = { ratioToFloor: 0.6, p99Ms: 100, heavyConnections: 50, aheadOfPostgraphile: ['Q1', 'Q2', 'Q3'] };

const pad = (value: string | number, width: number) => String(value).padStart(width);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
// A server that answered nothing in the run has no ratio to speak of.
const ratioOf = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');

function find(measures: Measure[], series: Measure['series'], server: ServerKind, query: string, connections: number, processes = 1) {
  return measures.find((m) => m.series === series && m.server === server && m.query === query && m.connections === connections && m.processes === processes);
}

export function printReport(queries: BenchQuery[], measures: Measure[], levels: number[], run: { seconds: number; pinned: boolean; statementsCounted: boolean }): void {
  const out: string[] = [];
  out.push('', `National benchmark — ${run.seconds} s per run after a warm-up; ${run.pinned ? 'server on core 0, autocannon on core 1' : 'one core: nothing pinned'}; PostgreSQL unpinned.`);
  out.push('req/s · p50 · p99 (ms) per number of connections; stmt = SQL statements per request (pg_stat_statements, without BEGIN/COMMIT); ×floor = req/s ÷ the floor’s.');
  const header = ['query', 'server'.padEnd(13), ...levels.map((c) => `${pad(`c=${c}`, 8)} ${pad('p50', 5)} ${pad('p99', 6)} ${pad('×floor', 6)}`), pad('stmt', 5), ' errors'];
  out.push('', header.join(' '));
  const verdicts: string[] = [];
  for (const query of queries) {
    for (const server of ['floor', 'api', 'api-uncached', 'postgraphile'] as const) {
      const row = levels.map((c) => find(measures, 'main', server, query.id, c));
      if (!row.some(Boolean)) continue;
      const cells = row.map((m, i) => {
        if (!m) return ''.padEnd(28);
        const floor = find(measures, 'main', 'floor', query.id, levels[i]);
        const ratio = floor ? ratioOf(m.result.requestsPerSecond, floor.result.requestsPerSecond) : '';
        return `${pad(fmt(m.result.requestsPerSecond), 8)} ${pad(m.result.p50, 5)} ${pad(m.result.p99, 6)} ${pad(ratio, 6)}`;
      });
      const statements = row.find(Boolean)?.statements;
      const errors = row.reduce((sum, m) => sum + (m?.result.errors ?? 0), 0);
      out.push([query.id.padEnd(5), server.padEnd(13), ...cells, pad(statements ?? 'n/a', 5), ` ${errors}`].join(' '));
    }
    const api = find(measures, 'main', 'api', query.id, goals.heavyConnections);
    const floor = find(measures, 'main', 'floor', query.id, goals.heavyConnections);
    const postgraphile = find(measures, 'main', 'postgraphile', query.id, goals.heavyConnections);
    // A cached answer costs no statement: the goal counts what computing one costs.
    const computing = (server: ServerKind) => measures.find((m) => m.series === 'main' && m.server === server && m.query === query.id)?.statements;
    const apiStatements = computing('api-uncached') ?? computing('api');
    const checks: string[] = [];
    if (goals.aheadOfPostgraphile.includes(query.id) && api && floor) {
      const ratio = api.result.requestsPerSecond / floor.result.requestsPerSecond;
      checks.push(`${ratio >= goals.ratioToFloor ? 'met' : 'NOT met'}: ${ratioOf(api.result.requestsPerSecond, floor.result.requestsPerSecond)} of the floor at c=50 (goal ≥ ${goals.ratioToFloor})`);
      checks.push(`${api.result.p99 < goals.p99Ms ? 'met' : 'NOT met'}: p99 ${api.result.p99} ms (goal < ${goals.p99Ms})`);
      if (postgraphile) {
        checks.push(`${api.result.requestsPerSecond > postgraphile.result.requestsPerSecond ? 'met' : 'NOT met'}: ${ratioOf(api.result.requestsPerSecond, postgraphile.result.requestsPerSecond)}× PostGraphile`);
      }
      const uncached = find(measures, 'main', 'api-uncached', query.id, goals.heavyConnections);
      if (uncached) {
        const both = postgraphile ? `, ${ratioOf(uncached.result.requestsPerSecond, postgraphile.result.requestsPerSecond)}× PostGraphile` : '';
        checks.push(`for information, without the cache: ${ratioOf(uncached.result.requestsPerSecond, floor.result.requestsPerSecond)} of the floor, p99 ${uncached.result.p99} ms${both}`);
      }
    }
    if (apiStatements !== null && apiStatements !== undefined) {
      const limit = 1 + query.listLevels;
      checks.push(`${apiStatements <= limit ? 'met' : 'NOT met'}: ${apiStatements} statements (goal ≤ 1 + ${query.listLevels} list level${query.listLevels === 1 ? '' : 's'} = ${limit})`);
    }
    verdicts.push(`${query.id} ${query.title}\n    ${checks.join('\n    ')}`);
  }
  out.push('', 'Goals', ...verdicts, '');
  process.stdout.write(`${out.join('\n')}\n`);
}

export function printScaling(queries: BenchQuery[], measures: Measure[], levels: number[]): void {
  const out = ['', 'Beyond one process — the API at 1 and 2 processes (cluster, nothing pinned), req/s · p99 (ms)', ''];
  out.push(['query', 'processes', ...levels.map((c) => `${pad(`c=${c}`, 8)} ${pad('p99', 6)}`)].join(' '));
  for (const query of queries) {
    for (const processes of [1, 2]) {
      const cells = levels.map((c) => {
        const m = find(measures, 'scaling', 'api', query.id, c, processes);
        return m ? `${pad(fmt(m.result.requestsPerSecond), 8)} ${pad(m.result.p99, 6)}` : ''.padEnd(15);
      });
      out.push([query.id.padEnd(5), pad(processes, 9), ...cells].join(' '));
    }
  }
  process.stdout.write(`${out.join('\n')}\n\n`);
}
