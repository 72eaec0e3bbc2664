// "According to X, …", "…, according to X", "In the words of X, …": the source of a report named by
// a preposition rather than a speech verb.
import { pastOpeningConcession } from './opening-concessions.js';
import { cueLemma, evidenceLemma } from './cues.js';
import { isClause } from './clauses.js';
import { isFiniteAuxiliary, isAndOrBut, isCalendarWord, isFiniteVerb, isVerbForm, tagsOf } from './lexicon.js';
import { addGap, draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';
import { roleAppositionEnd } from './title-after.js';
import { PREPOSITIONS } from './speech-venues.js';
import { isRelativePronoun, SUBORDINATING_CONJUNCTIONS } from './word-classes.js';
import { ARTICLES, ISSUED_DOCUMENTS, ISSUING, lastWord, SPEAKER_NOUNS } from './speaker-words.js';
import { lastIndexOfWord, type Token } from './tokens.js';
import type { SpeakerSurface } from './name-index.js';
import type { TextSpan } from './types.js';

/** What a thing is done by, not said by: "according to the law", "per the agreement", "according to plan". */
const NORMS =
  /^(laws?|rules?|regulations?|agreements?|contracts?|treaty|treaties|schedule|timetable|terms|constitution|guidelines?|policy|policies|tradition|customs?|protocols?|procedures?|script)$/iu;

/** How a reporter came by a document: "seen by", "obtained by", "leaked to", "provided to" (who
 *  provided it, "audio provided by the station", is its source, as who released it is). */
const SEEN_BY = /^(seen|obtained|reviewed|viewed|acquired|examined|leaked|shown)$/iu;
const SENT_TO = /^(provided|given|sent)$/iu;
/** Words that open a clause after them: "after", "because", "that". */
const SUBORDINATOR = new RegExp(`^(that|after|before|${SUBORDINATING_CONJUNCTIONS})$`, 'iu');
/** The copula, spelt out or a clitic: "is", "was", "’s". */
const COPULA = /^(is|was|['’]s)$/iu;

/** The quote of "according to" at token `i` (or "words of" in "In the words of", or "per": a cue
 *  of `width` tokens); `opening`: the phrase opens the sentence, so what follows it was said, not
 *  what came before. */
export function accordingTo(s: ReportSentence, i: number, opening: boolean, width = 2): QuoteDraft | null {
  const bracket = bracketAround(s.tokens, i);
  if (bracket) return accordingTo(bracket.inside(s), i - bracket.open - 1, i === bracket.open + 1, width);
  const { text, tokens } = s;
  const last = tokens[i + width - 1]!;
  const cue = { start: tokens[i]!.start, end: last.end, text: text.slice(tokens[i]!.start, last.end) };
  const source = sourceAfter(s, i, width, opening);
  if (!source) return null;
  return opening ? reportAfterSource(s, cue, source) : reportAroundSource(s, i, cue, source);
}

/** "Voters there (88 percent were fishermen, according to harbour records) lean left": a source
 *  named inside brackets reports what the brackets hold, no word outside them. The brackets around
 *  token `i`, with the sentence cut down to what they hold; null when `i` is in none. */
function bracketAround(tokens: Token[], i: number): { open: number; inside: (s: ReportSentence) => ReportSentence } | null {
  const open = lastIndexOfWord(tokens, '(', i);
  if (open < 0 || lastIndexOfWord(tokens, ')', i) > open) return null;
  const close = tokens.findIndex((t, n) => n > i && /^[()]$/u.test(t.text));
  if (close < 0 || tokens[close]!.text !== ')') return null;
  const inside = (s: ReportSentence) => ({
    ...s,
    tokens: tokens.slice(open + 1, close),
    sentence: { ...s.sentence, start: tokens[open]!.end, end: tokens[close]!.start },
  });
  return { open, inside };
}

/** The source named after the cue at `i` (`width` tokens), and the index of the token after it. */
interface Source {
  speaker: SpeakerSurface;
  next: number;
}

/** The source after the cue: the description read as a subject, or the person named after it. */
function sourceAfter(s: ReportSentence, i: number, width: number, opening: boolean): Source | null {
  const { tokens, speakers } = s;
  const last = tokens[i + width - 1]!;
  let k = i + width;
  // ("…, according to the board - twice the rate of inflation", "…, according to exit polls (a wide
  // margin)": a dash or a bracket opens the narrator's comment, no part of the source.)
  while (k < tokens.length && !/^([,.;:(]|[-–—])$/u.test(tokens[k]!.text)) k++;
  const end = sourceEnd(tokens, i + width, k);
  // The source is read as a subject before a cue is: "the head of the agency", "a person familiar
  // with the matter", "analysts at the bank" (the bank speaks), not the noun phrase ending it.
  const source = documentMaker(s, i + width, k) ?? speakers.before(tokens, end, true);
  const described = source && source !== 'CONJOINED' && source.start > last.start ? source : speakers.phraseEndingAt(tokens, end - 1, true);
  if (!described || NORMS.test(lastWord(described))) return null;
  // "according to one trader, Sam Lee": the person named after the description is the source.
  const named = end === k ? personInApposition(s, k, opening) : null;
  return { speaker: named?.speaker ?? described, next: named ? named.next : k };
}

/** "According to Ann Roe, sales will fall": what follows the source opening the sentence. */
function reportAfterSource(s: ReportSentence, cue: TextSpan, { speaker, next }: Source): QuoteDraft | null {
  const { text, tokens, sentence } = s;
  const k = asideOnSourceClose(tokens, next);
  // "According to Ann Roe, an economist at the bank, sales will fall": her role is not what she said.
  const from = roleAppositionEnd(text, speaker.end) ?? tokens[k]?.end ?? sentence.end;
  const content = trimmed(text, Math.min(from, sentence.end), sentence.end);
  return content ? draft(content, cue, speaker, false, sentence) : null;
}

/** "Sales rose, according to X": what comes before the source at `i`, and what goes on after it
 *  where the source interrupts it. */
function reportAroundSource(s: ReportSentence, i: number, cue: TextSpan, { speaker, next: k }: Source): QuoteDraft | null {
  const { text, tokens, sentence } = s;
  // "That’s according to fundraising reports", "This is according to …": the copula joins what
  // was said to its source and is no part of it.
  const said = i > 1 && COPULA.test(tokens[i - 1]!.text) ? i - 1 : i;
  const content = trimmed(text, sentence.start, tokens[said]!.start);
  if (!content) return null;
  // "The talks, according to X, will resume", "Sales rose, according to X, and profits doubled":
  // set off by commas, the source interrupts what it reports.
  const rest = tokens[i - 1]?.text === ',' && tokens[k]?.text === ',' ? trimmed(text, tokens[k]!.end, sentence.end) : null;
  // "He left after, according to aides, the talks failed": a subordinator before the source opens
  // the clause it reports; what comes before it is the narrator's.
  if (rest && SUBORDINATOR.test(tokens[i - 2]?.text ?? '') && isClause(rest.text)) return draft(rest, cue, speaker, false, sentence);
  if (!rest || !(continuesReport(tokens, k + 1, rest.text, tokens[i - 2]?.text ?? '') || openingPhraseBefore(tokens, i - 1, rest.text))) {
    // "Despite a month of attacks, Sanders has failed …, according to a poll": the concession is the narrator's.
    const said = pastOpeningConcession(tokens, content);
    return draft(said > content.start ? (trimmed(text, said, content.end) ?? content) : content, cue, speaker, false, sentence);
  }
  const q = draft({ start: content.start, end: rest.end, text: text.slice(content.start, rest.end) }, cue, speaker, false, sentence);
  addGap(text, q, { start: tokens[i - 1]!.start, end: tokens[k]!.end });
  return q;
}

/** "According to the minutes, published on Monday, two members …", "According to the memo, which
 *  was shown to the jury, the supplier …": an aside on the source, set off by commas, is no part of
 *  what it reports; the index of the comma closing it, else `k`. */
function asideOnSourceClose(tokens: Token[], k: number): number {
  const next = tokens[k + 1]?.text ?? '';
  // (a participle with when, where or by whom: "published on Monday"; "injured people, …" is what was said)
  const after = tokens[k + 2]?.text ?? '';
  const participle =
    /^\p{Ll}{3,}(ed|wn)$/u.test(next) && (PREPOSITIONS.has(after.toLowerCase()) || isCalendarWord(after) || /^(last|this|earlier)$/iu.test(after));
  if (tokens[k]?.text !== ',' || !(/^(which|who|whose)$/iu.test(next) || participle)) return k;
  const close = tokens.findIndex((t, n) => n > k + 1 && /^[,;:.]$/u.test(t.text));
  return close > 0 && tokens[close]!.text === ',' ? close : k;
}

/** Documents a maker puts out, said of with the maker after them: "a speech Ann Holt delivered". */
const MADE = new Set([...ISSUED_DOCUMENTS, 'speech', 'address', 'interview', 'remarks']);

/** "according to a speech Ann Holt delivered at New York University", "a letter the ministry sent
 *  to unions": the maker named right after the document, as its clause's subject, is the source. */
function documentMaker(s: ReportSentence, from: number, k: number): SpeakerSurface | null {
  const { tokens, speakers } = s;
  if (!ARTICLES.has(tokens[from]?.text.toLowerCase() ?? '')) return null;
  for (let d = from + 1; d < k && d <= from + 3; d++) {
    if (!MADE.has(tokens[d]!.text.toLowerCase())) continue;
    for (let v = d + 2; v < k && v <= d + 5; v++) {
      if (!ISSUING.test(tokens[v]!.text)) continue;
      const maker = speakers.phraseEndingAt(tokens, v - 1, true);
      // (past an honorific: "a speech Mrs. Clinton delivered")
      const before = maker ? s.text.slice(tokens[d + 1]!.start, maker.start) : '';
      return maker && /^(?:\p{Lu}\p{Ll}{0,3}\.\s+)?$/u.test(before) ? maker : null;
    }
    return null;
  }
  return null;
}

/** The person named in apposition after the comma at `k` ("In the words of one analyst, Lena Park,
 *  “…”", "according to a spokesman, Col. Ali Reza."), and the index of the punctuation closing it: a
 *  comma when the report follows (`opening`), else the end of the sentence or a comma. */
function personInApposition({ tokens, speakers }: ReportSentence, k: number, opening: boolean): { speaker: SpeakerSurface; next: number } | null {
  if (tokens[k]?.text !== ',') return null;
  const speaker = speakers.personStartingAt(tokens[k + 1]?.start ?? -1) ?? speakers.personAfterTitle(tokens, tokens[k]!.end);
  if (!speaker) return null;
  const next = tokens.findIndex((t) => t.start >= speaker.end);
  const closing = tokens[next]?.text;
  return closing === ',' || (!opening && (closing === undefined || /^[.;]$/u.test(closing))) ? { speaker, next } : null;
}

/** Where the source named from token `from` (after "according to") ends, before the punctuation at `k`: "according
 *  to a draft seen by AFP", "documents obtained by Reuters": who saw the document is not its source,
 *  nor whom it went to ("a memo sent to staff"), nor where it came out ("a study published Monday in
 *  the journal Pediatrics"). */
function sourceEnd(tokens: Token[], from: number, k: number): number {
  const placed = (rest: Token[], n: number) => {
    let m = n + 1;
    while (isCalendarWord(rest[m]?.text ?? '')) m++;
    return /^(to|in|on)$/iu.test(rest[m]?.text ?? '') && tagsOf(rest[n]!.text).includes('PastTense');
  };
  const seen = tokens
    .slice(from, k)
    .findIndex(
      (t, n, rest) =>
        n > 0 &&
        ((SEEN_BY.test(t.text) && /^(by|to)$/iu.test(rest[n + 1]?.text ?? '')) ||
          (SENT_TO.test(t.text) && /^to$/iu.test(rest[n + 1]?.text ?? '')) ||
          placed(rest, n)),
    );
  const end = seen > 0 ? from + seen : k;
  // "according to a poll that shows …", "figures that the ministry published", "a person who
  // attended": a relative clause says what the source did, and its words are no part of the source.
  const relative = tokens.slice(from + 1, end).findIndex((t) => isRelativePronoun(t.text));
  return relative >= 0 ? from + 1 + relative : end;
}

/** After an attribution set off by commas, the rest of what it reports: the predicate ("will
 *  resume next week"), the rest of a verb phrase after an auxiliary before the attribution ("The
 *  plan would, according to X, cut …"), the object of a verb before it ("The firm earns, according
 *  to X, $5 million a year"), a participle going on with its clause ("…, according to X, ending a
 *  strike") or a clause joined by "and"/"but" with no speech verb of its own. */
function continuesReport(tokens: Token[], k: number, rest: string, before: string): boolean {
  const first = tokens[k]?.text ?? '';
  if (isFiniteVerb(first) || (isFiniteAuxiliary(before) && /^\p{Ll}/u.test(first)) || /^\p{Ll}{2,}ing$/u.test(first)) return true;
  if (isFiniteVerb(before) && !isFiniteAuxiliary(before) && !cueLemma(before) && !isVerbForm(first) && !isAndOrBut(first)) return true;
  return isAndOrBut(first) && isClause(rest.replace(/^\S+\s+/u, '')) && !tokens.slice(k + 1).some((t) => cueLemma(t.text) || evidenceLemma(t.text));
}

/** "Over the long term, according to X, the cost will double", "Since May, according to X, 40 boats
 *  have sunk": words before the comma at `comma` with no verb open the sentence, no report of their
 *  own; the source reports the clause after it (`rest`), the opening with it. */
const openingPhraseBefore = (tokens: Token[], comma: number, rest: string): boolean =>
  comma > 0 && !tokens.slice(0, comma).some((t) => isVerbForm(t.text) || t.text === ',') && isClause(rest);

/** "Per Ebolo, a draft …", "…, per a statement from the ministry.": "per" names a source when it
 *  opens the sentence or follows a comma, before a name or a phrase headed by a speaker noun ("per
 *  cent", "$5 per share" and "per the McKinley plan", which works a sum out, name none). */
export function perSource(s: ReportSentence, i: number): QuoteDraft | null {
  const { tokens } = s;
  const next = tokens[i + 1]?.text ?? '';
  if (i > 0 && tokens[i - 1]!.text !== ',') return null;
  const determined = /^(the|a|an|his|her|its|their)$/iu.test(next);
  if (!determined && !/^\p{Lu}/u.test(next)) return null;
  const q = accordingTo(s, i, i === 0, 1);
  return q?.speaker && (!determined || SPEAKER_NOUNS.has(lastWord(q.speaker))) ? q : null;
}
