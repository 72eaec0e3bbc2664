// Speech a hearing heard: "The court heard that …", "The jury was told …", "…, the inquiry heard."
// The words were said to the court by someone the sentence does not name; the speaker is whoever the
// story last showed addressing the hearing (HearingSpeakers, kept by attribution.ts), and without one the words are no quote.
import { isClause } from './clauses.js';
import { isCalendarWord, isFiniteVerb, isFunctionWord, isArticle, ARTICLE_ALTERNATIVES } from './lexicon.js';
import { contentEnd } from './content-end.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { personNames } from './name-mentions.js';
import { type Token, spanOf, wordAt, isLowerCaseWord } from './tokens.js';
import type { Entity, Layout, Sentence, Span, Speaker, TextSpan } from './types.js';
import type { AttributedQuote } from './speech-history.js';
import { extended } from './extended.js';

/** Bodies that hear evidence. */
const HEARINGS = /^(court|jury|inquiry|inquest|tribunal|hearing|trial|magistrates|panel|committee)$/iu;

/** "heard", "was told", "has been told", and a headline's "hears", "told": the index of the cue's
 *  last word from `k`, or -1. */
function heardAt(tokens: Token[], k: number, headline = false): number {
  const w = (n: number) => wordAt(tokens, n);
  let n = k;
  if (/^(has|had|have)$/u.test(w(n))) n++;
  if (w(n) === 'heard' || (headline && n === k && w(n) === 'hears')) return n;
  if (/^(was|were|is|are)$/u.test(w(n)) || (w(n) === 'been' && n > k)) n++;
  else if (w(n - 1) === 'has' || w(n - 1) === 'had') return -1;
  if (w(n) === 'been') n++;
  return (n > k || headline) && w(n) === 'told' ? n : -1;
}

/** "the court", "Reading Crown Court", "Leeds Magistrates' Court" at `k`: the index after it, or -1. */
function hearingAt(tokens: Token[], k: number, bare = false): number {
  const article = isArticle(tokens[k]?.text ?? '');
  let n = article ? k + 1 : k;
  while (n < k + 5 && !HEARINGS.test(tokens[n]?.text ?? '') && qualifiesHearing(tokens[n]?.text ?? '', article)) n++;
  // (A headline names it bare: "…, inquiry told".)
  if (!((n > k || bare) && HEARINGS.test(tokens[n]?.text ?? ''))) return -1;
  // "The jury at Leeds Crown Court": where it sits, a court by its name.
  return AT.test(tokens[n + 1]?.text ?? '') ? Math.max(n + 1, hearingAt(tokens, n + 2)) : n + 1;
}
const AT = /^at$/iu;
const CAPITALIZED_OR_MARK = /^(\p{Lu}[\p{L}'’]*|['’])$/u;

/** A named court or inquiry: capitalised words (and a possessive mark) ending in its kind; after an
 *  article, words that qualify it ("a public inquiry"). (A module function: hearingAt runs at every token.) */
const qualifiesHearing = (w: string, article: boolean) =>
  CAPITALIZED_OR_MARK.test(w) || (article && isLowerCaseWord(w) && !isFunctionWord(w) && !isFiniteVerb(w));

/** "told the jury", "told an inquiry", "told the public inquiry": a hearing right after the cue. (Made
 *  once: a pattern built inside the function is compiled again at every quote.) */
const HEARING_TOLD = new RegExp(
  String.raw`^\s*(?:${ARTICLE_ALTERNATIVES})\s+(?:\p{L}+\s+)?(?:court|jury|inquiry|inquest|tribunal|hearing|trial|magistrates|panel|committee)\b`,
  'iu',
);

/** Whether a quote's attribution shows its speaker addressing a hearing: a listener after the cue
 *  ("told the jury", "told an inquiry") or counsel's part in the speaker's words ("Prosecutor Ann
 *  Roe said", "Pike's barrister insisted") or opening the sentence ("Prosecuting, Ann Roe said"). */
function addressesHearing(text: string, sentenceStart: number, cue: Span, speaker: Span | null): boolean {
  if (HEARING_TOLD.test(text.slice(cue.end, cue.end + 40))) return true;
  // "told Avon Coroner's Court", "told Preston Crown Court": a hearing by its name.
  if (NAMED_HEARING.test(text.slice(cue.end, cue.end + 60))) return true;
  return actsAsCounsel(text, sentenceStart, cue, speaker);
}

/** Whether the attribution gives the speaker counsel's part: "Prosecutor Ann Roe said", "Pike's
 *  barrister insisted", "Prosecuting, Ann Roe said". Counsel opens a case; a witness only gives evidence. */
function actsAsCounsel(text: string, sentenceStart: number, cue: Span, speaker: Span | null): boolean {
  if (speaker && COUNSEL.test(text.slice(Math.max(sentenceStart, speaker.start - 30), speaker.end))) return true;
  return /^\s*(?:prosecuting|defending|opening the case|for the (?:prosecution|defence|defense))\s*,/iu.test(text.slice(sentenceStart, cue.start));
}

