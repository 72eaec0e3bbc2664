// What a description of an organization or a document as a speaker refers back to: who issued a
// document, the organization "the agency" or "the company" stands for, a body the story described
// without naming it, an organization named inside a description.
import type { Entity, Layout } from './types.js';
import type { SpeakerSurface } from './name-index.js';
import { firstStartingAtOrAfter, lastEndingBy, spanAt } from './span-index.js';
import { isPartyName } from './role-fit.js';
import { namedAsPlace, namedAsWorkplace, namedBeforeCommentator } from './affiliation.js';
import { type BodyDescription, openingBodies } from './unnamed-bodies.js';
import { describesOrganization, isCompanyWord } from './description-heads.js';
import { type HeadTest, openingDescription } from './opening-descriptions.js';
import { firstOf, type NameMentions } from './name-mentions.js';
import { ISSUING } from './speaker-words.js';
import { namedAsThing } from './thing-names.js';
import { runTimePattern } from './run-time-patterns.js';
import { isFiniteVerb } from './lexicon.js';
import { isLowerCaseWord } from './tokens.js';

// How far back (characters) a description ("the agency", "the city") finds the organization or place it names.
export const DESCRIPTION_REACH = 1500;

/** An organization's word after up to two lower-case modifiers ("The state health department"),
 *  with a lower-case word, its verb, after it. */
const organizationHead: HeadTest = (words, i, first) => {
  if (i - first > 3 || !isLowerCaseWord(words[i]!)) return 'stop';
  return describesOrganization(words[i]!) && /^\p{Ll}/u.test(words[i + 1]!) ? 'head' : 'modifier';
};

/** The words naming an issuer up to the verb of the clause they are the subject of: "A report by the
 *  National Audit Office found …" was issued by the office, not by "National Audit Office found". */
function beforeVerb(words: string): string {
  const split = words.split(/\s+/u);
  const verb = split.findIndex((w, n) => n > 0 && isFiniteVerb(w));
  return verb > 0 ? split.slice(0, verb).join(' ') : words;
}

/** What a description of an organization or a document before a position of a text's sentences refers back to. */
export function organizationAntecedents(layout: Layout, mentions: NameMentions) {
  const { issuerNamedBefore, releasedBy } = documentIssuers(layout, mentions);
  const { kindBefore, organizationInside, namedTogether } = namedOrganizations(layout, mentions);
  const { openingInstitution, bodyOpening, bodyBefore } = describedBodies(layout);
  return { issuerNamedBefore, releasedBy, kindBefore, organizationInside, namedTogether, openingInstitution, bodyOpening, bodyBefore };
}

/** Who issued a document the story names: the issuer it was said to come from, or who released it. */
function documentIssuers(layout: Layout, { text, names, mentionsBefore }: NameMentions) {
  /** Who the text said issued a document before `pos`: "a statement released by Iran's foreign
   *  ministry", "a report from the agency's auditors"; the organization or person named there, or the phrase. */
  const issuerNamedBefore = (document: string, pos: number): { entity: Entity | null; name: string | null } | null => {
    const from = Math.max(0, pos - DESCRIPTION_REACH);
    const issued = runTimePattern(`\\b${document}\\s+(?:(?:released|issued|published|posted|sent|carried)\\s+(?:\\p{L}+\\s+){0,2})?(?:by|from)\\s+`, 'giu');
    let at = -1;
    for (const m of text.slice(from, pos).matchAll(issued)) at = from + m.index + m[0].length;
    if (at < 0) return releasedBy(document, from, pos);
    const words = /^(?:the\s+)?[^,.;:()“”"]{2,60}?(?=\s+(?:on|in|at|that|which|said|says)\b|[,.;:()“”"]|$)/u.exec(text.slice(at, at + 80))?.[0];
    if (!words) return null;
    const phrase = beforeVerb(words);
    const named = names[firstStartingAtOrAfter(names, at)];
    const whole = named && named.m.start <= at + 4 && named.m.end >= at + phrase.length - 1 && named.e.type !== 'LOCATION';
    return whole ? { entity: named.e, name: null } : { entity: null, name: phrase.replace(/^the\s+/iu, '') };
  };
  /** "Chairman Keith Lamb later released a statement": who released a document, the subject of
   *  the last sentence between `from` and `pos` that says so; a person before an organization. */
  const releasedBy = (document: string, from: number, pos: number): { entity: Entity; name: null } | null => {
    const released = runTimePattern(`\\b(\\p{L}+)(?:\\s+out)?\\s+(?:a|an|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?${document}\\b`, 'giu');
    let verb = -1;
    for (const m of text.slice(from, pos).matchAll(released)) if (ISSUING.test(m[1]!)) verb = from + m.index;
    const sentence = verb < 0 ? undefined : spanAt(layout.sentences, verb);
    if (!sentence) return null;
    const subjects = [...mentionsBefore(verb, (e) => e.type !== 'LOCATION', sentence.start)].reverse();
    const subject = subjects.find(({ e }) => e.type === 'PERSON') ?? subjects[0];
    return subject ? { entity: subject.e, name: null } : null;
  };
  return { issuerNamedBefore, releasedBy };
}

