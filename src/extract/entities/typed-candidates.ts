// Every candidate name of a document, block by block, with the type the rules give it.
import type { EntityType, Layout } from '../types.js';
import { hasLetter, isAllCaps, tokenize, type Token } from '../tokens.js';
import { widenToAcronyms } from './acronym-spans.js';
import { widenToParty } from './party-names.js';
import { type MergedCandidate, mergeSpans } from './merge-spans.js';
import { withPossessiveNames } from './possessive-names.js';
import { type TaggerModel, trainedTagger } from './tagger-model.js';
import { tagSpans } from './tagger.js';
import { type Candidate, spanCandidate } from './candidates.js';
import { capsCandidates, writtenInLowerCase } from './caps-candidates.js';
import { splitCapsPossessives } from './caps-possessives.js';
import { capsLeadLength } from './caps-leads.js';
import { findCandidates } from './find-candidates.js';
import { isTitleCase, smallWordCapitalised } from './title-case.js';
import { wordsAloneIn } from './body-holders.js';
import { datelineCandidates } from './dateline-candidates.js';
import { isMastheadLine, isPressDigest } from './press-review.js';
import { splitCountryModifiers } from './country-prefix.js';
import { joinPossessiveInstitutions, withPatronsJoinedByAnd } from './possessive-institutions.js';
import { withAndNamesWhole } from './and-joined-names.js';
import { joinBracketedParts } from './bracketed-name-parts.js';
import { withoutClosingPeriod } from './closing-period.js';
import { classify } from './classify.js';
import { lazyLowerCaseWords, ordinaryWords, writtenInsideSentences } from './ordinary-words.js';
import { markedOpenings } from './marked-openings.js';
import { confirmedHeadlineOpening } from './headline-names.js';
import { withoutSpelledOutInitials } from './spelled-out-initials.js';
import { withoutCurrencyLetters } from './currency-signs.js';
import { quotedPassagesOf } from '../quote-marks.js';

// PressReader's closing lines name the paper's country: "Newspapers from Iran".
const NAMED_ROLES = new Set(['MASTHEAD', 'TITLE', 'BODY', 'CREDIT', 'NOTE', 'BOILERPLATE']);

function isAllCapsBlock(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!hasLetter(t.text)) continue;
    words++;
    if (isAllCaps(t.text)) caps++;
  }
  return words >= 3 && caps / words > 0.6;
}

export interface TypedCandidate {
  c: Candidate;
  /** the type the rules give (or, once `typeCandidates` ran, the type decided), null for none */
  type: EntityType | null;
  headline: boolean;
  /** found in a block written in capitals, where capitals do not mark names */
  caps?: boolean;
  /** a span the tagger found and the rules did not (its type the tagger's, or none where the rules read none) */
  tagged?: boolean;
  /** a place of the story's dateline ("NEW YORK 1996-08-30"): a LOCATION whatever else the story says */
  dateline?: boolean;
  /** the name of a paper heading its items in a press review: an ORGANIZATION */
  outlet?: boolean;
  /** a name a bracketed acronym after it spells ("Human Rights in China (HRIC)") */
  spelled?: boolean;
  /** the plural name of the side a nickname in the singular stands for ("All Blacks" for "All Black") */
  side?: string;
}

/** A typed candidate with every field of the record, in one order, whatever its kind (`kind` sets the
 *  marks it has). Records of one layout share one hidden class in the engine, and so do those
 *  `extended` makes of them: the typing passes, which read every candidate, then see one layout, where
 *  a layout for each kind (dateline, capitals, tagger's, acronym...) and a mark added later had each
 *  pass compiled again for every layout it met over an extraction thread's first few hundred articles. */
export function typedCandidate(c: Candidate, type: EntityType | null, headline: boolean, kind?: TypedCandidateKind): TypedCandidate {
  return Object.assign({}, { c, type, headline, caps: false, tagged: false, dateline: false, outlet: false, spelled: false, side: undefined }, kind);
}
type TypedCandidateKind = Partial<Pick<TypedCandidate, 'caps' | 'tagged' | 'dateline' | 'outlet' | 'spelled'>>;

