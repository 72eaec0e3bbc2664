import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalDir, writeCorpus } from '../../bench/corpus.js';

const hasEval = existsSync(path.join(evalDir, 'polnear-dev.jsonl'));
if (!hasEval) console.warn(`bench corpus tests skipped: no evaluation data at ${evalDir} (set EVAL_DIR)`);

describe.skipIf(!hasEval)('benchmark corpus', () => {
  it('writes distinct files, the same ones for the same seed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'corpus-'));
    try {
      const read = async (files: string[]) => Promise.all(files.map((f) => readFile(f, 'utf8')));
      const first = await read(await writeCorpus(path.join(dir, 'a'), 700, 3));
      const again = await read(await writeCorpus(path.join(dir, 'b'), 700, 3));
      const other = await read(await writeCorpus(path.join(dir, 'c'), 700, 4));
      expect(first).toHaveLength(700);
      expect(new Set(first).size).toBe(700);
      expect(again).toEqual(first);
      expect(other).not.toEqual(first);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // 2,100 files written and read back: a busy shared disk may take far longer than the default 5 s.
  }, 60_000);
});
