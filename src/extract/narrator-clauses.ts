// Clauses after a content that tell the narrator's own events, by their tense: "said the deal was
// fair after talks ran late" (a state said, then what happened before the saying), "said that money
// could be used for research and President Obama expanded the number" (what would be, then what
// was done). A speaker's clause keeps the tense of what was said ("said he resigned after the
// scandal broke", "said sales fell and profits rose").
import {
  isCopula,
  isFiniteAuxiliary,
  isAdverb,
  isAndOrBut,
  isFiniteVerb,
  isFunctionWord,
  isVerbForm,
  isModal,
  isPastFormReadAsAdjective,
  tagsOf,
} from './lexicon.js';
import { subjectAndVerbAt } from './clause-openings.js';
import type { Token } from './tokens.js';
import { isThatWhetherOrIf } from './word-classes.js';

/** A lexical verb in the simple past: "ran", "expanded" (no auxiliary: "was", "had", "did"). */
const simplePast = (w: string) => /^\p{Ll}/u.test(w) && !isFiniteAuxiliary(w) && (tagsOf(w).includes('PastTense') || isPastFormReadAsAdjective(w));

/** The simple past verb of a clause with a subject of its own at `k` ("talks ran late", "President
 *  Obama expanded", "his campaign released"), not "I" or "we" (the speaker's own voice): its index, or -1. */
function pastClauseVerb(tokens: Token[], k: number): number {
  const first = tokens[k]?.text ?? '';
  if (/^(he|she|they)$/iu.test(first)) return simplePast(tokens[k + 1]?.text ?? '') ? k + 1 : -1;
  const subject = SUBJECT_OPENER.test(first) || (/^\p{Lu}/u.test(first) && !isFunctionWord(first)) || tagsOf(first).includes('Plural');
  if (!subject) return -1;
  for (let n = k + 1; n <= k + 4 && n < tokens.length; n++) {
    const w = tokens[n]!.text;
    // ("the answers weren't researched", "his doctors have told him": an auxiliary makes no simple past.)
    if (!/^[\p{L}’'-]+$/u.test(w) || isFiniteAuxiliary(w) || /n[’']t$/iu.test(w)) return -1;
    if (isVerbForm(w)) return simplePast(w) && verbAfterNoun(tokens, n) ? n : -1;
  }
  return -1;
}

/** A verb at `n` right after its subject's noun: not a word after a possessive, a determiner, a
 *  preposition or an adverb ("Schilling's repeated offenses", "the armed occupants", "an army of
 *  paid workers", "sometimes called"), nor a participle before its agent or aim ("an effort
 *  supported by Obama", "clips aimed at …"). */
function verbAfterNoun(tokens: Token[], n: number): boolean {
  const before = tokens[n - 1]!.text;
  return (
    !/^(by|at)$/iu.test(tokens[n + 1]?.text ?? '') &&
    !/['’]s?$/u.test(before) &&
    (/^\p{Lu}/u.test(before) || (!isFunctionWord(before) && !isAdverb(before) && !SUBJECT_OPENER.test(before)))
  );
}
const SUBJECT_OPENER = /^(the|a|an|his|her|their|its)$/iu;

/** The first finite verb of the content after `from` (from ≥ 0) up to `to`, or -1. */
function contentVerb(tokens: Token[], from: number, to: number): number {
  for (let n = from + 1; n < to && n < tokens.length; n++) if (isVerbForm(tokens[n]!.text) && !isThatWhetherOrIf(tokens[n - 1]!.text)) return n;
  return -1;
}

const AFTER = /^after$/iu;

/** "… said the deal was fair after talks ran late": at "after" (token `k`), a clause in the simple
 *  past after a content that only says how something is ("was fair", "were pleased with it"), or any
 *  clause with a subject after a phrase ("appealing for witnesses after a man was stabbed"), is when
 *  the narrator's event took place, not part of what was said. */
export function narratorsAfterClauseAt(tokens: Token[], cue: number, k: number): boolean {
  if (!AFTER.test(tokens[k]!.text)) return false;
  const verb = contentVerb(tokens, cue + 1, k);
  // "Police are appealing for witnesses after a man was stabbed", "called for calm after the
  // verdict was read": after a phrase with no verb, what happened before the appeal is the narrator's.
  if (verb < 0 && k > cue + 1 && subjectAndVerbAt(tokens, k + 1)) return true;
  if (pastClauseVerb(tokens, k + 1) < 0) return false;
  if (verb < 0 || !isCopula(tokens[verb]!.text)) return false;
  let n = verb + 1;
  while (n < k && (isAdverb(tokens[n]!.text) || /^(not|so|very|still)$/iu.test(tokens[n]!.text))) n++;
  if (!stateWord(tokens[n]?.text ?? '')) return false;
  // ("was needed to meet targets after …": a verb after the state goes on with what was said.)
  const rest = tokens.slice(n + 1, tokens[k - 1]!.text === ',' ? k - 1 : k);
  return rest.length <= 6 && rest.every((t) => /^\p{L}/u.test(t.text) && !/^to$/iu.test(t.text) && !isFiniteVerb(t.text));
}

/** A word for a state after a copula: "fair", "pleased", "confident" (not a participle: "was arrested"). */
const stateWord = (w: string) => {
  const tags = tagsOf(w);
  return /^\p{Ll}{3,}$/u.test(w) && !/ing$/u.test(w) && !isFiniteVerb(w) && (tags.includes('Adjective') || (tags.length === 0 && !/ed$/u.test(w)));
};

/** "…could be used for research and President Obama expanded the number": at "and" or "but" (token
 *  `k`), a clause with a subject of its own in the simple past after a content with a modal or in the
 *  pluperfect ("had built") is the narrator's next event. (After the present, "has no plans …, and a
 *  compromise stalled", news annotation keeps it with what was said.) */
export function narratorsNextClauseAt(tokens: Token[], cue: number, k: number): boolean {
  if (!isAndOrBut(tokens[k]!.text) || pastClauseVerb(tokens, k + 1) < 0) return false;
  const verb = contentVerb(tokens, cue + 1, k);
  if (verb < 0) return false;
  const w = tokens[verb]!.text;
  return isModal(w) || (/^had$/iu.test(w) && isVerbForm(tokens[verb + 1]?.text ?? ''));
}
