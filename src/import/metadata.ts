// What an article file says about itself: an optional front-matter block at the top of a plain
// text file, or the header lines of a PressReader export (masthead, date, link). Pure.
import { ImportError } from './article-input.js';

/** Fields a front-matter block may set. */
const FRONT_MATTER_FIELDS = ['title', 'publication', 'publishedAt', 'url', 'language'] as const;
export type FrontMatterField = (typeof FRONT_MATTER_FIELDS)[number];
export type FrontMatter = Partial<Record<FrontMatterField, string>>;

const MAX_FRONT_MATTER_LINES = 20;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Splits `---` / `key: value` lines / `---` off the top of a document. Unknown keys, lines that
 * are not `key: value` and a block left open are errors naming the line, not silent text.
 */
export function splitFrontMatter(text: string): { text: string; fields: FrontMatter } {
  if (!/^---[ \t]*\n/u.test(text)) return { text, fields: {} };
  const lines = text.split('\n');
  const close = lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/u.test(l));
  if (close < 0 || close > MAX_FRONT_MATTER_LINES + 1) {
    throw new ImportError('front matter', `opens with --- but has no closing --- within ${MAX_FRONT_MATTER_LINES} lines`);
  }
  const fields: FrontMatter = {};
  for (const [i, line] of lines.slice(1, close).entries()) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const m = /^([A-Za-z]+)[ \t]*:[ \t]*(.*?)[ \t]*$/u.exec(line);
    if (!m) throw new ImportError('front matter', `line ${i + 2} is not "key: value"`);
    const key = m[1]! as FrontMatterField;
    if (!FRONT_MATTER_FIELDS.includes(key)) {
      throw new ImportError('front matter', `unknown field "${m[1]}" (known: ${FRONT_MATTER_FIELDS.join(', ')})`);
    }
    const value = m[2]!.replace(/^(["'])(.*)\1$/u, '$2');
    if (value) fields[key] = value;
  }
  return { text: lines.slice(close + 1).join('\n'), fields };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

function utcDate(year: number, monthName: string, day: number): Date | null {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
  if (month < 0) return null;
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCDate() === day ? date : null; // no 31 April
}

/** A date as written in a header or front matter: ISO 8601, "13 May 2017", "Saturday, May 13, 2017". */
export function parseDate(value: string): Date | null {
  const text = value.trim();
  if (ISO_DATE.test(text)) {
    // A date without a time is that day in UTC; a time without a zone is read as UTC too.
    const withZone = /T|\s\d/u.test(text) && !/Z|[+-]\d{2}:?\d{2}$/u.test(text) ? `${text.replace(' ', 'T')}Z` : text;
    const date = new Date(withZone);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const words = text.replace(/^(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?,?\s+/iu, '');
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}{3,9})\.?,?\s+(\d{4})$/u.exec(words);
  if (dayFirst) return utcDate(Number(dayFirst[3]), dayFirst[2]!, Number(dayFirst[1]));
  const monthFirst = /^(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(words);
  if (monthFirst) return utcDate(Number(monthFirst[3]), monthFirst[1]!, Number(monthFirst[2]));
  return null;
}

export interface HeaderMetadata {
  publication: string | null;
  publishedAt: Date | null;
  url: string | null;
}

/** Reads a PressReader export's header lines (before the title): a date line, a link, and the masthead. */
export function readHeaderLines(lines: string[]): HeaderMetadata {
  const header: HeaderMetadata = { publication: null, publishedAt: null, url: null };
  const names: string[] = [];
  for (const line of lines) {
    const date = parseDate(line);
    if (date && !header.publishedAt) header.publishedAt = date;
    else if (/^https?:\/\/\S+$/u.test(line) && !header.url) header.url = line;
    else names.push(line);
  }
  header.publication = names.join('\n') || null;
  return header;
}
