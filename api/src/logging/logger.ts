import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'clsm-api' },
    // Never log credentials or personal data carried by requests.
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.email', '*.phone'],
      censor: '[redacted]',
    },
  });
}
