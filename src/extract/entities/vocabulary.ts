// Maintained word lists the entity rules share. Kept here, in one place, so they grow in one place.

/** Titles that precede a person's name and are not part of the mention ("President Vladimir Putin"). */
export const PERSON_TITLES = new Set(
  (
    'mr mrs ms miss dr prof professor sir dame lord lady president minister premier chancellor ' +
    // courtesy titles of other languages: "Mme Dufour", "Herr Müller"
    'mme mlle frau herr signor signora senor senora señor señora ' +
    'sen senator rep representative congressman congresswoman gov governor mayor secretary general gen ' +
    'lt col colonel capt captain sgt cmdr adm admiral judge justice chief commander ambassador envoy ' +
    'spokesman spokeswoman spokesperson king queen prince princess pope president-elect ' +
    // rulers titled so: "Emperor Lothar VI", "Tsar Osric II"
    'emperor empress tsar tsarina czar kaiser ' +
    'attorney coach striker manager ceo cfo leader chairman chairwoman director officer mp archbishop bishop cardinal father rev reverend ' +
    'chair chairperson speaker treasurer commissioner administrator superintendent sheriff nominee candidate secretary-general director-general ' +
    'analyst economist broker adviser advisor detective inspector constable sergeant lieutenant corporal marshal ' +
    // ranks written with a hyphen: "Lieutenant-Colonel Ivo Brant", "Rear-Admiral Ivo Brant"
    'lieutenant-colonel lieutenant-general lieutenant-commander major-general brigadier-general rear-admiral vice-admiral air-marshal ' +
    'councilmember councilman councilwoman councillor councilor alderman assemblyman assemblywoman assemblymember delegate ' +
    'ald atty amb det insp supt ch cpl pvt msgr brig brigadier cllr pm comrade engr barr mla mep msp mpp ' +
    // players and officials of sport by their position: "quarterback CJ Stroud"
    'midfielder defender goalkeeper goalie winger quarterback linebacker pitcher batsman bowler wicketkeeper all-rounder skipper ' +
    'playmaker fullback referee umpire ' +
    // "Founder Masayoshi Son has bet on AI", "co-founder Larry Page"
    'founder co-founder cofounder'
  ).split(' '),
);

/** Offices of the law that title the name after them ("Public Prosecutor Ida Brandt", "State Prosecutor
 *  Ida Brandt") and, named alone, are the office ("the Public Prosecutor said", "calls for Special Prosecutor"). */
export const HOLDER_TITLES = new Set(['prosecutor', 'prosecutor-general', 'ombudsman', 'coroner']);

/** Words that make a title only together with one ("Foreign Minister", "Vice President", "former Gov."). */
export const TITLE_MODIFIERS = new Set(
  (
    'vice prime deputy former acting foreign defense defence finance interior health economy energy trade state home affairs justice assistant ' +
    'associate executive managing senior majority minority senate house party opposition supreme chief cabinet ' +
    'financial operating technology technical information marketing legal investment medical commercial communications press risk ' +
    // judges by their court: "U.S. District Judge", "Circuit Judge", "Magistrate Judge", and "District Attorney"
    'district circuit magistrate bankruptcy appeals ' +
    // offices after their body, which keeps its own name: "U.N. High Commissioner for Refugees", "OSCE Special Envoy"
    'high special ' +
    // offices held for the public: "Public Prosecutor", "Public Defender"
    'public'
  ).split(' '),
);

/** Legal forms that are no English word nor surname, from Finland ("Vantala Oy"), Indonesia ("Tbk"),
 *  Hungary ("Kft", "Zrt", "Nyrt"; not "Rt", also the broadcaster RT), Italy and Romania ("Srl"), Brazil
 *  ("Ltda") and Germany ("KGaA"): without its form, a firm's unknown name reads as a person's or a place's. */
const LESSER_FORMS = 'oy tbk kft zrt nyrt srl ltda kgaa';

