// Word lists of persons' names the entity rules share, kept in one place so they grow in one place:
// the titles before a name, honorifics, kin, parties, particles and what follows a surname.

/** Titles that precede a person's name and are not part of the mention ("President Vladimir Putin"). */
export const PERSON_TITLES = new Set(
  (
    'mr mrs ms miss dr prof professor sir dame lord lady president minister premier chancellor ' +
    // courtesy titles of other languages: "Mme Dufour", "Herr Müller"
    'mme mlle frau herr signor signora senor senora señor señora ' +
    'sen senator rep representative congressman congresswoman gov governor mayor secretary undersecretary under-secretary general gen ' +
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
    'founder co-founder cofounder ' +
    // "Pres. Obama"
    'pres'
  ).split(' '),
);

/** Offices of the law that title the name after them ("Public Prosecutor Ida Brandt", "State Prosecutor
 *  Ida Brandt") and, named alone, are the office ("the Public Prosecutor said", "calls for Special Prosecutor"). */
export const HOLDER_TITLES = new Set(['prosecutor', 'prosecutor-general', 'ombudsman', 'coroner']);

/** Titles of two or more names, only right before a name: "Presidents Obama and Bush", "Sens. Rubio and Cruz"
 *  ("the Conference of Presidents of …" titles nobody). */
export const PLURAL_TITLES = new Set(['presidents', 'senators', 'sens', 'reps', 'govs']);

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

/** Generational suffixes after a surname: "Jr.", "III". */
export const GENERATION = /^(jr|sr|ii|iii|iv)\.?$/iu;

/** Honorifics that are part of how a person is named in the text, but not of the canonical name. */
export const HONORIFICS = new Set('ayatollah sheikh shaikh seyyed sayyed sayed hojatoleslam mullah imam rabbi alhaji alhaja hajia malam mallam'.split(' '));

/** Given names borne by men and women alike, which tell no gender a pronoun may not correct ("Terry",
 *  "Lindsey", "Hope"). */
export const EITHER_GENDER_NAMES = new Set(
  'alex ashley avery billie bobbie blair cameron carey casey chris dale dana drew frankie hope jackie jamie jean jesse jessie jody jordan kelly kerry kim kris lee leslie lesley lindsay lindsey lynn marion marty morgan pat quinn riley robin rory sam sandy sasha shannon shelby stacy taylor terry tracey tracy'.split(
    ' ',
  ),
);

export const MALE_TITLES = new Set('mr herr signor senor señor sir lord king prince father ayatollah sheikh chairman spokesman congressman'.split(' '));
export const FEMALE_TITLES = new Set(
  'mrs mme mlle frau signora senora señora ms miss dame lady queen princess chairwoman spokeswoman congresswoman'.split(' '),
);

/** Parties and their members, before a name or a place: "Republican Indiana Gov.", "Democrat of California". */
export const PARTY_WORDS = new Set(['republican', 'democratic', 'democrat', 'gop', 'conservative', 'labour', 'liberal']);
/** A party's member named after the place they come from: "the Ohio Democrat", "a New York Republican". */
export const PARTY_MEMBER = /^(?:Democrat|Republican)$/u;

/** Name particles that stay lower-case inside person names ("Ludwig van Beethoven", "Bashar al-Assad"). */
export const NAME_PARTICLES = new Set('van von der den de des da di du del della la le al el bin ibn bint abu dos ter ten am arap'.split(' '));

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
