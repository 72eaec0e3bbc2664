// The attribution before a quoted passage: "X said: “…”", "X said of Clinton, “…”", "According to
// Limbaugh, “…”", "which he described as “…”"; or a speech noun before a colon ("His answer: “…”").
import { cueLemma, LISTENER_VERBS, NAMING_VERBS, quotationCueLemma, SPEECH_NOUNS } from './cues.js';
import { cueNounAt, sayingNounAt } from './cue-nouns.js';
import { isCalendarWord, isCopula, isFiniteVerb, isFunctionWord, isInTitleCase } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import { addGap, passageQuote, type QuotedWords, type QuoteDraft } from './quote-draft.js';
import { clauseGoingOnEnd, subjectSaidToo } from './set-off-lead-ins.js';
import { ARTICLES, PRONOUNS } from './speaker-words.js';
import type { SpeakerFinder } from './speakers.js';
import { PREPOSITIONS, VENUE_PARTICIPLES } from './speech-venues.js';
import { marksPossessor, possessorAt } from './speech-nouns.js';
import { indexBeforeName, type Token, spanOf } from './tokens.js';
import type { TextSpan } from './types.js';

/** The quote of a passage (its words `w`) attributed by a cue among the words `head` before it in
 *  its sentence (only punctuation or "that" between cue and mark), or null. */
export function attributionBefore(w: QuotedWords, head: Token[], speakers: SpeakerFinder): QuoteDraft | null {
  const according = accordingToBefore(w, head, speakers) ?? invertedOpeningCue(w, head, speakers);
  if (according) return according;
  if (!opensQuote(head) && !(listenerBeforeMark(head) && !isShowTitle(w.content.text))) return null;
  const last = head.length - 1;
  let reach: number | undefined;
  for (let j = last; j >= Math.max(0, last - 20); j--) {
    // (Worked out once, and only when a cue is sought that far back.)
    if (tooFarFromMark(head, j) && j < (reach ??= adverbialReach(head))) break;
    if (!quotationCueLemma(head[j]!.text, head[j + 1]?.text) || cueNounAt(head, j) || venueOfSpeech(head, j) || nameWordAt(head, j)) continue;
    if (namesAThing(head, j, speakers)) break;
    const who = speakerOfCueBefore(head, j, speakers);
    if (who) return quoteOfCueBefore(w, head, j, who);
  }
  return null;
}

/** "According to Limbaugh, “…”": the quote of the source named after "according to", or null. */
function accordingToBefore(w: QuotedWords, head: Token[], speakers: SpeakerFinder): QuoteDraft | null {
  const last = head.length - 1;
  const according = head.findIndex((t, n) => t.text.toLowerCase() === 'according' && head[n + 1]?.text.toLowerCase() === 'to');
  if (according < 0 || head[last]?.text !== ',' || last - according > 8) return null;
  const who = speakers.phraseEndingAt(head, last - 1, true);
  if (!who) return null;
  const cue = { start: head[according]!.start, end: head[according + 1]!.end, text: w.text.slice(head[according]!.start, head[according + 1]!.end) };
  return passageQuote(w, who, cue);
}

/** "Said Ann Holt, who runs the clinic, “…”", "Says Tom Pike, the harbour master, “…”": a cue opening
 *  the sentence before its speaker reaches past an aside on the speaker, set off by commas, to the mark. */
