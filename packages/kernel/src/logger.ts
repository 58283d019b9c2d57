import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

/** Structured JSON logger. Secrets never reach it: known sensitive keys are redacted. */
export function createLogger(name: string, level = 'info'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'refreshToken', '*.refreshToken', 'authorization', '*.authorization', 'headers.authorization', 'clientSecret', '*.clientSecret'],
      censor: '[redacted]',
    },
  });
}
