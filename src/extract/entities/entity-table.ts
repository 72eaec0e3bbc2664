// The entities of one document as the recognizer builds them: names by type and words, so that a
// shorter name ("Shamkhani", "S. Warne") or an acronym finds the entity it stands for, and the
// finished list with ids in document order.
import type { Entity, EntityType, Mention } from '../types.js';
import { isFirstName } from '../lexicon.js';
import { isCountry, isMajorPlace, lookupLocation, isDemonymWord } from '../gazetteer.js';
import { acronymsOf } from './acronym-spans.js';
import { namesClubAtEnd, namesOrganizationAlone, namesOrganizationAtEnd, namesOrganizationByOpeningWords } from './short-names.js';
import { namesWebFirm } from './web-domains.js';
import { namesTownSide } from './joined-town-sides.js';
import { COMPANY_FORMS, COMPANY_HEADS, INDUSTRY_HEADS, ORGANIZATION_HEADS } from './organization-vocabulary.js';
import { GENERATION } from './person-vocabulary.js';
import { isPossessiveMark } from '../tokens.js';

interface Draft {
  type: EntityType;
  name: string;
  words: string[];
  aliases: Set<string>;
  mentions: Mention[];
  gender: Entity['gender'];
}

/** A name's words compared in lower case, a curly apostrophe as a straight one ("O’Neill" is "O'Neill"). */
export const key = (s: string) => s.toLowerCase().replace(/[\u2018\u2019\u02bc]/gu, "'");
/** "Lear Corp." and "Lear Corp" (its period closing a sentence) are one name. */
const nameKey = (s: string) => (s.endsWith('.') ? key(s).replace(/(?<=\s\p{L}+)\.$/u, '') : key(s)); // the regex only where a period ends the name
/** "s.", "j.": a lower-cased initial. */
const INITIAL = /^\p{L}\.$/u;
export const isInitial = (word: string) => INITIAL.test(word);

/** The capitalised parts of a hyphenated surname, each used alone: "Okonjo" and "Iweala" of
 *  "Okonjo-Iweala", "Assad" of "al-Assad"; none for a surname without a hyphen. */
const surnameParts = (surname: string): string[] =>
  surname.includes('-')
    ? surname
        .split('-')
        .filter((p) => /^\p{Lu}\p{Ll}{2,}$/u.test(p))
        .map(key)
    : [];

/** "Jong-un", "Jae-in": a Korean given name, written after the family name. */
const isKoreanGivenName = (word: string) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(word);

/** A company form or industry that a short name leaves out: "Ruch" for "Ruch SA", "Samsung" for "Samsung Electronics". */
export const endsCompanyName = (word: string) => COMPANY_FORMS.has(key(word)) || INDUSTRY_HEADS.has(key(word));

/** "Alaska Department of Law", "Ohio State University": a body its "of" or a body's word (no company's) marks as public. */
const namesPublicBody = (words: string[]) => {
  const last = words[words.length - 1]!.toLowerCase();
  return words.includes('of') || (ORGANIZATION_HEADS.has(last) && !COMPANY_HEADS.has(last));
};

/** A state or a country the gazetteer knows by the word: "Wisconsin", "France". */
const namesStateOrCountry = (word: string) => isMajorPlace(word) || isCountry(lookupLocation(word) ?? '');

export class EntityTable {
  readonly drafts: Draft[] = [];
  private readonly byKey = new Map<string, Draft>();
  /** lower-cased word → persons whose name has it, in order of creation */
  private readonly personsByWord = new Map<string, Draft[]>();
  /** lower-cased name without its legal forms ("ruch" for "Ruch SA") → the first such company */
  private readonly companies = new Map<string, Draft>();
  /** the same for companies whose short name is a place's ("tata" → "Tata Motors") */
  private readonly companiesNamedAfterPlaces = new Map<string, Draft>();
  /** lower-cased first word (or first two: "carter holt") → the organization whose longer name it opens ("maraba" →
   *  "Maraba Siderurgica"), null when several */
  private readonly openedBy = new Map<string, Draft | null>();
  /** lower-cased place's name → the organization, no public body, whose longer name it opens ("rio" → "Rio
   *  Tinto"), null when several or a public body ("Alaska Department of Law": "Alaska said" is the state's) */
  private readonly placeOpens = new Map<string, Draft | null>();
  /** lower-cased last word → the organization whose longer name it ends ("dortmund" → "Borussia Dortmund",
   *  "united" → "Northfield United"), null when several */
  private readonly endedBy = new Map<string, Draft | null>();
  /** acronym → the organizations whose names it spells */
  private readonly spelledBy = new Map<string, Draft[]>();
  private readonly spans = new Map<Draft, Set<string>>();
  /** which characters of the text a mention covers, for overlap tests in constant time per character */
  private readonly covered: Uint8Array;

