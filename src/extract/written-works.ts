// What "wrote" reports with a noun phrase for its object. A work that carries a message is what its
// writer said: "wrote an op-ed urging voters to reject the levy", "wrote a letter to the council
// calling the plan a disgrace", "wrote a column on the levy", "wrote a blog post against the mayor",
// "wrote a dissent". A work only named is no speech: "wrote a book about Velmora", "wrote the letter
// on Monday", "wrote his dissertation on river trade", "wrote the introduction for a new book".
import { subjectAndVerbAt } from './clause-openings.js';
import { cueLemma } from './cues.js';
import { isCalendarWord, isFiniteVerb, isVerbForm } from './lexicon.js';
import { isClosingDoubleMark, isOpeningQuoteMark } from './quote-mark-tokens.js';
import type { Token } from './tokens.js';
import { topicVerbLemma } from './topic-verbs.js';
import { isSpeltCount } from './word-classes.js';

/** Works of opinion: what one is about is what its writer argued ("an op-ed on the levy"). */
const OPINION =
  /^(op-?eds?|editorials?|columns?|commentar(y|ies)|opinion|essays?|blogs?|posts?|letters?|memos?|notes?|e-?mails?|messages?|tweets?|petitions?)$/iu;
/** Works of judgement: "an assessment of the ruling", "a critique of the plan". */
const JUDGING = /^(assessments?|analys[ie]s|appraisals?|reviews?|evaluations?|verdicts?)$/iu;
/** Works whose name is their message: a stance ("wrote a dissent", "an apology"), the writer's own
 *  account ("a memoir of her years in office"), or what the writer would have done ("wrote a bill
 *  that …", "writes the rules of trade"). */
const MESSAGE =
  /^(dissents?|rebuttals?|critiques?|apolog(y|ies)|endorsements?|tributes?|pleas?|appeals?|protests?|complaints?|denunciations?|memoirs?|autobiograph(y|ies)|accounts?|bills?|legislation|amendments?|rules|resolutions?|ordinances?)$/iu;
/** Words after a work's name: a preposition or a relative word. */
const ENDS_NAME = /^(against|in|on|about|regarding|over|for|to|of|from|by|with|at|into|after|before|during|that|which|who|where|when)$/iu;
/** What opens an object, not a clause: a determiner, a possessive, a count ("wrote two letters"). */
const OPENS_OBJECT = /^(a|an|the|his|her|their|its|our|my|this|these|those|several|many|\p{N}[\p{N},.]*)$/iu;

/** Whether the words from token `from` to the one before `to`, after "wrote", are a work named only:
 *  an object noun phrase (no clause of its own, no quoted words) that tells no message. */
export function workNamedOnly(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from]?.text ?? '';
  if (!(OPENS_OBJECT.test(first) || isSpeltCount(first)) || subjectAndVerbAt(tokens, from, true)) return false;
  const words = tokens.slice(from, to);
  // Quoted words, or a clause after "that" ("wrote the newspaper that the team …", not "a book that inspired …").
  if (
    words.some(
      (t, n) => isOpeningQuoteMark(t.text) || isClosingDoubleMark(t.text) || (/^that$/iu.test(t.text) && !isVerbForm(tokens[from + n + 1]?.text ?? '')),
    )
  )
    return false;
  // The work's name: the words before its first preposition, relative word, comma or participle
  // after a noun ("a scathing dissent", "an op-ed | urging …").
  let head = from;
  const endsName = (w: string) => !/^[\p{L}\p{N}]/u.test(w) || ENDS_NAME.test(w) || (head > from && /\p{Ll}ing$/u.test(w));
  while (head + 1 < to && !endsName(tokens[head + 1]!.text)) head++;
  const named = tokens.slice(from, head + 1).map((t) => t.text.toLowerCase());
  if (MESSAGE.test(named.at(-1)!)) return false;
  const next = (tokens[head + 1]?.text ?? '').toLowerCase();
  // "a blog post against the mayor", "a letter in support of the levy": a stance taken.
  if (next === 'against' || (next === 'in' && /^(support|favou?r|defen[cs]e)$/iu.test(tokens[head + 2]?.text ?? ''))) return false;
  // "an op-ed on the levy", "an opinion piece about the strike" (not "the letter on Monday"): what the work argued.
  // ("an assessment of the ruling": what a work of judgement judges.)
  const topic = named.some((w) => OPINION.test(w)) ? /^(on|about|regarding|over)$/u : named.some((w) => JUDGING.test(w)) ? /^(of|on|about)$/u : null;
  if (topic?.test(next) && !isCalendarWord(tokens[head + 2]?.text ?? '')) return false;
  // "an op-ed urging voters to …", "a letter to the council calling the plan …", "a column that mocked
  // the mayor": a verb of speech on the work tells what it said.
  for (let k = head + 1; k < to && tokens[k]!.text !== ','; k++) {
    const w = tokens[k]!.text;
    const speech = !!cueLemma(w) || !!topicVerbLemma(w);
    if (speech && (/ing$/u.test(w) || (/^(that|which)$/iu.test(tokens[k - 1]!.text) && (isFiniteVerb(w) || /ed$/u.test(w))))) return false;
  }
  return true;
}
