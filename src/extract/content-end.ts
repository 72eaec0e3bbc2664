// Where the content of reported speech ends: at the sentence end, or before what the narrator goes
// on with (a coordinated cue, a new attribution, a clause of its own, a comment on what was said),
// a trailing attribution (", the source added", ", according to X") or a semicolon. Breaks with no
// comma are in clause-breaks.ts, the narrator's events in another tense in narrator-clauses.ts; after
// a comma, the narration's clauses in comma-clauses.ts, what the narrator adds in narrator-additions.ts
// and the narrator's comments in narrator-comments.ts.
import { newAttributionAt } from './clause-openings.js';
import { cliticVerbAt } from './contractions.js';
import { hasRegularPastShape, isAdverb, isCalendarWord, isClosedClassWord, isFiniteVerb, isVerbForm, tagsOf, finiteVerbWithin } from './lexicon.js';
import { asideBeforeQuotedName } from './naming-ends.js';
import { narratorsAfterClauseAt, narratorsNextClauseAt } from './narrator-clauses.js';
import { quotationAloneClose } from './quotation-narration.js';
import { sentenceVerbAfterSubjectCue, subjectVerbAfterParticiple } from './participle-subjects.js';
import { isClosingQuoteMark } from './quote-mark-tokens.js';
import { openQuotationsIn, type Token } from './tokens.js';
import { asPhraseComma } from './content-start.js';
import { clauseBreakAt, dashedCommentAt, parenthesizedCommentAt } from './clause-breaks.js';
import { clauseOfItsOwnAt } from './comma-clauses.js';
import { longerSubjectVerbAt } from './opening-clauses.js';
import { laterOpeningClause, subordinatorAfterConjunction } from './opening-subordinators.js';
import { OPENING_SUBORDINATORS } from './word-classes.js';
import { narratorsAdditionAt, secondComplementAt } from './narrator-additions.js';
import { nextVerbOfSubjectAt } from './verb-series.js';
import { channelPhraseAt } from './speech-channels.js';
import { conditionOnSaidAt } from './speaker-conditions.js';
import { perfectNextActAt, speakersNextActAt } from './next-acts.js';
import { evenClauseOnObjectAt } from './even-clauses.js';
import { subjectRelativeClose } from './subject-relatives.js';

/** The content of the cue at `cue` ends at the sentence end, or before a coordinated cue, a
 *  trailing attribution (", the source added", ", according to X") or a semicolon. */
export function contentEnd(tokens: Token[], cue: number, sentenceEnd: number, clause = false): number {
  const settled = settledEnd(tokens, cue);
  if (settled !== null) return settled;
  const shape = contentShape(tokens, cue, clause);
  // (After "As X pointed out in a column," the walk starts in the main clause: nothing in the as-phrase ends what was said.)
  const first = shape.opened > 0 ? shape.opened + 1 : cue + 1;
  const subject = /^that$/iu.test(tokens[first]?.text ?? '') ? first + 1 : first;
  for (let k = first; k < tokens.length; k++) {
    // "said the plan, which critics called a failure, would …": a relative clause inside the subject ends nothing.
    const relativeClose = clause ? -1 : subjectRelativeClose(tokens, subject, k);
    if (relativeClose > 0) {
      k = relativeClose;
      continue;
    }
    const end = endAt(tokens, cue, k, shape);
    if (end !== null) return end;
  }
  return sentenceEnd;
}

/** What the words around the cue tell of the content before the walk to its end. */
interface ContentShape {
  /** A phrase ("asked Clinton about her emails"), not a clause with a subject of its own. */
  phrase: boolean;
  /** Whether "and" may join verbs to the content's. */
  joinsVerbs: boolean;
  /** The cue stands in a subordinate clause opening the sentence. */
  subordinate: boolean;
  /** Before an attribution set off by commas ("The ruling, he said, was …"). */
  clause: boolean;
  /** The comma closing "As X said …,", which opens what was said, or -1. */
  opened: number;
  /** The cue stands inside an opening clause, whose content the main clause after it ends. */
  opening: boolean;
}

/** The end settled before the walk over the words: where a quotation alone closes, or before the
 *  own verb of the subject or the sentence the cue stands in; or null. */