  constructor(textLength: number) {
    this.covered = new Uint8Array(textLength);
  }

  find(type: EntityType | null, name: string): Draft | undefined {
    const d = this.byKey.get(nameKey(name));
    return d && (type === null || d.type === type) ? d : undefined;
  }

  add(type: EntityType, name: string, words: string[], mention: Mention, gender: Entity['gender'] = null): Draft {
    let d = this.find(type, name);
    if (!d) {
      d = { type, name, words, aliases: new Set(), mentions: [], gender };
      this.drafts.push(d);
      this.byKey.set(nameKey(name), d);
      this.index(d);
    }
    this.attach(d, mention);
    d.gender ??= gender;
    return d;
  }

  /** Files `d` under the words and shorter names that may stand for it later in the text. */
  private index(d: Draft): void {
    if (d.type === 'PERSON') this.indexPerson(d);
    // "Newell's" for "Newell's Old Boys", "Brigham and Women's" for "Brigham and Women's Hospital" (a
    // place to a CoNLL reader): the patrons' names in "'s".
    const mark = d.words.findIndex((w, i) => i > 0 && i < d.words.length - 1 && isPossessiveMark(w));
    if (mark > 0 && d.type !== 'PERSON') this.opens(d.words.slice(0, mark).join(' ') + d.words[mark], d);
    if (d.type === 'ORGANIZATION') {
      this.indexOrganization(d);
      this.indexCompany(d);
    }
  }

  /** A person under each of its words and the parts of its surname. */
  private indexPerson(d: Draft): void {
    for (const w of new Set([...d.words.map(key), ...surnameParts(d.words[d.words.length - 1]!)])) {
      const persons = this.personsByWord.get(w);
      if (persons) persons.push(d);
      else this.personsByWord.set(w, [d]);
    }
  }

  /** An organization under its acronyms, and under its first or last words where they may name it alone. */
  private indexOrganization(d: Draft): void {
    for (const acronym of acronymsOf(d.words)) {
      const spelled = this.spelledBy.get(acronym);
      if (spelled) spelled.push(d);
      else this.spelledBy.set(acronym, [d]);
    }
    if (namesOrganizationAlone(d.words)) {
      const first = key(d.words[0]!);
      this.openedBy.set(first, this.openedBy.has(first) ? null : d);
    }
    if (d.words.length > 1 && /^\p{Lu}/u.test(d.words[1]!) && lookupLocation(d.words[0]!)) {
      const first = key(d.words[0]!);
      this.placeOpens.set(first, this.placeOpens.has(first) || namesPublicBody(d.words) ? null : d);
    }
    // "Carter Holt" for "Carter Holt Harvey"; "Brighton" for "Brighton and Hove Albion".
    if (namesOrganizationByOpeningWords(d.words)) this.opens(d.words.slice(0, 2).join(' '), d);
    if (namesTownSide(d.words)) this.opens(d.words[0]!, d);
    if (namesOrganizationAtEnd(d.words) || namesClubAtEnd(d.words)) {
      const last = key(d.words[d.words.length - 1]!);
      this.endedBy.set(last, this.endedBy.has(last) ? null : d);
    }
  }

