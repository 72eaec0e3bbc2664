// Where the content of reported speech begins after its cue: past "that" and the adverbials before
// it ("said on Thursday that"), past a listener ("told reporters"), a time or venue ("said on Tuesday
// it would …"), an aside set off by commas or dashes ("said, however, that …"), or a colon ("said only: …").
import { appealsThrough, particleAfter } from './phrasal-cues.js';
import { whenOrWhereWord } from './cues.js';
import { isFiniteVerb, tagsOf, finiteVerbWithin } from './lexicon.js';
import { VENUE_PARTICIPLES } from './speech-venues.js';
import { isPlainWord, type Token, isLowerCaseWord } from './tokens.js';
import { quotationAfterLeadIn } from './lead-in-quotations.js';
import { complementizerStart } from './complementizers.js';
import { startPastListener } from './listener-ends.js';
import { dashAt } from './cue-asides.js';
import { adverbialsBeforeThat } from './adverbials-before-that.js';
import { openingAsHolding } from './opening-subordinators.js';

/** Sentence adverbs a writer sets off by commas inside a clause. */
const INTERJECTED = /^(however|though|moreover|furthermore|nonetheless|nevertheless|meanwhile|instead|too|also|again|still|therefore|indeed)$/iu;

/** How many tokens an aside set off by commas or dashes after the token at `k` takes, marks included,
 *  or 0: an adverb ("said, however, that …") or, before "that", how, where or when it was said ("said,
 *  in an interview on Friday, that …") or who said it too ("warned, as did the bank, that …"). */
export function asideAfter(tokens: Token[], cue: number): number {
  // ("said Monday, in a letter, that …": past when or where it was said, before the aside.)
  let k = cue;
  while (k < cue + 4 && tokens[k + 1]?.text !== ',' && /^\p{L}/u.test(tokens[k + 1]?.text ?? '') && whenOrWhereWord(tokens[k + 1]!.text)) k++;
  const aside = asideFrom(tokens, k);
  return aside && aside + k - cue;
}

/** The aside set off by commas or dashes right after the token at `k`, as asideAfter counts it. */
function asideFrom(tokens: Token[], k: number): number {
  const comma = tokens[k + 1]?.text === ',';
  if (!comma && !dashAt(tokens, k + 1)) return 0;
  if (comma && INTERJECTED.test(tokens[k + 2]?.text ?? '') && tokens[k + 3]?.text === ',') return 3;
  let open = k + 1;
  while (!comma && dashAt(tokens, open + 1)) open++;
  // "said, per a translator, that …", "said, twice, that …", "said — on Twitter, as it happens — that …":
  // before "that", a short aside of plain words is how, where or when it was said; a clause in it only
  // after a word subordinating it ("warned, as it had in May, that …", "said, as did the bank, that …").
  let subordinate = false;
  for (let n = open + 1; n < tokens.length && n <= open + 10; n++) {
    const w = tokens[n]!.text;
    if (comma ? w === ',' : dashAt(tokens, n)) {
      let close = n;
      while (!comma && dashAt(tokens, close + 1)) close++;
      return n > open + 1 && /^that$/iu.test(tokens[close + 1]?.text ?? '') ? close - k : 0;
    }
    if (!comma && w === ',') continue;
    if (!isPlainWord(w) || (isFiniteVerb(w) && !VENUE_PARTICIPLES.test(w) && !subordinate)) return 0;
    subordinate ||= SUBORDINATORS.test(w);
  }
  return 0;
}
const SUBORDINATORS = /^(as|where|when|while|after|before|because|since|once|until)$/iu;

/** Where the content begins after the cue (`from`: past "that", a listener ("told reporters"), a colon),
 *  and the token its end is searched from (`past`): the last of an aside set off by commas or of an
 *  adverbial holding commas before "that" ("said on Velmora Radio, where he is a guest, that …"), else the cue. */
export function contentOpening(tokens: Token[], cue: number, lemma: string): { from: number; past: number } {
  // "As she pointed out, …": what was said opens past the particle (its end is searched from the cue, as for "noted").
  if (particleAfter(tokens, cue)) {
    const opened = contentOpening(tokens, cue + 1, lemma);
    return { from: opened.from, past: opened.past === cue + 1 ? cue : opened.past };
  }
  // "admitted, however, that …": an aside set off by commas stands between.
  const aside = asideAfter(tokens, cue);
  if (aside) return { from: contentStart(tokens, cue + aside, lemma), past: cue + aside };
  // "said in one of a series of posts that …": so does a longer adverbial.
  const adverbial = adverbialsBeforeThat(tokens, cue);
  const from =
    setPhraseStart(tokens, cue, lemma) ??
    complementizerStart(tokens, cue + 1) ??
    (adverbial ? contentStart(tokens, cue + adverbial, lemma) : startPastListener(tokens, cue + 1, lemma));
  const commas = tokens.slice(cue + 1, cue + adverbial + 1).some((t) => t.text === ',');
  return { from, past: commas ? cue + adverbial : cue };
}

