// GUM (amir-zeldes/gum) read where it lies: its news and interview documents (Wikinews, CC-BY) as entity
// gold in the scorer's format, news the entity typer was not trained on. GUM marks every referring
// expression; the gold keeps the NAMED ones: a mention whose head is PROPN, or a common-noun head with a
// PROPN name in apposition ("spokesperson Julie Hahn"). The name is the run of PROPN tokens around that
// head, with connectors between two of them ("University of Sydney", "Foundation for the Arts", "New People's
// Party", but not onto another referent's name: "Mecca's Grand Mosque" is two); persons lose leading titles
// ("President"), as CoNLL leaves titles out; names do not nest ("Sydney" there is no name of its own).
// person / organization / place → PERSON / ORGANIZATION / LOCATION; other GUM types are left out, as CoNLL's
// MISC is; plural groups ("Democrats"), demonyms and lone titles are optional regions without a type.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type GumDocument, type GumMention, type GumToken, readConllu } from './gum-conllu.js';

const TYPES = new Map<string, GumEntity['type']>([
  ['person', 'PERSON'],
  ['organization', 'ORGANIZATION'],
  ['place', 'LOCATION'],
]);
const CONNECT = new Set('of and & de for the du la von van der del on -'.split(' '));
/** A possessive inside a name ("New People's Party"), straight or curly. */
const POSSESSIVE = new Set(["'s", '’s']);
const TITLES = new Set(
  `mr mrs ms miss dr prof professor president senator sen gov governor rep representative sir dame lord lady king queen
   prince princess general gen captain capt lt col colonel major sergeant sgt judge justice pope rev reverend father
   minister prime chancellor secretary mayor chairman ceo administrator director chief commissioner ambassador deputy
   vice executive officer spokesman spokeswoman spokesperson coach detective inspector constable private corporal
   admiral commander premier leader speaker attorney chair founder editor producer author dean doctor nurse pastor
   bishop cardinal archbishop rabbi imam sheikh emir sultan foreign defence defense state health agent trooper
   superintendent the former late ex st`.split(/\s+/u),
);
const PARTISANS = new Set('republican democrat conservative liberal libertarian socialist communist'.split(' '));

export interface GumEntity {
  start: number;
  end: number;
  type: 'PERSON' | 'ORGANIZATION' | 'LOCATION' | null;
  optional?: true;
}

interface Named {
  mention: GumMention;
  lo: number;
  hi: number;
}

const lower = (t: GumToken) => t.form.toLowerCase();
const bare = (t: GumToken) => lower(t).replace(/\.+$/u, '');

/** The mention's name head: its syntactic head (the first token governed from outside it) when PROPN, else a
 *  PROPN in apposition or flat to that head ("captain Harry Kane"). */
function nameHead(tokens: GumToken[], first: number, last: number): number | undefined {
  const inside = (i: number) => first <= i && i <= last;
  const indices = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const head = indices.find((i) => !inside(tokens[i]!.head));
  if (head === undefined || tokens[head]!.upos === 'PROPN') return head;
  return indices.find((i) => tokens[i]!.head === head && ['appos', 'flat'].includes(tokens[i]!.deprel) && tokens[i]!.upos === 'PROPN');
}

/** The first and the last tokens of the mentions nested in `mention` (another referent's: "Mecca" in "Mecca's Grand Mosque"). */
function nestedEdges(mention: GumMention, mentions: GumMention[]) {
  const { first, last } = mention;
  const nested = mentions.filter((m) => m !== mention && m.last !== null && first <= m.first && m.last <= last! && (m.first !== first || m.last !== last));
  return { starts: new Set(nested.map((m) => m.first)), ends: new Set(nested.map((m) => m.last!)) };
}

/** The name span of a mention (first and last token), or null when it is not named. GUM tags "New" (York),
 *  "United" (States) ADJ or VERB: outside persons, a capitalised ADJ, NOUN, VERB or NUM belongs to the name.
 *  `mentions`: the document's, so a name runs over "'s" or "of the" only within one referent's words. */