function settledEnd(tokens: Token[], cue: number): number | null {
  const quotationClose = quotationAloneClose(tokens, cue);
  if (quotationClose > 0) return tokens[quotationClose]!.end;
  // "A petition calling for the library to be saved has gathered …": up to the subject's own verb.
  const subjectVerb = subjectVerbAfterParticiple(tokens, cue);
  if (subjectVerb > 0) return tokens[subjectVerb]!.start;
  // "The share of members saying they want a new stadium is higher …": up to the sentence's own verb.
  const sentenceVerb = sentenceVerbAfterSubjectCue(tokens, cue);
  if (sentenceVerb > 0) return tokens[sentenceVerb]!.start;
  return null;
}

function contentShape(tokens: Token[], cue: number, clause: boolean): ContentShape {
  // Without "that" the content is a phrase ("asked Clinton about her emails"), and "and decided …"
  // goes back to the narration.
  // With a subject of its own ("said he rated … and talked …"), or before an attribution set off
  // by commas (`clause`: "The ruling, he said, was …"), the content is a clause.
  const phrase = !clause && !/^(that|he|she|they|it|we|i|there)$/iu.test(tokens[cue + 1]?.text ?? '');
  const subordinate = inOpeningSubordinate(tokens, cue);
  // "As the paper noted, he has …": the comma closing "As X said …," opens what was said, whatever its subject.
  const opened = asPhraseComma(tokens, cue);
  return {
    phrase,
    // "told reporters at a news conference that … and killed …": "that" after a listener or a venue
    // opens a clause too, whose verbs "and" may join.
    joinsVerbs: phrase && !thatAfterListener(tokens, cue),
    subordinate,
    clause,
    opened,
    // The cue inside the opening clause itself (not "When asked, she said …").
    opening: (subordinate && opened < 0 && !tokens.slice(1, cue).some((t) => t.text === ',')) || laterOpeningClause(tokens, cue),
  };
}

/** "While aides said his role is …, Mr. Obama is also determined …": whether the cue stands in an
 *  opening subordinate clause, and so reports up to the main clause. */
const inOpeningSubordinate = (tokens: Token[], cue: number) =>
  OPENS_SUBORDINATE.test(tokens[0]?.text ?? '') ||
  // "Ever since she endorsed Ann Roe, Mary Lee has …": "ever since" opens one as "since" does.
  (/^ever$/iu.test(tokens[0]?.text ?? '') && /^since$/iu.test(tokens[1]?.text ?? '')) ||
  // "Despite polls showing her far behind, Ann Roe campaigned …": so does a participle cue on the noun
  // of an opening preposition.
  participleOnOpeningNoun(tokens, cue) ||
  // "In an effort to clarify her remarks, Ann Roe …": so does the infinitive of an opening purpose.
  purposeOpening(tokens, cue) ||
  // "Despite admitting that …, the mayor kept …": so does a participle cue after an opening preposition.
  // ("But in describing the levy as …, the critics …": also after a conjunction opening the sentence.)
  (cue === participleOpening(tokens) + 1 &&
    /^(despite|after|before|upon|by|in|when|while)$/iu.test(tokens[cue - 1]!.text) &&
    /ing$/u.test(tokens[cue]!.text)) ||
  // "After the mayor said the plan had failed, councillors voted …": so does a cue in an opening
  // "after" or "before" clause (not one after "After the vote, she said …").
  (/^(after|before)$/iu.test(tokens[0]?.text ?? '') && !tokens.slice(1, cue).some((t) => /^[,;:]$/u.test(t.text))) ||
  // "And while the council insists …, the residents say …": so does one after a conjunction opening the sentence.
  subordinatorAfterConjunction(tokens);

