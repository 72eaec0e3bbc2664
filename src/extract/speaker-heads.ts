// Which noun of a speaker phrase speaks: the head that prepositional phrases hang from ("Experts on
// trade", "attorneys for the family"), a whole group ("A group of parents"), a document ("a survey of
// voters"), or an organization named inside a description that speaks for it ("the Reuters survey").
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { phraseEndingAt } from './noun-phrases.js';
import { ATTACHING, namesPeople, namesSomeone, speaksForBody } from './phrase-heads.js';
import { roleOf, runsABody, unranked } from './roles.js';
import { describesOrganization, isCompanyWord } from './description-heads.js';
import { ARTICLES, COURTESY_TITLES, countsAPart, lastWord, POSTNOMINAL, SPEAKER_NOUNS, SPEAKING_DOCUMENTS, wordOf } from './speaker-words.js';
import { type Token, wordAt } from './tokens.js';

/** Documents that speak for their makers with "of" after them: "a survey of voters", "a review of records". */
const DOCUMENT_HEADS = wordOf([...SPEAKING_DOCUMENTS, 'studies', 'review', 'reports', 'research', 'inquiry', 'investigation'], 'u');
/** Records of an event that speak in its place with "of" after them: "a transcript of the meeting",
 *  "footage of the rally" (a person after "of", "footage of Ann Holt saying", still speaks). */
const RECORD_HEADS = /^(transcripts?|recordings?|tapes?|footage|videos?|audio|clips?|excerpts?|minutes)$/u;
/** Prepositions a document's subject hangs from it by: "a survey of voters", "a review into maternity care". */
const DOCUMENT_SUBJECT = /^(of|into)$/u;
/** One person brought in by an indefinite article, with at most two modifiers: "a midwife", "one senior nurse". */
const ONE_PERSON = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{Ll}-]*$/u;
/** A noun for a person by what they do ("midwife", "porter", "barista", "lecturer"), not a thing ("an email", "a response", "a lecture"). */
const PERSON_NOUN = /(?:er|or|ist|ista|ian|wife|man|woman)$/u;
/** Writing put up somewhere: "a sign on the door", "a banner outside the hall". */
const POSTED_WRITING = /^(sign|signs|note|notes|banner|banners|placard|placards|poster|posters|plaque|notice|notices|sticker|stickers)$/u;
/** Nouns of knowing after "with" that leave the noun before them the head: "people with knowledge of the matter". */
const KNOWING = /^(knowledge|details|understanding)$/u;

/**
 * The head a phrase at the end of a subject hangs from: English attaches to a noun with
 * prepositions, so in "Experts on trade and farm policy", "Mr. Reyes of the Farmers Union",
 * "attorneys for the family" the first noun speaks; "A group of parents" speaks whole. The head
 * must be a name or a noun that can speak. `organizationsSpeak`: an organization after a noun
 * stays the speaker ("analysts at the Lowy Institute"), as for its spokesman or its report.
 */
export function headOf(names: NameIndex, tokens: Token[], phrase: SpeakerSurface, organizationsSpeak = true): SpeakerSurface {
  let current = phrase;
  for (let step = 0; step < 4 && current.kind !== 'PRONOUN'; step++) {
    const head = speakingHeadBefore(names, tokens, current, organizationsSpeak);
    if (!head) break;
    current = head;
  }
  return current;
}

/** The phrase that `current` hangs from by a preposition, when that one speaks, or null. */
function speakingHeadBefore(names: NameIndex, tokens: Token[], current: SpeakerSurface, organizationsSpeak: boolean): SpeakerSurface | null {
  const p = attachingPrepositionBefore(names, tokens, current);
  if (p < 0) return null;
  const preposition = wordAt(tokens, p);
  const adjective = wordsAfterNoun(tokens, p, preposition);
  // "Those close to him say", "those around the mayor acknowledge": "those" stands for the people the
  // words after it describe, who speak, not the one they are close to.
  const those = p - 1 - adjective;
  if (wordAt(tokens, those) === 'those') return names.surface(tokens[those]!.start, current.end, 'NOMINAL', null);
  const head = phraseEndingAt(names, tokens, those, true);
  if (!head || head.kind === 'PRONOUN') return null;
  const named = head.entityId ? names.nameAt.get(head.start)?.entity : undefined;
  if (named) return named.type === 'LOCATION' ? null : head;
  const word = lastWord(head);
  // "A group of parents", "two of the people": a part of a group speaks as the whole phrase.
  if (preposition === 'of' && countsAPart(word)) return names.surface(head.start, current.end, 'NOMINAL', null);
  if (onePersonAtWork(preposition, head, word)) return head;
  // "A review into maternity care at Northfield NHS Trust has found": the document the phrase is the subject of speaks.
  const documentOver = documentAbove(names, tokens, head);
  if (documentOver) return documentOver;
  return headSpeaks(names, current, { preposition, head, word, adjective: adjective > 0 }, organizationsSpeak) ? head : null;
}

