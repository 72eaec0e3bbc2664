// The quotes attributed so far in a document and who spoke last: later pronouns, descriptions and
// documents ("the statement") go back to them.
import type { Entity, Layout, Speaker } from './types.js';
import type { QuoteDraft } from './quotes.js';
import type { SpeakerSurface } from './name-index.js';
import { firstStartingAtOrAfter, lastEndingBy } from './span-index.js';
import { COURTESY_TITLES, endsInPlural, NOBLE_TITLES } from './speaker-words.js';
import type { Antecedents } from './antecedents.js';
import { ToldGenders } from './told-gender.js';
import { runTimePattern } from './run-time-patterns.js';

export interface AttributedQuote extends QuoteDraft {
  resolved: Speaker;
}

/** Who a speaker's words refer to: an entity, a name for someone without one, or both. */
export type Resolution = { entity: Entity | null; name: string | null };
export type Turn = Resolution & { surface: SpeakerSurface | null };

/** What resolving a speaker's pronoun or description reads: the document's antecedents, the speech so
 *  far, the quote, the speaker's words and the offset before which their antecedent stands. */
export interface SpeakerRead {
  a: Antecedents;
  history: SpeechHistory;
  q: QuoteDraft;
  surface: SpeakerSurface;
  before: number;
}

/** Documents of research, which news names by one another's words. */
const RESEARCH = new Set(['study', 'survey', 'poll']);

export class SpeechHistory {
  readonly quotes: AttributedQuote[] = [];
  /** The last quote's speaker that had words or an entity. */
  last: Turn | null = null;
  /** The genders told of speakers known by a description or a given name ("A pensioner, who gave her name …"). */
  readonly genders = new ToldGenders();

  constructor(
    private readonly layout: Layout,
    private readonly byId: Map<string, Entity>,
  ) {}

  get lastQuote(): AttributedQuote | undefined {
    return this.quotes[this.quotes.length - 1];
  }

  /** Whether the last speaker, lately, spoke through this kind of document ("said in a statement"); a
   *  study, a survey and a poll are one kind ("according to a Northwind survey … The study found"). */
  issuedBy(document: string, at: number): boolean {
    const last = this.lastQuote;
    const sentence = last && this.layout.sentences[last.sentence];
    if (!sentence || !this.last?.name || last.sentence < at - 2) return false;
    const words = sentence.text.toLowerCase();
    // (Named by another of those words, only a speaker the text names: "76 percent" or "a new poll" said is no issuer.)
    return words.includes(document) || (RESEARCH.has(document) && !!this.last.entity && [...RESEARCH].some((w) => words.includes(w)));
  }

  /** Who lately spoke through this kind of document: the speaker of a cue "in a statement" follows
   *  ("the ministry said in a statement after talks … Sweden agreed to …"), else the last speaker. */
  issuerOf(document: string, at: number): Resolution | null {
    const out = this.quotes;
    const through = runTimePattern(`^\\s+(?:\\S+\\s+){0,3}?in (?:a|an|its|their|his|her) ${document}\\b`, 'iu');
    for (let i = out.length - 1; i >= 0 && i >= out.length - 4 && out[i]!.sentence >= at - 2; i--) {
      const { cue, resolved } = out[i]!;
      if (cue && resolved.name && through.test(this.layout.text.slice(cue.end, cue.end + 40)))
        return { entity: resolved.entityId ? (this.byId.get(resolved.entityId) ?? null) : null, name: resolved.name };
    }
    return this.issuedBy(document, at) ? { entity: this.last!.entity, name: this.last!.name } : null;
  }

  /** The entity and where a recent quote's speaker, given as "the <head>" ("the club"), was found to be,
   *  among the last ten quotes: that description names it again while no other fits in between. */
  entityDescribedAs(head: string): { entity: Entity; at: number } | null {
    const out = this.quotes;
    const described = runTimePattern(`^the ${head}$`, 'iu');
    for (let i = out.length - 1; i >= 0 && i >= out.length - 10; i--) {
      const { mention, entityId } = out[i]!.resolved;
      if (entityId && mention?.kind === 'NOMINAL' && described.test(mention.text)) {
        const entity = this.byId.get(entityId);
        return entity ? { entity, at: mention.start } : null;
      }
    }
    return null;
  }

  /** The last quote's speaker still holds the floor within the two paragraphs before `q`. */
  isRecent(q: QuoteDraft): boolean {
    const last = this.lastQuote;
    return !!last && this.block(q.sentence) - this.block(last.sentence) <= 2;
  }