/** Where the content ends at the word `k`, or null where it goes on past it. */
function endAt(tokens: Token[], cue: number, k: number, shape: ContentShape): number | null {
  if (clauseBreakAt(tokens, cue, k, shape.joinsVerbs) || dashedCommentAt(tokens, cue, k) || parenthesizedCommentAt(tokens, cue, k)) return tokens[k]!.start;
  // "said the deal was fair after talks ran late", "… could be used and President Obama expanded …":
  // the narrator's own event, told in another tense.
  // "called the levy “a disgrace” before outlining …": what the speaker did next.
  // "denied the charges through her lawyer": how the words went out.
  if (
    narratorsAfterClauseAt(tokens, cue, k) ||
    narratorsNextClauseAt(tokens, cue, k) ||
    speakersNextActAt(tokens, cue, k) ||
    perfectNextActAt(tokens, cue, k) ||
    channelPhraseAt(tokens, cue, k)
  )
    return tokens[tokens[k - 1]!.text === ',' ? k - 1 : k]!.start;
  // "called for the closure of the pier, even though the council …": the narrator's concession on an object.
  if (evenClauseOnObjectAt(tokens, cue, k)) return tokens[/^[,—–―-]$/u.test(tokens[k - 1]!.text) ? k - 1 : k]!.start;
  if (tokens[k]!.text === ',' && k !== shape.opened && commaCloses(tokens, cue, k, shape)) return endAtComma(tokens, cue, k);
  return null;
}

/** Whether the participle cue at `cue` qualifies the noun right after a preposition opening the
 *  sentence ("Despite polls showing …", "Amid reports suggesting …", "With surveys finding …"): a
 *  lower-case -ing word, the words between no verb, comma or quote mark, at most four. */
