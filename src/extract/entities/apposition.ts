// "Budimex, a Polish construction firm,", "Koysinjaq, a town near the border": what an apposition
// right after a name calls it is what the name is, whatever its words look like.
import { describesOrganization, describesPlace } from '../description-heads.js';
import { cueLemma } from '../cues.js';
import { isClosedClassWord, tagsOf, isArticle, isPreposition } from '../lexicon.js';
import { roleOf } from '../roles.js';
import { isPossessiveMark, type Token, wordsOf, isLowerCaseWord } from '../tokens.js';
import type { EntityType } from '../types.js';
import { PLACE_KINDS } from './place-vocabulary.js';

/** "as the company is known", "as the group is called". */
const KNOWN_AS = /^as the (\p{Ll}+) is (?:known|called)$/u;
/** Adverbs of time before an apposition's phrase: "once China's largest developer", "formerly a state firm". */
const SINCE_OR_UNTIL = /^(?:once|formerly|previously|now)$/u;

// The apposition's noun phrase: its determiner and up to this many words.
const REACH = 6;

/** Whether a comma or a dash closes the phrase from token `from` before its sentence ends: "According to Velk, a
 *  firm in Harlow, profits rose". */
function closedBefore(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const word = tokens[k]!.text;
    if (/^[,–—-]$/u.test(word)) return true;
    if (/^[.;:!?]$/u.test(word)) return false;
  }
  return false;
}

/** Whether the name from token `from` stands in a phrase opening its sentence with a preposition: "Under Ann
 *  Holt", "According to Tom Pike". After such a phrase's comma comes the sentence's own clause ("Under Ann Holt,
 *  the firm grew"), so an apposition there must be set off by a second comma. */
function inOpeningPhrase(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1]?.text ?? '';
  if (!isPreposition(before.toLowerCase())) return false;
  const opener = before === 'to' && tokens[from - 2]?.text === 'According' ? from - 2 : from - 1;
  const mark = tokens[opener - 1]?.text;
  return /^\p{Lu}/u.test(tokens[opener]!.text) && (mark === undefined || SENTENCE_END.test(mark));
}

/** The type of the thing an apposition after the name calls it, reading the tokens from `after`
 *  (the comma) of the name from token `from`. The head is the last noun of a kind before the phrase ends:
 *  "a bank economist" is a person's role, no bank; "Poland's largest builder" a company, no country. Null when
 *  the phrase names no kind, or a role that bodies hold too, or when it runs on to the sentence's end after a
 *  phrase opening the sentence (`inOpeningPhrase`). */
