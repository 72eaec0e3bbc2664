// Where the content of reported speech ends: at the sentence end, or before what the narrator goes
// on with (a coordinated cue, a new attribution, a clause of its own, a comment on what was said),
// a trailing attribution (", the source added", ", according to X") or a semicolon.
import { cueLemma, INFINITIVE_VERBS } from './cues.js';
import {
  coordinatedCueAt,
  finiteCue,
  relativeSubjectBefore,
  namedClauseAt,
  newAttributionAt,
  NOT_PARTICIPLE,
  pastVerbAfter,
  subjectAndVerbAt,
} from './clause-openings.js';
import { isAdverb, isClosedClassWord, isFiniteVerb, isFunctionWord, isVerbForm, tagsOf } from './lexicon.js';
import { onlyVenueAfter, PREPOSITIONS } from './speech-venues.js';
import { afterQuotedName, asideBeforeQuotedName } from './naming-ends.js';
import { narratorsAfterClauseAt, narratorsNextClauseAt } from './narrator-clauses.js';
import { otherSideAt } from './paired-attributions.js';
import { quotationAloneClose } from './quotation-narration.js';
import { presentRelativeAt } from './relative-clause-ends.js';
import { ARTICLES, PRONOUNS } from './speaker-words.js';
import { summaryAppositionAt } from './summary-appositions.js';
import { subjectVerbAfterParticiple } from './participle-subjects.js';
import { trailingEvidenceAt } from './trailing-evidence.js';
import { type Token, wordsOf } from './tokens.js';
import { asPhraseComma } from './content-start.js';

/** The content of the cue at `cue` ends at the sentence end, or before a coordinated cue, a
 *  trailing attribution (", the source added", ", according to X") or a semicolon. */
export function contentEnd(tokens: Token[], cue: number, sentenceEnd: number, clause = false): number {
  // Without "that" the content is a phrase ("asked Clinton about her emails"), and "and decided …"
  // goes back to the narration.
  // With a subject of its own ("said he rated … and talked …"), or before an attribution set off
  // by commas (`clause`: "The ruling, he said, was …"), the content is a clause.
  const phrase = !clause && !/^(that|he|she|they|it|we|i|there)$/iu.test(tokens[cue + 1]?.text ?? '');
  // "told reporters at a news conference that … and killed …": "that" after a listener or a venue
  // opens a clause too, whose verbs "and" may join.
  const joinsVerbs = phrase && !thatAfterListener(tokens, cue);
  // "While aides said his role is …, Mr. Obama is also determined …": a cue inside an opening
  // subordinate clause reports up to the main clause.
  // "Despite admitting that …, the mayor kept …": so does a participle cue after an opening preposition.
  const subordinate =
    /^(while|although|though|as|because|since|whereas|even|when|once|if|until|unless)$/iu.test(tokens[0]?.text ?? '') ||
    (cue === 1 && /^(despite|after|before|upon|by|in|when|while)$/iu.test(tokens[0]!.text) && /ing$/u.test(tokens[cue]!.text)) ||
    // "After the mayor said the plan had failed, councillors voted …": so does a cue in an opening
    // "after" or "before" clause (not one after "After the vote, she said …").
    (/^(after|before)$/iu.test(tokens[0]?.text ?? '') && !tokens.slice(1, cue).some((t) => /^[,;:]$/u.test(t.text)));
  const quotationClose = quotationAloneClose(tokens, cue);
  if (quotationClose > 0) return tokens[quotationClose]!.end;
  // "A petition calling for the library to be saved has gathered …": up to the subject's own verb.
  const subjectVerb = subjectVerbAfterParticiple(tokens, cue);
  if (subjectVerb > 0) return tokens[subjectVerb]!.start;
  // "As the paper noted, he has …": the comma closing "As X said …," opens what was said, whatever its subject.
  const opened = asPhraseComma(tokens, cue);
  for (let k = cue + 1; k < tokens.length; k++) {
    if (clauseBreakAt(tokens, cue, k, joinsVerbs) || dashedCommentAt(tokens, cue, k)) return tokens[k]!.start;
    // "said the deal was fair after talks ran late", "… could be used and President Obama expanded …":
    // the narrator's own event, told in another tense.
    if (narratorsAfterClauseAt(tokens, cue, k) || narratorsNextClauseAt(tokens, cue, k)) return tokens[tokens[k - 1]!.text === ',' ? k - 1 : k]!.start;
    if (tokens[k]!.text === ',' && k !== opened && commaCloses(tokens, cue, k, phrase, subordinate, clause)) return endAtComma(tokens, cue, k);
  }
  return sentenceEnd;
}