  /** The last group of people that spoke, by a plural noun ("Campaigners", "The groups"), within
   *  the last few quotes and two paragraphs before `q`. */
  pluralSpeakerBefore(q: QuoteDraft): string | null {
    const done = this.quotes;
    for (let i = done.length - 1; i >= 0 && i >= done.length - 3 && this.block(q.sentence) - this.block(done[i]!.sentence) <= 2; i--) {
      const { resolved } = done[i]!;
      if (
        !resolved.entityId &&
        resolved.mention?.kind !== 'PRONOUN' &&
        /^(the\s+)?(\p{L}+\s+)?\p{L}+$/iu.test(resolved.name ?? '') &&
        endsInPlural(resolved.name!)
      )
        return resolved.name;
    }
    return null;
  }

  /** The last organization that spoke within the last three quotes and two paragraphs before `q`:
   *  "Halden Bank said it would appeal. … Chief Executive Tom Rask said … It added that …" is the
   *  bank again, as no person is an "it". */
  organizationSpeakerBefore(q: QuoteDraft): Entity | null {
    const done = this.quotes;
    for (let i = done.length - 1; i >= 0 && i >= done.length - 3 && this.block(q.sentence) - this.block(done[i]!.sentence) <= 2; i--) {
      const entity = this.byId.get(done[i]!.resolved.entityId ?? '');
      if (entity?.type === 'ORGANIZATION') return entity;
    }
    return null;
  }

