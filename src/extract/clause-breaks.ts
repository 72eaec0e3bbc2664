// Where reported content breaks off with no comma before: a coordinated cue, a semicolon, "and"
// opening another speaker's attribution or, after a phrase, the narrator's next act ("said … and
// resigned"), or a dash before the narrator's comment. A pledge joined to what a report tells stays.
import { cueLemma, INFINITIVE_VERBS } from './cues.js';
import { coordinatedCueAt, relativeSubjectBefore, newAttributionAt, NOT_PARTICIPLE, pastVerbAfter } from './clause-openings.js';
import { isAdverb, isFiniteVerb, tagsOf } from './lexicon.js';
import { afterQuotedName } from './naming-ends.js';
import { otherSideAt } from './paired-attributions.js';
import { summaryAppositionAt } from './summary-appositions.js';
import { openQuotationsIn, type Token } from './tokens.js';

/** A dash no second dash closes, outside quoted words, before what the narrator adds: a noun
 *  phrase on the whole of what was said ("the “suburbs of St. Petersburg” — a metaphor for …", not
 *  "another man - a suspect with a warrant", which names the man), a participle ("… - delaying a
 *  planned end to …") or an adverb of the narrator's ("… ― probably not what Graham had in mind",
 *  "… -- far lower than …"). Paired dashes set off an aside inside the content ("the firm Alstom —
 *  the No. 2 maker — to deliver …"). */
export function dashedCommentAt(tokens: Token[], cue: number, k: number): boolean {
  if (!DASH.test(tokens[k]!.text) || DASH.test(tokens[k - 1]?.text ?? '')) return false;
  const after = DASH.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
  const next = tokens[after]?.text ?? '';
  const comment =
    (/^(a|an)$/iu.test(next) && (!/^[\p{L}\p{N}]/u.test(tokens[k - 1]!.text) || summaryAppositionAt(tokens, after))) ||
    (/^\p{Ll}+ing$/u.test(next) && !NOT_PARTICIPLE.has(next)) ||
    /^(probably|perhaps|possibly|presumably|apparently|arguably|hardly|far|much|not)$/u.test(next);
  if (!comment || tokens.slice(after).some((t) => DASH.test(t.text))) return false;
  return openQuotationsIn(tokens, cue + 1, k) <= 0;
}
const DASH = /^[—–―-]$/u;

/** A break at token `k` that no comma marks: a coordinated cue, a semicolon, "and" opening a new
 *  speaker's attribution, or, after a phrase, "and" with a verb of the narration. */
export function clauseBreakAt(tokens: Token[], cue: number, k: number, phrase: boolean): boolean {
  const w = tokens[k]!.text;
  // ("said the state would call the manager, who has pleaded guilty and agreed to testify": a verb
  // joined inside a relative clause goes on with it, not with the narration.)
  // (Read back only where "and" or a cue makes it matter: this runs for every word of a content.)
  const inRelative = () => relativeSubjectBefore(tokens, cue + 1, k) >= 0;
  if (
    (coordinatedCueAt(tokens, k) && !inRelative() && !reportedPledgeAt(tokens, cue, k)) ||
    w === ';' ||
    afterQuotedName(tokens, cue, k) ||
    otherSideAt(tokens, cue, k)
  )
    return true;
  // "… and Democrats accused the GOP …", "… — and he noted that …": a new speaker's cue.
  const dash = DASH.test(w) ? 1 : 0;
  // ("said that Tehran and Moscow had agreed …": before the clause has a verb, "and" joins its subject.)
  // (Read back only at "and" or "but", as `inRelative`.)
  const subjectOnly = () => !phrase && !tokens.slice(cue + 1, k).some((t) => isFiniteVerb(t.text));
  // ("said the company and the union had agreed a deal": a speaker noun joins the subject until the clause has its verb.)
  const joinsSubject = () => /^\p{Ll}/u.test(tokens[k + dash + 1]?.text ?? '') && !tokens.slice(cue + 1, k).some((t) => isFiniteVerb(t.text));
  if (
    /^(and|but)$/iu.test(tokens[k + dash]?.text ?? '') &&
    (dash || k > cue + 1) &&
    !subjectOnly() &&
    newAttributionAt(tokens, k + dash + 1) &&
    !joinsSubject()
  )
    return true;
  // ("said his client had no record and had cooperated …", "said the firm had recalled it but was
  // still testing …": after a clause, a tense shifted back or "was" goes on with its subject.)
  // (Read back only at "and" or "but", as `inRelative`.)
  const shifted = () => /^(had|would|could|was|were)$/iu.test(tokens[k + 1]?.text ?? '') && tokens.slice(cue + 2, k).some((t) => isFiniteVerb(t.text));
  // ‘said she was “deeply sorry” and resigned the next day’: after quoted words closing a clause, a
  // past form goes back to the narration, what the speaker did next.
  // (‘… for “years” and passed “hundreds of bills”’: quoted words after the verb go on with the speaker's.)
  const quotedAfter = () => tokens.slice(k + 2, k + 5).some((t) => /^[“"‘«]$/u.test(t.text));
  if (w === 'and' && /^[”"]$/u.test(tokens[k - 1]!.text) && pastVerbAfter(tokens, k + 1) && !shifted() && !quotedAfter() && !inRelative() && !subjectOnly())
    return true;
  // ("said the statement all but guaranteed a cut": "all but" is "almost", no conjunction.)
  return (
    phrase &&
    (w === 'and' || (/^but$/iu.test(w) && !/^all$/iu.test(tokens[k - 1]!.text))) &&
    pastVerbAfter(tokens, k + 1, !pastVerbOfItsOwn(tokens, cue, k)) &&
    !shifted() &&
    !quotedPredicateAt(tokens, cue, k + 1) &&
    !inRelative()
  );
}

/** "State media reported that Kim had watched the launch and vowed to …": what a report tells is
 *  what someone did, and a pledge or an appeal joined to it is the reported person's, not the
 *  reporter's. */
export function reportedPledgeAt(tokens: Token[], cue: number, k: number): boolean {
  if (cueLemma(tokens[cue]!.text) !== 'report' || !/^that$/iu.test(tokens[cue + 1]?.text ?? '')) return false;
  let n = k + 1;
  while (n < k + 3 && (isAdverb(tokens[n]!.text) || /^(also|then|later|had)$/iu.test(tokens[n]!.text))) n++;
  return INFINITIVE_VERBS.has(cueLemma(tokens[n]?.text ?? '') ?? '') && tokens.slice(cue + 2, k).some((t) => isFiniteVerb(t.text));
}

/** "said the pipeline would create “jobs” and was “safer than any other”": after a clause, a verb
 *  with quoted words right after it is a predicate the speaker goes on with, not the narrator's next act. */
function quotedPredicateAt(tokens: Token[], cue: number, k: number): boolean {
  return tokens.slice(cue + 2, k).some((t) => isFiniteVerb(t.text)) && tokens.slice(k + 1, k + 4).some((t) => /^[“"‘«]$/u.test(t.text));
}

/** Whether the words from the cue to `k` hold a past form of their own ("said Judge Olga Lavrentyeva
 *  ordered …", not "to be fired"): a verb an unknown past form after "and" may go on with. */
const pastVerbOfItsOwn = (tokens: Token[], cue: number, k: number) =>
  tokens.some((t, n) => n > cue && n < k && tagsOf(t.text).includes('PastTense') && !BEFORE_PARTICIPLE.test(tokens[n - 1]!.text));
const BEFORE_PARTICIPLE = /^(to|be|been|being|was|were|is|are|had|has|have|get|got)$/iu;