const contentStart = (tokens: Token[], cue: number, lemma: string) => contentOpening(tokens, cue, lemma).from;

/** The comma closing "As X said …," opening the sentence, after which the main clause is what was
 *  said ("As the minister said on Monday, the plan will fail"), or -1. */
export function asPhraseComma(tokens: Token[], cue: number): number {
  // (Not "As the crowd began to chant, …": an infinitive reports nothing said.)
  // ("But as she noted, …", "Of course, as she noted, …": after a conjunction or a short adverbial too.)
  // (Not "On Tuesday, as the markets fell, Pike wrote …": the cue stands after the as-clause closed.)
  if (openingAsHolding(tokens, cue) < 0 || /^to$/iu.test(tokens[cue - 1]?.text ?? '')) return -1;
  const comma = tokens.findIndex((t, n) => n > cue && t.text === ',');
  if (comma < 0 || comma - cue > 8 || finiteVerbWithin(tokens, cue + 1, comma)) return -1;
  // Only when, where or how it was said stands before the comma ("As she noted in her column, …"),
  // not an object ("As Cruz lamented illegal immigration, Clinton …": the main clause is the narrator's).
  const next = tokens[cue + 1]!.text;
  return comma === cue + 1 || whenOrWhereWord(next) || /^(it|out|above|then|so|here|just|\p{Ll}+ly)$/iu.test(next) ? comma : -1;
}

/** Where the content begins after a cue in a set phrase: "As the minister said on Monday, …",
 *  "said only: …", "expressed hope that …", "called for …", "said, going on to …"; or null. */
function setPhraseStart(tokens: Token[], cue: number, lemma: string): number | null {
  const k = cue + 1;
  // "As the minister said on Monday, the plan will fail": after "As X said …," the main clause is what was said.
  const comma = asPhraseComma(tokens, cue);
  if (comma > 0) return tokens[comma + 1]?.start ?? tokens[comma]!.end;
  // "said only: “…”", "said simply: …": what follows the colon.
  if (/^(only|simply|merely|just|tersely|flatly)$/iu.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ':')
    return tokens[k + 2]?.start ?? tokens[k + 1]!.end;
  // "expressed hope that …", "voiced concern that …": the clause is what was said.
  if (
    /^(hope|concern|confidence|regret|optimism|belief|fear|fears|satisfaction|doubt|doubts)$/iu.test(tokens[k]?.text ?? '') &&
    /^that$/iu.test(tokens[k + 1]?.text ?? '')
  )
    return tokens[k + 1]!.start;
  // "expressed alarm that …", "voiced similar doubts that …": after a verb of expressing, the
  // feeling named, with a word or two before it, is the cue's; the clause is what was said.
  const felt = EXPRESSING.has(lemma) ? feelingThat(tokens, k) : -1;
  if (felt > 0) return tokens[felt]!.start;
  // "put it to him that …": the clause after the one it was put to.
  if (lemma === 'put to') {
    const that = tokens.findIndex((t, n) => n > k && /^that$/iu.test(t.text));
    if (that > 0) return tokens[that]!.start;
  }
  // "called for a moratorium", "called on Congress to act": what is called for is the content.
  if (appealsThrough(lemma, tokens[k]?.text ?? '')) return tokens[k + 1]?.start ?? tokens[k]!.end;
  // "replied evenly, “…”", "asked the crowd, “…”": the quotation after how or to whom it was said.
  const quotation = quotationAfterLeadIn(tokens, k, lemma);
  if (quotation > 0) return tokens[quotation]!.start;
  // "Sanders said, going on to contrast …": a participle after the comma continues the narration.
  if (tokens[k]?.text === ',' && /^\p{Ll}+ing$/u.test(tokens[k + 1]?.text ?? '')) return tokens[tokens.length - 1]!.end;
  return null;
}

/** Verbs that express a feeling named after them. */
const EXPRESSING = new Set(['express', 'voice']);

/** The index of "that" after a noun phrase of up to three plain words from `k` ("alarm", "similar
 *  doubts", "their deep unease") opening a clause, not a relative one ("the concerns that were
 *  raised"), or -1. */
function feelingThat(tokens: Token[], k: number): number {
  for (let n = k; n <= k + 3 && n < tokens.length; n++) {
    const w = tokens[n]!.text;
    if (n > k && /^that$/iu.test(w)) return isFiniteVerb(tokens[n + 1]?.text ?? '') ? -1 : n;
    // (The noun may look like a verb in -s: "doubts that", "fears that".)
    const nounInS = /^that$/iu.test(tokens[n + 1]?.text ?? '') && !tagsOf(w).includes('PastTense');
    if (!isLowerCaseWord(w) || (isFiniteVerb(w) && !nounInS)) return -1;
  }
  return -1;
}
