import { pino, type Logger } from 'pino';

export type { Logger };

/** Logs go to stderr so that commands printing data keep stdout clean; readable lines on a terminal. */
export function createLogger(level: string): Logger {
  if (process.stderr.isTTY && level !== 'silent') {
    return pino({ level, base: undefined, transport: { target: 'pino-pretty', options: { destination: 2, ignore: 'time' } } });
  }
  return pino({ level, base: undefined }, pino.destination(2));
}