/** The content closing at the comma `k` ends before it, or, when quote marks opened in the content
 *  close right after it, after them: `said Taiwan was "a red line," state media reported`. */
function endAtComma(tokens: Token[], cue: number, k: number): number {
  const mark = tokens[k + 1]?.text ?? '';
  const open = tokens.slice(cue + 1, k).reduce((n, t) => (t.text === '“' ? n + 1 : t.text === '”' ? n - 1 : t.text === '"' ? n ^ 1 : n), 0);
  return (mark === '”' || mark === '"') && open > 0 ? tokens[k + 1]!.end : tokens[k]!.start;
}

/** A dash no second dash closes, outside quoted words, before what the narrator adds: a noun
 *  phrase on the whole of what was said ("the “suburbs of St. Petersburg” — a metaphor for …", not
 *  "another man - a suspect with a warrant", which names the man), a participle ("… - delaying a
 *  planned end to …") or an adverb of the narrator's ("… ― probably not what Graham had in mind",
 *  "… -- far lower than …"). Paired dashes set off an aside inside the content ("the firm Alstom —
 *  the No. 2 maker — to deliver …"). */
function dashedCommentAt(tokens: Token[], cue: number, k: number): boolean {
  if (!DASH.test(tokens[k]!.text) || DASH.test(tokens[k - 1]?.text ?? '')) return false;
  const after = DASH.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
  const next = tokens[after]?.text ?? '';
  const comment =
    (/^(a|an)$/iu.test(next) && (!/^[\p{L}\p{N}]/u.test(tokens[k - 1]!.text) || summaryAppositionAt(tokens, after))) ||
    (/^\p{Ll}+ing$/u.test(next) && !NOT_PARTICIPLE.has(next)) ||
    /^(probably|perhaps|possibly|presumably|apparently|arguably|hardly|far|much|not)$/u.test(next);
  if (!comment || tokens.slice(after).some((t) => DASH.test(t.text))) return false;
  return tokens.slice(cue + 1, k).reduce((n, t) => (t.text === '“' ? n + 1 : t.text === '”' ? n - 1 : t.text === '"' ? n ^ 1 : n), 0) <= 0;
}
const DASH = /^[—–―-]$/u;