/** Last words of place names that no gazetteer lists: "Wall Street", "Tiananmen Square". */
export const LOCATION_HEADS = new Set(
  (
    'street avenue road square park bridge river mountains mountain lake island islands bay sea ocean gulf valley desert ' +
    'coast strait canal county province district region airport terminal stadium ground oval arena garden gardens mall plaza building tower peninsula heights hills plain plains basin republic prison jail shoal reef atoll cape glacier canyon ' +
    // courses, whatever person or park their first words name: "the Marta Holt Golf Course", "Kelvo Racecourse"
    'course racecourse ' +
    // places of worship and castles: "the Grand Mosque", "St Paul's Cathedral", "Edinburgh Castle" (not "Palace", a club's too)
    'mosque cathedral temple synagogue shrine basilica abbey castle ' +
    // where people stay, travel from or look at the sky: "the Al-Noor Hotel", "Harlow Station", "the Adler Planetarium"
    'hotel station planetarium'
  ).split(' '),
);

/** Places' heads that are common surnames too ("Andrew Park", "Jane Hill"): after a given name, a person's. */
export const SURNAME_HEADS = new Set(['park', 'hill', 'hills', 'tower', 'temple', 'castle']);

/** "Thomas Shoal", "James Bay", "Second Thomas Shoal": a name ending in a place's head names a place,
 *  even one named after someone, unless the head is a common surname too. */
export const endsInPlaceHead = (words: string[]) => {
  const head = words[words.length - 1]?.toLowerCase() ?? '';
  // "Hofstra University on Long Island" is a name joined to a place.
  return words.length > 1 && LOCATION_HEADS.has(head) && !SURNAME_HEADS.has(head) && words.every((w) => /^[\p{Lu}\d]/u.test(w));
};

/** "Cape Elizabeth", "Port Elizabeth", "Lake Placid", "Mount Kenya", "Fort Worth": a place's kind opening a
 *  name of capitalised words names a place, even one whose next word is a given name. */
const PLACE_OPENERS = new Set(['cape', 'port', 'lake', 'mount', 'mt.', 'fort', 'isle']);
export const opensPlace = (words: string[]) =>
  words.length > 1 && words.length <= 3 && PLACE_OPENERS.has(words[0]!.toLowerCase()) && words.every((w) => /^\p{Lu}/u.test(w));

/** Kinds of places a name is called by: "the town of …", "…, a village near …". */
export const PLACE_KINDS = new Set('town city village province region district state port suburb island county capital'.split(' '));

/** Last words of named events, which are neither organizations nor places ("Hong Kong Open"). */
export const EVENT_HEADS = new Set(
  (
    'open championship championships cup shield stakes games series prix tournament trophy final finals olympics paralympics festival expo jubilee awards war marathon ' +
    'forum show summit conference debate convention rally act plan agreement treaty accord law bill speech address remarks interview'
  ).split(' '),
);

/** Last words of things named after people or places that are neither persons, organizations nor
 *  places: "James Webb Space Telescope", "Nobel Peace Prize", "Rhodes Scholarship". */
export const OBJECT_HEADS = new Set(
  'telescope prize award medal satellite probe rover spacecraft fellowship scholarship lecture doctrine amendment theorem syndrome'.split(' '),
);

/** Generational suffixes after a surname: "Jr.", "III". */
export const GENERATION = /^(jr|sr|ii|iii|iv)\.?$/iu;

/** Units written in capitals after a figure ("50 MW", "12 KM", "4 GB"): no word of a name. */
export const MEASUREMENT_UNITS = new Set('MW GW KW TW MWH GWH KWH TWH MWp KV KM GB TB MB MHZ GHZ BPD'.split(' '));

/** What a place's name and a numeral name in power and mining projects: "the Garissa II solar plant",
 *  "the Olkaria IV station". */
export const NUMBERED_FACILITIES = new Set(
  'plant station project dam field mine reactor unit block well farm park scheme substation site complex solar wind hydro hydropower geothermal power'.split(
    ' ',
  ),
);

/** News agencies and broadcasters, named bare ("Reuters said"): a maintained list, as cues are. */
export const NEWS_ORGANIZATIONS = new Set(
  (
    'reuters reuter afp ap xinhua interfax itar-tass tass irna kyodo yonhap bloomberg ansa efe dpa pti bernama anadolu mena sana ' +
    'wafa kcna bbc cnn msnbc cnbc npr pbs abc cbs nbc fox al-jazeera'
  ).split(' '),
);

