// "Amazon.com gained 1.5%", "Booking.com said": a name written with its web domain is the firm that
// trades under it, never the river or the place its first word spells; the domain is part of the name.
import type { TypedCandidate } from './typed-candidates.js';

/** The domains news names firms by, as regex alternatives. */
const TOP_LEVEL = String.raw`(?:com|net|org|co\.uk|com\.au|co\.jp|de|fr|in|io|ca|us|tv)`;
const DOMAIN = new RegExp(String.raw`^\.${TOP_LEVEL}(?![\p{L}\p{N}])`, 'u');
const ENDS_WITH_DOMAIN = new RegExp(String.raw`\p{L}\.${TOP_LEVEL}$`, 'u');

/** The web domain written right after a name ending at `end` (".com", ".co.uk"), or ''. */
export const domainAfter = (text: string, end: number): string => DOMAIN.exec(text.slice(end, end + 8))?.[0] ?? '';

/** Whether a name's last word carries a web domain: "Amazon.com". */
export function namesWebFirm(words: string[]): boolean {
  const last = words[words.length - 1]!;
  // (A domain holds a period, which most words lack: the pattern, anchored at the end, tries every start.)
  return last.includes('.') && ENDS_WITH_DOMAIN.test(last);
}

/** "Amazon.com shares rose … Amazon said": the first word of a firm the story names with its domain,
 *  standing alone without "the" ("the Amazon" is the river), is that firm. Types them in place. */
export function webFirmStems(typed: TypedCandidate[]): void {
  const stems = new Set<string>();
  for (const { c } of typed) if (c.words.length === 1 && namesWebFirm(c.words)) stems.add(c.text.slice(0, c.text.indexOf('.')).toLowerCase());
  if (!stems.size) return;
  for (const t of typed) if (t.c.words.length === 1 && stems.has(t.c.text.toLowerCase()) && t.c.prev !== 'the') t.type = 'ORGANIZATION';
}
