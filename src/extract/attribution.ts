// Stage 4: attribution. Resolves each quote's speaker words to an entity: names directly (two
// joined by "and" together), pronouns and descriptions by what they refer to (pronoun-speakers.ts,
// description-speakers.ts), and quote-only paragraphs to the speaker before.
import type { Entity, Layout, Mention, Span, Speaker } from './types.js';
import type { QuoteDraft } from './quotes.js';
import type { SpeakerSurface } from './name-index.js';
import { personIntroducedBefore } from './continuation.js';
import { continuedMention } from './continued-speakers.js';
import { chainHeads } from './entity-chains.js';
import { withoutReducedRelative } from './speaker-phrases.js';
import { andAfterList, joinedByAnd, listedBefore } from './listed-names.js';
import { genderTold } from './told-gender.js';
import { GENDER, isHeOrShe } from './word-classes.js';
import { ATTACHING } from './phrase-heads.js';
import { roleOf } from './roles.js';
import { type Antecedents, antecedentsIn } from './antecedents.js';
import { firstOf } from './name-mentions.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { pronounSpeaker } from './pronoun-speakers.js';
import { descriptionSpeaker } from './description-speakers.js';
import { type AttributedQuote, type Resolution, SpeechHistory } from './speech-history.js';
import { extended } from './extended.js';
import { relativeMention } from './relative-mentions.js';
import { answerLabelBefore } from './labelled-speech.js';
import { HearingSpeakers } from './hearing-speech.js';

export type { AttributedQuote } from './speech-history.js';

// How far back (characters) a name may stand to be joined to the speaker's ("Grassley and Leahy say").
const JOINED_REACH = 200;
/** The comma closing what is set off after a subject, and the auxiliaries or adverbs before its cue. */
const SET_OFF_CLOSE = String.raw`,\s*(?:(?:has|have|had|also|jointly|both|all|each)\s+)*$`;
/** A relative clause set off by commas between a subject and its cue: ", who have organised a party, ". */
const RELATIVE_CLOSED = new RegExp(String.raw`^,\s+(?:who|whose)\s[^.;:!?“”"(),]{3,120}${SET_OFF_CLOSE}`, 'u');

/** An age set off between a subject and its cue: "Ann Holt, 61, said" (", and Ann Holt, 61, said"). */
const AGE_CLOSED = new RegExp(String.raw`^,\s*\d{1,3}${SET_OFF_CLOSE}`, 'u');

/** A description of both set off by commas between a subject and its cue: ", both Democrats, ",
 *  ", the two founders of the bank, ", ", co-chairs of the panel, " (a head in the plural). */
const PAIR_DESCRIBED = new RegExp(String.raw`^,\s+([^.;:!?“”"(),]{3,80})${SET_OFF_CLOSE}`, 'u');
function describesBoth(between: string): boolean {
  const description = PAIR_DESCRIBED.exec(between)?.[1];
  if (!description) return false;
  const words = description.split(/\s+/u);
  if (/^(both|two)$/iu.test(words[0]!) || /^the two$/iu.test(words.slice(0, 2).join(' '))) return true;
  const attached = words.findIndex((w) => ATTACHING.test(w));
  const described = attached < 0 ? words : words.slice(0, attached);
  const head = described.at(-1) ?? '';
  return described.length <= 4 && PLURAL_HEAD.test(head) && roleOf(head) !== null;
}
const PLURAL_HEAD = /^\p{Ll}[\p{Ll}-]*(?:s|men|people)$/u;

/** The words between two persons' names joined with the second set off as the first one's own:
 *  " and her deputy, ", " and his wife, ", " and their lawyer, ", also after the first one's own
 *  apposition (", and his son, "). */