function participleOnOpeningNoun(tokens: Token[], cue: number): boolean {
  const open = participleOpening(tokens);
  if (!/^(despite|amid|with|without)$/iu.test(tokens[open]?.text ?? '') || !/^\p{Ll}+ing$/u.test(tokens[cue]?.text ?? '')) return false;
  const between = tokens.slice(open + 1, cue);
  return (
    between.length >= 1 && between.length <= 4 && between.every((t) => /^[\p{L}\p{N}'’.-]+$/u.test(t.text) && !isFiniteVerb(t.text) && !isVerbForm(t.text))
  );
}

/** Whether the cue at `cue` is the infinitive of a purpose opening the sentence: "In an effort to",
 *  "In a bid to", "In an attempt to", "In order to". */
function purposeOpening(tokens: Token[], cue: number): boolean {
  const open = participleOpening(tokens);
  const words = tokens
    .slice(open, cue)
    .map((t) => t.text.toLowerCase())
    .join(' ');
  return /^in (?:an effort|a bid|an attempt|order) to$/u.test(words);
}

/** Where a phrase opening the sentence begins: past "And", "But", "Yet" or "So" and a comma after it. */
const participleOpening = (tokens: Token[]) => (/^(and|but|yet|so)$/iu.test(tokens[0]?.text ?? '') ? (tokens[1]?.text === ',' ? 2 : 1) : 0);

/** The first word of an opening subordinate clause ("As", "Even" for "Even though"). */
const OPENS_SUBORDINATE = new RegExp(`^(${OPENING_SUBORDINATORS}|as|even)$`, 'iu');

/** The content closing at the comma `k` ends before it, or, when quote marks opened in the content
 *  close right after it, after them: `said Taiwan was "a red line," state media reported`. */
function endAtComma(tokens: Token[], cue: number, k: number): number {
  const mark = tokens[k + 1]?.text ?? '';
  const open = openQuotationsIn(tokens, cue + 1, k);
  return (mark === '”' || mark === '"') && open > 0 ? tokens[k + 1]!.end : tokens[k]!.start;
}

/** Whether "that" opens the content past a listener, a time or a venue, with no verb before it. */
function thatAfterListener(tokens: Token[], cue: number): boolean {
  for (let k = cue + 1; k <= cue + 12 && k < tokens.length; k++) {
    const w = tokens[k]!.text;
    if (/^that$/iu.test(w)) return k > cue + 1;
    if (isFiniteVerb(w) || /^[,;:“”"]$/u.test(w)) return false;
  }
  return false;
}

/** Whether the comma at `k` closes the content. */
function commaCloses(tokens: Token[], cue: number, k: number, shape: ContentShape): boolean {
  const { phrase, subordinate, clause, opening } = shape;
  // "called the new phone, which is thin, “a breakthrough”": an aside before the quoted name goes on.
  if (asideBeforeQuotedName(tokens, cue, k)) return false;
  // Closing quote marks after the comma belong to the words before: ‘…,” adding that …’.
  let after = k + 1;
  while (isClosingQuoteMark(tokens[after]?.text ?? '')) after++;
  const next = tokens[after]?.text.toLowerCase();
  // "…, Ham also noted …", "…, she said, “…”": a new attribution starts a new quote.
  // ("warned that if the levy passes, residents say …": not after an opening condition of the content.)
  if (newAttributionAt(tokens, after, !conditionOpensContent(tokens, cue))) return true;
  // "…, and that he had warned colleagues …": a second clause the cue reports ("and that is why"
  // is the narrator's).
  if (secondComplementAt(tokens, after)) return false;
  // "…, depending on fuel prices", "…, possibly forcing the yard to close": a condition or a likely
  // result the speaker sets on what was said.
  if (conditionOnSaidAt(tokens, after)) return false;
  // "noted that attendance, though improving, remained low": a concession set off inside the
  // subject, the clause's verb after it.
  if (concessionInSubjectAt(tokens, cue, k)) return false;
  // ("When she said that, despite the cuts, services improved, …": not before the content has a verb.)
  // (After "As X said," the main clause is the content.)
  const bareClause =
    subordinate && !/^as$/iu.test(tokens[0]!.text) && bareSubjectAndVerbAt(tokens, after) && tokens.slice(cue + 1, k).some((t) => isVerbForm(t.text));
  // "While the board insists the charges will pay for repairs, traders fear …": the main clause
  // after an opening clause whose content has a verb, or is a phrase of some words.
  // ("While he said he’d hold a hearing, it’s …": a pronoun's verb may be its clitic.)
  // ("Even as the mayor attacked Roe, the crowd …", "Despite polls showing her behind, Ann Roe …": a
  // single word may be all the content, unless it tells when or how: "While speaking Friday, he …".)
  // ("…, one of the mayor's aides could …", "…, Ann Roe, a Liberal, says …": a longer subject too.)
  const mainClause =
    opening &&
    longerSubjectVerbAt(tokens, after) &&
    (tokens.slice(cue + 1, k).some((t, n) => isVerbForm(t.text) || cliticVerbAt(tokens, cue + 1 + n)) ||
      (phrase && (k - cue > 2 || oneWordObject(tokens[cue + 1]?.text ?? ''))));
  return (
    bareClause ||
    mainClause ||
    clauseOfItsOwnAt(tokens, after, next, phrase, subordinate) ||
    narratorsAdditionAt(tokens, cue, k, after, next, clause) ||
    // "mocked her rivals, talked over them and …": the subject's next verb.
    nextVerbOfSubjectAt(tokens, cue, k)
  );
}

/** A word that may be a content alone: a name, a pronoun or a noun, not a time, an adverb or a function word
 *  ("tonight", "here" and "there" are neither a time nor an adverb to the lexicon). */
const oneWordObject = (w: string) =>
  /^[\p{L}][\p{L}'’-]*$/u.test(w) && !isCalendarWord(w) && !isAdverb(w) && !isClosedClassWord(w) && !/^(tonight|here|there)$/iu.test(w);

/** Whether the content opens with a subordinate clause ("warned that if the levy passes, …"). */
const conditionOpensContent = (tokens: Token[], cue: number) =>
  OPENS_SUBORDINATE.test(tokens[cue + (/^that$/iu.test(tokens[cue + 1]?.text ?? '') ? 2 : 1)]?.text ?? '');

/** "…, fans booed", "…, shares fell 5 per cent": a plural with no determiner and a past form right
 *  after it (two verbs do not stand together, so "shares" is the noun). */
const bareSubjectAndVerbAt = (tokens: Token[], k: number) =>
  /^\p{Ll}{3,}s$/u.test(tokens[k]?.text ?? '') &&
  !isClosedClassWord(tokens[k]!.text) &&
  (tagsOf(tokens[k + 1]?.text ?? '').includes('PastTense') || hasRegularPastShape(tokens[k + 1]?.text ?? ''));

/** Whether the comma at `k` opens a concession set off by commas ("attendance, though improving,
 *  remained …") after a subject without a verb yet, the clause's verb right after its closing comma. */
function concessionInSubjectAt(tokens: Token[], cue: number, k: number): boolean {
  if (!/^(though|although|albeit)$/iu.test(tokens[k + 1]?.text ?? '') || finiteVerbWithin(tokens, cue + 1, k)) return false;
  const close = tokens.findIndex((t, n) => n > k + 1 && n <= k + 8 && /^[,;:.]$/u.test(t.text));
  return close > 0 && tokens[close]!.text === ',' && isFiniteVerb(tokens[close + 1]?.text ?? '');
}
