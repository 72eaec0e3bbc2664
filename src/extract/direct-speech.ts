// Direct speech: a quoted passage attributed after ("…,” he said; attribution-after-quote.ts),
// before ("X said: “…”"; attribution-before-quote.ts), by a trailing "— Name", by the paragraph
// before ("Karl Weber said:"; introduced-quotes.ts), by a sentence about a person before it
// (acting-person.ts), or continuing the last speaker. Passages later in a paragraph that go on with
// the quote before them are joined in quote-continuations.ts.
import { actingPerson, personNarratedBefore } from './acting-person.js';
import { attributionAfter, dashSignature } from './attribution-after-quote.js';
import { attributionBefore, speechNounBeforeColon } from './attribution-before-quote.js';
import { nameBeforeColon } from './colon-names.js';
import { introduction } from './introduced-quotes.js';
import { isFiniteVerb } from './lexicon.js';
import { dayThenPlace } from './opening-adverbials.js';
import { passageQuote, type QuotedWords, type QuoteDraft } from './quote-draft.js';
import type { QuotedPassage } from './quote-marks.js';
import type { SpeakerFinder } from './speakers.js';
import { firstStartingAtOrAfter, spanAt } from './span-index.js';
import { PREPOSITIONS } from './speech-venues.js';
import { type Token, tokenize } from './tokens.js';
import type { Layout, TextSpan } from './types.js';

/** A quoted passage, attributed after ("…,” he said), before ("X said: “…”"), by "— Name", or by context. */
export function directSpeech(
  text: string,
  layout: Layout,
  p: QuotedPassage,
  next: QuotedPassage | undefined,
  speakers: SpeakerFinder,
  reportsSpeech: (sentence: number) => boolean = () => false,
): QuoteDraft | null {
  const sentence = spanAt(layout.sentences, p.start) ?? layout.sentences[firstStartingAtOrAfter(layout.sentences, p.start)];
  if (!sentence) return null;
  const content = { start: p.inner.start, end: p.inner.end, text: text.slice(p.inner.start, p.inner.end) };
  // Marks around no word ("“”", "“ – ”") say nothing: not read for attribution, which reads the sentence around them.
  if (!/[\p{L}\p{N}]/u.test(content.text)) return null;
  if (
    titleInOpeningPhrase(text, sentence.start, content) ||
    titleAfterPreposition(text, sentence.start, p, content) ||
    titleOfWork(text, sentence.start, p, content)
  )
    return null;
  const w: QuotedWords = { text, sentence, content };
  const after = attributionAfter(w, layout, p, next, speakers);
  // "The ferry, she said, “is too slow.” The tides agreed.": a quotation its own sentence attributes
  // before it and closes with a stop is no content of a cue in the sentence after it.
  if (after && !closedBySentenceStop(text, p)) return after;
  const head = tokenize(text, sentence.start, p.start);
  return (
    attributionBefore(w, head, speakers) ??
    speechNounBeforeColon(w, head, speakers) ??
    after ??
    introducedByParagraph(w, layout, p, speakers) ??
    quoteByContext(w, layout, p, head, speakers, reportsSpeech)
  );
}

/** "Karl Weber said:" or "Sanders made the following comment:" closing the paragraph before
 *  introduces the quotation opening the next. */
function introducedByParagraph(w: QuotedWords, layout: Layout, p: QuotedPassage, speakers: SpeakerFinder): QuoteDraft | null {
  const previous = layout.blocks[p.firstBlock - 1];
  if (p.start !== layout.blocks[p.firstBlock]!.start || previous?.role !== 'BODY' || !previous.text.endsWith(':')) return null;
  const intro = introduction(w.text, previous, speakers);
  return intro ? passageQuote(w, intro.who, intro.cue) : null;
}

/** A quotation no cue attributes: a paragraph that is only a quotation (onlyQuotationInParagraph),
 *  or one narration about a person closes or introduces with a colon. */
