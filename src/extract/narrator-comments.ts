// The narrator's words on what was said, after a comma: what the speaker did not say (", without giving
// details"), when (", a day after …"), doubt (", a figure police did not confirm"), the occasion
// (", in a statement") and a trailing attribution (", a foreign ministry spokeswoman said", ", said Ann Roe").
import { cueLemma, LISTENER_VERBS } from './cues.js';
import { finiteCue } from './clause-openings.js';
import { isFiniteVerb, tagsOf } from './lexicon.js';
import { onlyVenueAfter } from './speech-venues.js';
import { type Token, wordAt } from './tokens.js';
import { isSpeltCount } from './word-classes.js';

// Cues that close a clause as its attribution ("…, the minister said on Monday").
const TRAILING_CUES = new Set(
  'say tell add write note report explain state announce warn stress insist argue claim confirm comment tweet reply respond emphasize emphasise acknowledge admit concede remark caution predict underline reiterate'.split(
    ' ',
  ),
);

/** A speaker and a closing cue from `k` ("a foreign ministry spokeswoman said", "Commission
 *  President Ursula von der Leyen said"), with only where, when or to whom after the cue up to the
 *  next comma or the sentence end. */
export function trailingAttributionAt(tokens: Token[], k: number): boolean {
  const first = tokens[k]?.text ?? '';
  const subject =
    /^\p{Lu}/u.test(first) ||
    /^(the|a|an|his|her|its|their|one|two|three|several|some|many|he|she|they|it|we|i)$/iu.test(first) ||
    (/^\p{Ll}+s$/u.test(first) && tagsOf(first).includes('Plural'));
  if (!subject) return false;
  // ("…, the Minister of Labour and Employment, Dr. Chris Ngige, has said": a description, the name, "has".)
  for (let c = k; c < Math.min(tokens.length, k + 16); c++) {
    const w = tokens[c]!.text;
    if (c > k && finiteCue(tokens, c) && TRAILING_CUES.has(cueLemma(w)!)) return onlyVenueAfter(tokens, c + 1);
    const perfect = /^(has|have)$/iu.test(w) && TRAILING_CUES.has(cueLemma(tokens[c + 1]?.text ?? '') ?? '');
    if (/^(who|whom|whose|which|that|when|where|if|because|as|while|but|[;:“"”(])$/iu.test(w) || (c > k && isFiniteVerb(w) && !perfect)) return false;
  }
  return false;
}

/** A closing cue before its speaker from `k` (", said Ann Roe.", ", reported the Velmora Herald.",
 *  ", said an official who was briefed on the talks."): a name or a determined noun phrase after the
 *  cue, then the sentence's end, or a comma or a relative pronoun opening what is said of the speaker,
 *  no verb before it (", said the plan would fail" reports a clause of its own; after "told" the one
 *  told stands: ", told the Velmora Herald"). */
export function invertedAttributionAt(tokens: Token[], k: number): boolean {
  const lemma = cueLemma(tokens[k]?.text ?? '');
  if (!finiteCue(tokens, k) || !TRAILING_CUES.has(lemma!) || LISTENER_VERBS.has(lemma!)) return false;
  const first = tokens[k + 1]?.text ?? '';
  if (!/^\p{Lu}/u.test(first) && !/^(the|a|an|one|two|three|several|some|another)$/u.test(first)) return false;
  for (let n = k + 2; n < k + 10; n++) {
    const w = tokens[n]?.text ?? '.';
    if (/^[.!?]$/u.test(w) || w === ',' || /^(who|whom|whose|which)$/iu.test(w)) return true;
    if (isFiniteVerb(w) || !/^[\p{L}\p{N}.’'-]+$/u.test(w)) return false;
  }
  return false;
}

/** ", without giving details", ", without elaborating": what the speaker did not say. ", a day after
 *  …", ", hours before …": when. ", a figure police did not confirm": the narrator's doubt. */
export function narratorsCommentAt(tokens: Token[], k: number): boolean {
  const w = (n: number) => wordAt(tokens, k + n);
  if (w(0) === 'without' && WITHHELD.test(w(1))) return true;
  let n = 0;
  while (n < 3 && (/^(a|an|one|several|just|only|shortly|soon|hours?|days?|weeks?|months?|minutes?|\d+)$/u.test(w(n)) || isSpeltCount(w(n)))) n++;
  if (n > 0 && /^(after|before)$/u.test(w(n))) return true;
  if (/^(a|an)$/u.test(w(0)) && REPORTED_FIGURE.test(w(1))) {
    const rest = tokens.slice(k + 2, k + 12).map((t) => t.text.toLowerCase());
    return rest.some((x) => /^(not|denied|denies|disputed|disputes|rejected|rejects|verify|verified|confirm|confirmed|independently)$/u.test(x));
  }
  return false;
}
/** "remarks", "a televised address", "his weekly radio show": up to three words, then a noun of a
 *  speech's occasion. */
export function speechOccasionAt(tokens: Token[], k: number): boolean {
  for (let n = k; n < k + 4 && n < tokens.length; n++) {
    const w = tokens[n]!.text;
    if (SPEECH_OCCASIONS.test(w)) return true;
    if (!/^[\p{L}-]+$/u.test(w) || isFiniteVerb(w)) return false;
  }
  return false;
}
export const SPEECH_OCCASIONS =
  /^(remarks|comments|statement|statements|interview|interviews|speech|address|letter|post|tweet|tweets|video|message|op-ed|column|article|briefing|broadcast|show|podcast|sermon|testimony)$/iu;

const WITHHELD =
  /^(giving|providing|offering|elaborating|citing|specifying|naming|identifying|explaining|disclosing|revealing|presenting|producing|detailing|mentioning|going|further|evidence|details)$/u;
const REPORTED_FIGURE = /^(figure|claim|number|toll|allegation|accusation|charge|assertion|account|tally|estimate)$/u;
