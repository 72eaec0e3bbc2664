// Runs the project's own entry points as child processes, as a user would from the README.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
// `node --import tsx`, as `npm start` runs: one process, so signals reach the program itself (the
// tsx launcher relays them to a child and kills it when it is slow to answer).
const node = (script: string, args: string[] = []) => [process.execPath, ['--import', 'tsx', script, ...args]] as const;

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[], env: Record<string, string | undefined>): Promise<Finished> {
  return run(...node(script, args), env);
}

/** `npm <args>` in the project, as a user types it (npm's own pre-scripts included). */
export function runNpm(args: string[], env: Record<string, string | undefined>): Promise<Finished> {
  return run('npm', args, env);
}

function run(command: string, args: readonly string[], env: Record<string, string | undefined>): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Starts a long-running entry point and resolves once a line of its output matches `ready`.
 * `inProcess` runs it in one node process (tsx's loader imported) rather than under the tsx CLI,
 * which forwards signals to a child: a SIGKILL must reach the program itself. `ownGroup` starts it in
 * a process group of its own, as a shell starts a command: `process.kill(-child.pid, 'SIGINT')` is then
 * Ctrl-C, which reaches the program and every process it started.
 */
export function startScript(
  script: string,
  env: Record<string, string | undefined>,
  ready: RegExp,
  { ownGroup = false } = {},
): Promise<{ child: ChildProcess; output: () => string; exited: Promise<number | null> }> {
  const child = spawn(...node(script), { cwd: projectRoot, env, detached: ownGroup });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d;
      if (ready.test(output)) resolve({ child, output: () => output, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`exited with ${code} before ready:\n${output}`)));
  });
}
