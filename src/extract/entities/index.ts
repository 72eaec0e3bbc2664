// Stage 2: entities. Finds PERSON / ORGANIZATION / LOCATION names, then groups every way the
// document names one thing into one entity with a canonical name ("Shamkhani" → "Ali Shamkhani",
// "SNSC" → "Supreme National Security Council", "Russian" → Russia as a demonym reference).
import type { Entity, EntityType, Layout, Mention, Span } from '../types.js';
import { demonyms, lookupLocation, US_STATE_ABBREVIATIONS } from '../gazetteer.js';
import { isCommonWord, isFemaleName, isFirstName, isKnownOrganization, isKnownPerson, isKnownPlace, isMaleName } from '../lexicon.js';
import { fromCapitals, withoutMiddleInitials } from '../../names.js';
import { firstStartingAtOrAfter } from '../span-index.js';
import { isAllCaps, tokenize, type Token } from '../tokens.js';
import { widenToAcronyms } from './acronym-spans.js';
import { mergeSpans } from './merge-spans.js';
import { withPossessiveNames } from './possessive-names.js';
import { type TaggerModel, tagSpans, trainedTagger } from './tagger.js';
import { capsCandidates, findCandidates, isTitleCase, spanCandidate, type Candidate } from './candidates.js';
import { datelinePlaces } from './dateline-places.js';
import { splitCountryModifiers } from './country-prefix.js';
import { joinPossessiveInstitutions } from './possessive-institutions.js';
import { withoutClosingPeriod } from './closing-period.js';
import { classify, isAcronym, tradedAsCompany } from './classify.js';
import { trainedModel, type TyperModel, typeCandidates } from './typer.js';
import { endsCompanyName, EntityTable, finishedEntities, isInitial, key } from './entity-table.js';
import { CLIPPED_NAMES, FEMALE_TITLES, KIN, MALE_TITLES } from './vocabulary.js';

// PressReader's closing lines name the paper's country: "Newspapers from Iran".
const NAMED_ROLES = new Set(['MASTHEAD', 'TITLE', 'BODY', 'CREDIT', 'BOILERPLATE']);

function isAllCapsBlock(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  return words.length >= 3 && words.filter((t) => isAllCaps(t.text)).length / words.length > 0.6;
}

/** The gender a title tells ("Mr.", "Mrs."): sure, unlike a given name ("Graham", "Christie"). */
function titleGender(c: Candidate): Entity['gender'] {
  if (c.titles.some((t) => MALE_TITLES.has(t))) return 'MALE';
  if (c.titles.some((t) => FEMALE_TITLES.has(t))) return 'FEMALE';
  return null;
}

function genderOf(c: Candidate): Entity['gender'] {
  const titled = titleGender(c);
  if (titled) return titled;
  // "his wife, Linda,": the kin word tells.
  if (c.prev === ',' && KIN.get(c.prevBefore)) return KIN.get(c.prevBefore)!;
  const first = c.words[0]!;
  // A lone word tells the gender only when it is a given name and nobody's surname ("Melanie", not "Kelly").
  if ((c.words.length > 1 || !isKnownPerson(first)) && isMaleName(first) !== isFemaleName(first)) return isMaleName(first) ? 'MALE' : 'FEMALE';
  return null;
}

function nameMention(c: Candidate): Mention {
  return { start: c.start, end: c.end, text: c.text, kind: 'NAME' };
}