const APPOSED_PARTNER = /^,?\s+and\s+(?:his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+$/u;

/** What a name in "'s" owns before the cue, past auxiliaries and adverbs of joint speech: "'s trade
 *  ministry has also said" → "'s trade ministry". */
const OWNED_BODY = /^(['’]s(?:\s+\p{Ll}[\p{Ll}-]*){1,3}?)\s+(?:(?:has|have|had|also|jointly|both|all)\s+)*$/u;

/** The words naming the speaker in the passage: "who" in "Barkley, who said", "A" before an
 *  interview's answer, else the surface found. */
function mentionOf(text: string, surface: Mention, cue: Span | null, quoteStart: number): Mention {
  const label = cue ? null : answerLabelBefore(text, quoteStart);
  if (label) return { ...label, text: text.slice(label.start, label.end), kind: surface.kind };
  const relative = relativeMention(text, surface, cue);
  const { start, end } = relative ?? surface;
  return { start, end, text: relative ? text.slice(start, end) : surface.text, kind: surface.kind };
}

export function attributeQuotes(layout: Layout, entities: Entity[], drafts: QuoteDraft[]): AttributedQuote[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const d: DocumentRead = { layout, a: antecedentsIn(layout, entities, drafts), history: new SpeechHistory(layout, byId), byId, heads: chainHeads(entities) };
  const { history } = d;
  const out = history.quotes;
  const hearing = new HearingSpeakers(layout, entities);
  const unattributed: AttributedQuote[] = [];
  const added = new Map<Entity, Mention[]>();
  // The words that named the last speaker (history.last), which a quotation going on is named by too.
  let lastMention: Mention | null = null;
  for (const q of drafts) {
    if (q.heardBy) {
      hearing.hear(q);
      continue;
    }
    // "It was announced that …", "Asked whether …, Holt said": speech nobody is named for is no turn
    // in the conversation, and who speaks next goes on from the turn before it.
    if (!q.speaker && !q.continues && !q.conjoined) {
      unattributed.push(extended(q, { resolved: { entityId: null, name: null, mention: null } }));
      continue;
    }
    const found = speakerFound(d, q);
    noteSpeaker(d.a, added, q, found.entity);
    const resolved = resolvedSpeaker(d, q, found, lastMention);
    // A quotation continuing nobody's speech is not attributed speech.
    if (q.continues && !history.last && !found.introduced) continue;
    out.push(extended(q, { resolved }));
    hearing.spoken(q, resolved);
    if (!found.entity?.gender) history.genders.tell(resolved.name, genderTold(layout.text, q.speaker));
    if (found.entity || q.speaker) {
      history.last = { entity: found.entity, surface: q.speaker, name: resolved.name };
      lastMention = resolved.mention;
    }
  }
  const heard = hearing.allHeard();
  for (const [entity, mentions] of added) addReferences(entity, mentions);
  return heard.length || unattributed.length ? [...out, ...heard, ...unattributed].sort((x, y) => x.start - y.start) : out;
}

/** What attribution reads of the document for every quote: its antecedents, the speech so far, the
 *  entities by id and the head of each entity's chain. */
interface DocumentRead {
  layout: Layout;
  a: Antecedents;
  history: SpeechHistory;
  byId: Map<string, Entity>;
  heads: Map<Entity, Entity>;
}

/** A quote's speaker as found: the entity and the name, the person the narration just before
 *  introduced (for a quotation going on), and where a joint subject's words open and close. */
interface FoundSpeaker {
  entity: Entity | null;
  name: string | null;
  introduced: Entity | null;
  joint: Span | null;
}

/** The speaker of a quote going on from the last, or named by its speaker's words; an entity stands
 *  for the head of its chain, and names the speaker unless the name found holds its name. */
function speakerFound(d: DocumentRead, q: QuoteDraft): FoundSpeaker {
  const found = q.continues || q.conjoined ? speakerGoingOn(d, q) : speakerNamed(d, q);
  const entity = (found.entity && d.heads.get(found.entity)) ?? found.entity;
  const name = entity ? (found.name?.includes(entity.name) ? found.name : entity.name) : found.name;
  return { ...found, entity, name };
}

/** "Coach Erik Holm defended his decision. ¶ “People will say …”": the narration just before
 *  introduces the speaker, also of the story's first quotation; else the last speaker goes on. */
function speakerGoingOn({ layout, a, history }: DocumentRead, q: QuoteDraft): FoundSpeaker {
  const introduced = q.continues
    ? personIntroducedBefore(layout, q.start, history.quotes.at(-1)?.end ?? 0, (pos) => a.openingSubject(pos, (e) => e.type === 'PERSON'))
    : null;
  const entity = introduced ?? history.last?.entity ?? null;
  const name = introduced ? null : (history.last?.name ?? null);
  return { entity, name, introduced, joint: null };
}

/** The speaker its words name: a name (with those joined to it), a pronoun or a description. */
function speakerNamed({ a, history, byId }: DocumentRead, q: QuoteDraft): FoundSpeaker {
  const surface = q.speaker;
  // Names inside the quote itself are who it speaks of, not who speaks.
  const before = surface ? Math.min(surface.start, q.start) : q.start;
  let found: Resolution = { entity: null, name: null };
  if (surface?.entityId) {
    const entity = byId.get(surface.entityId) ?? null;
    const { name, joint } = jointSubject(a, q, surface, entity);
    return { entity, name, introduced: null, joint };
  }
  // ("you" comes as a description, kept as the speaker's words when it resolves to no one.)
  if (surface?.kind === 'PRONOUN' || /^you$/iu.test(surface?.text ?? '')) found = pronounSpeaker(a, history, q, surface!, before);
  else if (surface?.kind === 'NOMINAL') found = descriptionSpeaker(a, history, q, surface, before);
  return { entity: found.entity, name: found.name, introduced: null, joint: null };
}

/** A person who speaks gains salience; a pronoun or a description that names the speaker is kept
 *  (in `added`) as a mention of the entity. */
function noteSpeaker(a: Antecedents, added: Map<Entity, Mention[]>, q: QuoteDraft, entity: Entity | null): void {
  const surface = q.speaker;
  // ("“…,” he said" of a Tom tells his gender as a title would.)
  const toldGender = surface?.kind === 'PRONOUN' && isHeOrShe(surface.text) && GENDER.get(surface.text.toLowerCase()) === entity?.gender;
  if (entity?.type === 'PERSON') a.salience.note(entity, surface ?? q, surface?.kind === 'NAME', toldGender);
  if (entity && surface && surface.kind !== 'NAME')
    added.set(entity, [...(added.get(entity) ?? []), { start: surface.start, end: surface.end, text: surface.text, kind: surface.kind }]);
}

/** The speaker as the quote gives it: the entity, the name (the speaker's words where no entity is
 *  found, but for a pronoun) and the words naming the speaker in the passage. */
function resolvedSpeaker({ layout, history }: DocumentRead, q: QuoteDraft, found: FoundSpeaker, lastMention: Mention | null): Speaker {
  const { text } = layout;
  const { entity, name, introduced, joint } = found;
  const surface = q.speaker;
  const resolved: Speaker = {
    entityId: entity?.id ?? null,
    // (A description over a line break of wrapped text, "the\nbank", is named on one line.)
    name: (name ?? (surface && surface.kind !== 'PRONOUN' ? withoutReducedRelative(surface.text) : null))?.replace(/\s+/gu, ' ') ?? null,
    mention: surface ? mentionOf(text, surface, q.cue, q.start) : null,
  };
  // (The joint subject's words, where the surface found is the words of the speaker.)
  if (joint && resolved.mention && resolved.mention.start === surface?.start && resolved.mention.end === surface.end)
    resolved.mention = { ...resolved.mention, start: joint.start, end: joint.end, text: text.slice(joint.start, joint.end) };
  if (q.continues) resolved.mention = continuedMention(layout, q.start, history.quotes.at(-1)?.end ?? 0, { introduced, entity, borrowed: lastMention });
  return resolved;
}

/** Pronoun and description mentions found for an entity, added once each, in document order. */
function addReferences(entity: Entity, mentions: Mention[]): void {
  const have = new Set(entity.mentions.map((m) => `${m.start}:${m.end}`));
  for (const m of mentions) {
    if (have.has(`${m.start}:${m.end}`)) continue;
    have.add(`${m.start}:${m.end}`);
    entity.mentions.push(m);
  }
  entity.mentions.sort((a, b) => a.start - b.start);
}

/** A named speaker's subject joined with others ("Tom Pike and Ann Holt said", "Jane Scullion and her
 *  deputy, Adam Wilkinson, said", "Russia and China said"): the joint name and where its words open
 *  and close; nulls for a speaker alone. */
function jointSubject(a: Antecedents, q: QuoteDraft, surface: SpeakerSurface, entity: Entity | null): { name: string | null; joint: Span | null } {
  const { subject, apposed } = subjectReach(a.text, q, surface);
  if (!entity || !(subject || apposed)) return { name: null, joint: null };
  // Only a name just before can be joined to it: the search stops a short way back.
  const namesBefore: NamesBefore = (n) => a.mentionsBefore(n.m.start, sameKindAs(entity), n.m.start - JOINED_REACH);
  const partner = partnerBefore(a.text, surface, namesBefore, subject);
  if (partner) {
    const list = listOpening(a.text, partner, namesBefore);
    return { name: `${list.names}${partner.e.name} and ${entity.name}`, joint: { start: list.start, end: surface.end } };
  }
  return subject ? jointWithNext(a, q, surface, entity, namesBefore) : { name: null, joint: null };
}

/** The names of an entity's kind before a mention, nearest first, a short way back. */
type NamesBefore = (n: { m: Span }) => ReturnType<Antecedents['mentionsBefore']>;

/** Whether an entity is another of `entity`'s kind: persons join persons; organizations and places
 *  join each other ("Barclays and Lloyds", "Both France and Italy", "the EU and Britain said"), as
 *  the typer may take one for the other. */
const sameKindAs = (entity: Entity) => (e: Entity) => e !== entity && (e.type === 'PERSON') === (entity.type === 'PERSON');

/** How the words between the speaker and its cue let another name join it: as one of the cue's
 *  whole subject (`subject`), or as a partner set off before the cue (`apposed`). */
function subjectReach(text: string, q: QuoteDraft, surface: SpeakerSurface): { subject: boolean; apposed: boolean } {
  if (!q.cue || q.cue.start <= surface.end) return { subject: false, apposed: false };
  const between = text.slice(surface.end, q.cue.start);
  // "Mr. Grassley and Mr. Leahy say": a joint subject, named by both ("X and Y, who said" is Y's).
  // ("Sue Platt and Derek Young, who organised the party, said": a relative clause closed before the cue leaves the subject whole.)
  const subject = !/[,(—–]/u.test(between) || RELATIVE_CLOSED.test(between) || AGE_CLOSED.test(between) || describesBoth(between);
  // "Jane Scullion and her deputy, Adam Wilkinson, said": a second name set off as the first one's
  // deputy, wife or lawyer, closing the subject, joins it too.
  const apposed = /^,\s*(?:(?:also|jointly|both)\s+)?$/u.test(between);
  return { subject, apposed };
}

/** The name before the speaker joined to it, by "and" in a whole subject or set off as its partner,
 *  or by "and" after a list of names before it. */
function partnerBefore(text: string, surface: SpeakerSurface, namesBefore: NamesBefore, subject: boolean) {
  const joined = ({ m }: { m: Mention }) =>
    (subject && joinedByAnd(text.slice(m.end, surface.start))) || APPOSED_PARTNER.test(text.slice(m.end, surface.start));
  const joinedAfterList = (n: { e: Entity; m: Span }) =>
    subject && andAfterList(text.slice(n.m.end, surface.start)) && listedBefore(text, n, namesBefore).length > 0;
  return firstOf(namesBefore({ m: surface }), joined) ?? firstOf(namesBefore({ m: surface }), joinedAfterList);
}

/** "Tom Pike, Ann Holt and Jon Reyes said": the names listed before the pair's first join it; the
 *  joint subject's words open at the first of them. */
function listOpening(text: string, first: { e: Entity; m: Span }, namesBefore: NamesBefore): { names: string; start: number } {
  const listed = listedBefore(text, first, namesBefore);
  return {
    names: listed
      .map(({ e }) => `${e.name}, `)
      .reverse()
      .join(''),
    start: listed.at(-1)?.m.start ?? first.m.start,
  };
}

/** "Russia and China said": the first of two places may be the one found; the second, joined by "and"
 *  before the cue, joins it. */
function jointWithNext(
  a: Antecedents,
  q: QuoteDraft,
  surface: SpeakerSurface,
  entity: Entity,
  namesBefore: NamesBefore,
): { name: string | null; joint: Span | null } {
  const { text } = a;
  const next = a.names[firstStartingAtOrAfter(a.names, surface.end)];
  if (!next || !sameKindAs(entity)(next.e) || next.end > q.cue!.start || !joinedByAnd(text.slice(surface.end, next.start))) return { name: null, joint: null };
  // ("the European Commission and Canada's trade ministry said": a possessor joined names what it owns.)
  const owned = OWNED_BODY.exec(text.slice(next.end, q.cue!.start))?.[1];
  const list = listOpening(text, { e: entity, m: surface }, namesBefore);
  return {
    name: `${list.names}${entity.name} and ${owned ? text.slice(next.start, next.end + owned.length) : next.e.name}`,
    joint: { start: list.start, end: next.end + (owned?.length ?? 0) },
  };
}
