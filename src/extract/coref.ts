// Salience for pronoun resolution: who the text has just been about. Every name mention and every
// resolved speaker reference earns its entity points (more as a subject, as a speaker; fewer inside
// a quotation, in reported speech or as a possessor), halved for each sentence back; "he" goes to
// the compatible entity with the most points within a few sentences (after Lappin and Leass's
// salience factors). Only the references of the last WINDOW sentences are visited, so each lookup
// is bounded and extraction stays linear in the length of the text.
import type { Entity, Layout, Span, TextSpan } from './types.js';
import { firstStartingAtOrAfter, lastEndingBy, SpanSet } from './span-index.js';
import { titleAfter } from './title-after.js';
import { genderToldBefore } from './gender-before-name.js';
import { EITHER_GENDER_NAMES } from './entities/person-vocabulary.js';
import { givenNameGender } from './entities/gender.js';
import { type Reference, referenceWeight } from './reference-weights.js';
import { opensClause, ownsOpeningSubject, titleRunBetween } from './subject-leads.js';

/** How many sentences back a pronoun finds its antecedent. */
const WINDOW = 3;
/** How many sentences back a "he" or "she" opening narration finds its antecedent. */
const NARRATED_WINDOW = 2;
/** At most this many references are weighed per lookup: far more than a few sentences hold. */
const MAX_VISITED = 120;

/** "She …", "But he …", "Still, she …": a subject pronoun opening a sentence (group 1). */
const OPENING_PRONOUN = /^(?:(?:and|but|yet|so|still|then|now|later|however|instead|meanwhile),?\s+)?(he|she)\b/iu;

export type Gender = 'MALE' | 'FEMALE';

export class Salience {
  /** name mentions, by start */
  private readonly named: Reference[];
  /** resolved speaker references, in the order they were noted (quotes come in document order) */
  private readonly noted: Reference[] = [];
  /** "he" and "she" opening a sentence of narration, by start */
  private readonly narrated: Reference[] = [];
  private readonly surelyGendered = new Set<Entity>();
  /** starts of the speaker references noted: a narrated pronoun there counts once, as the speaker */
  private readonly spokeAt = new Set<number>();
  /** the sentences of narration opening with "he" or "she", and the pronoun */
  private readonly openings: Map<number, TextSpan>;

  constructor(
    private readonly layout: Layout,
    entities: Entity[],
    quotations: Span[],
    contents: Span[] = [],
  ) {
    const quoted = new SpanSet(quotations);
    this.named = this.nameReferences(entities, quoted, new SpanSet(contents));
    this.openings = this.openingPronouns(quoted);
    this.markSubjects(this.openings);
    this.resolveOpeningPronouns();
  }

