// Quoted passages: paired quote marks of any style (“…”, "…", «…», „…“, ‘…’), a passage may run over
// several paragraphs when each opens with a mark and only the last closes. An opening mark that
// never closes is dropped, so it cannot swallow the rest of the article.
import type { Block, Span } from './types.js';

export interface QuotedPassage extends Span {
  /** offsets of the content, without the marks */
  inner: Span;
  /** first and last block of the passage */
  firstBlock: number;
  lastBlock: number;
}

const CLOSER: Record<string, string> = { '“': '”', '”': '”', '"': '"', '«': '»', '„': '“', '‘': '’', '‹': '›' };

function isOpening(text: string, i: number, blockStart: number): boolean {
  const ch = text[i]!;
  // A paragraph opening with a closing mark (”Fear. …”) is a misprinted opening one.
  if (ch === '”' && i === blockStart) return true;
  if (!(ch in CLOSER)) return false;
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  if (ch === '‘' || ch === '"') return /[\s([{—–\-:;,]/u.test(before) && /\S/u.test(after);
  return /\S/u.test(after);
}

function closingIndex(text: string, from: number, to: number, open: string): number {
  const close = CLOSER[open]!;
  for (let i = from; i < to; i++) {
    if (text[i] !== close) continue;
    const after = text[i + 1] ?? ' ';
    // An apostrophe inside a word ("can’t") is not a closing single quote.
    if (close === '’' && /\p{L}/u.test(after)) continue;
    if (close === '"' && /\p{L}/u.test(after)) continue;
    return i;
  }
  return -1;
}

export function findQuotedPassages(text: string, blocks: Block[]): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  const body = blocks.filter((b) => b.role === 'BODY');
  for (let bi = 0; bi < body.length; bi++) {
    const block = body[bi]!;
    let i = block.start;
    while (i < block.end) {
      if (!isOpening(text, i, block.start)) {
        i++;
        continue;
      }
      const open = text[i]!;
      const close = closingIndex(text, i + 1, block.end, open);
      if (close >= 0) {
        out.push({ start: i, end: close + 1, inner: { start: i + 1, end: close }, firstBlock: block.index, lastBlock: block.index });
        i = close + 1;
        continue;
      }
      // Unclosed here: a quotation continues only into paragraphs that open with a mark again.
      let bj = bi + 1;
      let end = -1;
      while (bj < body.length && text[body[bj]!.start] === open) {
        const c = closingIndex(text, body[bj]!.start + 1, body[bj]!.end, open);
        if (c >= 0) {
          end = c;
          break;
        }
        bj++;
      }
      if (end < 0) {
        i++;
        continue;
      }
      out.push({ start: i, end: end + 1, inner: { start: i + 1, end }, firstBlock: block.index, lastBlock: body[bj]!.index });
      bi = bj;
      break;
    }
  }
  return out;
}
