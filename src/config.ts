// Configuration from environment variables, validated once at start-up. A wrong value stops the
// process with one line naming the variable, never a stack trace.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { redactUrls } from './redact.js';

export const projectRoot = path.resolve(import.meta.dirname, '..');

const port = z.coerce.number().int().min(1).max(65535);
const positive = z.coerce.number().int().positive();
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** `new URL` refuses ports over 65535; a port of 0 is refused here. */
function hasUsablePort(url: string): boolean {
  try {
    const { hostname, port } = new URL(url);
    return hostname !== '' && port !== '0';
  } catch {
    return false;
  }
}

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL')
    .refine(hasUsablePort, 'has no valid host, or a port outside 1-65535')
    .optional(),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port.default(4000),
  DATA_DIR: z.string().min(1).default(path.join(projectRoot, '.data')),
  EMBEDDED_PG_PORT: port.default(54329),
  SEED_DIR: z.string().min(1).default(path.join(projectRoot, 'seeds')),
  SEED_ON_START: flag.default(true),
  NODE_ENV: z.string().default('development'), // 'production' closes CORS unless CORS_ORIGINS says otherwise
  CORS_ORIGINS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.union([z.literal('*'), z.url({ protocol: /^https?$/u }).transform((u) => new URL(u).origin)])).min(1))
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Read by src/heap.ts before anything loads; checked here so a misspelt value is an error. */
  HEAP_POLICY: z.enum(['size', 'speed']).default('size'),
  API_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  MAX_DEPTH: positive.default(8),
  MAX_COMPLEXITY: positive.default(5000),
  MAX_BODY_BYTES: positive.default(2_000_000),
  MAX_PAGE_SIZE: positive.default(100),
  DEFAULT_PAGE_SIZE: positive.default(20),
  EXTRACT_TIMEOUT_MS: positive.default(60_000),
  STATEMENT_TIMEOUT_MS: positive.default(5_000),
  /** Time a query's execution may take, SQL and JavaScript together (request-cancel-plugin.ts) */
  REQUEST_TIMEOUT_MS: positive.default(10_000),
  EXTRACT_THREADS: positive.default(availableParallelism()),
  /** Jobs one `npm run worker` process runs at once; by default two per extraction thread. */
  WORKER_CONCURRENCY: positive.optional(),
  QUEUE_MAX_ATTEMPTS: positive.default(8),
});

export type Config = z.infer<typeof EnvSchema>;

/** Settings whose values are never echoed, not even in an error about them. */
const SECRET_SETTINGS = new Set(['API_TOKEN']);

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (parsed.success) {
    if (parsed.data.DEFAULT_PAGE_SIZE > parsed.data.MAX_PAGE_SIZE) {
      throw new ConfigError('Invalid configuration: DEFAULT_PAGE_SIZE must not exceed MAX_PAGE_SIZE');
    }
    return parsed.data;
  }
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]); // the variable, also for an item of a list
    const value = present[name] ?? '';
    const shown = SECRET_SETTINGS.has(name) ? `(${value.length} characters, hidden)` : JSON.stringify(redactUrls(value));
    return `${name}=${shown}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}
