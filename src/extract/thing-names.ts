// Names a story gives to things, not bodies: "the impurity, known as NDMA", "a program called
// DACA", "the law, dubbed Obamacare". Typed as organizations for their capitals, they are nobody
// "the company" or "the agency" goes back to.
import { describesOrganization } from './description-heads.js';

const NAMING = /(\p{Ll}+),?\s+(?:(?:also|commonly|widely|popularly)\s+)?(?:known as|called|dubbed|nicknamed)\s+(?:the\s+)?$/u;

/** Whether the name starting at `start` follows a lower-case noun that names no body and a naming phrase. */
export function namedAsThing(text: string, start: number): boolean {
  const naming = NAMING.exec(text.slice(Math.max(0, start - 50), start));
  return !!naming && !describesOrganization(naming[1]!);
}
