import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

const require = createRequire(import.meta.url);

/**
 * Human-readable lines (pino-pretty) for a person at a terminal outside production; JSON lines
 * for everything else (a pipe, a file, a container's log collector, production).
 */
export const prettyLogs = (stdout: { isTTY?: boolean } = process.stdout, nodeEnv = process.env.NODE_ENV): boolean => Boolean(stdout.isTTY) && nodeEnv !== 'production';

/** pino-pretty in this thread (no transport worker to outlive a Ctrl-C), loaded only when used. */
function prettyStream(): DestinationStream {
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  return pretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
}

/** Structured logger (JSON, or pretty on a terminal). Secrets never reach it: known sensitive keys are redacted. */
export function createLogger(name: string, level = 'info'): Logger {
  const options = {
    name,
    level,
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'refreshToken', '*.refreshToken', 'authorization', '*.authorization', 'headers.authorization', 'clientSecret', '*.clientSecret'],
      censor: '[redacted]',
    },
  };
  return level !== 'silent' && prettyLogs() ? pino(options, prettyStream()) : pino(options);
}