/** Words that close a newspaper's title and no person's nor place's name, as "Times" does: "the Kelso
 *  Examiner", "the Dunmore Chronicle", "the Ohio Sentinel". */
const PAPER_HEADS = 'examiner chronicle inquirer enquirer sentinel dispatch advertiser statesman bulletin';

/** Words a newspaper's title may be alone, after "the": "The Guardian reported", "the Times said". */
export const PAPER_TITLES = new Set(
  `times post journal herald tribune gazette telegraph guardian observer independent mirror express scotsman ${PAPER_HEADS}`.split(' '),
);

/** Armed groups and intelligence services news names bare ("Hezbollah fired rockets", "the Houthis
 *  said", "Mossad ran the operation"): their names hold no word for a body and look like no person's,
 *  so nothing in the words tells what they are. A maintained list of a closed class, as the news
 *  agencies are: groups and services long in the news, not every faction ("ETA" and "IRA" are left
 *  out, initials of ordinary things elsewhere). */
export const ARMED_GROUPS_AND_SERVICES = new Set(
  (
    'hezbollah,hizbollah,hizballah,hamas,fatah,taliban,taleban,al-qaeda,al-qaida,isis,isil,daesh,al-shabaab,al-shabab,houthis,' +
    'islamic state,polisario,hayat tahrir al-sham,boko haram,mossad,shin bet,shabak,stasi,kgb,fsb,gru,mi5,mi6,gchq'
  ).split(','),
);

/** Short names news gives institutions that no initials spell ("the Fed"): their full names, by the
 *  lower-cased short name. A maintained list, for names that are ordinary words too ("fed"). */
export const CLIPPED_NAMES = new Map([['fed', 'Federal Reserve']]);

/** Honorifics that are part of how a person is named in the text, but not of the canonical name. */
export const HONORIFICS = new Set([
  'ayatollah',
  'sheikh',
  'shaikh',
  'seyyed',
  'sayyed',
  'sayed',
  'hojatoleslam',
  'mullah',
  'imam',
  'rabbi',
  'alhaji',
  'alhaja',
  'hajia',
  'malam',
  'mallam',
]);

export const MALE_TITLES = new Set('mr herr signor senor señor sir lord king prince father ayatollah sheikh chairman spokesman congressman'.split(' '));
export const FEMALE_TITLES = new Set(
  'mrs mme mlle frau signora senora señora ms miss dame lady queen princess chairwoman spokeswoman congresswoman'.split(' '),
);

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
    'trust enterprises laboratories society resources sports newsroom partnership consortium cooperative co-operative syndicate caucus observatory survey ' +
    'inspectorate secretariat mission research pac books ' +
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

/** Parties and their members, before a name or a place: "Republican Indiana Gov.", "Democrat of California". */
export const PARTY_WORDS = new Set(['republican', 'democratic', 'democrat', 'gop', 'conservative', 'labour', 'liberal']);
/** A party's member named after the place they come from: "the Ohio Democrat", "a New York Republican". */
export const PARTY_MEMBER = /^(?:Democrat|Republican)$/u;

/** Words that open an organization name ("Bank of England", "Ministry of Foreign Affairs"). */
export const ORGANIZATION_OPENERS = new Set([
  'bank',
  'ministry',
  'university',
  'council',
  'department',
  'office',
  'institute',
  'house',
  'court',
  'board',
  'bureau',
  'commission',
  'committee',
  'federation',
  'confederation',
  'league',
  'club',
  'museum',
  'organization',
  'organisation',
  'union',
  'association',
  // bodies whose names run on with "of" or "for": "Alliance of Democratic Forces for the Liberation of …",
  // "Movement for Democratic Change", "Center for Strategic and International Studies"
  'alliance',
  'party',
  'front',
  'movement',
  'coalition',
  'congress',
  'centre',
  'center',
  'society',
  'chamber',
  'academy',
  'fund',
  // bodies named after a person and what they study or serve: "Lee Kuan Yew School of Public Policy",
  // "Royal College of Nursing", "Agency for International Development"
  'school',
  'college',
  'faculty',
  'agency',
  'foundation',
  // public bodies named for what they oversee: "HM Inspectorate of Constabulary", "State Administration for
  // Market Regulation", "State Secretariat for Economic Affairs"
  'inspectorate',
  'administration',
  'secretariat',
  // a town's government: "the Municipality of Livorno"
  'municipality',
  // the same words in the languages of companies news names: "Banque Paribas", "Grupo Televisa"
  'banque',
  'banco',
  'agence',
  'agencia',
  'agenzia',
  'banca',
  'grupo',
  'gruppo',
  'groupe',
  'compagnie',
  'compania',
  'companhia',
  'societe',
  'société',
  'sociedad',
]);

