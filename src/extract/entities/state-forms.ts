// A state named by its form and the place it is the state of: "the Federal Republic of Ruritania",
// "the Commonwealth of Virginia", "the People's Republic of China". News writes a state's official
// name as its form, the words that qualify the form, "of" and the country or region: one place (the
// gazetteer reads such a name as the place), not a body's name ("Federal Republic") and a place after it.
import { lookupLocation, STATE_FORMS } from '../gazetteer.js';
import { isPossessiveMark, type Token } from '../tokens.js';
import { nameLike } from './name-words.js';

/** The forms of a state that open its official name, capitalised (the gazetteer's STATE_FORMS), and
 *  the commonest in a headline's capitals. */
const STATE_FORM = new RegExp(`^(?:${STATE_FORMS.replace(/\b\p{L}/gu, (l) => l.toUpperCase())}|REPUBLIC|KINGDOM|COMMONWEALTH)$`, 'u');
/** The most words a state's form and its qualifiers take ("Democratic People's Republic"). */
const MAX_FORM = 4;

/** The words of `tokens` as written, a possessive kept with its word ("People's"). */
const written = (tokens: Token[]) =>
  tokens
    .map((t, i) => (i > 0 && isPossessiveMark(t.text) ? t.text : ` ${t.text}`))
    .join('')
    .trim();

/** Whether the token at `i` goes on with a state's form in `run`: "of" after the form, before the place
 *  (of one or two words) that makes a state's name the gazetteer knows; or the possessive of "People's
 *  Republic", before the form. */
export function joinsStateOfPlace(run: Token[], tokens: Token[], i: number): boolean {
  if (!run.length || run.length > MAX_FORM) return false;
  const last = run[run.length - 1]!;
  const word = tokens[i]!.text;
  if (isPossessiveMark(word)) return /^people$/iu.test(last.text) && tokens[i]!.start === last.end && STATE_FORM.test(tokens[i + 1]?.text ?? '');
  if (word !== 'of' || !STATE_FORM.test(last.text)) return false;
  return [2, 1].some((n) => {
    const place = tokens.slice(i + 1, i + 1 + n);
    return place.length === n && place.every(nameLike) && !!lookupLocation(written([...run, tokens[i]!, ...place]));
  });
}