/** The token ranges [from, to) of candidates, in order (both lists are in text order). */
function tokenRanges(tokens: Token[], candidates: Array<{ c: Candidate }>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  for (const { c } of candidates) {
    while (i < tokens.length && tokens[i]!.end <= c.start) i++;
    let j = i;
    while (j < tokens.length && tokens[j]!.start < c.end) j++;
    out.push([i, Math.max(j, i + 1)]);
  }
  return out;
}

/** A byline: a few capitalised words ("Martin Wolk"). */
const isTitleCaseLine = (tokens: Token[]) => tokens.every((t) => /^\p{Lu}/u.test(t.text));

/** A block's candidates in document order, or the tokens of a block in capitals, whose candidates
 *  wait for the names the rest of the document gives. */
type FoundBlock = { caps: Token[] } | { candidates: TypedCandidate[]; titleCase: boolean };

/** What the rules read of the whole document while they find each block's candidates. */
interface DocumentReading {
  text: string;
  tagger: TaggerModel | null;
  sentenceStarts: Set<number>;
  /** where a word opens a sentence or a clause to the rules (the tagger keeps its own starts) */
  opening: Set<number>;
  quoteStarts: Set<number>;
  lowerCase: () => Set<string>;
  ordinary: (word: string) => boolean;
  writtenInside: (phrase: string, at: number) => boolean;
  wordsAlone: () => Set<string>;
}

/** Every candidate name of the document with the type the rules give it, the blocks in capitals
 *  (whose candidates are the names the rest of the document or the gazetteer knows, and runs of words
 *  that are no ordinary English; the typer decides them), and the words it writes in lower case, for
 *  the typer to read again. */
export function typedCandidates(
  paragraphs: Layout,
  tagger: TaggerModel | null = trainedTagger,
): { typed: TypedCandidate[]; capsBlocks: Token[][]; lowerCase: () => Set<string> } {
  const layout = paragraphs.byLine ?? paragraphs;
  const { text } = layout;
  const doc = documentReading(layout, quotationStarts(paragraphs), tagger);
  const { found, capsBlocks, known } = foundBlocks(layout, doc);
  // "the consumer price index (CPI)": initials spelled out in lower case shorten a common noun (spelled-out-initials.ts);
  // "US$ 10 billion": a country's letters on a dollar sign spell a currency (currency-signs.ts).
  const typed = joinedAcrossBlocks(layout, typedInOrder(text, found, known, doc.lowerCase));
  return { typed: withoutCurrencyLetters(text, withoutSpelledOutInitials(text, typed)), capsBlocks, lowerCase: doc.lowerCase };
}

/** The document's sentence and clause openings, its quotations' starts and the tests of its ordinary words. */
function documentReading(layout: Layout, quoteStarts: Set<number>, tagger: TaggerModel | null): DocumentReading {
  const { text } = layout;
  const sentenceStarts = new Set(layout.sentences.map((s) => s.start));
  // "Cases rose …": an ordinary word opening a sentence, by the lexicon or by the document's own lower case.
  const lowerCase = lazyLowerCaseWords(text);
  const ordinary = ordinaryWords(text, lowerCase);
  const writtenInside = writtenInsideSentences(text);
  // Capitalised words the text writes alone, for names running a body into its member's (body-holders.ts).
  let alone: Set<string> | undefined;
  const wordsAlone = () => (alone ??= wordsAloneIn(text));
  // The rules read a word a mark opens a sentence or clause with as a sentence's first (the tagger keeps its own starts).
  const opening = new Set([...sentenceStarts, ...markedOpenings(text, [...sentenceStarts, ...layout.blocks.map((b) => b.start)])]);
  return { text, tagger, sentenceStarts, opening, quoteStarts, lowerCase, ordinary, writtenInside, wordsAlone };
}

/** Where a capitalised word opens a quotation, a sentence of its own: “Notice Trump sniffing …” names
 *  nobody called Notice. The quotations are the passages the quotes are read from, whose marks pair
 *  off: a straight mark after a comma closes one (`"No," Jan Smit said`). */
function quotationStarts(layout: Layout): Set<number> {
  const { text } = layout;
  const starts = new Set<number>();
  for (const { inner } of quotedPassagesOf(layout)) {
    let at = inner.start;
    while (at < inner.end && /\s/u.test(text[at]!)) at++;
    if (CAPITAL.test(text[at] ?? '')) starts.add(at);
  }
  return starts;
}
const CAPITAL = /^\p{Lu}/u;