/** Whether "that" opens the content past a listener, a time or a venue, with no verb before it. */
function thatAfterListener(tokens: Token[], cue: number): boolean {
  for (let k = cue + 1; k <= cue + 12 && k < tokens.length; k++) {
    const w = tokens[k]!.text;
    if (/^that$/iu.test(w)) return k > cue + 1;
    if (isFiniteVerb(w) || /^[,;:“”"]$/u.test(w)) return false;
  }
  return false;
}

/** A break at token `k` that no comma marks: a coordinated cue, a semicolon, "and" opening a new
 *  speaker's attribution, or, after a phrase, "and" with a verb of the narration. */
function clauseBreakAt(tokens: Token[], cue: number, k: number, phrase: boolean): boolean {
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
    pastVerbAfter(tokens, k + 1) &&
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

/** Whether the comma at `k` closes the content. */
function commaCloses(tokens: Token[], cue: number, k: number, phrase: boolean, subordinate: boolean, clause: boolean): boolean {
  // "called the new phone, which is thin, “a breakthrough”": an aside before the quoted name goes on.
  if (asideBeforeQuotedName(tokens, cue, k)) return false;
  // Closing quote marks after the comma belong to the words before: ‘…,” adding that …’.
  let after = k + 1;
  while (/^[”"’']$/u.test(tokens[after]?.text ?? '')) after++;
  const next = tokens[after]?.text.toLowerCase();
  // "…, Ham also noted …", "…, she said, “…”": a new attribution starts a new quote.
  if (newAttributionAt(tokens, after)) return true;
  // "…, and that he had warned colleagues …": a second clause the cue reports ("and that is why"
  // is the narrator's).
  if (secondComplementAt(tokens, after)) return false;
  // "noted that attendance, though improving, remained low": a concession set off inside the
  // subject, the clause's verb after it.
  if (concessionInSubjectAt(tokens, cue, k)) return false;
  // ("When she said that, despite the cuts, services improved, …": not before the content has a verb.)
  // (After "As X said," the main clause is the content.)
  const bareClause =
    subordinate && !/^as$/iu.test(tokens[0]!.text) && bareSubjectAndVerbAt(tokens, after) && tokens.slice(cue + 1, k).some((t) => isVerbForm(t.text));
  return bareClause || clauseOfItsOwnAt(tokens, after, next, phrase, subordinate) || narratorsAdditionAt(tokens, cue, k, after, next, clause);
}

/** "…, fans booed", "…, shares fell 5 per cent": a plural with no determiner and a past form right
 *  after it (two verbs do not stand together, so "shares" is the noun). */
const bareSubjectAndVerbAt = (tokens: Token[], k: number) =>
  /^\p{Ll}{3,}s$/u.test(tokens[k]?.text ?? '') &&
  !isClosedClassWord(tokens[k]!.text) &&
  (tagsOf(tokens[k + 1]?.text ?? '').includes('PastTense') || /^\p{Ll}{3,}ed$/u.test(tokens[k + 1]?.text ?? ''));

/** After a comma, at `after` (its first word `next`), a clause of the narration's own: another
 *  speaker's, one with a subject of its own, a contrast or a concession. */
function clauseOfItsOwnAt(tokens: Token[], after: number, next: string | undefined, phrase: boolean, subordinate: boolean): boolean {
  const joined = next === 'and' || next === 'but';
  // "…, and when pressed, she replied …": a clause with a speech verb of its own.
  if (joined && tokens.some((_, n) => n > after && finiteCue(tokens, n))) return true;
  // "…, and Hillary Clinton is promising …": a clause with a named subject of its own is narration.
  if (joined && namedClauseAt(tokens, after + 1)) return true;
  // (After "As X said …," the main clause is the content: contentStart has begun there.)
  if (
    subordinate &&
    (namedClauseAt(tokens, after) ||
      (PRONOUNS.has((next ?? '').toLowerCase()) && isFiniteVerb(tokens[after + 1]?.text ?? '')) ||
      (!/^as$/iu.test(tokens[0]!.text) && subjectAndVerbAt(tokens, after, true)))
  )
    return true;
  // "agreed to lend him $5 million, and the union also stepped in", "promising lower taxes, but he
  // has also intensified …": after a phrase, a clause with a subject of its own is narration.
  if (phrase && joined && subjectAndVerbAt(tokens, after + 1)) return true;
  // "…, while 73 percent said the same": a contrast with a speech verb of its own.
  // "…, as Eric Garner, gasping on a sidewalk, said before he died": another speaker's attribution.
  // "denied that it sold the data, after a newspaper alleged that …": what led to it is the narrator's.
  if (/^(while|whereas|as|after|when)$/u.test(next ?? '') && tokens.some((_, n) => n > after && n <= after + 14 && finiteCue(tokens, n))) return true;
  // "…, while the interior ministry put the figure at 480,000", "…, while police counted 87,000": another source's figure.
  if ((next === 'while' || next === 'whereas') && tokens.some((t, n) => n > after + 1 && n <= after + 8 && RIVAL_FIGURE.test(t.text))) return true;
  // "…, as he did again during the debate": the narrator's comparison.
  if (
    next === 'as' &&
    PRONOUNS.has((tokens[after + 1]?.text ?? '').toLowerCase()) &&
    /^(did|does|do|has|had|have|was|is|were|are)$/iu.test(tokens[after + 2]?.text ?? '')
  )
    return true;
  // "…, as she sought to regain momentum", "…, as they bristle at …": what the speaker was doing
  // meanwhile, a verb of its own after a pronoun (not "as it would", "as he had", said along with it).
  if (
    next === 'as' &&
    /^(he|she|they|we)$/iu.test(tokens[after + 1]?.text ?? '') &&
    isFiniteVerb(tokens[after + 2]?.text ?? '') &&
    !/^(had|has|have|would|will|could|can|might|may|must|should|was|were|is|are|do|does)$/iu.test(tokens[after + 2]!.text)
  )
    return true;
  // ", although he refused …": a concession belongs to the narration.
  return /^(although|though|whereas)$/u.test(next ?? '');
}

/** After the comma at `k`, at `after` (its first word `next`), what the narrator adds: "according to
 *  X", an aside on a name, a participle, a comment, where it was said, a trailing attribution. */
function narratorsAdditionAt(tokens: Token[], cue: number, k: number, after: number, next: string | undefined, clause: boolean): boolean {
  if (next === 'according' && tokens[after + 1]?.text.toLowerCase() === 'to') return true;
  // "with 50 percent saying she is prepared, compared with the 30 percent who say …": a comparison
  // with what others say is the narrator's (one of amounts alone, "compared with 3 percent a year
  // earlier", stays with what was said).
  if (next === 'compared' && /^(with|to)$/iu.test(tokens[after + 1]?.text ?? '') && tokens.some((_, n) => n > after + 1 && finiteCue(tokens, n))) return true;
  // "41 percent said Mr. Trump would do better, compared with 37 percent for …", "…, up from 30
  // percent in May": after a poll's share, a comparison with other shares is the narrator's.
  if (pollShareBefore(tokens, cue) && (next === 'compared' || ((next === 'up' || next === 'down') && tokens[after + 1]?.text === 'from'))) return true;
  // "…, despite reports that an announcement was imminent": what others said, set against it by the narrator.
  if ((next === 'despite' || next === 'amid') && OTHERS_SAID.test(wordsOf(tokens, after + 1, after + 5))) return true;
  // "…, who is 70." / "…, which forced her to leave early.": a last relative clause after a name
  // is the narrator's aside.
  if ((next === 'who' || next === 'which') && /^\p{Lu}/u.test(tokens[k - 1]!.text) && !tokens.slice(k + 2).some((t) => t.text === ',')) return true;
  if (next === 'which' && narratorsRelativeAt(tokens, cue, after + 1)) return true;
  if (presentRelativeAt(tokens, cue, after)) return true;
  // ", even suggesting that …", ", again claiming …": a participle of speech after an adverb does too.
  if (
    /^(even|also|again|then|later|once|repeatedly)$/u.test(next ?? '') &&
    /^\p{Ll}+ing$/u.test(tokens[after + 1]?.text ?? '') &&
    cueLemma(tokens[after + 1]!.text)
  )
    return true;
  // ", implicitly putting his name on the line": so does any participle after an adverb of manner.
  if (/^\p{Ll}{3,}ly$/u.test(next ?? '') && /^\p{Ll}+ing$/u.test(tokens[after + 1]?.text ?? '') && !NOT_PARTICIPLE.has(tokens[after + 1]!.text)) return true;
  // ", contradicting the police" / ", sending him to …": a participle goes back to the narration;
  // after quoted words in a clause an attribution interrupts ("The staff, he said, were “well
  // paid,” earning …") only a participle of speech ("adding", "citing") does.
  // ("…, ferrying patients at night, but that he cannot …": not before a second clause the cue reports.)
  if (
    /^\p{Ll}+ing$/u.test(next ?? '') &&
    !NOT_PARTICIPLE.has(next!) &&
    !(clause && after > k + 1 && !cueLemma(next!)) &&
    !nounTitleBeforeName(tokens, after) &&
    !secondComplementAfter(tokens, after) &&
    !adjectiveBeforeVerb(tokens, after) &&
    // "can handle invoices, scheduling and customer emails": an item of a list, no participle.
    !(/^(and|or|,)$/iu.test(tokens[after + 1]?.text ?? '') && !cueLemma(next!))
  )
    return true;
  // ", without giving details", ", a day after gunmen attacked …", ", a figure police did not
  // confirm": the narrator's comment on what was said, or when.
  if (narratorsCommentAt(tokens, after) || summaryAppositionAt(tokens, after)) return true;
  // ", in remarks that drew …", ", in a statement carried by IRNA": where it was said closes the content.
  if (next === 'in' && speechOccasionAt(tokens, after + 1)) return true;
  // ", a foreign ministry spokeswoman said, as …", ", the presidency said in a statement.": an
  // attribution after a clause closes it.
  if (k - cue > 4 && trailingAttributionAt(tokens, after)) return true;
  // ", the minutes showed.": the narrator's evidence for the whole sentence.
  if (trailingEvidenceAt(tokens, after)) return true;
  // ", the source added." / ", he said." closing the sentence
  const rest = tokens.slice(k + 1);
  const cueAt = rest.findIndex((t) => cueLemma(t.text));
  return (
    cueAt > 0 && cueAt <= 4 && rest.slice(cueAt + 1).every((t) => !/^\p{L}/u.test(t.text) || PREPOSITIONS.has(t.text.toLowerCase()) || /^\p{Lu}/u.test(t.text))
  );
}

/** Whether the comma at `k` opens a concession set off by commas ("attendance, though improving,
 *  remained …") after a subject without a verb yet, the clause's verb right after its closing comma. */
function concessionInSubjectAt(tokens: Token[], cue: number, k: number): boolean {
  if (!/^(though|although|albeit)$/iu.test(tokens[k + 1]?.text ?? '') || tokens.slice(cue + 1, k).some((t) => isFiniteVerb(t.text))) return false;
  const close = tokens.findIndex((t, n) => n > k + 1 && n <= k + 8 && /^[,;:.]$/u.test(t.text));
  return close > 0 && tokens[close]!.text === ',' && isFiniteVerb(tokens[close + 1]?.text ?? '');
}

/** "…, which the court has put on hold", "…, which she plans to do through a tax rise", "…, which
 *  he said were …": a relative clause from `k` with a subject of its own, in the narrator's present
 *  after a past cue or with a cue of its own, says what the narrator knows of the thing said ("…,
 *  which she was doing when …" keeps the tense of what was said, and goes on with it). */
function narratorsRelativeAt(tokens: Token[], cue: number, k: number): boolean {
  if (!subjectAndVerbAt(tokens, k)) return false;
  const verb = tokens.findIndex((t, n) => n > k && n <= k + 5 && isFiniteVerb(t.text));
  if (verb < 0) return false;
  const present = /^(has|have|is|are|does|do)$/iu.test(tokens[verb]!.text) || tagsOf(tokens[verb]!.text).includes('PresentTense');
  return finiteCue(tokens, verb) || (present && tagsOf(tokens[cue]!.text).includes('PastTense'));
}

/** Whether the cue's subject is a share of those polled: "41 percent", "a third of voters", "62%". */
const pollShareBefore = (tokens: Token[], cue: number) => tokens.slice(Math.max(0, cue - 6), cue).some((t) => /^(percent|per|%)$|%$/iu.test(t.text));

/** Verbs another source gives its own figure by. */
const RIVAL_FIGURE = /^(put|puts|estimated|estimates|counted|counts|tallied|reckoned|numbered|forecast|forecasts|projected)$/u;

/** What others said, as a phrase: "reports that", "growing calls for", "claims by the opposition". */
const OTHERS_SAID = /\b(reports?|claims?|calls?|warnings?|assurances?|accusations?|allegations?|criticism|denials?|speculation|rumou?rs?)\b/iu;

/** "said cheap, existing drugs were …": a word in -ing with a finite verb right after its noun
 *  describes the subject of the clause going on; no participle of the narrator's ("…, saying it was …" is). */
function adjectiveBeforeVerb(tokens: Token[], k: number): boolean {
  // ("…, sending its shares down": a determiner after it opens the participle's object.)
  if (cueLemma(tokens[k]!.text) || ARTICLES.has(tokens[k + 1]?.text.toLowerCase() ?? '')) return false;
  // (The noun right after it may look like a verb: "existing drugs were".)
  for (let n = k + 1; n < k + 4 && tokens[n] && /^[\p{L}\p{N}]/u.test(tokens[n]!.text); n++) if (n > k + 1 && isFiniteVerb(tokens[n]!.text)) return true;
  return false;
}

/** "and that …", "but that …" at `k`: a second clause the cue reports ("and that is why" is the narrator's). */
const secondComplementAt = (tokens: Token[], k: number) =>
  /^(and|but)$/iu.test(tokens[k]?.text ?? '') && /^that$/iu.test(tokens[k + 1]?.text ?? '') && !isFiniteVerb(tokens[k + 2]?.text ?? '');

/** Whether such a second clause follows a comma after `k` in the sentence. */
const secondComplementAfter = (tokens: Token[], k: number) => tokens.some((t, n) => n > k && t.text === ',' && secondComplementAt(tokens, n + 1));

/** "her client, building owner Rick Dale, was …": a noun in -ing opening a title before a name set
 *  off inside the subject, whose verb follows the closing comma; not a participle. */
function nounTitleBeforeName(tokens: Token[], k: number): boolean {
  if (!/^\p{Ll}+$/u.test(tokens[k + 1]?.text ?? '') || isFunctionWord(tokens[k + 1]!.text) || !/^\p{Lu}/u.test(tokens[k + 2]?.text ?? '')) return false;
  const close = tokens.findIndex((t, n) => n > k + 2 && n <= k + 6 && t.text === ',');
  const verb = close + (/^[“"‘«]$/u.test(tokens[close + 1]?.text ?? '') ? 2 : 1);
  return close > 0 && tokens.slice(k + 3, close).every((t) => /^\p{Lu}/u.test(t.text)) && isFiniteVerb(tokens[verb]?.text ?? '');
}

// Cues that close a clause as its attribution ("…, the minister said on Monday").
const TRAILING_CUES = new Set(
  'say tell add write note report explain state announce warn stress insist argue claim confirm comment tweet reply respond emphasize emphasise acknowledge admit concede remark caution predict underline reiterate'.split(
    ' ',
  ),
);

/** A speaker and a closing cue from `k` ("a foreign ministry spokeswoman said", "Commission
 *  President Ursula von der Leyen said"), with only where, when or to whom after the cue up to the
 *  next comma or the sentence end. */
function trailingAttributionAt(tokens: Token[], k: number): boolean {
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

/** ", without giving details", ", without elaborating": what the speaker did not say. ", a day after
 *  …", ", hours before …": when. ", a figure police did not confirm": the narrator's doubt. */
export function narratorsCommentAt(tokens: Token[], k: number): boolean {
  const w = (n: number) => tokens[k + n]?.text.toLowerCase() ?? '';
  if (w(0) === 'without' && WITHHELD.test(w(1))) return true;
  let n = 0;
  while (
    n < 3 &&
    /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|just|only|shortly|soon|hours?|days?|weeks?|months?|minutes?|\d+)$/u.test(w(n))
  )
    n++;
  if (n > 0 && /^(after|before)$/u.test(w(n))) return true;
  if (/^(a|an)$/u.test(w(0)) && REPORTED_FIGURE.test(w(1))) {
    const rest = tokens.slice(k + 2, k + 12).map((t) => t.text.toLowerCase());
    return rest.some((x) => /^(not|denied|denies|disputed|disputes|rejected|rejects|verify|verified|confirm|confirmed|independently)$/u.test(x));
  }
  return false;
}
/** "remarks", "a televised address", "his weekly radio show": up to three words, then a noun of a
 *  speech's occasion. */
function speechOccasionAt(tokens: Token[], k: number): boolean {
  for (let n = k; n < k + 4 && n < tokens.length; n++) {
    const w = tokens[n]!.text;
    if (SPEECH_OCCASIONS.test(w)) return true;
    if (!/^[\p{L}-]+$/u.test(w) || isFiniteVerb(w)) return false;
  }
  return false;
}
const SPEECH_OCCASIONS =
  /^(remarks|comments|statement|statements|interview|interviews|speech|address|letter|post|tweet|tweets|video|message|op-ed|column|article|briefing|broadcast|show|podcast|sermon|testimony)$/iu;

const WITHHELD =
  /^(giving|providing|offering|elaborating|citing|specifying|naming|identifying|explaining|disclosing|revealing|presenting|producing|detailing|mentioning|going|further|evidence|details)$/u;
const REPORTED_FIGURE = /^(figure|claim|number|toll|allegation|accusation|charge|assertion|account|tally|estimate)$/u;