/** "People familiar with the talks", "sources close to the minister": an adjective after its noun
 *  (one word); "people with knowledge of the matter": a noun of knowing after "with" (two); else none. */
function wordsAfterNoun(tokens: Token[], p: number, preposition: string): number {
  const knowing = preposition === 'of' && KNOWING.test(wordAt(tokens, p - 1)) && wordAt(tokens, p - 2) === 'with' ? 2 : 0;
  return POSTNOMINAL.has(wordAt(tokens, p - 1)) ? 1 : knowing;
}

/** "A midwife at the trust said", "a porter at Leeds General Infirmary said": one person brought in
 *  by an indefinite article, at or from where they work, speaks as the person described, whatever
 *  the trade (no list need know "midwife"); only a spokesman or an official there speaks for the body.
 *  (A role the lexicon knows counts as a trade, whatever its ending: "A nurse at the trust told …".) */
function onePersonAtWork(preposition: string, head: SpeakerSurface, word: string): boolean {
  return (
    /^(at|from)$/u.test(preposition) &&
    ONE_PERSON.test(head.text) &&
    (PERSON_NOUN.test(word) || namesPeople(word)) &&
    !speaksForBody(word) &&
    !describesOrganization(word)
  );
}

/** The head of a phrase before a preposition and its object: the preposition, the phrase, its last
 *  word, and whether an adjective or a noun of knowing stands after the noun. */
interface HeadBeforePreposition {
  preposition: string;
  head: SpeakerSurface;
  word: string;
  adjective: boolean;
}

/** Whether the head speaks rather than the object after its preposition (`current`): a noun for
 *  people or a document, unless the object is an organization that speaks for itself. */
function headSpeaks(names: NameIndex, current: SpeakerSurface, h: HeadBeforePreposition, organizationsSpeak: boolean): boolean {
  const { preposition, head, word } = h;
  // "Democrats in Congress": people in an organization are no representatives of it.
  const organization = objectIsOrganization(names, current, preposition, word);
  // "a person close to Elm Partners" is no one speaking for it.
  // "The chief executive of SkyBridge warned": one who leads an organization is a person the story
  // may name, not the organization's voice as its spokesman is.
  const leader = preposition === 'of' && current.kind === 'NAME' && leads(roleOf(word) ?? '') && /^the\s/iu.test(head.text);
  // "A reporter from the Yorkshire Post asked": a journalist asks for the readers, not as the paper's voice.
  const journalist = JOURNALISTS.has(roleOf(word) ?? word);
  if (organizationsSpeak && organization && !/^in(?:to)?$/u.test(preposition) && !h.adjective && !leader && !journalist) return false;
  // ("Bundlers in both parties": a noun for people by what they do, which no list need know.)
  return SPEAKER_NOUNS.has(word) || namesSomeone(word) || headIsDocument(current, preposition, word);
}

/** Whether the object after the preposition is an organization: one named, or "the agency" after
 *  "a spokesman for" (the public body described speaks through its spokesman, as one named does; a
 *  company word, which may go back to a business the story only mentions, does not). */
function objectIsOrganization(names: NameIndex, current: SpeakerSurface, preposition: string, word: string): boolean {
  const described = current.kind === 'NOMINAL' && /^the\s+\p{Ll}+$/iu.test(current.text) ? lastWord(current) : '';
  const body = preposition === 'for' && /^spokes/u.test(word) && describesOrganization(described) && !isCompanyWord(described);
  return (current.entityId !== null && names.nameAt.get(current.start)?.entity.type === 'ORGANIZATION') || body;
}

/** "a recent survey of voter lists", "a review of records": the document speaks. "The sign on the
 *  door read", "a banner outside the hall said": the writing speaks, not where it hangs. ("A 2014
 *  study by Justin Levitt found": the document by its maker speaks, for that maker.) */
function headIsDocument(current: SpeakerSurface, preposition: string, word: string): boolean {
  return (
    (/^(of|by|into)$/u.test(preposition) && DOCUMENT_HEADS.test(word)) ||
    (preposition === 'of' && current.kind === 'NOMINAL' && RECORD_HEADS.test(word)) ||
    (/^(on|in|at|outside|above|over)$/u.test(preposition) && POSTED_WRITING.test(word))
  );
}

/** The document a plain noun phrase is the subject of ("maternity care" in "A review into maternity
 *  care at …"), or null; the phrase itself must be no speaker nor name. */
