// A headline in capitals writes the possessive in capitals too, and the tokenizer keeps it with its
// name as one word: "BOXING - PANAMA'S DIAZ WINS AGAIN", "SOCCER - MILAN'S PIKE MOVES". Split, the
// name is looked up alone ("PANAMA", "MILAN") and no name runs on over the mark into the next one.
import type { Token } from '../tokens.js';

const CAPS_POSSESSIVE = /^(\p{Lu}[\p{Lu}\p{N}.'’-]*?)(['’]S)$/u;

/** The tokens of a line in capitals with each possessive "'S" a token of its own. */
export function splitCapsPossessives(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const m = CAPS_POSSESSIVE.exec(t.text);
    if (!m) {
      out.push(t);
      continue;
    }
    const nameEnd = t.start + m[1]!.length;
    out.push({ ...t, end: nameEnd, text: m[1]! }, { ...t, start: nameEnd, text: m[2]! });
  }
  return out;
}
