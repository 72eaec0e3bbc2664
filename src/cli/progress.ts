// Progress of a long import on stderr: a bar on a terminal, a plain line every few seconds otherwise
// (logs, CI). Both show done/total, rate, ETA and failures so far; stdout stays for results.
import cliProgress from 'cli-progress';

export interface Progress {
  /** One file done; `failed` when it did not import. */
  tick(failed: boolean): void;
  /** A line for the reader (a failure, or a file with --verbose), kept clear of the bar. */
  log(line: string): void;
  stop(): void;
}

export interface ProgressOptions {
  total: number;
  stream?: NodeJS.WriteStream;
  /** Seconds between plain lines when the stream is not a terminal. */
  every?: number;
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 90) return `${Math.round(s)} s`;
  return s < 5400 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`;
}

function progressLine(done: number, total: number, failed: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const eta = rate > 0 ? (total - done) / rate : Infinity;
  const percent = total ? Math.floor((done / total) * 100) : 100;
  return `progress ${done}/${total} (${percent}%), ${rate.toFixed(1)} articles/s, ETA ${formatSeconds(eta)}, failed ${failed}`;
}

export function startProgress({ total, stream = process.stderr, every = 5 }: ProgressOptions): Progress {
  const started = Date.now();
  let done = 0;
  let failed = 0;
  const count = (isFailure: boolean) => {
    done++;
    if (isFailure) failed++;
  };
  if (stream.isTTY) {
    const bars = new cliProgress.MultiBar(
      { stream, format: '{bar} {value}/{total} | {rate} articles/s | ETA {eta_formatted} | failed {failed}', hideCursor: true, etaBuffer: 200 },
      cliProgress.Presets.shades_classic,
    );
    const bar = bars.create(total, 0, { rate: '0.0', failed: 0 });
    return {
      tick(isFailure) {
        count(isFailure);
        bar.update(done, { rate: ((done / Math.max(1, Date.now() - started)) * 1000).toFixed(1), failed });
      },
      log: (line) => bars.log(`${line}\n`),
      stop: () => bars.stop(),
    };
  }
  const timer = setInterval(() => stream.write(`${progressLine(done, total, failed, Date.now() - started)}\n`), every * 1000);
  timer.unref();
  return {
    tick: count,
    log: (line) => stream.write(`${line}\n`),
    stop: () => clearInterval(timer),
  };
}
