// Speech inside a relative clause: "the plan, which critics say is unfair", "what the senators said
// was gerrymandering", "the tax, which Ann Holt says will raise $2 billion". The pronoun is the
// subject or object of what was said, so the content opens at it, and the speaker and cue between
// are an interruption, as in "The plan, she said, will fail".
import { addGap, type QuoteDraft } from './quote-draft.js';
import { isClosedClassWord, isFiniteAuxiliary, isFiniteVerb, isPreposition, isUnlistedPastForm } from './lexicon.js';
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

// Determiners opening the noun a relative clause without a pronoun follows.
const DETERMINER = /^(the|a|an|this|these|those|his|her|their|its|our|my|your|one|another)$/iu;

// Closed-class words inside such a noun phrase ("the only regret", "the same resolve").
const MODIFIERS = /^(only|same|very|first|last|other|next|main|real)$/iu;

/** The index of the determiner opening a noun phrase of a few lower-case words ending right before
 *  the speaker phrase ("the only regret", "a probe"), or -1. */
function antecedentBefore(tokens: Token[], speakerStart: number): number {
  const k = indexBeforeName(tokens, speakerStart);
  const head = tokens[k]?.text ?? '';
  // The head is a noun: a lower-case word of no closed class and no verb form.
  if (k < 1 || !/^\p{Ll}[\p{L}-]*$/u.test(head) || isClosedClassWord(head) || isFiniteVerb(head) || isUnlistedPastForm(head)) return -1;
  for (let n = k - 1; n >= Math.max(0, k - 4); n--) {
    const word = tokens[n]!.text;
    if (DETERMINER.test(word)) return n;
    if (!/^\p{Ll}[\p{L}-]*$/u.test(word) || (isClosedClassWord(word) && !MODIFIERS.test(word)) || isFiniteVerb(word)) return -1;
  }
  return -1;
}

/** "The only regret she admitted was the fare rise", "a probe the board said was under way": a
 *  relative clause without a pronoun, its speaker right after the noun it describes, and what was
 *  said opening with an auxiliary: the noun phrase is the subject of what was said, so the content opens
 *  at it, the speaker and cue between being an interruption. Only for a content that follows its cue
 *  and has no relative pronoun before its speaker. */
export function openAtAntecedent(text: string, q: QuoteDraft, tokens: Token[], speakerStart: number): void {
  if (!q.cue || q.start < q.cue.end || relativePronounBefore(tokens, speakerStart) >= 0) return;
  // (Only an auxiliary or modal: a noun that is a verb form too, "… Velmora Books announced plans to
  // publish", opens no clause without a subject.)
  const first = /^\S+/u.exec(q.text)?.[0] ?? '';
  if (!isFiniteAuxiliary(first) && first !== 'cannot') return;
  const opening = antecedentBefore(tokens, speakerStart);
  if (opening < 0) return;
  const start = tokens[opening]!.start;
  addGap(text, q, { start: tokens[indexBeforeName(tokens, speakerStart) + 1]!.start, end: q.start });
  Object.assign(q, { start, text: text.slice(start, q.end) });
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
