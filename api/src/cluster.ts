// Several stateless API processes on one port (Node's cluster module balances connections
// round-robin), for a deployment that outgrows one process: sessions, rate limits and live
// events already go through PostgreSQL, so any process can answer any request.
// `WEB_CONCURRENCY` processes (default: one per core); DATABASE_URL is required, since an
// embedded PostgreSQL belongs to one process.
import cluster from 'node:cluster';
import os from 'node:os';

const processes = Number(process.env.WEB_CONCURRENCY ?? os.availableParallelism());

if (cluster.isPrimary) {
  if (!process.env.DATABASE_URL) {
    console.error('The cluster needs DATABASE_URL: each process connects to the same PostgreSQL.');
    process.exit(1);
  }
  if (!Number.isInteger(processes) || processes < 1) {
    console.error(`WEB_CONCURRENCY is not a number of processes: ${process.env.WEB_CONCURRENCY}`);
    process.exit(1);
  }
  let stopping = false;
  const fork = () =>
    new Promise<void>((resolve) => {
      const worker = cluster.fork();
      worker.once('listening', () => resolve());
      worker.once('exit', (code) => {
        if (!stopping && code !== 0) void fork();
      });
    });
  // The first process migrates the database and loads the demo data; the others start after it.
  await fork();
  await Promise.all(Array.from({ length: processes - 1 }, fork));
  console.log(`hub: ${processes} API processes listening`);
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} else {
  await import('./main.js');
}