function quoteByContext(
  w: QuotedWords,
  layout: Layout,
  p: QuotedPassage,
  head: Token[],
  speakers: SpeakerFinder,
  reportsSpeech: (sentence: number) => boolean,
): QuoteDraft | null {
  const { text, sentence } = w;
  const block = layout.blocks[p.lastBlock]!;
  const firstBlock = layout.blocks[p.firstBlock]!;
  if (p.start === firstBlock.start && text.slice(p.end, block.end).trim().length <= 1) return onlyQuotationInParagraph(w, layout, p, speakers);
  // "Asked what he will miss, he shrugs. “The quiet, maybe.”": a quotation closing the paragraph
  // right after a sentence about a person is that person's.
  const closesParagraph = head.length === 0 && text.slice(p.end, block.end).trim().length <= 1;
  // "Asked about the penalty, he was short: “Ask the referee.”": so is one that narration about a
  // person introduces with a colon, or a name closing the narration ("… pollster Ann Holt: “…”").
  const introducedByColon = head.length > 1 && head[head.length - 1]!.text === ':';
  const who = closesParagraph
    ? personNarratedBefore(text, layout, sentence, firstBlock, speakers, reportsSpeech)
    : introducedByColon
      ? (actingPerson(head.slice(0, -1), speakers, true) ?? nameBeforeColon(head, speakers))
      : null;
  return who ? passageQuote(w, who, null) : null;
}

/** A paragraph that is only a quotation continues the speaker before it, unless it is a section
 *  heading set in quote marks (“All Bets Are Off.”, or ‘A long road ahead.’ in a story quoting in
 *  double marks). */
function onlyQuotationInParagraph(w: QuotedWords, layout: Layout, p: QuotedPassage, speakers: SpeakerFinder): QuoteDraft | null {
  const { text } = w;
  if (isHeading(text.slice(p.inner.start, p.inner.end))) return null;
  // "“…” ⏎ - Ann Holt." as fact checks and quotes of the day set it: the line after signs it.
  const signature = layout.blocks[p.lastBlock + 1];
  const signed = signature && signature.text.length <= SIGNATURE_LENGTH ? dashSignature(tokenize(text, signature.start, signature.end), 0, speakers) : null;
  // (One a line signs is a quote of the day, not a subheading.)
  if (!signed && isSingleMarkedHeading(text, layout, p)) return null;
  return passageQuote(w, signed, null, !signed);
}

/** The longest line read as a signature after a quotation ("- President Ann Holt, tweeting after the vote."). */
const SIGNATURE_LENGTH = 80;

/** A short quotation-only paragraph in single marks where the story quotes in double marks (“…”,
 *  "…" or ''…''): a subheading that echoes words of the section, not a quotation going on. */
