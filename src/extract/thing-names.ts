// Names a story gives to things, not bodies: "the impurity, known as NDMA", "a program called
// DACA", "the law, dubbed Obamacare". Typed as organizations for their capitals, they are nobody
// "the company" or "the agency" goes back to.
import { ARTICLE_ALTERNATIVES } from './lexicon.js';
import { describesOrganization } from './description-heads.js';
import type { Entity } from './types.js';

const NAMING = /(\p{Ll}+),?\s+(?:(?:also|commonly|widely|popularly)\s+)?(?:known as|called|dubbed|nicknamed)\s+(?:the\s+)?$/u;

/** Whether the name starting at `start` follows a lower-case noun that names no body and a naming phrase. */
export function namedAsThing(text: string, start: number): boolean {
  const naming = NAMING.exec(text.slice(Math.max(0, start - 50), start));
  return !!naming && !describesOrganization(naming[1]!);
}

/** A name the text uses for an illness: "Alzheimer's disease", "Parkinson's", "patients with
 *  Huntington's", "Alzheimer is the most common form of dementia". */
const ILLNESS_AFTER = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:disease|syndrome|virus|disorder|palsy|sclerosis|infection|dementia|fever)\b|^(?:['’]s)?\s+is\s+(?:${ARTICLE_ALTERNATIVES})\s+(?:[\p{L}-]+\s+){0,3}(?:form|type|kind|cause)\s+of\b`,
  'u',
);
const ILLNESS_BEFORE =
  /\b(?:patients|people|those|sufferers|living|diagnosed|suffering|suffer|suffers|died|treat|treating|against|cases)\s+(?:with|from|of)\s+(?:early[- ]onset\s+)?$/iu;

/** Whether the text names an illness by the entity's name, which no description of a body goes back to. */
export function namesIllness(text: string, e: Entity): boolean {
  return e.mentions.some(
    (m) => m.kind === 'NAME' && (ILLNESS_AFTER.test(text.slice(m.end, m.end + 50)) || ILLNESS_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))),
  );
}
