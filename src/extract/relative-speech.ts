// Speech inside a relative clause: "the plan, which critics say is unfair", "what the senators said
// was gerrymandering", "the tax, which Ann Holt says will raise $2 billion". The pronoun is the
// subject or object of what was said, so the content opens at it, and the speaker and cue between
// are an interruption, as in "The plan, she said, will fail".
import { addGap, type QuoteDraft } from './quote-draft.js';
import { isFiniteVerb, isPreposition, isUnlistedPastForm } from './lexicon.js';
import { indexBeforeName, type Token } from './tokens.js';

const RELATIVE = /^(which|who|whom|what|that)$/iu;

// Words after which the pronoun asks a question rather than opening a relative clause: "asked
// which officials said …", "wondered what critics said".
const ASKING = /^(ask|asks|asked|asking|wonder|wonders|wondered|wondering|whether|or|and)$/iu;

/** The index of the word before the speaker phrase, past titles and an article the phrase leaves
 *  out ("which the North says") and "even" ("which even critics say"). */
function beforeSpeaker(tokens: Token[], speakerStart: number): number {
  const k = indexBeforeName(tokens, speakerStart);
  return k > 0 && /^(the|even)$/iu.test(tokens[k]!.text) ? k - 1 : k;
}

/** Index of the relative pronoun right before the speaker phrase starting at `speakerStart`, or -1. */
function relativePronounBefore(tokens: Token[], speakerStart: number): number {
  const k = beforeSpeaker(tokens, speakerStart);
  const before = tokens[k - 1]?.text ?? '';
  if (k < 0 || !RELATIVE.test(tokens[k]!.text) || ASKING.test(before)) return -1;
  // After a preposition "which" belongs to it, not to what was said ("the lawsuit in which Democrats
  // argued that …", "To which she said, …"); "what" is still the content's ("amounting to what the
  // senators said was gerrymandering").
  if (isPreposition(before) && !/^what$/iu.test(tokens[k]!.text)) return -1;
  return k;
}

/** Opens `q` at a relative pronoun right before its speaker, the attribution becoming a gap. Only
 *  for a content that follows its cue. */
export function openAtRelativePronoun(text: string, q: QuoteDraft, tokens: Token[], speakerStart: number): void {
  const pronoun = relativePronounBefore(tokens, speakerStart);
  if (pronoun < 0 || !q.cue || q.start < q.cue.end) return;
  // ("a launch that state media said was a success": "that" is a relative pronoun only when what
  // was said lacks a subject, opening with its verb.)
  // (A past form the lexicon does not know is a verb too: "laws that judges said discriminated against …".)
  const first = /^\S+/u.exec(q.text)?.[0] ?? '';
  if (/^that$/iu.test(tokens[pronoun]!.text) && !isFiniteVerb(first) && !isUnlistedPastForm(first)) return;
  // "what the union called “a campaign of lies”": the name quoted is what was said, not "what", and
  // the quotation ends it.
  if (NAMING.test(q.cue.text) && /^[“"‘«']/u.test(q.text)) {
    const close = /[”"’»']/u.exec(q.text.slice(1));
    const end = close ? q.start + close.index + 2 : q.end;
    Object.assign(q, { end, text: text.slice(q.start, end) });
    return;
  }
  const opening = tokens[pronoun]!;
  addGap(text, q, { start: tokens[pronoun + 1]!.start, end: q.start });
  const end = /^what$/iu.test(opening.text) ? freeRelativeEnd(text, q) : q.end;
  Object.assign(q, { start: opening.start, end, text: text.slice(opening.start, end) });
}

/** "what Trump says his plan would do and how experts see it": a free relative is a noun phrase,
 *  ended by a second one joined to it; "what she called a “rant,” a series of posts": after a
 *  naming verb, by the comma closing the name. */
function freeRelativeEnd(text: string, q: QuoteDraft): number {
  const after = text.slice(q.start, q.end);
  const joined = /,?\s+(?:and|or|but)\s+(?:what|how|why|where|when|whether|who)\b/iu.exec(after)?.index ?? -1;
  // The comma may stand inside the closing mark: what she called a “rant,” a series …
  const naming = NAMING.test(q.cue?.text ?? '') ? /[”"’']?,[”"’']?\s/u.exec(after) : null;
  const named = naming ? naming.index + naming[0].trimEnd().length : -1;
  return q.start + Math.min(...[joined, named].filter((n) => n > 0), after.length);
}

const NAMING = /^(call|calls|called|calling|dub|dubs|dubbed|label|labels|labeled|labelled|term|termed|describe|describes|described)$/iu;

/** "The plan, which critics say is unfair, was approved", "The suit, in which Democrats argued
 *  that …, goes to trial": the comma closing a relative clause whose subject is the speaker, or -1. */
export function speakerInRelativeClose(tokens: Token[], cue: number, speakerStart: number): number {
  const at = beforeSpeaker(tokens, speakerStart);
  if (!/^(which|who|that)$/iu.test(tokens[at]?.text ?? '')) return -1;
  const comma = isPreposition(tokens[at - 1]?.text ?? '') && /^(which|whom)$/iu.test(tokens[at]!.text) ? at - 2 : at - 1;
  if (tokens[comma]?.text !== ',') return -1;
  const close = tokens.findIndex((t, n) => n > cue && t.text === ',');
  // "…, which engineers say is unsafe.": the relative clause runs to the sentence's end.
  return close > 0 ? close : /^[.!?]$/u.test(tokens[tokens.length - 1]?.text ?? '') ? tokens.length - 1 : -1;
}