  /** An organization under its name without its company words ("Tata" for "Tata Motors") or its domain. */
  private indexCompany(d: Draft): void {
    // "Amazon" for "Amazon.com": the domain, as a company form, is left out.
    if (d.words.length === 1 && namesWebFirm(d.words)) {
      const stem = key(d.words[0]!.slice(0, d.words[0]!.indexOf('.')));
      if (!this.companies.has(stem)) this.companies.set(stem, d);
    }
    for (let n = d.words.length - 1; n > 0 && endsCompanyName(d.words[n]!); n--) {
      const name = d.words.slice(0, n).map(key).join(' ');
      // "Korean Air" is not what "Korean" names, nor "Gulf Oil" the Gulf; "Tata" the story calls a
      // firm is "Tata Motors" all the same.
      if (n === 1 && isDemonymWord(name)) continue;
      const companies = n === 1 && lookupLocation(d.words[0]!) ? this.companiesNamedAfterPlaces : this.companies;
      if (!companies.has(name)) companies.set(name, d);
    }
  }

  /** Records `d` as the one draft whose longer name `words` open (none where several do). */
  private opens(words: string, d: Draft): void {
    this.openedBy.set(key(words), this.openedBy.has(key(words)) ? null : d);
  }

  /** Adds the mention to `d`; `claimsName`: the mention's words name `d` from now on ("Obama" after "Mr. Obama"). */
  attach(d: Draft, mention: Mention, claimsName = true): void {
    let spans = this.spans.get(d);
    if (!spans) this.spans.set(d, (spans = new Set()));
    const span = `${mention.start}:${mention.end}`;
    if (!spans.has(span)) {
      spans.add(span);
      d.mentions.push(mention);
      this.covered.fill(1, mention.start, mention.end);
    }
    if (mention.kind === 'NAME' && mention.text !== d.name) d.aliases.add(mention.text);
    if (mention.kind === 'NAME' && claimsName) this.byKey.set(nameKey(mention.text), d);
  }

  /** The person whose full name contains every word of `words`; a single word must be the family name.
   *  `at`: where the words stand, so that a surname several bear is the one the story named first. */
  personContaining(words: string[], gender: Entity['gender'] = null, at = -1): Draft | undefined {
    const wanted = words.map(key);
    // Every match has the last wanted word: only the persons named with it are looked at.
    const named = this.personsByWord.get(wanted[wanted.length - 1]!);
    const fits = (d: Draft) => {
      const initialled = wanted.some(isInitial);
      if (d.words.length < words.length || (d.words.length === words.length && !initialled) || (gender && d.gender && d.gender !== gender)) return false;
      const have = d.words.map(key);
      // Family names come first in Chinese and Korean names ("Wang Donghai" … "Wang"), and a
      // word that is no given name cannot be the given name; nor is a state or a country, alone, the
      // name it opens ("Wisconsin" after "Wisconsin Now" is the state).
      // In names of four words or more a middle name is used alone too: "Lula" for "Luiz Inacio Lula da Silva".
      if (wanted.length === 1)
        return (
          have[have.length - 1] === wanted[0] ||
          // "Marcos" for "Ferdinand Marcos Jr": the surname before a generational suffix.
          (have.length > 2 && GENERATION.test(have[have.length - 1]!) && have[have.length - 2] === wanted[0]) ||
          (have.length === 2 && have[0] === wanted[0] && (!isFirstName(words[0]!) || isKoreanGivenName(d.words[1]!)) && !namesStateOrCountry(words[0]!)) ||
          surnameParts(d.words[d.words.length - 1]!).includes(wanted[0]!) ||
          (have.length >= 4 && have.slice(1, -1).includes(wanted[0]!) && /^\p{Lu}\p{Ll}/u.test(words[0]!))
        );
      // "S. Warne" is "Shane Warne": an initial stands for a given name with its letter.
      return wanted.every((w) => have.includes(w) || (isInitial(w) && have.some((h, i) => i < have.length - 1 && !isInitial(h) && h[0] === w[0])));
    };
    // "Raj Mistry … his widow, Anita Mistry … Mrs Mistry said": the title's gender picks the one
    // known to have it over one whose gender the text never told.
    const pick = (ds: Draft[] | undefined) => (at >= 0 && wanted.length === 1 ? firstNamedInFull(ds?.filter(fits) ?? [], at) : ds?.find(fits));
    return (gender ? pick(named?.filter((d) => d.gender === gender)) : undefined) ?? pick(named);
  }

  /** The persons named in full with the surname `word`, before a generational suffix too ("Tom Pike Jr."). */
  surnameBearers(word: string): Draft[] {
    const surname = (d: Draft) => d.words.map(key).findLast((w, i) => i > 0 && !GENERATION.test(w));
    return this.personsByWord.get(key(word))?.filter((d) => d.words.length > 1 && surname(d) === key(word)) ?? [];
  }

