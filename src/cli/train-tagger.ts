// npm run train:tagger -- <eng.train>: trains the span tagger (src/extract/entities/tagger.ts) on the
// CoNLL-2003 English training file and writes src/extract/entities/tagger-weights.json. The corpus is
// read from the path given and never copied into the repository (see tagger-weights.md).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { projectRoot } from '../config.js';
import { conllDocuments } from '../extract/entities/conll.js';
import { taggerExamples, trainTagger } from '../extract/entities/tagger-training.js';

const program = new Command('train:tagger')
  .description('Train the entity span tagger on CoNLL-2003 eng.train')
  .argument('<file>', 'CoNLL-2003 English training file (eng.train)')
  .option('--epochs <n>', 'passes over the data', '5')
  .option('--min-count <n>', 'drop features seen fewer times', '2')
  .option('--prune <x>', 'drop averaged weights smaller than this', '0.05')
  .option('--out <file>', 'weights file', path.join(projectRoot, 'src/extract/entities/tagger-weights.json'))
  .parse();
const opts = program.opts<{ epochs: string; minCount: string; prune: string; out: string }>();
const docs = conllDocuments(readFileSync(program.args[0]!, 'utf8'));
const model = trainTagger(taggerExamples(docs), { epochs: Number(opts.epochs), minCount: Number(opts.minCount), prune: Number(opts.prune) });
writeFileSync(opts.out, `${JSON.stringify(model)}\n`);
console.log(`${docs.length} documents: wrote ${Object.keys(model.weights).length} features to ${path.relative(projectRoot, opts.out)}`);
