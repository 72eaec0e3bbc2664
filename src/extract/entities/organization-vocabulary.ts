// Word lists of organizations' names the entity rules share, kept in one place so they grow in one
// place: the heads, forms and industries that close a name, the words that open one, the kinds a name
// follows, sports sides.
import { PAPER_HEADS } from './named-body-vocabulary.js';

/** Legal forms that are no English word nor surname, from Finland ("Vantala Oy"), Indonesia ("Tbk"),
 *  Hungary ("Kft", "Zrt", "Nyrt"; not "Rt", also the broadcaster RT), Italy and Romania ("Srl"), Brazil
 *  ("Ltda") and Germany ("KGaA"): without its form, a firm's unknown name reads as a person's or a place's. */
const LESSER_FORMS = 'oy tbk kft zrt nyrt srl ltda kgaa';

/** Last words that make a name an organization ("Supreme National Security Council"). */
export const ORGANIZATION_HEADS = new Set(
  (
    'council committee commission ministry department agency office bureau service services party union ' +
    'association federation confederation guild league club team university college institute institution school academy ' +
    'foundation fund bank corporation corp corp. inc inc. ltd ltd. llc plc co company companies group holdings ' +
    'airlines airways motors industries international network news tv television radio times post journal ' +
    'herald tribune gazette daily press telegraph guardian review magazine channel organization organisation ' +
    'army navy forces force guard guards police court parliament assembly congress senate cabinet government ' +
    'administration authority board center centre movement front alliance coalition brigade brigades church ' +
    'exchange stock reserve hospital infirmary clinic unit units command corps house program programme project initiative ' +
    'trust enterprises laboratories laboratory lab labs society resources sports newsroom partnership consortium cooperative co-operative syndicate caucus observatory survey ' +
    'inspectorate secretariat mission research pac books forum legion brotherhood ' +
    PAPER_HEADS +
    ' ' +
    // company forms of many countries: "Ruch SA", "Deutsche Telekom AG", "Pirelli SpA"
    'sa ag nv spa gmbh bv ab asa oyj bhd pty pte limited incorporated ' +
    LESSER_FORMS
  ).split(' '),
);

/** Last words that make a name a company whatever else it may look like: a form, or the industry
 *  it is in ("Samsung Electronics", "Hyundai Motor", "Korean Air", "Network Rail"). An industry may
 *  also be one of a body's domains joined by "and" ("Securities and Exchange Commission"). */
export const INDUSTRY_HEADS = new Set(
  (
    'electronics motor motors air rail energy pharmaceuticals pharma telecom telecommunications steel chemical chemicals foods ' +
    'technologies systems semiconductor software therapeutics biotech petroleum mining shipping logistics insurance securities ' +
    'aerospace automotive utilities entertainment coal retail healthcare labs analytics investments realty properties media brands ventures minerals metals cement ' +
    'partners capital consulting advisors financial brewing breweries brewery distillers electric images pictures'
  ).split(' '),
);
/** "Dynamics", "Robotics", "Genomics": a field of work in "-ics", which closes a firm's name as an
 *  industry does ("General Dynamics", "Boston Robotics"); no person's name ends so. */
export const isFieldOfWork = (word: string) => /^\p{Lu}\p{Ll}{3,}ics$/u.test(word);
export const COMPANY_HEADS = new Set([
  ...'corporation corp corp. inc inc. ltd ltd. llc plc co company group holdings airlines airways motors industries industrie'.split(' '),
  // A partnership of brothers: "Warner Bros.", "Salomon Bros".
  'bros',
  'bros.',
  ...INDUSTRY_HEADS,
]);
for (const head of COMPANY_HEADS) ORGANIZATION_HEADS.add(head);

/** Company forms of partnerships and forms written with periods ("L.P.", "S.p.A."): bodies' heads as the others are. */
const DOTTED_FORMS = 'lp llp l.p. l.l.p. l.l.c. s.a. n.v. s.p.a. a.g. b.v. p.l.c.'.split(' ');
for (const form of DOTTED_FORMS) ORGANIZATION_HEADS.add(form);