/** "Landesbank", "Ostmark Kreditbank": a word compounded with "bank" names a bank. */
export const isBankCompound = (word: string) => /^\p{Lu}\p{Ll}{2,}bank$/u.test(word);

/** Whether a word opens an organization name, also in the plural: "Centers for Disease Control". */
export function opensOrganization(word: string): boolean {
  const lower = word.toLowerCase();
  return ORGANIZATION_OPENERS.has(lower) || (lower.endsWith('s') && ORGANIZATION_OPENERS.has(lower.slice(0, -1)));
}

/** Lower-case words allowed inside a name when an organization opener precedes them. */
export const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', '&']);

/** Name particles that stay lower-case inside person names ("Ludwig van Beethoven", "Bashar al-Assad"). */
export const NAME_PARTICLES = new Set('van von der den de des da di du del della la le al el bin ibn bint abu dos ter ten am arap'.split(' '));

/** Capitalised words that never name an entity on their own. */
export const NOT_NAMES = new Set(
  (
    'i a an the this that these those it its he she they we you his her their our my your there here ' +
    'mr mrs ms dr pm newspapers newspaper photo read more advertisement copyright ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december today yesterday tomorrow god'
  ).split(' '),
);

/** Leagues named in their own languages, competitions and no body nor place: one word ("Bundesliga"), or a
 *  league's word before its grade ("Serie A", "Ligue 1") or after its article ("La Liga"). */
export const LEAGUE_NAMES = new Set('bundesliga eredivisie ekstraklasa superliga allsvenskan eliteserien premiership'.split(' '));
export const LEAGUE_WORDS = new Set('serie liga ligue'.split(' '));

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

/** Parliaments news names by their own word ("the Knesset", "the Lok Sabha"): organizations. */
export const LEGISLATURES = new Set([
  ...'knesset bundestag bundesrat duma sejm storting riksdag folketing eduskunta althing oireachtas dail seanad majlis majles sabor saeima seimas riigikogu sobranie skupstina'.split(
    ' ',
  ),
  'lok sabha',
  'rajya sabha',
  'verkhovna rada',
  'jatiya sangsad',
]);

/** Faiths and their followers, in the singular, which name no entity ("Lutheran pastors", "Shi'ite Moslems"). */
export const FAITHS = new Set([
  'roman catholic',
  ..."catholic protestant anglican lutheran methodist presbyterian moslem muslim islamic hindu sikh buddhist jewish jew shiite shi'ite sunni orthodox evangelical".split(
    ' ',
  ),
]);

/** Kin words and the gender they tell of the person named beside them ("his wife, Linda,"). */
export const KIN = new Map<string, 'MALE' | 'FEMALE' | null>([
  ...'wife mother daughter sister widow girlfriend fiancee niece granddaughter grandmother aunt'.split(' ').map((w) => [w, 'FEMALE'] as const),
  ...'husband father son brother widower boyfriend fiance fiancé nephew grandson grandfather uncle'.split(' ').map((w) => [w, 'MALE'] as const),
  ...'partner cousin child'.split(' ').map((w) => [w, null] as const),
]);

/** Honours and seats written after a person's name, no part of it: "Sarah Quinn KC", "Tom Hale MP". */
export const POSTNOMINALS = /^(KC|QC|MP|MEP|MSP|MLA|OBE|MBE|CBE|KBE|DBE|GBE|FRS)$/u;

/** Members of a parliament by the acronym of their seat, which follows a party's name: "Labour MP", "Congress MLAs". */
export const MEMBER_ACRONYM = /^(?:MP|MLA|MEP|MSP|MPP)s?$/u;
