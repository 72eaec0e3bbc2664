// Who wrote the piece: a byline near the top or a tagline at the end, the "I" of its narration.
import type { Entity, Layout } from './types.js';

/** A capitalised word of a writer's name ("O'Neill", "Jr."); page furniture reads bylines with it too. */
export const NAME_WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
/** A writer's name of two to four such words. */
export const WRITER_NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){1,3}`;

const BYLINE = new RegExp(String.raw`^By\s+(${WRITER_NAME})\s*(?:[,|—–-]|$)`, 'u');
const TAGLINE = new RegExp(String.raw`^(${WRITER_NAME}),? is (?:a|an|the|\p{Ll}+(?:-in-|\s+(?:at|of|for)\b))`, 'u');

/** Who wrote the piece: a byline near the top ("By Ann Holt") or a tagline at the end ("Ann Holt
 *  is a professor of …"), as the entity of that name when there is one. */
export function authorOf(layout: Layout, entities: Entity[]): { name: string; entity: Entity | null } | null {
  const { blocks } = layout;
  const found =
    blocks
      .slice(0, 5)
      .map((b) => BYLINE.exec(b.text)?.[1])
      .find(Boolean) ??
    blocks
      .slice(-2)
      .filter((b) => b.text.length <= 400)
      .map((b) => TAGLINE.exec(b.text)?.[1])
      .find(Boolean);
  if (!found) return null;
  const entity = entities.find((e) => e.type === 'PERSON' && (e.name === found || e.mentions.some((m) => layout.text.slice(m.start, m.end) === found))) ?? null;
  return { name: entity?.name ?? found, entity };
}