/** Where the story names a person as prosecuting without giving their words: "The case is being
 *  prosecuted by Aisha Rahman", "Aisha Rahman, prosecuting, …", "prosecutor Aisha Rahman". Their
 *  opening is what "the jury was told" until someone is shown addressing it. */
function prosecutorsNamed(text: string, entities: Entity[]): { at: number; entity: Entity }[] {
  const found: { at: number; entity: Entity }[] = [];
  for (const { e, m } of personNames(entities)) {
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    if (PROSECUTOR_BEFORE.test(before) || PROSECUTING_AFTER.test(text.slice(m.end, m.end + 30))) found.push({ at: m.start, entity: e });
  }
  return found.sort((x, y) => x.at - y.at);
}
const PROSECUTOR_BEFORE = /\b(?:prosecuted\s+by|[Pp]rosecutors?|[Pp]rosecuting\s+(?:barrister|counsel|lawyer|solicitor))\s+(?:\p{Lu}\p{L}*\.?\s+){0,2}$/u;
const PROSECUTING_AFTER = /^(?:\s+KC)?,\s+(?:prosecuting|for the prosecution)\b/u;

/** "the defence barrister", "the prosecution counsel": counsel named by the side of a trial they act for. */
const SIDE_COUNSEL = /^the (?:(defen[cs]e|defending)|prosecution|prosecuting) (?:barrister|counsel|lawyer|solicitor|advocate|attorney)$/u;
const DEFENDER_BEFORE =
  /\b(?:[Dd]efending|[Dd]efended\s+by|[Dd]efen[cs]e\s+(?:barrister|counsel|lawyer|solicitor|attorney))\s*,?\s+(?:\p{Lu}\p{L}*\.?\s+){0,2}$/u;
const PROSECUTING_BEFORE = new RegExp(`(?:\\b[Pp]rosecuting,\\s+(?:\\p{Lu}\\p{L}*\\.?\\s+){0,2}$)|${PROSECUTOR_BEFORE.source}`, 'u');
const DEFENDING_AFTER = /^(?:\s+[KQ]C)?,\s+(?:defending|for the defen[cs]e)\b/u;

/** For a description of counsel by side (`phrase`, lower case), the person last shown acting for that side
 *  before `pos`: "Defending, Simon Farrant KC …" for "the defence barrister", whoever else was "the barrister". */
export function counselForSide(text: string, names: readonly (Span & { e: Entity; m: TextSpan })[], phrase: string, pos: number): Entity | null {
  const side = SIDE_COUNSEL.exec(phrase);
  if (!side) return null;
  const [before, after] = side[1] ? [DEFENDER_BEFORE, DEFENDING_AFTER] : [PROSECUTING_BEFORE, PROSECUTING_AFTER];
  for (let i = firstStartingAtOrAfter(names, pos) - 1; i >= 0; i--) {
    const { e, m } = names[i]!;
    if (e.type === 'PERSON' && (before.test(text.slice(Math.max(0, m.start - 30), m.start)) || after.test(text.slice(m.end, m.end + 30)))) return e;
  }
  return null;
}

const NAMED_HEARING = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Court|Inquest|Inquiry|Tribunal)\b/u;
// (Not a prosecution service's name, which speaks outside court: "The Crown Prosecution Service said",
// "the Director of Public Prosecutions".)
const COUNSEL = /\b(?:prosecut(?!ions\b)\p{L}*|counsel|barrister|defence|defense)\b(?!\s+Service\b)/iu;

/** What a hearing was told in this sentence, as a quote whose speaker the story gives elsewhere. */
export function hearingSpeech(text: string, sentence: Sentence, tokens: Token[]): QuoteDraft | null {
  // "The court heard that …" opening the sentence: the clause after the cue.
  const open = hearingAt(tokens, 0);
  const cue = open > 0 ? heardAt(tokens, open) : -1;
  if (cue > 0 && tokens[cue + 1]) {
    const next = tokens[cue + 1]!.text;
    // "heard that …", "heard how …"; "was told (that) …". Not "heard evidence from …", "was told to
    // leave", "was told by …".
    // ("The court heard she spent the money …": a pronoun subject opens the clause too.)
    const opened = /^(that|he|she|they)$/iu.test(next) || (/^how$/iu.test(next) && /^heard$/iu.test(tokens[cue]!.text));
    if (!opened && /^(to|by|of|about|what)$/iu.test(next)) return null;
    const content = trimmed(text, tokens[cue + 1]!.start, contentEnd(tokens, cue, sentence.end, true));
    // ("The court heard CCTV footage showed …": a clause with a subject of its own; "heard evidence
    // from the pathologist" is none.)
    const clause = content && isClause(content.text) && (!/^heard$/iu.test(tokens[cue]!.text) || !/^(evidence|from|a|an)$/iu.test(next));
    return content && (opened || clause) ? heard(text, content, tokens, 0, open, cue, sentence) : null;
  }
  // "…, the court was told." closing the sentence: the clause before it.
  const last = tokens.length - (/^[.!?]$/u.test(tokens.at(-1)?.text ?? '') ? 2 : 1);
  for (let comma = last - 2; comma > 2 && comma >= last - 8; comma--) {
    if (tokens[comma]!.text !== ',') continue;
    const headline = sentence.index < 0;
    const after = hearingAt(tokens, comma + 1, headline);
    const end = after > 0 ? heardAt(tokens, after, headline) : -1;
    if (end < 0 || pastDay(tokens, end) !== last) continue;
    const content = trimmed(text, tokens[0]!.start, tokens[comma]!.start);
    return content ? heard(text, content, tokens, comma + 1, after, end, sentence) : null;
  }
  return null;
}