  /** The name of a recent speaker known only by a description ("Mexico's foreign ministry") whose head
   *  noun the definite description `surface` repeats ("the ministry"), within a few sentences. */
  describedSpeaker(surface: string, sentence: number): string | null {
    const out = this.quotes;
    const phrase = surface.toLowerCase();
    const head = phrase.split(' ').pop()!;
    // "the ad's narrator" names its own referent.
    if (/['’]s /u.test(phrase)) return null;
    // "The Acme executive" is not "a Goldman Sachs executive": a name inside the description must be the same.
    const namedIn = (p: string) =>
      p
        .split(/\s+/u)
        .slice(1, -1)
        .filter((w) => /^\p{Lu}/u.test(w));
    const names = namedIn(surface);
    for (let n = out.length - 1; n >= 0 && n >= out.length - 6; n--) {
      const { resolved } = out[n]!;
      if (out[n]!.sentence < sentence - 4) break;
      const name = resolved.name;
      if (resolved.entityId || resolved.mention?.kind !== 'NOMINAL' || !name || name.toLowerCase() === phrase) continue;
      if (names.some((w) => !namedIn(name).includes(w)) || rankOf(name) !== rankOf(phrase)) continue;
      if ((lastWord(name) === head || headWord(name) === head) && name.includes(' ')) return name;
    }
    return null;
  }

  private block(sentence: number): number {
    return this.layout.sentences[sentence]?.block ?? 0;
  }
}

/** Whether a stand-in holds the role: "the deputy chairman" is not "the chairman". */
const rankOf = (description: string): boolean => /\b(deputy|vice|assistant|associate|former)\b/iu.test(description);

/** The person opening the sentence before a quote, when that sentence came after the last quote:
 *  "X said … Y apologized. “…,” the defender wrote." */
export function subjectSinceLastQuote(
  { layout, openingSubject, roleSubject }: Antecedents,
  history: SpeechHistory,
  q: QuoteDraft,
  surface: SpeakerSurface,
  fits: (e: Entity) => boolean,
): Entity | null {
  const previous = sentenceSinceLastQuote(layout, history, q, surface);
  // ("The chief disputed that. “…,” he said.": a role opening it stands for its holder.)
  return previous ? (openingSubject(previous.end - 1, fits) ?? roleSubject(previous.end - 1, fits)) : null;
}

/** The sentence before the passage of `q` (its speaker at `surface`), when the passage opens its
 *  sentence and that sentence came after the last quote; else null. */
function sentenceSinceLastQuote(layout: Layout, history: SpeechHistory, q: QuoteDraft, surface: SpeakerSurface): Layout['sentences'][number] | null {
  const opensSentence = q.start < surface.start || layout.sentences[q.sentence]?.start === surface.start;
  // The sentence before the whole passage: a quotation may run over several sentences before its cue.
  const n = lastEndingBy(layout.sentences, Math.min(q.start, surface.start));
  const previous = layout.sentences[n];
  return opensSentence && previous && narratedSinceLastQuote(layout, history, n) ? previous : null;
}

/** Whether sentence `n` is narration after the last quote: past its sentence, and not one of its own
 *  ("He continued, “… I believe Tom Pike is wrong.” ⏎ He added": the sentences inside the last
 *  quotation are its words). */
export function narratedSinceLastQuote(layout: Layout, history: SpeechHistory, n: number): boolean {
  const last = history.lastQuote;
  return !last || (last.sentence < n && (layout.sentences[n]?.start ?? -1) >= last.end);
}

/** "Among the runners was 81-year-old grandfather Ken Blakemore, who … ⏎ “…,” the pensioner said":
 *  the one person the sentence before names, for the first time, after the last quote, wherever the
 *  name stands in it (not as a possessor). */
export function newcomerSinceLastQuote(
  a: Antecedents,
  history: SpeechHistory,
  q: QuoteDraft,
  surface: SpeakerSurface,
  fits: (e: Entity) => boolean,
): Entity | null {
  const { layout, mentionsBefore } = a;
  const previous = sentenceSinceLastQuote(layout, history, q, surface);
  if (!previous) return null;
  const [only, other] = mentionsBefore(previous.end, (e) => e.type === 'PERSON', previous.start);
  if (!only || other || !fits(only.e) || /^['’]s?\b/u.test(layout.text.slice(only.m.end, only.m.end + 3))) return null;
  const first = only.e.mentions.reduce((min, m) => (m.kind === 'NAME' && m.start < min ? m.start : min), Number.POSITIVE_INFINITY);
  return first === only.m.start ? only.e : null;
}

/** The question the last quote put in the sentence before `q`: "Jane Hunt asked Mr Read whether …",
 *  "A reporter asked whether …". The asker, and the person asked when named right after the cue. */
export interface Question {
  asker: Entity | null;
  askerName: string | null;
  asked: Entity | null;
}
// ("asked former Attorney General Eric Holder whether": titles written with capitals may stand before the name.)
const ASKED_NEXT = new RegExp(String.raw`^\s+(?:(?:${COURTESY_TITLES}|Dr|${NOBLE_TITLES})\.?\s+|(?:former\s+)?(?:\p{Lu}[\p{Ll}.-]+\s+){1,3})?$`, 'u');

/** What was asked is a question: one quoted ("…?"), or reported by "whether", "if", a question word,
 *  "about" or a request to speak ("to explain", "to lay out"), after at most the words naming the one
 *  asked ("former Attorney General Eric Holder whether …"); not a request to act ("asked them to
 *  consider …", "asked her to call him if possible"). */
const INTERROGATIVE =
  /^[“"‘']?(?:(?!to\s)[\p{L}.'’-]+,?\s+){0,6}?(?:whether|if|what|why|how|who|whom|whose|when|where|which|about|to\s+(?:explain|describe|comment|say|clarify|elaborate|respond|answer|predict|lay\s+out|detail|discuss|address|assess|name|share|weigh\s+in|reflect|specify|justify))\b/iu;
function asksQuestion(asked: string): boolean {
  const words = asked.trim();
  return /\?\s*[”"’']?\s*$/u.test(words) || INTERROGATIVE.test(words);
}

/** The question just before `q`, whose answer `q` may be: who asked it is not who answers. */
export function questionBefore({ names, layout }: Antecedents, history: SpeechHistory, q: QuoteDraft): Question | null {
  const last = history.lastQuote;
  const cue = last?.cue;
  // ("When asked by a reporter whether …, he replied": the question may open the answer's sentence.)
  if (!last || !cue || !/^ask(?:s|ed|ing)?$/iu.test(cue.text) || (last.sentence !== q.sentence - 1 && last.sentence !== q.sentence)) return null;
  // ("He asked them to consider …", "He asked them “prayerfully consider” …": a request, no question;
  // the next "he" may well be the one who asked.)
  if (!asksQuestion(layout.text.slice(Math.min(cue.end, last.start), last.end))) return null;
  const next = names[firstStartingAtOrAfter(names, cue.end)];
  const asked = next && next.e.type === 'PERSON' && ASKED_NEXT.test(layout.text.slice(cue.end, next.start)) ? next.e : null;
  return { asker: history.last?.entity ?? null, askerName: history.last?.name ?? null, asked };
}

const lastWord = (phrase: string): string => phrase.toLowerCase().split(/\s+/u).pop()!;
/** The noun a description's complement hangs from: "U.N. panel of experts" → "panel". */
const headWord = (description: string): string => lastWord(description.split(/\s+(?:of|on|for)\s+/u)[0]!);
