// Where what a naming verb reports ends: "called the debate “a rout” and released an ad" — the name
// given in quotation marks closes it, and "and" with a verb after it is the narrator's next act.
import { cueLemma, NAMING_VERBS } from './cues.js';
import { hasRegularPastShape, isAndOrBut, isFiniteVerb, tagsOf } from './lexicon.js';
import { isClosingMarkAlone, isOpeningQuoteMark } from './quote-mark-tokens.js';
import type { Token } from './tokens.js';

/** Past forms of acts the lexicon reads as other words: "and left the room", "and quit the panel". */
const IRREGULAR_ACTS = /^(left|went|took|gave|made|held|sent|quit|stood|threw|tore|hung|shut|stormed)$/u;

/** Whether "and" or "but" at `k`, right after the closing mark of a quoted name that the naming cue
 *  at `cue` gives, opens another act of the speaker's ("… “disgraceful” and walked out"). */
export function afterQuotedName(tokens: Token[], cue: number, k: number): boolean {
  if (!isAndOrBut(tokens[k]!.text) || !isClosingMarkAlone(tokens[k - 1]?.text ?? '')) return false;
  if (!NAMING_VERBS.has(cueLemma(tokens[cue]!.text) ?? '')) return false;
  // The quoted name opens within a few words of the cue: "called it “…”", "called the new plan “…”".
  const opening = tokens.findIndex((t, n) => n > cue && n <= cue + 6 && isOpeningQuoteMark(t.text));
  if (opening < 0 || tokens.slice(opening + 1, k - 1).some((t) => isOpeningQuoteMark(t.text) || isClosingMarkAlone(t.text))) return false;
  let n = k + 1;
  while (/^(then|later|also|promptly|quickly|abruptly)$/iu.test(tokens[n]?.text ?? '')) n++;
  const w = tokens[n]?.text ?? '';
  // "… “disgusting” and mocked her “sex tape”": more of the speaker's words quoted go on with what was said.
  if (tokens.slice(n + 1, n + 6).some((t) => isOpeningQuoteMark(t.text))) return false;
  return (
    /^\p{Ll}/u.test(w) &&
    (isFiniteVerb(w) || IRREGULAR_ACTS.test(w) || (hasRegularPastShape(w) && tagsOf(w).every((t) => t === 'Adjective' || t === 'PastTense')))
  );
}

/** Whether the comma at `k` opens an aside on the object of the naming cue at `cue`, before the
 *  name it gives ("called the new phone, which is 5.6 millimeters thick, “a breakthrough”"). */
export function asideBeforeQuotedName(tokens: Token[], cue: number, k: number): boolean {
  if (!NAMING_VERBS.has(cueLemma(tokens[cue]!.text) ?? '') || k - cue > 6) return false;
  // (The object before the aside is a few words, with no comma nor quoted words of its own.)
  if (tokens.slice(cue + 1, k).some((t) => t.text === ',' || isOpeningQuoteMark(t.text))) return false;
  const close = tokens.findIndex((t, n) => n > k + 1 && n <= k + 14 && t.text === ',');
  return close > 0 && isOpeningQuoteMark(tokens[close + 1]?.text ?? '') && !tokens.slice(k + 1, close).some((t) => /^[“”"‘’;:]$/u.test(t.text));
}
