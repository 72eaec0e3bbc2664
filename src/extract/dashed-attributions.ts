// An attribution set off by dashes inside the sentence, as by commas (set-off-attribution.ts): "The
// plan — Ann Holt said — will fail", "The levy -- as the mayor noted -- falls on the poor". What was
// said runs on both sides of it, and the attribution between the dashes is no part of it.
import { dashAt } from './cue-asides.js';
import { asideDashAt, opensAside } from './open-dashes.js';
import type { Token } from './tokens.js';

/** The index of the dash closing an attribution that the dash at `open` opens (its speaker and cue
 *  running to `close`, where a dash must stand), when the sentence goes on past it; or -1. */
export function dashedAttributionClose(tokens: Token[], open: number, close: number): number {
  const opener = /^as$/iu.test(tokens[open]?.text ?? '') ? open - 1 : open;
  if (!asideDashAt(tokens, opener) || !asideDashAt(tokens, close) || !opensAside(tokens, opener)) return -1;
  // ("--" is one dash in two tokens.)
  const last = dashAt(tokens, close + 1) ? close + 1 : close;
  const before = tokens.slice(0, firstDashOf(tokens, opener));
  const next = tokens[last + 1]?.text ?? '';
  return before.some((t) => /^[\p{L}\p{N}]/u.test(t.text)) && /^\p{Ll}/u.test(next) ? last : -1;
}

/** The first token of the dash ending at `k` ("--" is two). */
export const firstDashOf = (tokens: Token[], k: number): number => (dashAt(tokens, k - 1) ? k - 1 : k);