function documentAbove(names: NameIndex, tokens: Token[], phrase: SpeakerSurface): SpeakerSurface | null {
  const word = lastWord(phrase);
  if (phrase.kind !== 'NOMINAL' || SPEAKER_NOUNS.has(word) || namesPeople(word) || DOCUMENT_HEADS.test(word)) return null;
  const p = attachingPrepositionBefore(names, tokens, phrase);
  if (p < 0 || !DOCUMENT_SUBJECT.test(wordAt(tokens, p))) return null;
  const document = phraseEndingAt(names, tokens, p - 1, true);
  return document?.kind === 'NOMINAL' && DOCUMENT_HEADS.test(lastWord(document)) ? document : null;
}

/** The index of the preposition that attaches `current` to a noun before it, past titles, articles
 *  and joined objects ("on trade and farm policy", "in Lisbon and around the world"), or -1. */
const COURTESY_OR_DOCTOR = new RegExp(String.raw`^(${COURTESY_TITLES}|Dr)\.?$`, 'u');
function attachingPrepositionBefore(names: NameIndex, tokens: Token[], current: SpeakerSurface): number {
  const start = names.indexAt(tokens, current.start) - 1;
  // ("a pollster with Mr. Holt's former party": a possessor's name opening the phrase has its titles too.)
  const named = current.kind === 'NAME' || names.nameAt.has(current.start);
  let p = pastArticles(tokens, named ? pastTitles(tokens, start) : start);
  // Joined objects: "on trade and farm policy", and a list's names before it: "from Iowa, Missouri and Nebraska".
  if (wordAt(tokens, p) === 'and') {
    const left = phraseEndingAt(names, tokens, p - 1, true);
    if (!left || left.kind === 'PRONOUN') return -1;
    p = pastArticles(tokens, names.indexAt(tokens, left.start) - 1);
    for (let items = 0; items < 8 && wordAt(tokens, p) === ','; items++) {
      const item = phraseEndingAt(names, tokens, p - 1, true);
      if (item?.kind !== 'NAME') break;
      p = pastArticles(tokens, names.indexAt(tokens, item.start) - 1);
    }
  }
  if (p < 1 || !ATTACHING.test(wordAt(tokens, p))) return -1;
  // Joined prepositional phrases: "in Lisbon and around the world".
  const joined = wordAt(tokens, p - 1) === 'and' ? phraseEndingAt(names, tokens, p - 2, true) : null;
  const before = joined ? pastArticles(tokens, names.indexAt(tokens, joined.start) - 1) : -1;
  return before > 0 && ATTACHING.test(wordAt(tokens, before)) ? before : p;
}

/** The index at or before `k` past articles. */
function pastArticles(tokens: Token[], k: number): number {
  while (k > 0 && ARTICLES.has(wordAt(tokens, k))) k--;
  return k;
}

/** The index at or before `k` past a name's titles: "advisers to Mr. Obama", "a lawyer for Gov. Ann
 *  Holt" (titles stand between a name and its preposition). */
function pastTitles(tokens: Token[], k: number): number {
  while (k > 0 && CAPITALIZED.test(tokens[k]!.text) && roleOf(tokens[k]!.text.replace(FINAL_PERIOD, '')) !== null) k--;
  while (k > 0 && COURTESY_OR_DOCTOR.test(tokens[k]!.text)) k--;
  return k;
}
const CAPITALIZED = /^\p{Lu}/u;
const FINAL_PERIOD = /\.$/u;

/** Those who put a story's questions: "a reporter from the Financial Times", "a journalist from Le Monde". */
const JOURNALISTS = new Set(['reporter', 'journalist']);

/** Roles that lead an organization: those that run one ("the head of", "the chief executive of"),
 *  its founder, owner, coach or captain, and their deputies ("the vice-chair of", "the co-founder of"). */
const leads = (role: string): boolean => {
  const base = unranked(role);
  return runsABody(base) || /^(founder|owner|coach|captain)$/u.test(base);
};

/** An organization named inside a description that speaks for it ("the Reuters survey"), not
 *  one modifying people ("European Union leaders", "the Velmora Party front-runner", "the Harbour
 *  League contenders"). */
export function modifierOrganization(names: NameIndex, tokens: Token[], phrase: SpeakerSurface): SpeakerSurface | null {
  if (namesSomeone(lastWord(phrase))) return null;
  const org = names.organizationNear(tokens, names.indexAt(tokens, phrase.start) + phrase.text.split(/\s+/u).length - 1);
  if (org && sideOfCompetition(phrase, org)) return null;
  return org && org.start >= phrase.start && org.end <= phrase.end ? org : null;
}

/** "The Premier League club", "the Bundesliga side": a side in a competition named inside the phrase,
 *  which is no competition; the club speaks. */
export const sideOfCompetition = (phrase: SpeakerSurface, org: { text: string }) =>
  /^(club|side|team|outfit|franchise)$/iu.test(lastWord(phrase)) &&
  /\b(League|Cup|Liga|Championship|Premiership|Conference|Division|Bundesliga|Serie|Ligue|Eredivisie|Primeira|NFL|NBA|MLB|NHL|MLS)\b/u.test(org.text);