/** Company forms a short name leaves out: "Ruch SA" is "Ruch", "Ericsson Inc" is "Ericsson". */
export const COMPANY_FORMS = new Set([
  ...'sa ag nv spa gmbh bv ab asa oyj bhd pty pte plc inc inc. corp corp. co co. ltd ltd. llc limited incorporated group holdings bros bros.'.split(' '),
  ...LESSER_FORMS.split(' '),
  // partnerships, and forms written with periods: "Bloomberg L.P.", "Acme Holdings L.L.C.", "Fiat S.p.A."
  ...DOTTED_FORMS,
]);

/** Nouns that a company or club name follows: "cables giant Pirelli", "airline El Al". */
export const ORGANIZATION_KINDS = new Set(
  (
    'company firm giant maker group carrier airline insurer retailer subsidiary conglomerate manufacturer producer ' +
    'operator brokerage lender newspaper daily weekly club side team chain bank'
  ).split(' '),
);

/** More nouns a name follows in apposition, said of outlets and firms ("the scientific journal Nature",
 *  "news agency Petra", "investment banks Merrill Lynch"); for typing names only, not for reading
 *  descriptions of speakers. */
export const NAMED_KINDS = new Set(
  'journal magazine agency publication tabloid broadcaster banks firms companies brokers brokerage insurers lenders newspapers carmaker automaker chipmaker drugmaker steelmaker'.split(
    ' ',
  ),
);

/** Kinds of organization that, set right before a name, say it is no person's even where it opens with a
 *  given name ("drugmaker Eli Lilly", "investment bank Morgan Stanley", "Egyptian club Al Ahly", "miner
 *  Anglo American"); not the trades a person follows ("film producer", "publisher"). */
export const KINDS_BEFORE_NAMES = new Set([
  ...NAMED_KINDS,
  ...'company firm giant group airline insurer retailer conglomerate manufacturer lender club side bank miner brewer refiner utility supermarket'.split(' '),
]);

/** Words that open an organization name ("Bank of England", "Ministry of Foreign Affairs"). */
export const ORGANIZATION_OPENERS = new Set(
  (
    'bank ministry university council department office institute house court board bureau commission committee federation ' +
    'confederation league club museum organization organisation union association ' +
    // bodies whose names run on with "of" or "for": "Alliance of Democratic Forces for the Liberation of …",
    // "Movement for Democratic Change", "Center for Strategic and International Studies"
    'alliance party front movement coalition congress centre center society chamber academy fund ' +
    // bodies named after a person and what they study or serve: "Lee Kuan Yew School of Public Policy",
    // "Royal College of Nursing", "Agency for International Development"
    'school college faculty agency foundation ' +
    // public bodies named for what they oversee: "HM Inspectorate of Constabulary", "State Administration for
    // Market Regulation", "State Secretariat for Economic Affairs"
    'inspectorate administration secretariat ' +
    // a town's government: "the Municipality of Livorno"
    'municipality ' +
    // the same words in the languages of companies news names: "Banque Paribas", "Grupo Televisa"
    'banque banco agence agencia agenzia banca grupo gruppo groupe compagnie compania companhia societe société sociedad'
  ).split(' '),
);

/** "Landesbank", "Ostmark Kreditbank": a word compounded with "bank" names a bank. */
export const isBankCompound = (word: string) => /^\p{Lu}\p{Ll}{2,}bank$/u.test(word);

/** Whether a word opens an organization name, also in the plural: "Centers for Disease Control". */
export function opensOrganization(word: string): boolean {
  const lower = word.toLowerCase();
  return ORGANIZATION_OPENERS.has(lower) || (lower.endsWith('s') && ORGANIZATION_OPENERS.has(lower.slice(0, -1)));
}

/** Lower-case words allowed inside a name when an organization opener precedes them. */
export const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', '&']);

/** Words that make a name a sports side: "Bristol Rovers", "Red Star", "Notts County". */
export const TEAM_WORDS = new Set(
  (
    'fc afc united city county rovers athletic athletico atletico wanderers albion rangers town sporting dynamo dinamo real club stars star red ' +
    'deportivo racing olympique hapoel maccabi beitar spartak lokomotiv borussia eintracht partizan'
  ).split(' '),
);

/** Sports whose governing bodies are named by them and a country or its initials: "SA Rugby", "Cricket Australia", "British Cycling". */
export const SPORT_NAMES = new Set(
  'rugby cricket football soccer hockey athletics cycling swimming rowing tennis golf basketball baseball netball volleyball handball'.split(' '),
);