/** "…, a jury heard on Tuesday.": the index of a day's last word after the cue at `k`, or `k`. */
function pastDay(tokens: Token[], k: number): number {
  const w = (n: number) => wordAt(tokens, n);
  const on = w(k + 1) === 'on' ? 1 : 0;
  if (!isCalendarWord(w(k + 1 + on)) && !(on === 0 && /^(yesterday|today)$/u.test(w(k + 1)))) return k;
  return /^(morning|afternoon|evening|night)$/u.test(w(k + 2 + on)) ? k + 2 + on : k + 1 + on;
}

/** The quote of what the hearing named by tokens `from` to `to` heard at the cue `cue`. */
function heard(text: string, content: TextSpan, tokens: Token[], from: number, to: number, cue: number, sentence: Sentence): QuoteDraft {
  const q = draft(content, spanOf(tokens[cue]!), null, false, sentence);
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  q.heardBy = { start, end, text: text.slice(start, end) };
  return q;
}

/** Who speaks what "the court heard": who last addressed a court or an inquiry. Heard before anyone is
 *  shown addressing the hearing ("…, Reading Crown Court heard. Prosecuting, Daniel Frost said …"): the
 *  first counsel who does. "The case is being prosecuted by Aisha Rahman. The jury was told that …": a
 *  prosecutor named since (or, for what was heard first, before whoever first addresses it) opened the case. */
export class HearingSpeakers {
  private readonly heard: AttributedQuote[] = [];
  private heardEarlier: QuoteDraft[] = [];
  private addressing: Speaker | null = null;
  private addressedAt = -1;
  private readonly prosecutors: { at: number; entity: Entity }[];

  constructor(
    private readonly layout: Layout,
    entities: Entity[],
  ) {
    this.prosecutors = prosecutorsNamed(layout.text, entities);
  }

  /** A quote the hearing heard: the prosecutor named since the hearing was last addressed, else who
   *  addressed it; kept for later when nobody has yet. */
  hear(q: QuoteDraft): void {
    const speaker = this.prosecutorBetween(this.addressedAt, q.start) ?? (this.addressing && { ...this.addressing, mention: null });
    if (speaker) this.heard.push(extended(q, { resolved: speaker }));
    else this.heardEarlier.push(q);
  }

  /** An attributed quote: whether its speaker addresses the hearing (and so opened what was heard before). */
  spoken(q: QuoteDraft, resolved: Speaker): void {
    const { text, sentences } = this.layout;
    const sentenceStart = sentences[q.sentence]?.start ?? q.cue?.start ?? q.start;
    if (!resolved.name || !q.cue || !addressesHearing(text, sentenceStart, q.cue, resolved.mention)) return;
    this.addressing = resolved;
    this.addressedAt = q.start;
    // What was heard before anyone addressed the hearing opened the case: counsel's, never a
    // witness's named later ("An inquest has heard that … His daughter told the hearing …").
    const opener = this.prosecutorBetween(-1, q.start) ?? (actsAsCounsel(text, sentenceStart, q.cue, resolved.mention) ? { ...resolved, mention: null } : null);
    if (opener) {
      this.heard.push(...this.heardEarlier.map((h) => extended(h, { resolved: opener })));
      this.heardEarlier = [];
    }
  }

  /** Every quote heard, with what was heard before anyone addressed the hearing given to a prosecutor named anywhere. */
  allHeard(): AttributedQuote[] {
    const opened = this.prosecutorBetween(-1, this.layout.text.length);
    if (opened) this.heard.push(...this.heardEarlier.map((h) => extended(h, { resolved: opened })));
    return this.heard;
  }

  private prosecutorBetween(since: number, pos: number): Speaker | null {
    const named = this.prosecutors.findLast(({ at }) => at > since && at < pos)?.entity;
    return named ? { entityId: named.id, name: named.name, mention: null } : null;
  }
}