  /** The name mentions inside body sentences (not in titles or credits: only those are antecedents),
   *  by start; a person whose gender the text told before a name is noted as surely gendered. */
  private nameReferences(entities: Entity[], quoted: SpanSet<Span>, reported: SpanSet<Span>): Reference[] {
    const { text, sentences } = this.layout;
    const all: Reference[] = [];
    for (const e of entities) {
      for (const m of e.mentions) {
        if (m.kind !== 'NAME') continue;
        if (genderToldBefore(text, m.start)) this.surelyGendered.add(e);
        const s = this.sentenceOf(m.start);
        const sentence = sentences[s];
        if (!sentence || m.start < sentence.start || m.end > sentence.end) continue;
        all.push({
          entity: e,
          start: m.start,
          end: m.end,
          sentence: s,
          subject: false,
          possessor: /^['’]s?\b/u.test(text.slice(m.end, m.end + 3)),
          quoted: quoted.some(m, () => true),
          reported: reported.some(m, () => true),
          spoke: false,
          named: true,
          introduced: e.type === 'PERSON' && titleAfter(text, m.end).roles.length > 0,
        });
      }
    }
    return all.sort((a, b) => a.start - b.start);
  }

  /** The subject: the sentence's first name outside quotation marks that opens a clause, with no
   *  preposition governing it ("During a town hall, Ann Holt asked", not "The ad cites FBI data"),
   *  in a sentence not opening with "he" or "she" (`openings`). */
  private markSubjects(openings: Map<number, TextSpan>): void {
    const { text, sentences } = this.layout;
    let last = -1;
    for (const [i, r] of this.named.entries()) {
      // "She has faced … his wife, Hillary Clinton, …": the pronoun is the subject.
      if (openings.has(r.sentence)) continue;
      // "Kowalski's son, Ryan, moved …": a possessor is no subject; the name after it may be.
      // ("Holt's island roots also came into play.": one owning the subject, a thing, is as salient for
      // the sentence after it; reference-weights.ts.)
      if (r.possessor && r.sentence !== last && !r.quoted && ownsOpeningSubject(text, sentences[r.sentence]!.start, r.start, r.end)) {
        r.owner = true;
        last = r.sentence;
      }
      if (r.sentence === last || r.quoted || r.possessor) continue;
      // "Treasury Secretary Janet Yellen welcomed …": a person after an organization and a title
      // heads the phrase.
      const titled = this.named[i + 1];
      if (titled?.entity.type === 'PERSON' && titled.sentence === r.sentence && titleRunBetween(text.slice(r.end, titled.start))) continue;
      if (!opensClause(text, sentences[r.sentence]!.start, r.start)) continue;
      r.subject = true;
      last = r.sentence;
    }
  }

  /** "She has faced criticism … She said …": a sentence opening with "he" or "she" goes on about
   *  the person it resolves to, who stays salient though not named again. Resolved in document
   *  order, each with what came before it; only a person of that gender named or continued just
   *  before ("My father died. He was …" is about no one named). */
  private resolveOpeningPronouns(): void {
    for (const [sentence, pronoun] of this.openings) {
      const gender = /^he$/iu.test(pronoun.text) ? 'MALE' : 'FEMALE';
      const entity = this.best(pronoun.start, (e) => (e.type === 'PERSON' && (!e.gender || e.gender === gender) ? 1 : 0), NARRATED_WINDOW);
      // (In document order among the descriptions narrated before: `best` searches them by start.)
      if (entity)
        this.narrated.splice(firstStartingAtOrAfter(this.narrated, pronoun.start), 0, {
          entity,
          start: pronoun.start,
          end: pronoun.end,
          sentence,
          subject: true,
          possessor: false,
          quoted: false,
          spoke: false,
          named: false,
        });
    }
  }

  /** The sentences of narration that open with "he" or "she", in document order, and the pronoun. */
  private openingPronouns(quoted: SpanSet<Span>): Map<number, TextSpan> {
    const { text, sentences } = this.layout;
    const openings = new Map<number, TextSpan>();
    for (const [s, sentence] of sentences.entries()) {
      const m = OPENING_PRONOUN.exec(text.slice(sentence.start, sentence.start + 24));
      if (!m) continue;
      const start = sentence.start + m[0].length - m[1]!.length;
      const pronoun = { start, end: start + m[1]!.length, text: m[1]! };
      if (!quoted.some(pronoun, () => true)) openings.set(s, pronoun);
    }
    return openings;
  }

  /** The sentence index a position belongs to (the one before, between sentences). */
  sentenceOf(pos: number): number {
    const { sentences } = this.layout;
    const before = lastEndingBy(sentences, pos);
    const next = sentences[before + 1];
    return next && next.start <= pos ? before + 1 : before;
  }

  /** Records sentences of narration that open with a description of a person ("The senator then
   *  dismissed …"): they go on about that person as an opening "he" or "she" does. A description
   *  names its person again as a name would, so it weighs as one: "The mayor's roots came into play.
   *  In Dunmore, he told …" is about the mayor, not about an aide named as a subject the sentence
   *  before; `owner`: the description owns the subject ("The mayor's roots"), weighing as a subject
   *  only for the sentence after it, as a name owning it does (reference-weights.ts). */
  narrate(references: Array<{ entity: Entity; span: Span; owner?: boolean }>): void {
    // (With no description to add, the pronouns read as the constructor read them.)
    if (!references.length) return;
    for (const { entity, span, owner = false } of references) {
      const sentence = this.sentenceOf(span.start);
      this.narrated.push({
        entity,
        start: span.start,
        end: span.end,
        sentence,
        subject: !owner,
        possessor: owner,
        owner,
        quoted: false,
        spoke: false,
        named: true,
      });
    }
    this.narrated.sort((a, b) => a.start - b.start);
    // "The senator then dismissed the plan. She told …": the pronouns are read again with the
    // descriptions in view.
    const described = this.narrated.filter((r) => r.named);
    this.narrated.length = 0;
    this.narrated.push(...described);
    this.resolveOpeningPronouns();
  }

  /** Records that `entity` spoke through the words at `span` (a name, pronoun or description);
   *  `toldGender`: through a "he" or "she" of the entity's gender, which the text so confirms
   *  ("“…,” he said" of Tom Reyes is no "she" later, whatever else is in view). */
  note(entity: Entity, span: Span, named: boolean, toldGender = false): void {
    if (toldGender) this.surelyGendered.add(entity);
    const sentence = this.sentenceOf(span.start);
    this.noted.push({ entity, start: span.start, end: span.end, sentence, subject: !named, possessor: false, quoted: false, spoke: true, named: false });
    this.spokeAt.add(span.start);
  }

  /** Whether `entity`'s gender came from a title ("Mr.", "Mrs.") or a pronoun it spoke through, not from a given name alone. */
  isSurelyGendered(entity: Entity): boolean {
    return this.surelyGendered.has(entity);
  }

  /** Whether a pronoun of the other gender may yet mean `entity`: its gender was told by no title or
   *  pronoun, and by no given name but one borne by men and women alike ("Terry", "Lindsey"): a name
   *  that tells a gender surely ("Kevin", "Hillary") is no "she" or "he" of the other. */
  mayBeOtherGender(entity: Entity): boolean {
    if (this.surelyGendered.has(entity)) return false;
    if (!entity.gender) return true;
    const given = entity.name.split(/\s+/u)[0]!.toLowerCase();
    return givenNameGender(given) !== entity.gender || EITHER_GENDER_NAMES.has(given);
  }

  /** The person a "he" or "she" at `pos` most likely refers to, or null when nobody fits nearby.
   *  A gender told by a given name alone is trusted unless nobody else fits and the name is borne by
   *  either gender. */
  person(pos: number, gender: Gender, excluded?: (e: Entity) => boolean): Entity | null {
    const person = (e: Entity) => e.type === 'PERSON' && !excluded?.(e);
    return (
      this.best(pos, (e) => (person(e) && (!e.gender || e.gender === gender) ? 1 : 0)) ?? this.best(pos, (e) => (person(e) && this.mayBeOtherGender(e) ? 1 : 0))
    );
  }

  /** The entity with the most points among those `weight` weighs above 0, within `window` sentences
   *  before `pos`; `subjectsOnly`: counting only references as a subject. */
  best(pos: number, weight: (e: Entity) => number, window = WINDOW, subjectsOnly = false): Entity | null {
    const here = this.sentenceOf(pos);
    const scores = new Map<Entity, number>();
    const add = (r: Reference) => {
      if (subjectsOnly && !r.subject) return;
      const distance = here - r.sentence;
      const f = weight(r.entity);
      if (f > 0) scores.set(r.entity, (scores.get(r.entity) ?? 0) + f * referenceWeight(r, distance));
    };
    let visited = 0;
    for (let i = firstStartingAtOrAfter(this.named, pos) - 1; i >= 0 && visited < MAX_VISITED; i--, visited++) {
      const r = this.named[i]!;
      if (here - r.sentence > window) break;
      if (r.end <= pos) add(r);
    }
    visited = 0;
    for (let i = firstStartingAtOrAfter(this.narrated, pos) - 1; i >= 0 && visited < MAX_VISITED; i--, visited++) {
      const r = this.narrated[i]!;
      if (here - r.sentence > window) break;
      if (r.end <= pos && !this.spokeAt.has(r.start)) add(r);
    }
    visited = 0;
    for (let i = this.noted.length - 1; i >= 0 && visited < MAX_VISITED; i--, visited++) {
      const r = this.noted[i]!;
      if (here - r.sentence > window) break;
      if (r.end <= pos && r.sentence <= here) add(r);
    }
    let top: Entity | null = null;
    let topScore = 0;
    for (const [e, score] of scores) {
      if (score > topScore) {
        top = e;
        topScore = score;
      }
    }
    return top;
  }
}