/** The named blocks in document order, each its candidates or its tokens in capitals; the blocks in
 *  capitals; and the (lower-cased) names the blocks not in capitals give, for the names in capitals. */
function foundBlocks(layout: Layout, doc: DocumentReading): { found: FoundBlock[]; capsBlocks: Token[][]; known: Set<string> } {
  const { text } = doc;
  const found: FoundBlock[] = [];
  const capsBlocks: Token[][] = [];
  const known = new Set<string>();
  // "PANAMA'S DIAZ": words in capitals are read apart from their possessive (caps-possessives.ts).
  const addCaps = (tokens: Token[]) => {
    const caps = splitCapsPossessives(tokens);
    capsBlocks.push(caps);
    found.push({ caps });
  };
  let datelineAllowed = true;
  const digest = isPressDigest(layout);
  for (const [index, block] of layout.blocks.entries()) {
    if (!NAMED_ROLES.has(block.role)) continue;
    let tokens = tokenize(text, block.start, block.end);
    if (digest && isMastheadLine(tokens, layout.blocks[index + 1]?.text)) {
      found.push({ candidates: [typedCandidate(spanCandidate(text, tokens, 0, tokens.length), 'ORGANIZATION', false, { outlet: true })], titleCase: false });
      continue;
    }
    // The story's first paragraph may open with a dateline (after a byline: "Martin Wolk\nSEATTLE
    // 1996-08-29"): its places are places, decided here.
    if (block.role === 'BODY' && datelineAllowed) {
      datelineAllowed = tokens.length <= 4 && isTitleCaseLine(tokens);
      const dateline = datelineCandidates(text, tokens);
      if (dateline.length) {
        found.push({ candidates: dateline, titleCase: false });
        datelineAllowed = false;
        const after = dateline[dateline.length - 1]!.c.end;
        tokens = tokens.filter((t) => t.start >= after);
        if (!tokens.length) continue;
      }
    }
    if (isAllCapsBlock(tokens)) {
      addCaps(tokens);
      continue;
    }
    // "VERIZON TO BUY YAHOO FOR $4.83 BILLION The sale …": a headline in capitals opening the block is
    // read as a block in capitals, the rest from the word after it (caps-leads.ts).
    const lead = capsLeadLength(tokens);
    if (lead) {
      addCaps(tokens.slice(0, lead));
      tokens = tokens.slice(lead);
      opensSentence(doc, tokens[0]!.start);
    }
    opensSentence(doc, block.start);
    found.push(casedBlock(doc, tokens, block.role === 'TITLE', known));
  }
  return { found, capsBlocks, known };
}

/** A sentence opens at `start`: both sets of openings hold it. */
function opensSentence(doc: DocumentReading, start: number): void {
  doc.sentenceStarts.add(start);
  doc.opening.add(start);
}

/** A block not in capitals, its candidates found; the names it gives are added to `known`. */
function casedBlock(doc: DocumentReading, tokens: Token[], headline: boolean, known: Set<string>): FoundBlock {
  const titleCase = isTitleCase(tokens, headline);
  const candidates = blockCandidates(doc, tokens, headline, titleCase);
  // "Results of …" opening a sentence names nothing: no reason to read "RESULTS" in a headline as a name.
  for (const { c } of candidates) if (!c.onlyIfKnown) known.add(c.text.toLowerCase());
  // A subheading in title case, a small word capitalised inside it, names as a headline does.
  return { candidates, titleCase: titleCase && (headline || smallWordCapitalised(tokens)) };
}

/** The candidates of a block not in capitals: the rules' spans typed, the tagger's merged in, then
 *  widened to acronyms, split before country modifiers, joined over possessive institutions and bracketed parts. */