export function nameSpan(tokens: GumToken[], mention: GumMention, mentions: GumMention[] = []): [number, number] | null {
  const { first, last, etype } = mention;
  if (last === null) return null;
  const head = nameHead(tokens, first, last);
  if (head === undefined) return null;
  const isName = (i: number) =>
    tokens[i]!.upos === 'PROPN' || (etype !== 'person' && ['ADJ', 'NOUN', 'VERB', 'NUM'].includes(tokens[i]!.upos) && /^\p{Lu}/u.test(tokens[i]!.form));
  const connects = (i: number) => (etype === 'person' ? lower(tokens[i]!) === '-' : CONNECT.has(lower(tokens[i]!)));
  const { starts, ends } = nestedEdges(mention, mentions);
  const within = (j: number) => first <= j && j <= last;
  // how far the name grows past its edge token i (dir -1 back, 1 ahead): onto a name, or over a connector onto one
  // ("Bank of Japan"; "the" only ahead: "Peter the Great"), over a possessive ("New People's Party") or a connector
  // and "the" ("Foundation for the Arts") where no other referent's name ends before it or starts after it
  const step = (i: number, dir: -1 | 1) => {
    if (!within(i + dir)) return 0;
    if (isName(i + dir)) return 1;
    // no other referent's name ends before the connector or with it ("Mecca 's"), nor starts after it
    const [a, b] = dir === 1 ? [i, i + 2] : [i - 2, i];
    const [word, own] = [lower(tokens[i + dir]!), !ends.has(a) && !ends.has(a + 1) && !starts.has(b)];
    const joins = POSSESSIVE.has(word) ? etype !== 'person' && own : connects(i + dir) && (dir === 1 || word !== 'the');
    if (within(i + 2 * dir) && joins && isName(i + 2 * dir)) return 2;
    return dir === 1 && within(i + 3) && articleAhead(i) && isName(i + 3) ? 3 : 0;
  };
  // "of the", "for the" ahead of token i, no name of another referent after them
  const articleAhead = (i: number) =>
    connects(i + 1) && !['the', 'and'].includes(lower(tokens[i + 1]!)) && lower(tokens[i + 2]!) === 'the' && !starts.has(i + 2) && !starts.has(i + 3);
  let [lo, hi, back, ahead] = [head, head, 0, 0];
  do {
    [back, ahead] = [step(lo, -1), step(hi, 1)];
    [lo, hi] = [lo - back, hi + ahead];
  } while (back || ahead);
  return [lo, hi];
}

/** A person's name without what leads it: a nested name ("NASA" in "NASA Administrator Charles Bolden"),
 *  titles ("Administrator") and the connectors after them. Returns the name's new first token. */
function personStart(tokens: GumToken[], own: Named, named: Named[]): number {
  let { lo } = own;
  const { hi } = own;
  const skipConnectors = () => {
    while (lo < hi && CONNECT.has(lower(tokens[lo]!))) lo++;
  };
  for (let changed = true; changed && lo < hi; ) {
    changed = false;
    const nested = named.find((n) => n.mention !== own.mention && n.lo === lo && n.hi < hi);
    if (nested) {
      lo = nested.hi + 1;
      skipConnectors();
      changed = true;
    }
    if (lo < hi && TITLES.has(bare(tokens[lo]!))) {
      lo++;
      skipConnectors();
      changed = true;
    }
  }
  return lo;
}

/** The gold entity of a named mention of a scored type, or null when it lies inside another name. */
function goldEntity(tokens: GumToken[], own: Named, named: Named[]): GumEntity | null {
  const { etype } = own.mention;
  const type = TYPES.get(etype) ?? null;
  const lo = etype === 'person' ? personStart(tokens, own, named) : own.lo;
  const { hi } = own;
  const inside = named.some(
    (n) => n.mention !== own.mention && n.lo <= lo && hi <= n.hi && !(n.lo === lo && n.hi === hi) && !(n.mention.etype === 'person' && etype !== 'person'),
  );
  if (inside) return null;
  const span = tokens.slice(lo, hi + 1);
  const group = etype !== 'place' && span.every((t) => t.upos !== 'PROPN' || t.xpos === 'NNPS');
  const one = lo === hi ? tokens[lo]! : undefined;
  const demonym = etype === 'person' && one && /(ans|ese|ish|is|ians)$/u.test(one.form) && one.xpos === 'NNPS';
  const title = one && (TITLES.has(bare(one)) || PARTISANS.has(bare(one)));
  const [start, end] = [tokens[lo]!.start, tokens[hi]!.end];
  return group || demonym || title ? { start, end, type: null, optional: true } : { start, end, type };
}

/** A GUM document's text and its gold entities, in text order, one per span. */
export function gumGold(document: GumDocument): { text: string; entities: GumEntity[] } {
  const { text, tokens, mentions } = document;
  const named = mentions.flatMap((mention) => {
    const span = nameSpan(tokens, mention, mentions);
    return span ? [{ mention, lo: span[0], hi: span[1] }] : [];
  });
  const found = named.flatMap((n) => (TYPES.has(n.mention.etype) ? [goldEntity(tokens, n, named)] : [])).filter((e) => e !== null);
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  // one entity per span (an apposition's two mentions can give the same name)
  const entities = found.filter((e, i) => i === 0 || e.start !== found[i - 1]!.start || e.end !== found[i - 1]!.end);
  return { text, entities };
}

/** The news and interview documents of a GUM checkout (dep/GUM_news_*.conllu, dep/GUM_interview_*.conllu),
 *  each read once: the document as read, and its text and gold entities. */
export function* gumDocuments(checkout: string): Generator<{ id: string; document: GumDocument; text: string; entities: GumEntity[] }> {
  const dir = path.join(checkout, 'dep');
  for (const file of readdirSync(dir).sort()) {
    if (!/^GUM_(news|interview)_.*\.conllu$/u.test(file)) continue;
    const document = readConllu(readFileSync(path.join(dir, file), 'utf8'));
    yield { id: file.replace(/\.conllu$/u, ''), document, ...gumGold(document) };
  }
}