function invertedOpeningCue(w: QuotedWords, head: Token[], speakers: SpeakerFinder): QuoteDraft | null {
  if (!/^Sa(id|ys)$/u.test(head[0]?.text ?? '') || head[head.length - 1]?.text !== ',') return null;
  const who = speakers.after(head, 0, true);
  const comma = who ? head.findIndex((t) => t.start >= who.end) : -1;
  if (!who || head[comma]?.text !== ',' || head.slice(comma + 1, -1).some((t) => /^[“”"«»;:.!?]$/u.test(t.text))) return null;
  return passageQuote(w, who, spanOf(head[0]!));
}

/** "wrote on X, formerly known as Twitter:": past six words back from the mark, only where it was
 *  said may follow a cue, before a colon. */
const tooFarFromMark = (head: Token[], j: number) => {
  const last = head.length - 1;
  return (
    last - j > 6 &&
    (head[last]!.text !== ':' || head.slice(j + 1, last).some((t) => (isFiniteVerb(t.text) && !VENUE_PARTICIPLES.test(t.text)) || /^[“”"«»;]$/u.test(t.text)))
  );
};

/** How far back a cue may stand past `tooFarFromMark`: the first of the last 21 words that is a cue whose
 *  adverbial of where or when runs to the comma before the mark, or past the mark when none is. */
const adverbialReach = (head: Token[]): number => {
  const i = head.findIndex((t, n) => n >= head.length - 21 && quotationCueLemma(t.text, head[n + 1]?.text) && whereOrWhenBeforeComma(head, n));
  return i < 0 ? head.length : i;
};

/** "said on Velmora Radio on Monday, in a reply to a caller, “…”", "said in the spring, when the
 *  plan failed, “…”": before a comma, a longer adverbial after the cue at `j` of where, when or how the cue's words were
 *  said, opened by a preposition or a time, with a verb only after a word opening an aside. */
function whereOrWhenBeforeComma(head: Token[], j: number): boolean {
  const last = head.length - 1;
  const first = head[j + 1]?.text ?? '';
  if (head[last]!.text !== ',' || last - j > 20 || !(PREPOSITIONS.has(first.toLowerCase()) || /^as$/iu.test(first) || isCalendarWord(first))) return false;
  let aside = false;
  for (const t of head.slice(j + 1, last)) {
    if (!/^[\p{L}\p{N},.’'%$-]/u.test(t.text) || /^(that|and|but|said|says)$/iu.test(t.text)) return false;
    if (/^(as|when|while|where|after|before|who|which)$/iu.test(t.text)) aside = true;
    else if (isFiniteVerb(t.text) && !VENUE_PARTICIPLES.test(t.text) && !aside) return false;
  }
  return true;
}

/** "a box labeled “medical problem”": a naming verb right before the quotation names a thing, unless
 *  a name or pronoun before it speaks ("which Tim Cook called ''total political crap''"). */
function namesAThing(head: Token[], j: number, speakers: SpeakerFinder): boolean {
  if (
    j !== head.length - 1 ||
    !NAMING_VERBS.has(cueLemma(head[j]!.text)!) ||
    !/ed$/u.test(head[j]!.text) ||
    PRONOUNS.has(head[j - 1]?.text.toLowerCase() ?? '')
  )
    return false;
  const namer = speakers.before(head, j, true);
  return !namer || namer === 'CONJOINED' || namer.kind !== 'NAME';
}

/** The speaker of the cue at `j` before the quotation, or null. */
function speakerOfCueBefore(head: Token[], j: number, speakers: SpeakerFinder): SpeakerSurface | null {
  // "…, saying, “…”": a participle takes the sentence's subject, or the speaker of the cue before.
  const found = participle(head, j) ? speakers.ofEarlierCue(head, j) : speakers.before(head, j, true);
  // "Said Ellis: “…”" puts the speaker after the cue.
  return found && found !== 'CONJOINED' ? found : (speakers.subject(head) ?? speakers.after(head, j, true));
}

/** The quote that the cue at `j` and its speaker `who` attribute: the quotation, with what a relative
 *  pronoun names or the clause the subject said too. */
function quoteOfCueBefore(w: QuotedWords, head: Token[], j: number, who: SpeakerSurface): QuoteDraft {
  const { text } = w;
  const cue = spanOf(head[j]!);
  // "the board, which she called “a closed shop”": the relative pronoun is what is named, a piece of the content.
  const pronoun = namedRelative(head, j, who);
  if (pronoun >= 0) {
    const named = passageQuote(w, who, cue, false, w.content.end, head[pronoun]!.start);
    addGap(text, named, { start: head[pronoun]!.end, end: w.content.start });
    return named;
  }
  const comma = subjectSaidToo(w, head, j, who);
  if (comma < 0) return passageQuote(w, who, cue);
  const mixed = passageQuote(w, who, cue, false, clauseGoingOnEnd(w) ?? w.content.end, head[0]!.start);
  addGap(text, mixed, { start: head[comma]!.start, end: w.content.start });
  return mixed;
}

/** "told The Huffington Post, “…”", "the Drudge Report: “…”": a cue's bare form written with a
 *  capital after a capitalised word is a word of a name ("Trump Says: “…”" has an inflected verb). */
const nameWordAt = (head: Token[], j: number) =>
  j > 0 && /^\p{Lu}\p{Ll}/u.test(head[j]!.text) && /^\p{Lu}/u.test(head[j - 1]!.text) && cueLemma(head[j]!.text) === head[j]!.text.toLowerCase();

/** Whether the words before a passage end as an attribution opens a quotation: "X said: “", "X said
 *  of Clinton, “", "X told reporters Friday: “", "X said that “"; "which he described as “…”",
 *  "dismissed the report as “…”": the words a cue casts something as. */
function opensQuote(head: Token[]): boolean {
  const last = head.length - 1;
  const castAs = last > 0 && /^as$/iu.test(head[last]!.text) && head.slice(Math.max(0, last - 5), last).some((t) => CASTING_CUES.has(cueLemma(t.text) ?? ''));
  return last < 0 || /^[,:]$/u.test(head[last]!.text) || !!cueLemma(head[last]!.text) || head[last]!.text.toLowerCase() === 'that' || castAs;
}

/** `told fans "…"`, `assured them "…"`: a verb of telling and its listener, up to three words with no
 *  verb, right before the quotation (not a title: `told the program “Inside Edition”`). */
function listenerBeforeMark(head: Token[]): boolean {
  const last = head.length - 1;
  // ("would sit Putin down and tell him “no more nonsense”": a bare form is what a content tells of.)
  const j = head.findLastIndex((t, n) => n >= last - 3 && n < last && LISTENER_VERBS.has(cueLemma(t.text) ?? '') && cueLemma(t.text) !== t.text.toLowerCase());
  // (`told MSNBC’s “Morning Joe”`: after a name the quotation is a show's title.)
  return (
    j >= 0 &&
    head.slice(j + 1).every((t) => LISTENER_WORD.test(t.text) || (/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !isFunctionWord(t.text) && !isFiniteVerb(t.text)))
  );
}
/** A show's or a book's title: "Inside Edition", "Fox and Friends". */
const isShowTitle = (words: string) => words.trim().split(/\s+/u).length <= 8 && isInTitleCase(words);
const LISTENER_WORD = /^(me|us|him|her|them|you|the|a|his|her|their|its|our|my)$/iu;

/** "which he called “…”", "whom she described as “…”", "what it calls “…”": the index of the relative
 *  pronoun right before the speaker of a naming or casting cue that the quotation follows (past "as"), or -1. */
function namedRelative(head: Token[], j: number, who: SpeakerSurface): number {
  const lemma = cueLemma(head[j]!.text) ?? '';
  if (!NAMING_VERBS.has(lemma) && !CASTING_CUES.has(lemma)) return -1;
  const after = head.slice(j + 1).map((t) => t.text.toLowerCase());
  if (!(after.length === 0 || (after[0] === 'as' && after.length <= 2 && /^(as|having|being)$/u.test(after[after.length - 1]!)))) return -1;
  const k = indexBeforeName(head, who.start);
  return k >= 0 && RELATIVE_PRONOUNS.test(head[k]!.text) ? k : -1;
}
const RELATIVE_PRONOUNS = /^(which|who|whom|what)$/iu;

/** "Obama is rolling out a new message: “…”": a speech noun before the colon, the subject speaks.
 *  "Her message to the council was blunt: “…”", "His answer: “…”", "In her words: “…”": the owner
 *  of the speech noun speaks. */
export function speechNounBeforeColon(w: QuotedWords, head: Token[], speakers: SpeakerFinder): QuoteDraft | null {
  const noun = colonAfterSpeechNoun(head);
  if (noun) {
    const who = speakers.subject(head);
    if (who) return passageQuote(w, who, noun);
  }
  // "The crowd reprised the familiar chant “…”", "gave a defiant vow: “…”": a saying named right
  // before the quotation is the subject's, and no one's when the subject names no speaker.
  const last = head.length - (head[head.length - 1]?.text === ':' ? 2 : 1);
  if (sayingNounAt(head, last)) return passageQuote(w, speakers.subject(head), spanOf(head[last]!));
  const owned = ownedSpeechNounBeforeColon(head);
  if (owned) {
    const who = possessorAt(w.text, head, owned.mark, speakers);
    if (who) return passageQuote(w, who, owned.noun);
  }
  return null;
}

/** Cues that cast what they talk of as something: "described it as", "dismissed the claims as". */
const CASTING_CUES = new Set([
  'describe',
  'dismiss',
  'brand',
  'label',
  'denounce',
  'condemn',
  'hail',
  'slam',
  'blast',
  'criticize',
  'criticise',
  'praise',
  'reject',
]);

/** "…, adding (later), “…”": a participle after a comma has no subject of its own. */
const participle = (tokens: Token[], j: number) => /ing$/u.test(tokens[j]!.text) && tokens[j - 1]?.text === ',';

/** The speech noun that a closing colon follows closely ("made the following comment:"), or null. */
export function colonAfterSpeechNoun(tokens: Token[]): TextSpan | null {
  if (tokens[tokens.length - 1]?.text !== ':') return null;
  const noun = tokens
    .slice(-5, -1)
    .reverse()
    .find((t) => SPEECH_NOUNS.has(t.text.toLowerCase()));
  return noun ? spanOf(noun) : null;
}

/** A speech noun after a possessive ("her message", "Holt's answer") among the words before a
 *  closing colon, with no verb but a copula between: the noun and the index of the possessive. */
function ownedSpeechNounBeforeColon(tokens: Token[]): { noun: TextSpan; mark: number } | null {
  const colon = tokens.length - 1;
  if (tokens[colon]?.text !== ':') return null;
  for (let n = colon - 1; n > 0 && n >= colon - 8; n--) {
    const w = tokens[n]!.text;
    if (/^[,;“”"«»]$/u.test(w) || (isFiniteVerb(w) && !isCopula(w))) return null;
    if (!SPEECH_NOUNS.has(w.toLowerCase())) continue;
    const mark = n - 1;
    return marksPossessor(tokens[mark]!.text) ? { noun: { start: tokens[n]!.start, end: tokens[n]!.end, text: w }, mark } : null;
  }
  return null;
}

/** "said in a statement posted on its website: “…”": a participle after a word for what was said
 *  tells where it was said; the cue is the verb before. "said in a statement read outside court:":
 *  so is "read" after such a word that a preposition and an article bring in ("the statement read:"
 *  is the document speaking). */
const venueOfSpeech = (head: Token[], j: number): boolean =>
  (VENUE_PARTICIPLES.test(head[j]!.text) ||
    (/^read$/iu.test(head[j]!.text) && /^(in|through|via|with)$/iu.test(head[j - 3]?.text ?? '') && ARTICLES.has(head[j - 2]!.text.toLowerCase()))) &&
  (SPEECH_NOUNS.has(head[j - 1]?.text.toLowerCase() ?? '') || /^(video|letter|release|interview|speech|address)$/iu.test(head[j - 1]?.text ?? ''));
