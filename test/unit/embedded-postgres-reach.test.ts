// As root the embedded PostgreSQL runs as the `postgres` user: binaries below a private directory
// stop start-up with one line saying what to do, instead of initdb's EACCES.
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBinariesReachable } from '../../src/db/embedded-postgres.js';

const root = await mkdtemp(path.join(tmpdir(), 'newskb-reach-')); // mkdtemp folders are mode 700
const bin = path.join(root, 'project', 'node_modules', 'native', 'bin');
await mkdir(bin, { recursive: true, mode: 0o755 });
afterAll(() => rm(root, { recursive: true, force: true }));

describe('PostgreSQL binaries as seen by the postgres user', () => {
  it('refuses binaries below a private directory with one line naming them and what to do', async () => {
    await chmod(root, 0o700);
    const error = await checkBinariesReachable(bin).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(bin);
    expect((error as Error).message).toMatch(/chmod o\+x|DATABASE_URL/u);
    expect((error as Error).message).not.toContain('\n');
  });

  it('accepts them once every directory above may be entered', async () => {
    await chmod(root, 0o711);
    await expect(checkBinariesReachable(bin)).resolves.toBeUndefined();
  });
});
