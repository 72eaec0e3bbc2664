// npx tsx src/cli/piece-failures.ts <PolNeAR checkout> [train|dev] [--examples N]: the interrupted gold
// contents the scorer's PIECES line counts as wrong (matched at 0.3, predicted parts not the gold pieces),
// sorted into kinds by what stands between the gold pieces and where the prediction stops, with the
// predicted and gold pieces of up to N of each kind. The texts stay where they lie.
import { Command } from 'commander';
import { toContract } from '../extract/contract.js';
import { cueLemma } from '../extract/cues.js';
import { extract } from '../extract/index.js';
import { matchOneToOne, overlapsBoth, trimmedSpan } from '../extract/scorer-spans.js';
import { tokenize } from '../extract/tokens.js';
import type { Span } from '../extract/types.js';
import { bratGoldQuotes, polnearArticles } from './polnear-corpus.js';

type Piece = [number, number];

const overlap = (a: Piece, b: Piece) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
/** A piece as the scorer compares it: trimmed of white space, quote marks and edge punctuation. */
const trimmed = (text: string, [start, end]: Piece): Span => trimmedSpan(text, { start, end });
/** The scorer's PIECES test: as many parts, each overlapping its gold piece by half of both. */
const samePieces = (p: Span[], g: Span[]) => p.length === g.length && p.every((x, i) => overlapsBoth(x, g[i]!, 0.5));

/** The kind of a failure: the first of what each gold gap shows, else how the boundaries differ. */
function kindOf(text: string, gold: Piece[], pred: Piece[]): string {
  const [from, to] = [pred[0]![0], pred.at(-1)![1]];
  const predGaps = pred.slice(1).map((p, i): Piece => [pred[i]![1], p[0]]);
  const near = (a: Piece, b: Piece) => overlap([a[0] - 3, a[1] + 3], b) > 0;
  const kinds: string[] = [];
  for (let i = 1; i < gold.length; i++) {
    const gap: Piece = [gold[i - 1]![1], gold[i]![0]];
    const between = text.slice(...gap);
    const words = /\p{L}/u.test(between);
    const cue = /\baccording to\b/iu.test(between) || tokenize(between).some((t) => cueLemma(t.text));
    const midSentence = /,\s*$/u.test(between) || /^\p{Ll}/u.test(text.slice(gold[i]![0]).replace(/^[\s"“'‘]+/u, ''));
    if (gold[i]![0] <= from + 2)
      kinds.push(
        !words
          ? 'piece before, a paragraph or space between'
          : cue && midSentence
            ? 'fronted words before a mid-sentence attribution'
            : cue
              ? 'quoted sentence before the attribution'
              : 'words before a narrator gap',
      );
    else if (gold[i - 1]![1] >= to - 2)
      kinds.push(
        !words
          ? 'piece after, a paragraph or space between'
          : cue && midSentence
            ? 'words after a mid-sentence attribution'
            : cue
              ? 'quoted sentence after the attribution'
              : 'words after a narrator gap',
      );
    else if (!predGaps.some((p) => near(p, gap)))
      kinds.push(!words ? 'gold split at a sentence or paragraph, no interruption' : cue ? 'attribution inside not cut' : 'narrator aside inside not cut');
  }
  if (kinds.length) return kinds.sort()[0]!;
  if (predGaps.some((p) => !gold.slice(1).some((g, i) => near(p, [gold[i]![1], g[0]])))) return 'a cut the gold does not make';
  return from < gold[0]![0] - 2 ? 'first piece opens earlier' : from > gold[0]![0] + 2 ? 'first piece opens later' : 'a piece ends elsewhere';
}

const program = new Command('piece-failures')
  .argument('<checkout>', 'a networkdynamics/PolNeAR checkout')
  .argument('[split]', 'train or dev', 'train')
  .option('--examples <n>', 'examples listed per kind', '3')
  .parse();
const [checkout, split] = program.args as [string, string];
const examples = Number(program.opts<{ examples: string }>().examples);

const byKind = new Map<string, string[]>();
let [wrong, all] = [0, 0];
for (const { id, text, annotation } of polnearArticles(checkout, split ?? 'train')) {
  const gold = bratGoldQuotes(annotation, text);
  const pred = toContract(id, extract(text)).quotes;
  const gm = matchOneToOne(
    gold.map((q) => trimmedSpan(text, q)),
    pred.map((q) => trimmedSpan(text, q)),
  );
  gold.forEach((g, gi) => {
    if (!g.parts || g.parts.length < 2 || gm[gi]! < 0) return;
    all++;
    const parts = pred[gm[gi]!]!.parts;
    const [gp, pp] = [g.parts.map((p) => trimmed(text, p)), parts.map((p) => trimmed(text, p))];
    if (samePieces(pp, gp)) return;
    wrong++;
    const kind = kindOf(text, g.parts, parts.length ? parts : [[pred[gm[gi]!]!.start, pred[gm[gi]!]!.end]]);
    const show = (ps: Piece[]) =>
      ps
        .map((p) =>
          JSON.stringify(
            text
              .slice(...p)
              .replace(/\s+/gu, ' ')
              .slice(0, 120),
          ),
        )
        .join(' | ');
    byKind.set(kind, [...(byKind.get(kind) ?? []), `  ${id}\n    gold ${show(g.parts)}\n    pred ${show(parts)}`]);
  });
}
console.log(`PIECES ${split}: ${all - wrong}/${all} right, ${wrong} wrong`);
for (const [kind, cases] of [...byKind].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(cases.length).padStart(5)}  ${kind}`);
  for (const c of cases.slice(0, examples)) console.log(c);
}