function blockCandidates(doc: DocumentReading, tokens: Token[], headline: boolean, titleCase: boolean): TypedCandidate[] {
  const { text } = doc;
  const merged = ruledAndTagged(doc, tokens, headline, titleCase);
  const make = (c: Candidate, type: EntityType | null): TypedCandidate => typedCandidate(c, type, headline);
  const joined = joinBracketedParts(
    text,
    tokens,
    joinPossessiveInstitutions(
      text,
      tokens,
      splitCountryModifiers(
        text,
        tokens,
        widenToAcronyms(
          text,
          tokens,
          merged.map((m) => typedCandidate(m.c, m.type, headline, { tagged: m.tagged === true })),
          make,
        ),
        make,
      ),
    ),
  );
  // "the Republican party": a party's words before "party" in lower case name it with its word (party-names.ts).
  return widenToParty(text, tokens, joined, make);
}

/** The rules' candidates of a block with their types, and the spans the tagger finds merged in. */
function ruledAndTagged(doc: DocumentReading, tokens: Token[], headline: boolean, titleCase: boolean): MergedCandidate[] {
  const { text, tagger, sentenceStarts, opening, quoteStarts, ordinary, wordsAlone, writtenInside } = doc;
  const ruled = findCandidates(text, tokens, { sentenceStarts: opening, quoteStarts, ordinary, wordsAlone, writtenInside, titleCase }, headline).map((c) => ({
    c,
    type: classify(c),
  }));
  const sentenceStart = tokens.map((t) => sentenceStarts.has(t.start));
  // Title-case lines capitalise every word: there the rules' verbs and function words end names.
  if (!tagger || titleCase) return ruled;
  const merged = mergeSpans(
    text,
    tokens,
    tokens.map((t) => opening.has(t.start)),
    ruled,
    tagSpans({ tokens, caps: false, sentenceStart }, tagger, tokenRanges(tokens, ruled)),
  );
  return merged.map(rulesNoneStands);
}

/** "the Freedom of Information Act", "the North American Free Trade Agreement": the tagger's span keeps its
 *  words, but where the rules read them as a name of none of our types (a law, a treaty, a people, a show),
 *  the typer starts from the rules' "none", not from the tagger's type (see typer.ts). */
const rulesNoneStands = (m: MergedCandidate): MergedCandidate => (m.tagged && m.type && classify(m.c) === null ? { ...m, type: null } : m);

/** The candidates of the blocks in document order: a title-case headline's confirmed by the names the
 *  rest of the document gives, a block in capitals' those the document or the gazetteer knows. */
function typedInOrder(text: string, found: FoundBlock[], known: Set<string>, lowerCase: () => Set<string>): TypedCandidate[] {
  // Words of the names the rest of the document gives, for headlines in title case (only those need them).
  let named: Set<string> | undefined;
  const namedWords = () =>
    (named ??= new Set(found.flatMap((b) => ('candidates' in b && !b.titleCase ? b.candidates.flatMap(({ c }) => c.words.map((w) => w.toLowerCase())) : []))));
  const typed: TypedCandidate[] = [];
  const written = writtenInLowerCase(lowerCase);
  for (const block of found) {
    if ('candidates' in block && block.titleCase)
      for (const t of block.candidates) {
        const confirmed = confirmedHeadlineOpening(t, namedWords());
        if (confirmed) typed.push(confirmed);
      }
    else if ('candidates' in block) for (const c of block.candidates) typed.push(c);
    else for (const c of capsCandidates(text, block.caps, known, written)) typed.push(typedCandidate(c, classify(c), true, { caps: true }));
  }
  return typed;
}

/** The names joined across the candidates: patrons joined by "and", names whole over "and", possessive names; then each without a closing period. */
function joinedAcrossBlocks(layout: Layout, typed: TypedCandidate[]): TypedCandidate[] {
  const { text } = layout;
  const joined = withPossessiveNames(text, withAndNamesWhole(text, layout.blocks, withPatronsJoinedByAnd(text, layout.blocks, typed)));
  // Pushed one by one, not mapped: the list every typing pass walks stays an array without holes. When
  // the engine drops the optimised code of withoutClosingPeriod in the middle of a `map`, that `map`
  // call site makes arrays with holes from then on, and each of the some forty passes compiled for the
  // other kind of array is dropped and compiled again (about 105 against 29 discarded compilations over
  // the evaluation articles' fourth to eighth settled passes).
  const out: TypedCandidate[] = [];
  for (const t of joined) out.push(withoutClosingPeriod(text, t));
  return out;
}
