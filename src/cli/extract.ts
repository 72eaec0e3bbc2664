// npm run --silent extract -- <file>            one JSON object for an article file
// npm run --silent extract -- --jsonl < in > out  one line per {"id","text"} line, in order;
// a line that cannot be processed still yields a line, with empty lists and an `error`.
// Many lines are extracted by the code the import pool's threads run, the sources bundled as plain
// JavaScript (worker-bundle.ts `bundledExtract`): under tsx the sources cost about a sixth more CPU.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MIN_CONFIDENCE } from '../extract/confidence.js';
import { failedContract, toContract, type ContractOutput } from '../extract/contract.js';
import { bundledExtract, type Extract } from '../import/worker-bundle.js';

interface ContractOptions {
  minConfidence: number;
  /** also the beliefs held ("Police believe …"), marked `act: BELIEF` */
  beliefs: boolean;
}

/** The sources' extraction (loaded only when asked for: loading them and their lexicons costs seconds). */
const sourceExtract = async (): Promise<Extract> => (await import('../extract/index.js')).extract;

function processLine(line: string, lineNumber: number, options: ContractOptions, extractText: Extract): ContractOutput {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return failedContract(`line-${lineNumber}`, `line ${lineNumber}: not valid JSON`);
  }
  const record = input as { id?: unknown; text?: unknown };
  const id = typeof record?.id === 'string' || typeof record?.id === 'number' ? String(record.id) : `line-${lineNumber}`;
  if (typeof record?.text !== 'string') return failedContract(id, `line ${lineNumber}: "text" must be a string`);
  try {
    return toContract(id, extractText(record.text), options.minConfidence, options.beliefs);
  } catch (e) {
    return failedContract(id, `line ${lineNumber}: extraction failed: ${(e as Error).message}`);
  }
}

function confidenceArg(value: string): number {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError('a number from 0 to 1');
  return n;
}

async function jsonl(options: ContractOptions): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  const extractText = self.endsWith('.ts') ? await bundledExtract(path.resolve(path.dirname(self), '../..')) : await sourceExtract();
  let n = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    process.stdout.write(`${JSON.stringify(processLine(line, n, options, extractText))}\n`);
  }
}

const program = new Command('extract')
  .description('Extract entities, quotes and statements from an article, as JSON')
  .argument('[file]', 'article file (plain text or PressReader export)')
  .option('--jsonl', 'read {"id","text"} lines from standard input, write one result line each')
  .addOption(new Option('--min-confidence <n>', 'leave out quotes less sure than this (0..1)').default(DEFAULT_MIN_CONFIDENCE).argParser(confidenceArg))
  .option('--beliefs', 'also report beliefs, fears and hopes held ("Police believe …"), marked "act": "BELIEF"', false)
  .action(async (file: string | undefined, options: ContractOptions & { jsonl?: boolean }) => {
    if (options.jsonl) return jsonl(options);
    if (file === undefined) return program.error('give an article file, or --jsonl to read lines from standard input');
    const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) =>
      program.error(`${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`),
    );
    const extract = await sourceExtract();
    process.stdout.write(`${JSON.stringify(toContract(file, extract(text), options.minConfidence, options.beliefs), null, 2)}\n`);
  });
await program.parseAsync();