export function appositionType(tokens: Token[], comma: number, from: number): EntityType | null {
  if (tokens[comma]?.text !== ',') return null;
  if (inOpeningPhrase(tokens, from) && !closedBefore(tokens, comma + 1)) return null;
  const before = tokens[from - 1];
  // "Pemex, as the company is known,": what the name is known as.
  const knownAs = KNOWN_AS.exec(wordsOf(tokens, comma + 1, comma + 6));
  if (knownAs) return kindOf(knownAs[1]!) === 'ORGANIZATION' ? 'ORGANIZATION' : null;
  // "Evergrande, once China's largest developer,": an adverb of time before the phrase.
  const after = SINCE_OR_UNTIL.test(tokens[comma + 1]?.text ?? '') ? comma + 1 : comma;
  const opener = tokens[after + 1]?.text ?? '';
  const possessed = possessorEnds(tokens, after + 1) > 0;
  if (!isArticle(opener) && !possessed) return null;
  let kind: EntityType | 'ROLE' | null = null;
  // "Jordan Hale, an analyst at Morningstar": a person's role makes the name a person's ("In Tulsa,
  // an unarmed man …" opens a clause after a phrase).
  const personal = !before || !endsPhrase(before.text.toLowerCase());
  const typeOf = (found: EntityType | 'ROLE' | null, head: string) => (found === 'ROLE' ? (personal && !HELD_BY_BODIES.test(head) ? 'PERSON' : null) : found);
  let head = '';
  for (let k = after + 2; k <= after + 1 + REACH; k++) {
    const word = tokens[k]?.text;
    if (word === undefined || /^[,.;:)–—-]$/u.test(word)) return typeOf(kind, head);
    // "the country's largest builder": what comes before the possessive is its owner.
    if (/^['’]s?$/u.test(word)) kind = null;
    // "…, the pressure group Human Rights Watch said": a description before a name, no apposition.
    else if (/^\p{Lu}/u.test(word)) {
      if (kind) return null;
    } else if (!/^\p{L}[\p{L}-]*$/u.test(word) || cueLemma(word)) return null;
    // "Denmark's most valuable company": a superlative's adverb goes on to its adjective and the head.
    else if (/^(?:most|least)$/u.test(word)) continue;
    // "the brewing and leisure group": modifiers joined by "and" or "or" go on to the head.
    else if (/^(?:and|or)$/u.test(word) && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '')) continue;
    // "a firm based in Oslo", "a group which": the phrase ends; "the ministry said" is a clause.
    else if (isClosedClassWord(word)) return endsPhrase(word) ? typeOf(kind, head) : null;
    else {
      // "Milwaukee, the site of the debate": a site of something is where it stands, no web site; so is
      // a site a superlative or a word of places sets apart ("Velmora, the faith's holiest site").
      const found = SITE.test(word) && (tokens[k + 1]?.text === 'of' || PLACE_SITE.test(tokens[k - 1]!.text)) ? 'LOCATION' : kindOf(word);
      if (found) [kind, head] = [found, word.toLowerCase()];
      // "a fun-loving airline pilot": a noun for a person after a body's or a place's kind heads the phrase,
      // of no kind known ("an activist and former political prisoner" is still a person's).
      else if ((kind === 'ORGANIZATION' || kind === 'LOCATION') && tagsOf(word).includes('Actor')) kind = null;
    }
  }
  return null;
}

const SITE = /^sites?$/u;
/** "holiest", "oldest", "sacred", "heritage": the word before "site" that makes it a place, no web site. */
const PLACE_SITE = /^(?:\p{Ll}{2,}iest|\p{Ll}{3,}[^e]est|holy|sacred|historic|heritage|burial|archaeological|pilgrimage|crash|disaster|memorial)$/u;

