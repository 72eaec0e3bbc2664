// The production path: `npm run build` compiles to dist/, and `npm run start:prod` serves from it
// with plain node (no tsx): seed import through the compiled extraction workers, GraphQL, one log
// line per request, and CORS closed to other origins by default.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/embedded-postgres.js';
import { projectRoot } from './processes.js';

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env: process.env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

beforeAll(async () => {
  const build = await run('npm', ['run', '--silent', 'build']);
  expect(build.code, build.output).toBe(0);
}, 300_000);

describe('npm run build && npm run start:prod', () => {
  it('serves the compiled service without tsx', async () => {
    expect(existsSync(path.join(projectRoot, 'dist/main.js'))).toBe(true);
    expect(existsSync(path.join(projectRoot, 'dist/extract/entities/typer-weights.json'))).toBe(true);
    const port = await freePort();
    const child = spawn('npm', ['run', '--silent', 'start:prod'], {
      cwd: projectRoot,
      env: { ...process.env, NODE_ENV: '', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_OPTIONS: '' },
      detached: true, // its own process group: npm, the shell and node all get the signal
    });
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        const onData = (d: Buffer) => {
          output += d;
          if (output.includes('GraphiQL at')) resolve();
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        void exited.then((code) => reject(new Error(`exited with ${code}:\n${output}`)));
      });
      expect(output).toMatch(/seed .*imported 1, unchanged 0, failed 0/u);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://elsewhere.example' },
        body: JSON.stringify({ query: 'query Titles { articles { nodes { title } } }' }),
      });
      expect(JSON.stringify(await res.json())).toContain('Putin’s envoy meets Leader’s representative in Tehran');
      expect(res.headers.get('access-control-allow-origin')).toBeNull(); // production: no other origin
      await new Promise((r) => setTimeout(r, 200));
      expect(output).toMatch(/POST \/graphql Titles 200 [\d.]+ms ok/u);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
  });
});