/** "Supreme National Security Council (SNSC)": the acronym in brackets names the entity before it. */
function bindAcronyms(text: string, typed: TypedCandidate[]): Map<string, Candidate> {
  const bound = new Map<string, Candidate>();
  for (let i = 0; i + 1 < typed.length; i++) {
    const full = typed[i]!.c;
    const short = typed[i + 1]!.c;
    if (!isAcronym(short.text) || !/^\s*\(\s*$/u.test(text.slice(full.end, short.start))) continue;
    if (typed[i]!.spelled) {
      bound.set(short.text, full);
      continue;
    }
    const initials = full.words
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (initials.includes(short.text) || short.text.split('').every((ch) => initials.includes(ch)) || spellsInOrder(short.text, full.words))
      bound.set(short.text, full);
  }
  return bound;
}

/** "Kenya Medical Supplies Authority (KEMSA)": an acronym that takes more than a letter from a word
 *  spells the name's letters in order, from its first word's first letter to its last word. */
function spellsInOrder(acronym: string, words: string[]): boolean {
  const letters = words.join(' ').toUpperCase();
  if (letters[0] !== acronym[0]) return false;
  let at = 0;
  for (const ch of acronym) {
    at = letters.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return letters.lastIndexOf(' ') < at;
}

export interface TypedCandidate {
  c: Candidate;
  /** the type the rules give (or, once `typeCandidates` ran, the type decided), null for none */
  type: EntityType | null;
  headline: boolean;
  /** found in a block written in capitals, where capitals do not mark names */
  caps?: boolean;
  /** a span the tagger found and the rules did not (its type is the tagger's) */
  tagged?: boolean;
  /** a place of the story's dateline ("NEW YORK 1996-08-30"): a LOCATION whatever else the story says */
  dateline?: boolean;
  /** the name of a paper heading its items in a press review: an ORGANIZATION */
  outlet?: boolean;
  /** a name a bracketed acronym after it spells ("Human Rights in China (HRIC)") */
  spelled?: boolean;
}

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

/** A title-case headline capitalises every word, so a run of them is a name only when the story
 *  names its words too ("Clinton" in "Hillary Clinton Calls …"), the lexicon knows each as a name
 *  ("Hillary", "Trump"), it is an acronym ("U.N."), or the gazetteer knows it: "Popular Website Shows Bias When …" is no organization. */
function confirmedHeadlineName(c: Candidate, named: Set<string>): boolean {
  const known = (w: string) => named.has(w.toLowerCase()) || isAllCaps(w) || isFirstName(w) || isKnownPerson(w) || isKnownOrganization(w) || isKnownPlace(w);
  return c.words.every(known) || !!lookupLocation(c.words.join(' '));
}

/** A byline: a few capitalised words ("Martin Wolk"). */
const isTitleCaseLine = (tokens: Token[]) => tokens.every((t) => /^\p{Lu}/u.test(t.text));

// A review of the papers: "PRESS DIGEST - Kenya", "main stories in Thursday's Pakistani newspapers".
const DIGEST = /\b(?:press digest|newspapers|editorials|the papers)\b/iu;

/** Whether the document reviews the press, as its title or first lines say. */
function isPressDigest(layout: Layout): boolean {
  return layout.blocks.slice(0, 4).some((b) => DIGEST.test(b.text));
}

/** In a press review, a paper's name heads the items taken from it: a short line in capitals or
 *  title case without sentence punctuation ("DAWN", "THE NATION", "Jakarta Post"), then a line that
 *  opens with a dash ("- The government has decided …"). */
function isMastheadLine(tokens: Token[], nextLine: string | undefined): boolean {
  if (!nextLine || !/^[-–—*]/u.test(nextLine) || /^[-–—*\s]+$/u.test(nextLine) || tokens.length > 5) return false;
  return tokens.every((t) => /^\p{Lu}[\p{L}'’&.-]*$/u.test(t.text) || /^\d{1,3}$/u.test(t.text)) && /\p{L}{2}/u.test(tokens[0]?.text ?? '');
}

/** The places of a dateline opening `tokens` ("NICE, France 1996-08-30"), as LOCATION candidates the
 *  typer leaves alone. A city the gazetteer does not know needs capitals, a date or an agency after
 *  the places, and no ordinary word in it ("SOCCER - …", "PRESALE - …" are labels). */
function datelineCandidates(text: string, tokens: Token[]): TypedCandidate[] {
  if (!tokens.length) return [];
  const { spans, dated } = datelinePlaces(text, tokens[0]!.start, tokens[tokens.length - 1]!.end);
  const city = spans[0] && text.slice(spans[0][0], spans[0][1]);
  // "Medicos Sin Fronteras (MSF) said": a place in title case before brackets is one the gazetteer knows.
  if (!city || (!lookupLocation(city) && (!dated || /\p{Ll}/u.test(city) || city.split(' ').some((w) => isCommonWord(w.toLowerCase()))))) return [];
  return spans.map(([start, end]) => {
    const from = tokens.findIndex((t) => t.start === start);
    const to = tokens.findIndex((t) => t.end === end) + 1;
    return { c: spanCandidate(text, tokens, from, to), type: 'LOCATION', headline: false, dateline: true };
  });
}

/** Every candidate name of the document with the type the rules give it, and the blocks in
 *  capitals (whose candidates are the names the rest of the document or the gazetteer knows, and
 *  runs of words that are no ordinary English; the typer decides them). */
export function typedCandidates(paragraphs: Layout, tagger: TaggerModel | null = trainedTagger): { typed: TypedCandidate[]; capsBlocks: Token[][] } {
  const layout = paragraphs.byLine ?? paragraphs;
  const { text } = layout;
  const sentenceStarts = new Set(layout.sentences.map((s) => s.start));
  // A quotation opens a sentence of its own: “Notice Trump sniffing …” names nobody called Notice.
  const quoteStarts = new Set([...text.matchAll(/[“"‘«]\s*(?=\p{Lu})/gu)].map((m) => m.index + m[0].length));
  // Blocks in document order: their candidates, or the tokens of a block in capitals, whose
  // candidates wait for the names the rest of the document gives.
  const found: Array<{ caps: Token[] } | { candidates: TypedCandidate[]; titleCase: boolean }> = [];
  const capsBlocks: Token[][] = [];
  const known = new Set<string>();
  let datelineAllowed = true;
  const digest = isPressDigest(layout);
  for (const [index, block] of layout.blocks.entries()) {
    if (!NAMED_ROLES.has(block.role)) continue;
    let tokens = tokenize(text, block.start, block.end);
    if (digest && isMastheadLine(tokens, layout.blocks[index + 1]?.text)) {
      found.push({ candidates: [{ c: spanCandidate(text, tokens, 0, tokens.length), type: 'ORGANIZATION', headline: false, outlet: true }], titleCase: false });
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
      capsBlocks.push(tokens);
      found.push({ caps: tokens });
      continue;
    }
    sentenceStarts.add(block.start);
    const headline = block.role === 'TITLE';
    const ruled = findCandidates(text, tokens, { sentenceStarts, quoteStarts }, headline).map((c) => ({ c, type: classify(c) }));
    const sentenceStart = tokens.map((t) => sentenceStarts.has(t.start));
    // Title-case lines capitalise every word: there the rules' verbs and function words end names.
    const merged =
      tagger && !headline && !isTitleCase(tokens, false)
        ? mergeSpans(text, tokens, sentenceStart, ruled, tagSpans({ tokens, caps: false, sentenceStart }, tagger, tokenRanges(tokens, ruled)))
        : ruled;
    const make = (c: Candidate, type: EntityType | null): TypedCandidate => ({ c, type, headline });
    const candidates = joinPossessiveInstitutions(
      text,
      tokens,
      splitCountryModifiers(
        text,
        tokens,
        widenToAcronyms(
          text,
          tokens,
          merged.map((m): TypedCandidate => ({ ...m, headline })),
          make,
        ),
        make,
      ),
    );
    // "Results of …" opening a sentence names nothing: no reason to read "RESULTS" in a headline as a name.
    for (const { c } of candidates) if (!c.onlyIfKnown) known.add(c.text.toLowerCase());
    found.push({ candidates, titleCase: headline && isTitleCase(tokens, true) });
  }
  // Words of the names the rest of the document gives, for headlines in title case (only those need them).
  let named: Set<string> | undefined;
  const namedWords = () =>
    (named ??= new Set(found.flatMap((b) => ('candidates' in b && !b.titleCase ? b.candidates.flatMap(({ c }) => c.words.map((w) => w.toLowerCase())) : []))));
  const typed: TypedCandidate[] = [];
  for (const block of found) {
    if ('candidates' in block && block.titleCase) typed.push(...block.candidates.filter(({ c }) => confirmedHeadlineName(c, namedWords())));
    else if ('candidates' in block) typed.push(...block.candidates);
    else for (const c of capsCandidates(text, block.caps, known)) typed.push({ c, type: classify(c), headline: true, caps: true });
  }
  return { typed: withPossessiveNames(text, typed).map((t) => withoutClosingPeriod(text, t)), capsBlocks };
}

/** The entities of the document; `model`: the typer's (the trained one by default, null for the rules' types). */
export function recognizeEntities(paragraphs: Layout, model: TyperModel | null = trainedModel): Entity[] {
  const layout = paragraphs.byLine ?? paragraphs;
  const { text } = layout;
  const table = new EntityTable(text.length);
  const { typed, capsBlocks } = typedCandidates(layout);
  typeCandidates(typed, model, text);
  const acronyms = bindAcronyms(text, typed);

  // Persons first, longer names first, so "Shamkhani" finds "Ali Shamkhani" and "Clinton" finds
  // "President Clinton" wherever each stands, before a gazetteer calls the bare name a town.
  // Companies with their legal form come first, so "Ruch" finds "Ruch SA".
  const rank = ({ c, type }: { c: Candidate; type: EntityType | null }) =>
    type === 'ORGANIZATION' && endsCompanyName(c.words[c.words.length - 1]!) ? -1 : type === 'PERSON' ? 0 : 1;
  // A title telling the gender ("Mr. Obama") goes before the bare name, which then finds that person.
  const gendered = ({ c }: { c: Candidate }) => (titleGender(c) ? 0 : 1);
  // "Shane Warne" before "S. Warne", which then finds him.
  const initialled = ({ c }: { c: Candidate }) => (c.words.some((w) => isInitial(key(w))) ? 1 : 0);
  const byLength = [...typed].sort(
    (a, b) => rank(a) - rank(b) || b.c.words.length - a.c.words.length || initialled(a) - initialled(b) || gendered(a) - gendered(b) || a.c.start - b.c.start,
  );
  // "Shares of Nordstrom jumped … said Erik Nordstrom": a word the text shows to be a company stays
  // one, apart from the person who bears it ("Mr. Nordstrom" is still he).
  const companyWords = new Set(
    typed.filter(({ c, type }) => type === 'ORGANIZATION' && c.words.length === 1 && tradedAsCompany(c)).map(({ c }) => key(c.text)),
  );
  const isCompanyWord = (c: Candidate, type: EntityType | null) => type === 'ORGANIZATION' && companyWords.has(key(c.text)) && !titleGender(c);
  for (const { c, type } of byLength) {
    const expansion = acronyms.get(c.text);
    if (expansion) continue; // attached once its expansion has an entity
    const company =
      type === 'LOCATION'
        ? undefined
        : (table.companyNamed(c.words) ??
          (type === 'ORGANIZATION' && c.words.length === 1 ? (table.organizationOpenedBy(c.text) ?? table.organizationEndedBy(c.text)) : undefined));
    // "Okonkwo Holdings … Ada Okonkwo said Okonkwo would": the person the text named before is meant.
    if (company && !(type === 'PERSON' && table.personContaining(c.words, titleGender(c)))) {
      table.attach(company, nameMention(c));
      continue;
    }
    // "ERCOT said" after "the Electric Reliability Council of Texas": an acronym no bracket introduced
    // is the one organization of the text whose name it spells.
    const spelled = type !== 'PERSON' && c.words.length === 1 ? table.organizationSpelled(c.text) : undefined;
    if (spelled) {
      table.attach(spelled, nameMention(c));
      continue;
    }
    if ((type === 'PERSON' || type === null || c.words.length === 1) && !isCompanyWord(c, type)) {
      // "Mr. Obama" is not "Michelle Obama": a gender a title tells must agree. A bare "Obama" then
      // goes with "Mr. Obama", the person of that name the text titled, not with the one named in full.
      const exact = c.words.length === 1 ? table.find('PERSON', c.text) : undefined;
      const containing = table.personContaining(c.words, titleGender(c));
      const person = containing && exact?.gender && containing.gender && exact.gender !== containing.gender ? exact : (containing ?? exact);
      if (person) {
        table.attach(person, nameMention(c));
        continue;
      }
    }
    if (type === 'PERSON') table.add('PERSON', withoutMiddleInitials(fromCapitals(c.words.join(' '))), c.words, nameMention(c), genderOf(c));
    else if (type === 'LOCATION')
      table.add(
        'LOCATION',
        lookupLocation(c.words.join(' ')) ?? lookupLocation(c.text) ?? US_STATE_ABBREVIATIONS.get(c.text) ?? fromCapitals(c.text),
        c.words,
        nameMention(c),
      );
    else if (type === 'ORGANIZATION') table.add('ORGANIZATION', CLIPPED_NAMES.get(key(c.text)) ?? fromCapitals(c.text), c.words, nameMention(c));
  }
  for (const { c } of typed) {
    const expansion = acronyms.get(c.text);
    const owner = expansion && table.find(null, expansion.text);
    if (owner) table.attach(owner, nameMention(c));
  }
  // A bare word met before its full name ("Putin’s envoy" ... "Vladimir Putin") or left untyped.
  for (const { c } of typed) {
    if (table.has(c.start, c.end)) continue;
    const known = table.find(null, c.text) ?? table.personContaining(c.words, titleGender(c));
    if (known) table.attach(known, nameMention(c));
  }
  // "SHEFFIELD SHIELD SCOREBOARD" after "the Sheffield Shield match": a name the story gives no type is no place.
  const untyped = new Set(typed.filter((t) => t.type === null && !t.caps && !t.headline && t.c.words.length > 1).map(({ c }) => key(c.text)));
  addAllCapsMentions(text, capsBlocks, table, untyped);
  addDemonyms(text, layout, table);
  return finishedEntities(table);
}

/** Headlines and datelines in capitals: only names the document or the gazetteer already knows, and
 *  none inside a name the document gives no type (`untyped`, lower-cased). */
function addAllCapsMentions(text: string, blocks: Token[][], table: EntityTable, untyped: Set<string>): void {
  for (const tokens of blocks) {
    for (let i = 0; i < tokens.length; i++) {
      // The longest run of up to three words that names something: "NEW YORK" before "YORK".
      for (let n = Math.min(3, tokens.length - i); n >= 1; n--) {
        const run = tokens.slice(i, i + n);
        if (!run.every((t) => /^\p{Lu}[\p{Lu}.'’-]*$/u.test(t.text)) || (n === 1 && run[0]!.text.length < 2)) continue;
        const name = text.slice(run[0]!.start, run[n - 1]!.end);
        if (untyped.has(key(name))) {
          i += n - 1;
          break;
        }
        if (table.has(run[0]!.start, run[n - 1]!.end)) continue;
        const known = table.find(null, name);
        const place = known ? undefined : lookupLocation(name);
        if (!known && !place) continue;
        const mention: Mention = { start: run[0]!.start, end: run[n - 1]!.end, text: name, kind: 'NAME' };
        if (known) table.attach(known, mention);
        else table.add('LOCATION', place!, [name], mention);
        i += n - 1;
        break;
      }
    }
  }
}

/** "Russian" refers to Russia: a DEMONYM mention, which `about` counts and the name list does not. */
function addDemonyms(text: string, layout: Layout, table: EntityTable): void {
  for (const block of layout.blocks) {
    if (block.role !== 'BODY' && block.role !== 'TITLE') continue;
    for (const t of tokenize(text, block.start, block.end)) {
      // Demonyms are capitalised: most tokens are not, and need no lookup.
      if (!/^\p{Lu}/u.test(t.text)) continue;
      const country = demonyms.get(key(t.text));
      if (!country || table.has(t.start, t.end)) continue;
      const mention: Mention = { start: t.start, end: t.end, text: t.text, kind: 'DEMONYM' };
      const owner = table.find('LOCATION', country);
      if (owner) table.attach(owner, mention);
      else table.add('LOCATION', country, [country], mention);
    }
  }
}

/** Ids of the entities referred to inside `span`, in order of their first reference there. */
export function linkAbout(span: Span, entities: Entity[]): string[] {
  return aboutLinker(entities)(span);
}

/** `linkAbout` for many spans over the same entities: the mentions are sorted once, and each span
 *  looks only at the mentions that start inside it. */
export function aboutLinker(entities: Entity[]): (span: Span) => string[] {
  const mentions = entities
    .flatMap((e, order) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id, order })))
    .sort((a, b) => a.start - b.start || a.order - b.order);
  return (span) => {
    const ids: string[] = [];
    const seen = new Set<string>();
    for (let i = firstStartingAtOrAfter(mentions, span.start); i < mentions.length && mentions[i]!.start < span.end; i++) {
      const m = mentions[i]!;
      if (m.end > span.end || seen.has(m.id)) continue;
      seen.add(m.id);
      ids.push(m.id);
    }
    return ids;
  };
}
