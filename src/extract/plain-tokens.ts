// Most tokens are plain words and punctuation marks. A loop over character codes finds them at a
// fraction of the cost of the tokenizer's pattern (tokens.ts), and leaves to the pattern every token
// it cannot settle alone: one opening with a number or a character of no known class, a number with
// separators ("9/11"), a letter or an abbreviation before a period ("U.S.", "Mr.", "Corp."). What it
// settles is what the pattern matches there: its earlier alternatives all need one of those.

/** Abbreviations written before names with a period ("Mr. Obama", "Ald. Brian Hopkins", "St. Louis"):
 *  the period is theirs, and ends no sentence (sentences.ts). */
export const NAME_ABBREVIATIONS =
  'Mr Mrs Ms Dr St Mt Ft Sen Gov Rep Del Gen Lt Col Maj Sgt Capt Cmdr Adm Prof Rev Hon Pres Supt Ald Atty Amb Det Insp Cpl Pvt Msgr Brig Jr Sr'.split(' ');
/** A company's legal form, which keeps its period ("Acme Corp."). */
export const LEGAL_FORMS = 'Inc Corp Co Cos Ltd Bros Plc Jr Sr'.split(' ');
const DOTTED = new Set([...NAME_ABBREVIATIONS, ...LEGAL_FORMS]);

// Classes of UTF-16 code units, found once per unit by the pattern's own classes: a space (\s), a
// letter (\p{L}), an ASCII digit, another mark (a token alone), or other (a number not in ASCII, half a
// surrogate pair), which the loop leaves to the pattern.
const SPACE = 1;
const LETTER = 2;
const DIGIT = 3;
const MARK = 4;
const OTHER = 5;
const KINDS = new Uint8Array(0x10000);

function kindOf(code: number): number {
  const known = KINDS[code]!;
  return known === 0 ? (KINDS[code] = kindByPattern(code)) : known;
}

/** The class of a code unit by the pattern's own classes (asked once per unit, then remembered in KINDS). */
function kindByPattern(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return OTHER;
  const c = String.fromCharCode(code);
  if (/\s/u.test(c)) return SPACE;
  if (/\p{L}/u.test(c)) return LETTER;
  if (/\p{N}/u.test(c)) return code >= 0x30 && code <= 0x39 ? DIGIT : OTHER;
  return MARK;
}

/** Whether the code unit at `at` is a space. */
export const isSpaceAt = (text: string, at: number) => kindOf(text.charCodeAt(at)) === SPACE;

/** The end of the run of letters and digits from `at`, or -1 where it meets a unit of no known class. */
function runEnd(text: string, at: number, to: number): number {
  for (let e = at; e < to; e++) {
    const kind = kindOf(text.charCodeAt(e));
    if (kind === OTHER) return -1;
    if (kind !== LETTER && kind !== DIGIT) return e;
  }
  return to;
}

const PERIOD = 0x2e;
/** "9/11", "1,000", "3.5", "10:30": a separator inside a number. */
const joinsNumber = (code: number) => code === 0x2f || code === PERIOD || code === 0x2c || code === 0x3a;
/** "O'Brien", "don’t", "well-known", "AT&T": a mark inside a word. */
const joinsWord = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x26;

function allDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (kindOf(text.charCodeAt(i)) !== DIGIT) return false;
  return true;
}

/** The end of the token starting at a non-space `at` of text[.., to), or -1 where the pattern decides it. */
export function plainTokenEnd(text: string, at: number, to: number): number {
  const first = kindOf(text.charCodeAt(at));
  if (first === MARK) return at + 1;
  if (first !== LETTER && first !== DIGIT) return -1;
  let end = runEnd(text, at + 1, to);
  if (end < 0) return -1;
  const next = end < to ? text.charCodeAt(end) : -1;
  if (first === DIGIT ? joinsNumber(next) && allDigits(text, at, end) : next === PERIOD && (end - at === 1 || DOTTED.has(text.slice(at, end)))) return -1;
  while (end + 1 < to && joinsWord(text.charCodeAt(end))) {
    const after = kindOf(text.charCodeAt(end + 1));
    if (after === OTHER) return -1;
    if (after !== LETTER && after !== DIGIT) break;
    end = runEnd(text, end + 2, to);
    if (end < 0) return -1;
  }
  return end;
}
