// "Chief Executive Kelly Ortberg … has said he wants to fix the culture": a given name tells a
// gender only mostly ("Kelly", "Jordan", "Leslie"). Where the text says "he" for what a person said
// and never uses the other gender's pronouns at all, the pronoun tells the person's gender better.
import { genderToldBefore } from './gender-before-name.js';
import type { QuoteDraft } from './quote-draft.js';
import type { Entity } from './types.js';

const OWN_PRONOUN = /^(?:that\s+)?(he|she)\b/iu;
const FEMALE_PRONOUNS = /\b(she|her|hers|herself)\b/iu;
const MALE_PRONOUNS = /\b(he|him|his|himself)\b/iu;

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
    if (entity.mentions.some((m) => genderToldBefore(text, m.start))) continue;
    entity.gender = gender!;
  }
}
