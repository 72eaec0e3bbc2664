// Lists the exact-match entity errors on GUM's news and interview documents for the given types (default
// ORGANIZATION and LOCATION), sorted into kinds, each with the text around it:
//   npx tsx src/cli/gum-errors.ts <gum checkout> [TYPE...] [--json FILE]
// Kinds: wrong type (same span, other type), wrong boundaries (an overlapping mention of the gold type),
// both (overlapping, other type), missed (nothing overlaps), and for a false positive that overlaps no gold
// name: what GUM calls the words there ("not named: event", "not named: object", …) or "no mention".
import { writeFileSync } from 'node:fs';
import { toContract } from '../extract/contract.js';
import { extract } from '../extract/index.js';
import { gumDocuments } from './gum-corpus.js';

interface Span {
  s: number;
  e: number;
  type: string | null;
  optional?: boolean;
}

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
const [checkout, ...typeArgs] = args;
if (!checkout) throw new Error('usage: gum-errors.ts <gum checkout> [TYPE...] [--json FILE]');
const types = new Set(typeArgs.length ? typeArgs : ['ORGANIZATION', 'LOCATION']);
const overlaps = (a: Span, b: Span) => a.s < b.e && b.s < a.e;
const same = (a: Span, b: Span) => a.s === b.s && a.e === b.e;
const around = (text: string, x: Span) =>
  `${text.slice(Math.max(0, x.s - 50), x.s)}[${text.slice(x.s, x.e)}]${text.slice(x.e, x.e + 50)}`.replace(/\s+/gu, ' ');

const rows: Array<{ kind: string; id: string; name: string; context: string }> = [];
for (const { id, document, text, entities } of gumDocuments(checkout)) {
  const gold: Span[] = entities.map((g) => ({ s: g.start, e: g.end, type: g.type, optional: g.optional }));
  const seen = new Set<string>();
  const pred: Span[] = toContract(id, extract(text)).entities.flatMap((en) =>
    en.mentions.flatMap((m) => {
      const key = `${m.start}:${m.end}:${en.type}`;
      if (seen.has(key) || en.type === 'OTHER') return [];
      seen.add(key);
      return [{ s: m.start, e: m.end, type: en.type }];
    }),
  );
  const add = (kind: string, x: Span) => rows.push({ kind, id, name: text.slice(x.s, x.e), context: around(text, x) });
  for (const g of gold) {
    if (g.optional || !g.type || !types.has(g.type) || pred.some((p) => same(p, g) && p.type === g.type)) continue;
    const sameSpan = pred.find((p) => same(p, g));
    const near = pred.filter((p) => overlaps(p, g));
    if (sameSpan) add(`wrong type: gold ${g.type} as ${sameSpan.type}`, g);
    else if (near.some((p) => p.type === g.type)) add(`wrong boundaries (gold ${g.type})`, g);
    else if (near.length) add(`type and boundaries: gold ${g.type} as ${near[0]!.type}`, g);
    else add(`missed ${g.type}`, g);
  }
  for (const p of pred) {
    if (!p.type || !types.has(p.type)) continue;
    if (gold.some((g) => same(p, g) && (g.type === p.type || !g.type))) continue;
    if (gold.some((g) => g.optional && p.s >= g.s && p.e <= g.e)) continue;
    const sameSpan = gold.find((g) => same(p, g));
    if (sameSpan) {
      if (!sameSpan.type || !types.has(sameSpan.type)) add(`wrong type: predicted ${p.type}, gold ${sameSpan.type}`, p);
      continue; // counted on the gold side when the gold type is listed
    }
    const near = gold.filter((g) => overlaps(p, g) && g.type);
    if (near.length) {
      if (!near.some((g) => types.has(g.type!) && !g.optional)) add(`FP overlapping gold ${near[0]!.type} (${p.type})`, p);
      else add(`FP boundaries (${p.type})`, p);
      continue;
    }
    // what GUM calls these words: the smallest mention covering the predicted span
    const covering = document.mentions
      .filter((m) => m.last !== null && document.tokens[m.first]!.start <= p.s && p.e <= document.tokens[m.last]!.end)
      .sort((a, b) => a.last! - a.first - (b.last! - b.first))[0];
    add(covering ? `FP not named: ${covering.etype} (${p.type})` : `FP no mention (${p.type})`, p);
  }
}
const counts = new Map<string, number>();
for (const r of rows) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
const kinds = [...counts].sort((a, b) => b[1] - a[1]);
for (const [kind, n] of kinds) console.log(`${String(n).padStart(4)}  ${kind}`);
for (const [kind] of kinds) {
  console.log(`\n== ${kind}`);
  for (const r of rows.filter((x) => x.kind === kind)) console.log(`  ${r.id}  ${r.name}  |  ${r.context}`);
}
if (jsonFile) writeFileSync(jsonFile, rows.map((r) => JSON.stringify(r)).join('\n'));
