import { pino, type Logger } from 'pino';

export type { Logger };

/** Logs go to stderr so that commands printing data keep stdout clean. */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined }, pino.destination(2));
}
