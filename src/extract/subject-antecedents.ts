// Whom a pronoun may refer back to as a subject: the person named as the subject of the sentence
// before or opening its own, one described and not named, a group or a campaign opening a clause.
import { namedAfterPossessor, SUBORDINATOR } from './subject-leads.js';
import { extended } from './extended.js';
import { isAdverb, isFiniteVerb } from './lexicon.js';
import type { NameMentions } from './name-mentions.js';
import { pluralSubject } from './plural-subject.js';
import { bystanderOpening } from './speaker-phrases.js';
import { lastEndingBy, type SpanSet, spanAt } from './span-index.js';
import type { Entity, Layout, TextSpan } from './types.js';
import { runTimePattern } from './run-time-patterns.js';

/** A description opening a sentence, then the comma of an apposition: "The City coach, ", "Its founder, ". */
const APPOSITION_LEAD = /^(?:The|Its|His|Her|Their|\p{Lu}[\p{L}.-]*['’]s)\s[^,;:“”"()]{1,40},\s*$/u;
/** A sentence's first word that fronts a phrase before its subject: "After the match,", "Asked …,", "Speaking …,". */
const FRONTING_WORD =
  /^(?:After|Before|When|While|As|Since|Once|Although|Though|If|In|On|At|During|Despite|Following|Unlike|With|Without|Under|For|Later|Earlier|Meanwhile|However|Still|Instead|Asked|\p{Lu}\p{Ll}+(?:ing|ed))$/u;
const PREPOSITION_BEFORE = /\b(with|of|to|by|from|for|about|against|on|at|in|and)\s*$/iu;

/** The subjects before a pronoun at `pos` of a text's sentences; `quoted` holds its quotations. */
export function subjectAntecedents(layout: Layout, mentions: NameMentions, quoted: SpanSet<TextSpan>) {
  const { unnamedSubjectBefore, previousSubject, openingSubject } = personSubjects(layout, mentions);
  const { groupBefore, openingCampaign } = groupSubjects(layout, mentions, quoted);
  return { unnamedSubjectBefore, previousSubject, openingSubject, groupBefore, openingCampaign };
}

/** A person as the subject: described opening the sentence before, named as its subject, or opening the pronoun's own. */
function personSubjects(layout: Layout, { text, mentionsBefore }: NameMentions) {
  /** "The tenant, who asked not to be named, suffered … In a statement, she said": one person described,
   *  not named, opening the sentence before `pos`, with no person named since. */
  const unnamedSubjectBefore = (pos: number, gender: Entity['gender']): string | null => {
    const sentence = layout.sentences[lastEndingBy(layout.sentences, pos)];
    const described = sentence && bystanderOpening(sentence, gender);
    return described && mentionsBefore(pos, (e) => e.type === 'PERSON', described.end).next().done ? described.text : null;
  };

  /** The first person named as a subject (not after a preposition) in the sentence before `pos`;
   *  past sentences that open with the same pronoun ("She began … She then …"), which refer back too. */
  const previousSubject = (pos: number, compatible: (e: Entity) => boolean, pronoun: string): Entity | null => {
    const last = lastEndingBy(layout.sentences, pos);
    for (let n = last; n >= 0 && n >= last - 3; n--) {
      const sentence = layout.sentences[n]!;
      const inSentence = [...mentionsBefore(sentence.end, compatible, sentence.start)].reverse();
      const subject = inSentence.find(({ m }) => !PREPOSITION_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 25), m.start)));
      if (subject) return subject.e;
      if (!pronoun || !runTimePattern(`^${pronoun}\\b`, 'iu').test(sentence.text)) return null;
    }
    return null;
  };

  /** "Ban Ki-moon condemned what he called …": the person opening the pronoun's own sentence. */
  const openingSubject = (pos: number, fits: (e: Entity) => boolean): Entity | null => {
    const sentence = spanAt(layout.sentences, pos);
    if (!sentence) return null;
    const inOrder = [...mentionsBefore(pos, fits, sentence.start)].reverse();
    const first = openingName(text, inOrder);
    const lead = first ? text.slice(sentence.start, first.m.start) : ',';
    // "The City coach, Marco Rossi, was …": a name in apposition to a description opening the sentence.
    if (first && APPOSITION_LEAD.test(lead) && /^\s*,/u.test(text.slice(first.m.end, first.m.end + 3))) return first.e;
    const leadWords = lead.split(/\s+/u).filter(Boolean);
    if (first && !/[,;:“”"]/u.test(lead) && leadWords.length <= 3 && !leadWords.some((w) => SUBORDINATOR.test(w))) return first.e;
    // "Asked about the title race, Alvarez smiled.": the subject after a phrase fronted by a comma.
    return inOrder.find(({ m }) => subjectAfterFrontedPhrase(text, sentence.start, m))?.e ?? null;
  };
  return { unnamedSubjectBefore, previousSubject, openingSubject };
}

/** A group or a campaign opening a clause or a sentence before the pronoun. */
function groupSubjects(layout: Layout, { text, names, nearest }: NameMentions, quoted: SpanSet<TextSpan>) {
  /** Whether a name the story's words may refer back to covers `start` ("Harris reacted", no group). */
  const named = (start: number) => spanAt(names, start) !== undefined;
  /** The plural noun phrase opening a clause of the pronoun's sentence before it, or of the two sentences before. */
  const groupBefore = (pos: number): (TextSpan & { sentence: number }) | null => {
    const here = lastEndingBy(layout.sentences, pos) + 1;
    for (let n = here; n >= 0 && n >= here - 2; n--) {
      const sentence = layout.sentences[n];
      const found = sentence && sentence.start < pos && pluralSubject(text, sentence.start, Math.min(pos, sentence.end), named);
      // "“Children are dying,” she said. They …": words quoted are nobody the narration refers to.
      if (found && !quoted.some(found, () => true)) return extended(found, { sentence: n });
    }
    return null;
  };

  /** "Trump's campaign is defending … It is denouncing …": a campaign opening the sentence before
   *  `pos` (or the one holding it), as the candidate it speaks for. */
  const openingCampaign = (pos: number): Entity | null => {
    const n = lastEndingBy(layout.sentences, pos);
    for (const sentence of [layout.sentences[n + 1], layout.sentences[n]]) {
      if (!sentence || sentence.start >= pos) continue;
      const m = /^(?:the\s+)?(?:\p{Lu}[\p{L}.-]+\s+)?(\p{Lu}[\p{L}.-]+)(?:['’]s)?\s+(?:presidential\s+)?campaign\b/u.exec(sentence.text);
      const person = m && nearest(sentence.start + m[0].length, (e) => e.type === 'PERSON' && e.name.split(' ').includes(m[1]!));
      if (person && person.m.start >= sentence.start) return person.e;
    }
    return null;
  };
  return { groupBefore, openingCampaign };
}

type NameMention = NameMentions['names'][number];

/** The name opening a sentence, of names in order from its start; "Holt’s NBC colleague Matt Lauer …
 *  after he asked": a possessor's gives the person it opens (spanning both), or none. */
function openingName(text: string, [first, possessed]: NameMention[]): NameMention | undefined {
  if (!first || !/^['’]s\b/u.test(text.slice(first.m.end, first.m.end + 3))) return first;
  return possessed && namedAfterPossessor(text.slice(first.m.end, possessed.m.start))
    ? extended(possessed, { m: extended(possessed.m, { start: first.m.start }) })
    : undefined;
}

/** Words opening a sentence with a phrase fronted before its subject, up to the comma closing it: "After the match, ". */
export const frontedPhrase = (lead: string) => /,\s*$/u.test(lead) && !/[;:“”"‘’()]/u.test(lead) && FRONTING_WORD.test(/^\S+/u.exec(lead)?.[0] ?? '');

/** A name right after the comma closing a fronted phrase, then its finite verb: "After the match, Alvarez said". */
function subjectAfterFrontedPhrase(text: string, sentenceStart: number, m: TextSpan): boolean {
  if (!frontedPhrase(text.slice(sentenceStart, m.start))) return false;
  const [next, then] = text.slice(m.end, m.end + 40).match(/[\p{L}’'-]+/gu) ?? [];
  return isFiniteVerb(next ?? '') || (isAdverb(next ?? '') && isFiniteVerb(then ?? ''));
}
