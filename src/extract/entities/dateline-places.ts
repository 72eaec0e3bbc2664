// The places of a dateline: "NEW YORK 1996-08-30", "NICE, France 1996-08-30", "IRVINE, Calif. Aug 30",
// "OSLO, March 3 (Reuters) -", "Tokyo (AP) —". A dateline says where the story was filed, so its
// names are places, whatever the story makes of the same name ("New York" beat Seattle).

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{Ll}*\\.?';
// A date, an agency in brackets, or the dash that opens the story: what ends a dateline's places.
const END = `(?:\\d{4}-\\d\\d-\\d\\d|${MONTH} \\d{1,2}\\b|\\d{1,2} ${MONTH}|\\(\\p{Lu}[\\p{L} .-]{0,30}\\)|[-–—]{1,2}\\s)`;
// The city in capitals ("NEW YORK", "ST. LOUIS"); a city in title case only before an agency ("Tokyo (AP)").
const CITY = "\\p{Lu}[\\p{Lu}\\p{M}.'’-]+(?: \\p{Lu}[\\p{Lu}\\p{M}.'’-]*){0,3}";
const TITLE_CITY = '\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}(?= \\()';
// A state, region or country after a comma ("Calif.", "N.H.", "South Africa"); never a month.
const PART = `(?!${MONTH} \\d)\\p{Lu}[\\p{L}\\p{M}.'’-]*(?: \\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2}`;
const DATELINE = new RegExp(`^(${CITY}|${TITLE_CITY})(?:, (${PART}))?(?:, (${PART}))?(?=,? ${END})`, 'du');

const DASH = /^,? [-–—]/u;

/** The character spans of the places a dateline at `text[from..]` names (a line's start), or none;
 *  `dated`: a date or an agency follows them, not only a dash ("PRESALE - …" may be a label). */
export function datelinePlaces(text: string, from: number, to: number): { spans: Array<[number, number]>; dated: boolean } {
  const line = text.slice(from, Math.min(to, from + 120));
  const m = DATELINE.exec(line);
  if (!m?.indices) return { spans: [], dated: false };
  const spans = m.indices
    .slice(1)
    .filter((span): span is [number, number] => !!span)
    .map(([s, e]): [number, number] => [from + s, from + e]);
  return { spans, dated: !DASH.test(line.slice(m[0].length)) };
}
