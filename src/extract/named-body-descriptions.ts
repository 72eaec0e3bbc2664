// A body described by its kind with words of its name before it: "A House panel said" or "the Senate
// panel said" after "the House Oversight Committee" is that committee, as "the committee" is; with none
// named before, "A House panel voted …" is the committee the next sentence opens with.
import type { Antecedents } from './antecedents.js';
import type { SpeakerSurface } from './name-index.js';
import { firstStartingAtOrAfter } from './span-index.js';
import type { Entity } from './types.js';

/** Words for one kind of body, any of which a body's name may end in: "a House panel" is the
 *  "House Oversight Committee", not the "House" itself. */
const BODY_KINDS = ['panel committee subcommittee commission'].map((group) => new Set(group.split(' ')));

/** "a House panel", "The Senate Judiciary panel": an article, one or two capitalised words, a kind of body. */
const DESCRIBED_BODY = /^(?:an?|the)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,2})(\p{Ll}+)$/iu;

/** The organization named before `surface` whose name holds the description's capitalised words and
 *  a word of the same kind of body as its head, or null. */
export function bodyNamedBefore(a: Antecedents, surface: SpeakerSurface): Entity | null {
  const m = DESCRIBED_BODY.exec(surface.text);
  if (!m) return null;
  const kind = BODY_KINDS.find((group) => group.has(m[2]!));
  if (!kind) return null;
  const own = m[1]!.trim().split(/\s+/u);
  const fits = (e: Entity) => {
    if (e.type !== 'ORGANIZATION') return false;
    const words = e.name.split(/\s+/u);
    return own.every((w) => words.includes(w)) && words.some((w) => kind.has(w.toLowerCase()));
  };
  return a.nearest(surface.start, fits)?.e ?? (/^an?\s/iu.test(surface.text) ? openingNextSentence(a, surface, fits) : null);
}

/** "A House panel voted to … The House Oversight Committee voted 19-15 …": the body the sentence after
 *  the description's own opens by naming, when it fits the description. */
function openingNextSentence(a: Antecedents, surface: SpeakerSurface, fits: (e: Entity) => boolean): Entity | null {
  const { sentences } = a.layout;
  const next = sentences[firstStartingAtOrAfter(sentences, surface.start + 1)];
  const first = next ? a.names[firstStartingAtOrAfter(a.names, next.start)] : undefined;
  return first && fits(first.e) && /^(?:the\s+)?$/iu.test(a.text.slice(next!.start, first.m.start)) ? first.e : null;
}