/** The organization a description goes back to by its kind, names inside a description, and names in one sentence. */
function namedOrganizations(layout: Layout, { text, names, mentionsBefore, nearest }: NameMentions) {
  const personEndsAt = (pos: number) => nearest(pos, (e) => e.type === 'PERSON')?.m.end === pos;
  /** The organization "the agency" or "the company" (`head`) at `pos` goes back to, among those
   *  `fits`, not far back: one the story is about before one it quotes an analyst or a lawyer from
   *  ("an analyst at Peel Hunt"), which only a company word, with nothing else, goes back to; a name
   *  after "from" or "in" that may be a place ("a widow from Salford") never. */
  const kindBefore = (pos: number, head: string, fits: (e: Entity) => boolean): Entity | null => {
    const candidates = () => mentionsBefore(pos, fits, pos - DESCRIPTION_REACH);
    const mayBe = ({ e, start }: { e: Entity; start: number }) => e.type !== 'LOCATION' || !namedAsPlace(text, start);
    const company = isCompanyWord(head);
    const about = (n: { e: Entity; start: number; end: number }) =>
      mayBe(n) && !namedAsWorkplace(text, n.start, personEndsAt, !company) && !namedBeforeCommentator(text, n.end) && !namedAsThing(text, n.start);
    return firstOf(candidates(), about)?.e ?? (company ? firstOf(candidates(), mayBe)?.e : null) ?? null;
  };
  /** The organization whose name stands inside the description ("The Acme Retail executive"); a party's does not count. */
  const organizationInside = (surface: SpeakerSurface): Entity | null => {
    for (let i = firstStartingAtOrAfter(names, surface.start); i < names.length && names[i]!.start < surface.end; i++) {
      const { e, end } = names[i]!;
      if (end <= surface.end && e.type === 'ORGANIZATION' && !isPartyName(e.name)) return e;
    }
    return null;
  };
  /** Whether a sentence before `pos` names both `person` and `organization` ("Arteta praised … in
   *  Arsenal's win"), the organization by its name whatever the entity stages made of it there. */
  const namedTogether = (person: Entity, organization: Entity, pos: number): boolean =>
    person.mentions.some((m) => {
      const sentence = m.kind === 'NAME' && m.end <= pos ? spanAt(layout.sentences, m.start) : undefined;
      if (!sentence) return false;
      for (let i = firstStartingAtOrAfter(names, sentence.start); i < names.length && names[i]!.end <= sentence.end; i++)
        if (names[i]!.e.name === organization.name) return true;
      return false;
    });
  return { kindBefore, organizationInside, namedTogether };
}

/** Bodies the story describes without naming them, opening a sentence. */
function describedBodies(layout: Layout) {
  const bodies = openingBodies(layout);
  /** "The department has opened clinics. It said …": a description of an organization opening
   *  the sentence before `pos`, as a speaker surface to resolve as "the department" would be. */
  const openingInstitution = (pos: number): SpeakerSurface | null => {
    const sentence = layout.sentences[lastEndingBy(layout.sentences, pos)];
    const description = sentence ? openingDescription(sentence.text, sentence.start, /^The$/u, organizationHead) : null;
    return description && { start: description.start, end: description.end, text: description.text, kind: 'NOMINAL', entityId: null };
  };
  /** The body described, not named, opening the sentence before `pos` ("The energy ministry rejected …"). */
  const bodyOpening = (pos: number): BodyDescription | null => {
    const body = bodies[lastEndingBy(bodies, pos)];
    return body && body.sentence === lastEndingBy(layout.sentences, pos) ? body : null;
  };
  /** The last body described with this head before `pos`, not far back. */
  const bodyBefore = (pos: number, head: string): BodyDescription | null => {
    for (let i = lastEndingBy(bodies, pos); i >= 0 && bodies[i]!.end > pos - DESCRIPTION_REACH; i--) if (bodies[i]!.head === head) return bodies[i]!;
    return null;
  };
  return { openingInstitution, bodyOpening, bodyBefore };
}
