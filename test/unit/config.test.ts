import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration from the environment', () => {
  it('applies defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SEED_ON_START).toBe(true);
  });

  it('reads and coerces values', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgresql://u:p@db:5432/kb', SEED_ON_START: 'false' });
    expect(config).toMatchObject({ PORT: 8080, DATABASE_URL: 'postgresql://u:p@db:5432/kb', SEED_ON_START: false });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT="abc": /],
    [{ PORT: '70000' }, /PORT="70000"/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL="mysql:\/\/x": must be a postgres/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud"/],
    [{ HEAP_POLICY: 'fast' }, /HEAP_POLICY="fast"/],
    [{ API_TOKEN: 'short' }, /API_TOKEN=\(5 characters, hidden\): must be at least 16 characters/],
    [
      { DATABASE_URL: 'postgresql://u:pw@127.0.0.1:99999/kb' },
      /DATABASE_URL="postgresql:\/\/u:\*\*\*@127.0.0.1:99999\/kb": has no valid host, or a port outside 1-65535/,
    ],
    [{ EXTRACT_TIMEOUT_MS: '0' }, /EXTRACT_TIMEOUT_MS="0"/],
    [{ EXTRACT_THREADS: 'many' }, /EXTRACT_THREADS="many"/],
    [{ WORKER_CONCURRENCY: '-1' }, /WORKER_CONCURRENCY="-1"/],
    [{ QUEUE_MAX_ATTEMPTS: '1.5' }, /QUEUE_MAX_ATTEMPTS="1.5"/],
    [{ DEFAULT_PAGE_SIZE: '500', MAX_PAGE_SIZE: '100' }, /DEFAULT_PAGE_SIZE must not exceed MAX_PAGE_SIZE/],
  ])('rejects %j with one line naming the variable', (env, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('never echoes a secret: the token is hidden, a URL loses its password', () => {
    let message = '';
    try {
      loadConfig({ API_TOKEN: 's3cr3t', DATABASE_URL: 'mysql://admin:hunter2hunter2@db/kb' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/API_TOKEN=.*DATABASE_URL=|DATABASE_URL=.*API_TOKEN=/u);
    expect(message).not.toContain('s3cr3t');
    expect(message).not.toContain('hunter2');
  });
});

describe('CORS_ORIGINS', () => {
  it('lists origins, or * for any; a bad one stops the process naming the variable', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.org, http://localhost:5173/' }).CORS_ORIGINS).toEqual([
      'https://app.example.org',
      'http://localhost:5173',
    ]);
    expect(loadConfig({ CORS_ORIGINS: '*' }).CORS_ORIGINS).toEqual(['*']);
    expect(() => loadConfig({ CORS_ORIGINS: 'not a url' })).toThrow(/^Invalid configuration: CORS_ORIGINS="not a url"/u);
  });
});
