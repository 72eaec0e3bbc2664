// "Chief Executive Kelly Ortberg … has said he wants to fix the culture": a given name tells a
// gender only mostly ("Kelly", "Jordan", "Leslie"). Where the text says "he" for what a person said
// and never uses the other gender's pronouns at all, the pronoun tells the person's gender better.
import type { QuoteDraft } from './quote-draft.js';
import type { Entity } from './types.js';

const OWN_PRONOUN = /^(?:that\s+)?(he|she)\b/iu;
const FEMALE_PRONOUNS = /\b(she|her|hers|herself)\b/iu;
const MALE_PRONOUNS = /\b(he|him|his|himself)\b/iu;
// A title or kin word before a name tells its gender for sure: "Mr. Kelly", "his wife, Jordan".
const TITLED = /\b(Mr|Mrs|Ms|Miss|Mme|Sir|Dame|Lady|Lord|wife|husband|son|daughter|mother|father|brother|sister|widow|widower)\.?,?\s+$/u;

/** Corrects, in place, the gender a given name gave a person whose own reported words open with the
 *  other gender's pronoun, in a text that never uses the name's gender's pronouns. */
export function genderFromOwnWords(text: string, entities: Entity[], drafts: QuoteDraft[]): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const said = new Map<Entity, Set<'MALE' | 'FEMALE'>>();
  for (const q of drafts) {
    const entity = q.kind !== 'DIRECT' && q.speaker?.kind === 'NAME' ? byId.get(q.speaker.entityId ?? '') : undefined;
    const pronoun = entity?.type === 'PERSON' ? OWN_PRONOUN.exec(q.text)?.[1]?.toLowerCase() : undefined;
    if (!entity || !pronoun) continue;
    let genders = said.get(entity);
    if (!genders) said.set(entity, (genders = new Set()));
    genders.add(pronoun === 'he' ? 'MALE' : 'FEMALE');
  }
  for (const [entity, genders] of said) {
    if (genders.size !== 1 || !entity.gender) continue;
    const [gender] = [...genders];
    const unused = entity.gender === 'FEMALE' ? FEMALE_PRONOUNS : MALE_PRONOUNS;
    if (gender === entity.gender || unused.test(text)) continue;
    if (entity.mentions.some((m) => TITLED.test(text.slice(Math.max(0, m.start - 12), m.start)))) continue;
    entity.gender = gender!;
  }
}
