// The shared scorer (../shared/eval/score.mjs, or EVAL_DIR's), loaded where it lies: it is not part of
// the project, and the evaluation and the error listings score with the same one.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../config.js';

export interface Scorer {
  scoreData(gold: unknown[], pred: unknown[], opts?: { details?: number }): unknown;
  formatTable(result: unknown, meta: { gold: string; pred: string }): string;
  readJsonl(file: string): { docs: Array<{ id: string; text: string }>; malformed: number[]; error: string | null };
}

/** The directory of the shared evaluation sets and their scorer. */
export const evalDir = process.env.EVAL_DIR ?? path.resolve(projectRoot, '../shared/eval');

export const scorer = (await import(pathToFileURL(path.join(evalDir, 'score.mjs')).href)) as Scorer;