  /** Of several persons bearing the surname `word`, the one named in full last between `from` and `to`
   *  ("Edna Simpson … Her granddaughter, Kerry Simpson, said … Ms Simpson said" is Kerry), of `gender`
   *  if given; none where one person alone bears it. */
  personNamedInFullBetween(word: string, from: number, to: number, gender: Entity['gender']): Draft | undefined {
    const bearers = this.surnameBearers(word);
    if (bearers.length < 2) return undefined;
    let found: Draft | undefined;
    let at = -1;
    for (const d of bearers) {
      if (gender && d.gender !== gender) continue;
      for (const m of d.mentions) if (m.start >= from && m.start < to && m.start > at && /\s/u.test(m.text)) [found, at] = [d, m.start];
    }
    return found;
  }

  /** The one organization whose name `acronym` spells, if exactly one does. */
  organizationSpelled(acronym: string): Draft | undefined {
    const found = this.spelledBy.get(acronym);
    return found?.length === 1 ? found[0] : undefined;
  }

  /** The one organization whose longer name `word` opens: "Maraba" for "Maraba Siderurgica". */
  organizationOpenedBy(word: string): Draft | undefined {
    return this.openedBy.get(key(word)) ?? undefined;
  }

  /** The one organization whose longer name the place's name `word` opens: "Rio" for "Rio Tinto". */
  organizationAPlaceOpens(word: string): Draft | undefined {
    return this.placeOpens.get(key(word)) ?? undefined;
  }

  /** The one organization whose longer name `word` ends: "Dortmund" for "Borussia Dortmund". */
  organizationEndedBy(word: string): Draft | undefined {
    return this.endedBy.get(key(word)) ?? undefined;
  }

  /** The company whose name is `words` and a company form: "Ruch" for "Ruch SA"; a place's name
   *  ("Tata" for "Tata Motors") only where the story calls `words` an organization. */
  companyNamed(words: string[], type: EntityType | null = null): Draft | undefined {
    const name = words.map(key).join(' ');
    return this.companies.get(name) ?? (type === 'ORGANIZATION' ? this.companiesNamedAfterPlaces.get(name) : undefined);
  }

  has(start: number, end: number): boolean {
    return this.covered.subarray(start, end).includes(1);
  }
}

/** Of the persons a lone surname may stand for, the one the story named in full first before `at`, else
 *  the first it names after: "Jeb Bush … “…,” Bush said … under George W. Bush" is Jeb, the longer name
 *  later in the story notwithstanding. */
function firstNamedInFull(bearers: Draft[], at: number): Draft | undefined {
  if (bearers.length < 2) return bearers[0];
  // Each bearer's rank, once: where it is first named in full, those before `at` ahead of those after.
  const ranked = bearers.map((d) => {
    const first = Math.min(...d.mentions.filter((m) => /\s/u.test(m.text)).map((m) => m.start));
    return { d, order: first < at ? first : at + first };
  });
  return ranked.reduce((best, r) => (r.order < best.order ? r : best)).d;
}

/** The entities of the table with a mention, in order of their first mention, numbered "e1", "e2", …. */
export function finishedEntities(table: EntityTable): Entity[] {
  const drafts = table.drafts.filter((d) => d.mentions.length > 0);
  for (const d of drafts) {
    d.mentions.sort((a, b) => a.start - b.start);
    // A name first met in capitals ("ROTOR") takes the case the document writes it in elsewhere.
    const written = !/\p{Ll}/u.test(d.name) && [...d.aliases].find((a) => /\p{Ll}/u.test(a) && key(a) === key(d.name));
    if (written) {
      d.aliases.add(d.name);
      d.name = written;
    }
    if (d.type === 'PERSON' && d.words.length > 1) d.aliases.add(d.words[d.words.length - 1]!);
    d.aliases.delete(d.name);
  }
  drafts.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return drafts.map((d, i) => ({
    id: `e${i + 1}`,
    type: d.type,
    name: d.name,
    aliases: [...d.aliases],
    mentions: d.mentions,
    gender: d.type === 'PERSON' ? d.gender : null,
  }));
}