/** Words that open a sentence's description of a body or place: "The company", "Its parent company". */
const DESCRIPTION_OPENERS = /^(?:the|its|their)$/iu;
/** Marks that end the sentence before: a description after them opens its own. */
const SENTENCE_END = /^[.!?”"’]$/u;

/** "The company, Larkspur Dental, said", "Its parent firm, Harlow Group, said": what a description
 *  opening the sentence calls the name set off in commas right after it, a body or a place (a person's
 *  role is left to the titles), reading the tokens [from, to) of the name. Null when no such
 *  description stands before. */
export function descriptionBefore(tokens: Token[], from: number, to: number): EntityType | null {
  if (tokens[from - 1]?.text !== ',' || tokens[to]?.text !== ',') return null;
  // "The dental company", "Its parent company".
  const found = kindOpened(tokens, from - 2, DESCRIPTION_OPENERS);
  return found && (found.opener === 0 || SENTENCE_END.test(tokens[found.opener - 1]!.text)) ? found.kind : null;
}

/** What names a thing after its kind: "a firm called …", "a group named …", "a town dubbed …". */
const CALLED = /^(?:called|named|dubbed)$/u;
/** Words that bring in a kind of thing: "a firm called", "the group named", "its subsidiary called". */
const KIND_OPENERS = /^(?:a|an|the|its|their|his|her|this|another|one)$/iu;

/** After the name, what makes "named" or "called" the body's act of naming a person to a post, not what the
 *  name is called: "The party named Tom Pike as its nominee", "the board named Ann Holt its chair". */
const NAMED_TO_A_POST = /^(?:as|its|their|his|her|our)$/iu;
/** Or the post itself, in lower case, perhaps new or acting: "the board named Tom Pike chairman", "named Ann
 *  Holt interim chief executive" (a body is called by a name, and holds no post). */
const POST_RANK = /^(?:new|acting|interim|deputy|vice|joint|co)$/u;
const namedToAPost = (tokens: Token[], to: number) => {
  const word = tokens[to]?.text ?? '';
  if (NAMED_TO_A_POST.test(word)) return true;
  const post = POST_RANK.test(word) ? (tokens[to + 1]?.text ?? '') : word;
  return isLowerCaseWord(post) && roleOf(post) !== null;
};

/** "a data firm called Dorrance Analytica", "a nonprofit named Granite Futures", "a town called Hale": what
 *  the kind before "called" or "named" says the name is, a body or a place (a person's role, "a man
 *  named …", is left to the person's name), reading the tokens of the name from `from` to `to`. Null when
 *  no such kind stands before, or when the kind named someone to a post (`namedToAPost`). */
export function calledBefore(tokens: Token[], from: number, to: number): EntityType | null {
  if (!CALLED.test(tokens[from - 1]?.text ?? '') || namedToAPost(tokens, to)) return null;
  // "a little-known data firm called".
  return kindOpened(tokens, from - 2, KIND_OPENERS)?.kind ?? null;
}

/** The kind the lower-case head at token `head` names, a body or a place, and where the word of
 *  `openers` that opens its phrase stands: up to three words before the head, none of a closed
 *  class. Null for a head of neither kind, or no such opener. */
function kindOpened(tokens: Token[], head: number, openers: RegExp): { kind: 'ORGANIZATION' | 'LOCATION'; opener: number } | null {
  const word = tokens[head]?.text ?? '';
  const kind = isLowerCaseWord(word) ? kindOf(word) : null;
  if (kind !== 'ORGANIZATION' && kind !== 'LOCATION') return null;
  for (let k = head - 1; k >= head - 4 && k >= 0; k--) {
    const before = tokens[k]!.text;
    if (openers.test(before)) return { kind, opener: k };
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(before) || isClosedClassWord(before)) return null;
  }
  return null;
}

/** "Denmark's", "Latin America's", "South Korea's": where the possessive of a name of up to three
 *  capitalised words from `from` stands, or 0. */
function possessorEnds(tokens: Token[], from: number): number {
  for (let k = from; k < from + 3 && /^\p{Lu}/u.test(tokens[k]?.text ?? ''); k++) if (isPossessiveMark(tokens[k + 1]?.text ?? '')) return k + 1;
  return 0;
}

/** A preposition or relative word after an apposition's noun: "a town on the coast", "a firm which". */
const endsPhrase = (word: string) => tagsOf(word).some((t) => t === 'Preposition' || t === 'QuestionWord') || word === 'that';

/** Roles a company, a club or a country holds too: "Goldman Sachs, an adviser to the deal", "Chelsea, the champions". */
export const HELD_BY_BODIES =
  /^(?:advis[eo]rs?|partners?|owners?|members?|sponsors?|investors?|shareholders?|lenders?|suppliers?|contractors?|operators?|managers?|brokers?|leaders?|pioneers?|champions?|winners?|holders?|defenders?|rivals?|competitors?|creditors?|buyers?|sellers?|bidders?|clients?|customers?|providers?|producers?|makers?|hosts?|organi[sz]ers?|mediators?|guarantors?|allies|ally|neighbou?rs?|founders?|backers?|donors?|employers?|landlords?|tenants?|challengers?|favou?rites?|opponents?|victims?)$/u;

// People named by what they belong to, whom the role words leave out: "a party member", "a bank employee".
const MEMBERS = /^(?:member|supporter|worker|employee|staffer|volunteer|fan|colleague|loyalist|shareholder)$/u;

function kindOf(word: string): EntityType | 'ROLE' | null {
  if (roleOf(word) || MEMBERS.test(word)) return 'ROLE';
  if (describesOrganization(word)) return 'ORGANIZATION';
  if (describesPlace(word) || PLACE_KINDS.has(word)) return 'LOCATION';
  return null;
}