function isSingleMarkedHeading(text: string, layout: Layout, p: QuotedPassage): boolean {
  if (p.inner.start !== p.start + 1 || !/^[‘']$/u.test(text[p.start]!) || text[p.start + 1] === "'") return false;
  if (text.slice(p.inner.start, p.inner.end).split(/\s+/u).length > 8) return false;
  return quotesInDoubleMarks(text, layout);
}

/** Whether the story quotes in double marks: papers that quote in single marks set quotations within
 *  them in double ones, fewer than theirs. Counted once per document, however many paragraphs ask. */
const doubleMarked = new WeakMap<Layout, boolean>();
function quotesInDoubleMarks(text: string, layout: Layout): boolean {
  let answer = doubleMarked.get(layout);
  if (answer === undefined) {
    const doubles = text.match(/[“”"]|''/gu)?.length ?? 0;
    const singles = text.match(/(?:^|[\s(—])(?:‘|'(?!'))/gmu)?.length ?? 0;
    answer = doubles >= 2 * singles;
    doubleMarked.set(layout, answer);
  }
  return answer;
}

/** The words from the sentence's start to the opening mark are a capitalised name and the start of
 *  its apposition: "Tom Pike, host of “", "Ann Holt, the banker known as “". */
const APPOSITION_ON_NAME = /^\s*\p{Lu}[^,“”"]{0,40},\s[^,“”"]{1,60}[“"]$/u;

/** A name's possessive right before the opening mark: "KTV’s “", "CBS's \"". */
const OWNED_BY_NAME = /\p{Lu}[\p{L}.&-]*['’]s\s+[“"]$/u;

/** A short line in title case: "All Bets Are Off.", "Legend in the Coal Fields." */
function isHeading(line: string): boolean {
  const words = line.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  // Title case leaves short function words in lower case ("Legend in the Coal Fields").
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 2 && !/^(the|and|for|but|nor|yet|from|with|into|over)$/u.test(w));
  return words.length <= 8 && long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** "On this weekend’s broadcast of “Fox News Sunday,” Pence said …", "In his book, “Make Your Kid a
 *  Millionaire,” he …": a title in capitals inside an opening phrase names where, not what was said;
 *  so does one owned by a station or paper however the phrase opens ("Friday on KTV’s “Harbour
 *  Talk,” Holt said", "Speaking Sunday on KTV’s “Harbour Talk,” …", "Tom Pike, host of KTV’s “Harbour Talk,” …"), and
 *  one in the apposition of a name opening the sentence ("Tom Pike, host of “Harbour Talk,” said …"). */
function titleInOpeningPhrase(text: string, sentenceStart: number, content: TextSpan): boolean {
  const lead = tokenize(text, sentenceStart, content.start).filter((t) => /^[\p{L}\p{N}]/u.test(t.text));
  // (The opening phrase first: most quotations follow none, and their words need not be read.)
  const opening =
    PREPOSITIONS.has(lead[0]?.text.toLowerCase() ?? '') ||
    // ("Sunday on Velmora TV’s “Morning Hour,” Holt said …": a day, then where.)
    (lead.length > 1 && dayThenPlace(lead)) ||
    OWNED_BY_NAME.test(text.slice(Math.max(sentenceStart, content.start - 40), content.start)) ||
    APPOSITION_ON_NAME.test(text.slice(sentenceStart, content.start));
  return opening && !lead.some((t) => isFiniteVerb(t.text)) && inTitleCase(content.text);
}

/** Up to eight words, each capitalised but for short ones: "Fox and Friends", "This Week". */
function inTitleCase(quoted: string): boolean {
  const words = quoted
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  return words.length > 0 && words.length <= 8 && words.every((w) => w.length < 4 || /^[\p{Lu}\p{N}]/u.test(w));
}

/** "told “Harbour Talk,” reminding …", "in an appearance on “Velmora Tonight,” Holt said …": a title in
 *  capitals right after a preposition or after "told" is a programme or a work, where or to whom it
 *  was said; words cried out keep their marks ("to chants of “Holt! Holt!”"). */
function titleAfterPreposition(text: string, sentenceStart: number, p: QuotedPassage, content: TextSpan): boolean {
  // (A match starts where a word does, so (?<!\p{L}) changes none: it spares the engine retrying each word from every one of its letters.)
  const before = /(?<!\p{L})(\p{L}+)\s*[“"‘']+$/u.exec(text.slice(Math.max(sentenceStart, p.start - 20), p.inner.start));
  const word = before ? before[1]!.toLowerCase() : '';
  return (PREPOSITIONS.has(word) || word === 'told') && !/[!?]/u.test(content.text) && inTitleCase(content.text);
}

/** Words for a work that has a title: a book, an ad, a film, a show, a song, a collection. */
const WORK =
  '(?:books?|memoirs?|novels?|biograph(?:y|ies)|ads?|adverts?|commercials?|films?|movies?|documentar(?:y|ies)|shows?|series|programmes?|programs?|episodes?|songs?|albums?|collections?|antholog(?:y|ies)|plays?|musicals?|poems?|essays?|podcasts?|videos?|reads)';
/** "his 2012 book, “", "a Web ad, “", "a collection from Tom Hale called “", "a film titled “". */
const WORK_BEFORE = new RegExp(
  String.raw`(?:(?<!\p{L})${WORK},?\s*|(?<!\p{L})(?:titled|entitled)\s+|(?<!\p{L})${WORK}(?:\s+[^\s.;:!?“”"]+){0,6}\s+(?:called|named|dubbed)\s+)[“"‘']+$`,
  'iu',
);

/** "said in his 2012 book, “A Harbour Son.”", "a Web ad, “Playing the Mayor,” in which …", "“This Kind
 *  of Tide,” by Tom Hale": a title in capitals a work's word sets before it, or its author after it,
 *  names the work; it is nothing said. */
function titleOfWork(text: string, sentenceStart: number, p: QuotedPassage, content: TextSpan): boolean {
  if (!inTitleCase(content.text)) return false;
  const before = text.slice(Math.max(sentenceStart, p.start - 80), p.inner.start);
  return WORK_BEFORE.test(before) || /^[\s,]*by\s+\p{Lu}/u.test(text.slice(p.end, p.end + 20));
}

/** Whether a stop closes the quotation's sentence at its closing mark: “… too slow.” or “… too slow”. */
function closedBySentenceStop(text: string, p: QuotedPassage): boolean {
  return /[.!?]["”’'»]*\s*$/u.test(text.slice(p.inner.start, p.end)) || text[p.end] === '.';
}
