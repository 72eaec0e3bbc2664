// Quote detection and attribution, one phenomenon per block, on short articles written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

/** Articles are a title line and a body; the helper adds the title. `text` is the words said, without
 *  the complementizer "that" that opens an indirect content's span (tested on its own below). */
function quotesOf(body: string, whole = false) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.map((q) => ({
    kind: q.kind,
    text: whole ? x.layout.text.slice(q.start, q.end) : q.text.replace(/^that\s+/u, ''),
    speaker: q.speaker.name,
    surface: q.speaker.mention?.text ?? null,
    cue: q.cue?.text ?? null,
  }));
}

/** As quotesOf, with `text` the quote's whole span (start..end, interruptions included). */
const spansOf = (body: string) => quotesOf(body, true);

describe('direct quotes', () => {
  it('speaker after the quote', () => {
    expect(quotesOf('Jane Roe spoke at the summit.\n\n“We will not give up on this treaty,” Roe said.')).toEqual([
      { kind: 'DIRECT', text: 'We will not give up on this treaty,', speaker: 'Jane Roe', surface: 'Roe', cue: 'said' },
    ]);
  });

  it('inverted attribution: said X', () => {
    const [q] = quotesOf('“The vote was a disgrace to the whole country,” said Senator Tom Baker.');
    expect(q).toMatchObject({ kind: 'DIRECT', speaker: 'Tom Baker', cue: 'said' });
  });

  it('speaker before, with a colon', () => {
    const [q] = quotesOf('Maria Lopez told reporters: “The factory will reopen in March.”');
    expect(q).toMatchObject({ kind: 'DIRECT', text: 'The factory will reopen in March.', speaker: 'Maria Lopez', cue: 'told' });
  });

  it('speaker inside the quote: one quote across the interruption', () => {
    const [q, ...rest] = quotesOf('“We tried everything,” Peter Hall said, “but the river rose too fast.”');
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ kind: 'DIRECT', speaker: 'Peter Hall' });
    expect(q!.text).toBe('We tried everything, but the river rose too fast.');
  });

  it('“A,” X said, adding, “B.”: two quotes of one speaker', () => {
    const qs = quotesOf('“We cannot afford this anymore,” Ray Cole said, adding later, “The alliance is obsolete.”');
    expect(qs.map((q) => [q.cue, q.speaker, q.text])).toEqual([
      ['said', 'Ray Cole', 'We cannot afford this anymore,'],
      ['adding', 'Ray Cole', 'The alliance is obsolete.'],
    ]);
  });

  it('words quoted at the end of a reported sentence make it MIXED', () => {
    const [q] = quotesOf('The tax plan sends a clear message that the top priority “is raising taxes at the top,” Paul Kamin said.');
    expect(q).toMatchObject({ kind: 'MIXED', speaker: 'Paul Kamin' });
    expect(q!.text.startsWith('The tax plan sends')).toBe(true);
  });

  it('title words and asides before a trailing speaker', () => {
    const [q] = quotesOf('“Subpoenas are not optional,” panel Chairman Rep. Jason Chaffetz (R-Utah) said.');
    expect(q).toMatchObject({ kind: 'DIRECT', speaker: 'Jason Chaffetz' });
  });

  it('inverted cue before a colon: "Said Ellis: “…”"', () => {
    const [q] = quotesOf('Mark Ellis studied the plan. Said Ellis: “I don’t get the sense she is interested.”');
    expect(q).toMatchObject({ kind: 'DIRECT', speaker: 'Mark Ellis' });
  });

  it('trailing dash and name', () => {
    const [q] = quotesOf('“Nothing about this election was normal.” — Ana Silva');
    expect(q).toMatchObject({ kind: 'DIRECT', speaker: 'Ana Silva' });
    // Title words may open the signature.
    expect(quotesOf('“We are ready to act.” — Defence Minister Ana Silva')).toMatchObject([{ kind: 'DIRECT', speaker: 'Ana Silva' }]);
  });

  it('two apostrophes as quote marks, and a title with a period before the speaker', () => {
    const [q] = quotesOf("Paul Kamin studied the plan.\n\n''This isn't tax reform,'' Mr. Kamin said.");
    expect(q).toMatchObject({ kind: 'DIRECT', text: "This isn't tax reform,", speaker: 'Paul Kamin' });
  });

  it('two apostrophes open and close a quotation exactly as curly marks do', () => {
    const curly = spansOf('“I admire the mechanics” of the levy, Ana Silva said. “The rest is vague.”');
    const ascii = spansOf("''I admire the mechanics'' of the levy, Ana Silva said. ''The rest is vague.''");
    expect(ascii.map((q) => ({ ...q, text: q.text.replace(/''/gu, '"') }))).toEqual(curly.map((q) => ({ ...q, text: q.text.replace(/[“”]/gu, '"') })));
    expect(ascii[0]).toMatchObject({ kind: 'MIXED', speaker: 'Ana Silva' });
    // the closing '' stays with the words it closes; no mark is taken into the speaker's name
    expect(spansOf("Ana Silva said the levy was ''a mess.''")[0]?.text).toBe("the levy was ''a mess.''");
    expect(quotesOf("''It is not over,'' Berg said.")[0]).toMatchObject({ surface: 'Berg' });
  });

  it('straight quotes, guillemets and single quotes', () => {
    expect(quotesOf('"The deal is done and signed," said Omar Haddad.')[0]).toMatchObject({ speaker: 'Omar Haddad', kind: 'DIRECT' });
    expect(quotesOf('«Prices will fall again next year,» said Lena Vogel.')[0]).toMatchObject({ speaker: 'Lena Vogel', kind: 'DIRECT' });
    expect(quotesOf('‘We can’t stay here any longer,’ said Tom Reed.')[0]).toMatchObject({
      speaker: 'Tom Reed',
      text: 'We can’t stay here any longer,',
    });
  });
});

describe('verbs that attribute only beside a quotation', () => {
  it('"continued", "concluded", "reads" and "according to" introduce or close a quotation', () => {
    const qs = quotesOf(
      'Tom Limbaugh weighed in.\n\nAccording to Limbaugh, “If it was left up to her, she would talk. That is what a debate is.”\n\n' +
        'Limbaugh continued: “The left is saying no.”\n\n“Leaders honored the developer yesterday,” the article read.',
    );
    expect(qs.map((q) => [q.kind, q.text, q.cue, q.speaker])).toEqual([
      ['DIRECT', 'If it was left up to her, she would talk. That is what a debate is.', 'According to', 'Tom Limbaugh'],
      ['DIRECT', 'The left is saying no.', 'continued', 'Tom Limbaugh'],
      ['DIRECT', 'Leaders honored the developer yesterday,', 'read', 'the article'],
    ]);
  });

  it('a speech noun before a colon: the subject speaks the quotation', () => {
    expect(quotesOf('Seeking support among young voters, President Tom Baker is rolling out a new campaign message: “It is about me.”')[0]).toMatchObject({
      kind: 'DIRECT',
      text: 'It is about me.',
      speaker: 'Tom Baker',
      cue: 'message',
    });
    const intro = quotesOf(
      'Bernie Sanders spoke about jobs.\n\nOn July 6, 2015, Sanders made the following comment:\n\n“The unemployment rate is 33 percent.”',
    );
    expect(intro.at(-1)).toMatchObject({ text: 'The unemployment rate is 33 percent.', speaker: 'Bernie Sanders', cue: 'comment' });
    expect(quotesOf('The menu had one line: “Soup of the day.”')).toEqual([]);
  });

  it('"as X put it", chants and songs', () => {
    expect(quotesOf('As Tom Hill, a tax lawyer, recently put it, “Did he lower his taxes legally or not?”')[0]).toMatchObject({
      kind: 'DIRECT',
      speaker: 'Tom Hill',
      cue: 'put',
    });
    expect(quotesOf('Protesters marching through the streets chanted “What curfew?” and kept going.')[0]).toMatchObject({
      speaker: 'Protesters',
      cue: 'chanted',
    });
    expect(quotesOf('The band leader called guests to the stage, singing “It is our time.” She sang in the choir for years.')[0]).toMatchObject({
      surface: 'The band leader',
      cue: 'singing',
    });
  });

  it('elsewhere they are narration', () => {
    expect(quotesOf('She continued her campaign in Ohio on Monday. He read the report to the committee.')).toEqual([]);
  });
});

describe('indirect quotes', () => {
  it('X said (that) ..., content without "that"', () => {
    const [q] = quotesOf('Ali Karimi said on Monday that the border would stay closed until spring.');
    expect(q).toMatchObject({ kind: 'INDIRECT', text: 'the border would stay closed until spring', speaker: 'Ali Karimi', cue: 'said' });
  });

  it('past a listener and a venue holding a noun that looks like a cue ("a conference call")', () => {
    expect(quotesOf('The chief executive, John Smith, told analysts on a conference call that demand had slowed.')).toEqual([
      { kind: 'INDIRECT', text: 'demand had slowed', speaker: 'John Smith', surface: 'John Smith', cue: 'told' },
    ]);
  });

  it('a time the content is about stays: "prices should ease by next year"', () => {
    expect(quotesOf('Janet Yellen said prices should ease by next year.')[0]!.text).toBe('prices should ease by next year');
  });

  it('past a listener and "this weekend"', () => {
    expect(quotesOf('President Ray Cole told voters this weekend he would consider it an insult if they stayed home.')[0]!.text).toBe(
      'he would consider it an insult if they stayed home',
    );
  });

  it('past a time or venue phrase without "that"', () => {
    expect(quotesOf('General Motors Co said on Tuesday it would recall 300,000 trucks.')[0]).toMatchObject({
      text: 'it would recall 300,000 trucks',
      speaker: 'General Motors Co',
    });
    expect(quotesOf('The ministry said in a statement the border would reopen.')[0]).toMatchObject({ text: 'the border would reopen' });
  });

  it('an attribution set off by commas inside the sentence reports the whole sentence', () => {
    expect(spansOf('Climate change, Ray Cole often says, is the greatest threat to the world.')[0]).toMatchObject({
      speaker: 'Ray Cole',
      text: 'Climate change, Ray Cole often says, is the greatest threat to the world',
    });
    expect(spansOf('Ray Cole spoke. And perhaps, he said, the museum could help visitors.')[0]!.text).toBe('perhaps, he said, the museum could help visitors');
    expect(spansOf('Asked about the device, Ray Cole said, “Not going to go into that.”')[1]).toMatchObject({
      kind: 'DIRECT',
      text: 'Not going to go into that.',
    });
    expect(spansOf('The museum, Mr. Ray Cole said, would open in May.')[0]!.text).toBe('The museum, Mr. Ray Cole said, would open in May');
    expect(spansOf('Exports fell 3 percent, the agency said in a June report, and imports rose.')[0]!.text).toBe(
      'Exports fell 3 percent, the agency said in a June report, and imports rose',
    );
    expect(spansOf('Although the vote was close, Ray Cole said, replacing him would be hard.')[0]!.text).toBe(
      'Although the vote was close, Ray Cole said, replacing him would be hard',
    );
    expect(spansOf('The plan failed, Ray Cole said, adding that it was too late.').map((q) => q.text)).toEqual(['The plan failed', 'that it was too late']);
    // An opening phrase of when belongs to the clause interrupted, in two parts; one of where it was
    // said is the narrator's framing, and what was said follows the attribution.
    expect(spansOf('During his years in office, Ray Cole said, most voters have come to believe it.')[0]!.text).toBe(
      'During his years in office, Ray Cole said, most voters have come to believe it',
    );
    expect(spansOf('In an interview, Ray Cole said, most voters have come to believe it.')[0]!.text).toBe('most voters have come to believe it');
    // So is a conjunction alone before the attribution.
    expect(spansOf('But, Ray Cole says, he will keep farming.')[0]!.text).toBe('he will keep farming');
    expect(spansOf('And, Ray Cole said, the farm will stay.')[0]!.text).toBe('the farm will stay');
    expect(spansOf('The plan, Tom Hill said on Monday, failed badly.')[0]!.text).toBe('The plan, Tom Hill said on Monday, failed badly');
    expect(spansOf('These employees, Tom Hill explained earlier in the hearing, were “well-paid,” making $60,000 a year.')[0]).toMatchObject({
      kind: 'MIXED',
      text: 'These employees, Tom Hill explained earlier in the hearing, were “well-paid,” making $60,000 a year',
    });
    expect(spansOf('Ed Cole spoke.\n\nThe difference now, he told me on Friday, is that he hosts a news program.')[0]!.text).toBe(
      'The difference now, he told me on Friday, is that he hosts a news program',
    );
    expect(spansOf('Ann Lee spoke. Many of the visitors were older, she said, and they had to think.')[0]!.text).toBe(
      'Many of the visitors were older, she said, and they had to think',
    );
  });

  it('a quotation after a colon, with the cue after it, starts at its quote mark', () => {
    expect(quotesOf('Senator Ann Lee scolded him: “The science is against you,” she said.')[0]).toMatchObject({
      kind: 'DIRECT',
      text: 'The science is against you,',
      speaker: 'Ann Lee',
    });
  });

  it('a new speaker’s cue after "and" or a dash ends the content', () => {
    const qs = quotesOf('Republicans said the department mishandled the inquiry and Democrats accused the party of stoking the issue.');
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([
      ['Republicans', 'the department mishandled the inquiry'],
      ['Democrats', 'the party of stoking the issue'],
    ]);
    expect(quotesOf('Don Fowler said the politics would be more intense — and he noted that any change would come later.').map((q) => q.text)).toEqual([
      'the politics would be more intense',
      'any change would come later',
    ]);
  });

  it('whom one accuses and of what is what was said, as whom one criticises and for what', () => {
    expect(quotesOf('Strada accused the Saudi government of attempting to intimidate the families.').map((q) => q.text)).toEqual([
      'the Saudi government of attempting to intimidate the families',
    ]);
    expect(quotesOf('The coach accused the referee of missing a clear handball.').map((q) => q.text)).toEqual(['the referee of missing a clear handball']);
    expect(quotesOf('The charity accused ministers of failing patients.').map((q) => q.text)).toEqual(['ministers of failing patients']);
    expect(quotesOf('The union criticised the board for ignoring the ballot.').map((q) => q.text)).toEqual(['the board for ignoring the ballot']);
    // Quoted words after "of" keep the whole predicate, as a mixed quote does.
    expect(quotesOf('South Korea accused the North’s leader of “fanatic recklessness.”').map((q) => q.text)).toEqual([
      'the North’s leader of “fanatic recklessness.”',
    ]);
  });

  it('a cue inside an opening subordinate clause reports up to the main clause', () => {
    expect(quotesOf('While aides said his role is to respect his rival, Mr. Ray Cole is also determined to warn voters.')[0]!.text).toBe(
      'his role is to respect his rival',
    );
    expect(quotesOf('Ray Cole said that if it rains, John Hill will stay home.')[0]!.text).toBe('if it rains, John Hill will stay home');
  });

  it('a question in an opening "when" clause ends where the main clause and its own cue begin', () => {
    const qs = quotesOf('When a reporter asked whether the plant would close, the chief executive said it would not.');
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['whether the plant would close', 'a reporter'],
      ['it would not', 'the chief executive'],
    ]);
  });

  it('a clause content keeps its own coordinated verbs', () => {
    expect(quotesOf('Ann Lee said he rated the contestants by their looks and talked about them often.')[0]!.text).toBe(
      'he rated the contestants by their looks and talked about them often',
    );
  });

  it('content first, attribution at the end', () => {
    const [q] = quotesOf('The talks collapsed after midnight, officials said.');
    expect(q).toMatchObject({ kind: 'INDIRECT', text: 'The talks collapsed after midnight', surface: 'officials' });
  });

  it('a time phrase after the trailing cue is not content; a newspaper "reports"', () => {
    expect(quotesOf('The new rule is an insult to all workers, union leaders said Friday afternoon, as the strike began.')[0]).toMatchObject({
      surface: 'union leaders',
      text: 'The new rule is an insult to all workers',
    });
    expect(quotesOf('The ministry said Tuesday the plan would go ahead.')[0]).toMatchObject({ text: 'the plan would go ahead' });
    expect(quotesOf('Bonuses were cut by half, The Boston Globe reports.')[0]).toMatchObject({ speaker: 'Boston Globe', text: 'Bonuses were cut by half' });
    // the Senate is named: its name speaks
    expect(quotesOf('He rejected the Senate’s claims that the deal was illegal.').find((q) => q.cue === 'claims')).toMatchObject({
      speaker: 'Senate',
      surface: 'Senate',
      text: 'the deal was illegal',
    });
  });

  it('according to X', () => {
    const [q] = quotesOf('According to the World Health Organization, the outbreak has peaked.');
    expect(q).toMatchObject({ kind: 'INDIRECT', text: 'the outbreak has peaked', speaker: 'World Health Organization', cue: 'According to' });
  });

  it('according to him, her or them: the pronoun finds its person or group', () => {
    const speakers = (body: string) => quotesOf(body).map((q) => q.speaker);
    expect(speakers('Ann Holt runs the clinic. According to her, the state cut its funding.')).toEqual(['Ann Holt']);
    expect(speakers('Finance Minister Ali Khan spoke on Monday. According to him, the deal would help the rupee.')).toEqual(['Ali Khan']);
    expect(speakers('Union leaders met on Monday. According to them, the plant will close.')).toEqual(['Union leaders']);
  });

  it('cue verbs well beyond "said"', () => {
    const body = [
      'Helen Park warned that rents would rise.',
      'Carlos Diaz insisted the vote was fair.',
      'Mark Ochieng noted that exports had doubled.',
      'Sofia Rossi argued the plan was too costly.',
      'Liam Byrne added that talks would resume.',
      'Grace Mensah wrote that the court had erred.',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => [q.cue, q.speaker])).toEqual([
      ['warned', 'Helen Park'],
      ['insisted', 'Carlos Diaz'],
      ['noted', 'Mark Ochieng'],
      ['argued', 'Sofia Rossi'],
      ['added', 'Liam Byrne'],
      ['wrote', 'Grace Mensah'],
    ]);
  });

  it('auxiliaries, negation and clitics between speaker and cue', () => {
    expect(quotesOf('The White House is saying that the reform is needed.')[0]).toMatchObject({ speaker: 'White House', text: 'the reform is needed' });
    expect(quotesOf('He’s claiming that the count was rigged.')[0]).toMatchObject({ surface: 'He', text: 'the count was rigged' });
    expect(quotesOf('Attorney General Eric Stone is saying whether charges will follow.')[0]).toMatchObject({ speaker: 'Eric Stone' });
    // Negated speech reports what was not said (negated-speech.test.ts).
    expect(quotesOf('Attorney General Eric Stone isn’t saying whether charges will follow.')).toMatchObject([
      { speaker: 'Eric Stone', text: 'whether charges will follow' },
    ]);
  });

  it('groups, relative pronouns and long adverbials', () => {
    expect(quotesOf('Republicans said the timing of the news was not intentional.')[0]).toMatchObject({
      surface: 'Republicans',
      text: 'the timing of the news was not intentional',
    });
    expect(quotesOf('He met Tom Reed, who said he was never paid for the work.')[0]).toMatchObject({
      speaker: 'Tom Reed',
      text: 'he was never paid for the work',
    });
    expect(quotesOf('Ann Lee says at a campaign stop in Toledo, Ohio, that the plan will pass.')[0]).toMatchObject({
      speaker: 'Ann Lee',
      text: 'the plan will pass',
    });
    expect(quotesOf('Sam Ortiz said, going on to thank the mayor for the new budget.')).toEqual([]);
  });

  it('"X claimed that …" takes any noun phrase as speaker; concessions and narration end the content', () => {
    expect(quotesOf('One questioner claimed that the rules were hurting the army.')[0]).toMatchObject({
      surface: 'One questioner',
      text: 'the rules were hurting the army',
    });
    expect(quotesOf('Ray Cole claimed that the tax cut was smart, although he refused to show his returns.')[0]!.text).toBe('the tax cut was smart');
    expect(quotesOf('Matt Lauer asked Clinton about her emails and decided against a follow-up.')[0]!.text).toBe('her emails');
  });

  it('institutions and places speak for themselves', () => {
    expect(quotesOf('The bank said that it had fired the managers.')[0]).toMatchObject({ surface: 'The bank', text: 'it had fired the managers' });
    expect(quotesOf('Russia warned that sanctions would backfire.')[0]).toMatchObject({ speaker: 'Russia' });
  });

  it('an appeal keeps its addressee in the content: "urged both sides to …"', () => {
    const [q] = quotesOf('The African Union urged both sides to avoid provocative actions.');
    expect(q).toMatchObject({ speaker: 'African Union', text: 'both sides to avoid provocative actions' });
  });

  it('promises and appeals take an infinitive as content', () => {
    expect(quotesOf('Mayor Ana Ruiz vowed to rebuild the bridge by spring.')[0]).toMatchObject({
      text: 'to rebuild the bridge by spring',
      speaker: 'Ana Ruiz',
    });
  });

  it('a participle after a comma goes back to the narration', () => {
    const [q] = quotesOf('Video shows that the driver had his hands in the air, contradicting the earlier police account.');
    expect(q!.text).toBe('the driver had his hands in the air');
    expect(quotesOf('Ray Cole said the deal covers all workers, including those on leave.')[0]!.text).toBe(
      'the deal covers all workers, including those on leave',
    );
  });

  it('where and when it was said, a closing aside on a name, and a clause with its own named subject are not content', () => {
    expect(quotesOf('Keron Blair called for more school investment in a statement on Thursday.')[0]!.text).toBe('more school investment');
    expect(quotesOf('Ray Cole said he would not endorse Ann Lee, who is running for mayor.')[0]!.text).toBe('he would not endorse Ann Lee');
    expect(quotesOf('Ray Cole vowed to bring back mining jobs, and Ann Lee is promising to help miners retrain.')[0]!.text).toBe('to bring back mining jobs');
    expect(quotesOf('Ray Cole said the economy was growing, and unemployment was falling.')[0]!.text).toBe(
      'the economy was growing, and unemployment was falling',
    );
  });

  it('a new attribution after a comma starts a new quote; ‘…,” adding that …’ is one more', () => {
    const qs = quotesOf('Ray Cole noted that Ann Lee had not paid taxes, Ann Lee boasted, “That makes me smart.”');
    expect(qs.map((q) => [q.cue, q.speaker, q.text])).toEqual([
      ['noted', 'Ray Cole', 'Ann Lee had not paid taxes'],
      ['boasted', 'Ann Lee', 'That makes me smart.'],
    ]);
    const [said, adding] = quotesOf('Ray Cole said “the company was highly successful a decade ago,” adding that its value quadrupled.');
    expect(said).toMatchObject({ kind: 'DIRECT', text: 'the company was highly successful a decade ago,' });
    expect(adding).toMatchObject({ cue: 'adding', speaker: 'Ray Cole', text: 'its value quadrupled' });
  });

  it('a show in quote marks can be the listener', () => {
    expect(quotesOf('Ray Cole tells MSNBC’s “Morning Joe” on Friday that “exactly who did it” remains unclear.')[0]).toMatchObject({
      kind: 'MIXED',
      text: '“exactly who did it” remains unclear',
    });
  });

  it('the content stops before a trailing attribution', () => {
    const [q] = quotesOf('Helen Park said that the plant would close, according to two union officials.');
    // (The source after "according to" reports the attribution whole: relayed-attributions.test.ts.)
    expect(q!.text).toBe('Helen Park said that the plant would close');
  });

  it('past a listener to the content: "told host X on Thursday how ..."', () => {
    const [q] = quotesOf('Pat Quinn told radio host Alex Moore on Thursday how surprised he was by the polls.');
    expect(q).toMatchObject({ speaker: 'Pat Quinn', text: 'how surprised he was by the polls' });
  });

  it('"said" and "told" take any noun phrase as subject: shares, relative clauses', () => {
    expect(quotesOf('However, 63 percent said the mayor was right to wait.')[0]).toMatchObject({ surface: '63 percent', text: 'the mayor was right to wait' });
    expect(quotesOf('He hired an architect who said he was never paid.')[0]).toMatchObject({
      speaker: 'an architect',
      surface: 'who',
      text: 'he was never paid',
    });
    // "that" right after a noun is a relative pronoun too; the letter speaks for whoever released it.
    expect(quotesOf('The senator released a letter from his physician on Friday that says he is in good health.')[0]).toMatchObject({
      surface: 'The senator',
      text: 'he is in good health',
    });
    expect(quotesOf('We have a say in the matter.')).toEqual([]);
  });

  it('"said of X that …" and "said after the vote he …": the clause after the phrase is the content', () => {
    expect(quotesOf('Ray Cole said of the plan that it was a fraud.')[0]).toMatchObject({ speaker: 'Ray Cole', text: 'it was a fraud' });
    expect(quotesOf('Ray Cole said after the convention he would not endorse anyone.')[0]).toMatchObject({ text: 'he would not endorse anyone' });
  });

  it('a second clause with its own speaker ends the first content', () => {
    const qs = quotesOf('Ann Lee said the plan left out fathers, and when pressed on why, the mother of three replied, “It is meant for mothers.”');
    expect(qs.map((q) => [q.cue, q.text, q.surface])).toEqual([
      ['said', 'the plan left out fathers', 'Ann Lee'],
      ['replied', 'It is meant for mothers.', 'the mother'],
    ]);
  });

  it('"called for …" and "called on X to …": what is called for is the content', () => {
    expect(quotesOf('The union called for a moratorium on school closures.')[0]).toMatchObject({ cue: 'called', text: 'a moratorium on school closures' });
    expect(quotesOf('Jen Park called on the mayor to resign.')[0]).toMatchObject({ speaker: 'Jen Park', text: 'the mayor to resign' });
    expect(quotesOf('Jen Park called the mayor’s plan “a disaster.”')[0]).toMatchObject({ kind: 'MIXED', text: 'the mayor’s plan “a disaster.”' });
  });

  it('"appealed for …" and "appealed to X to …" are appeals made in words; an appeal to a court is none', () => {
    expect(quotesOf('Police appealed for calm after the riot.')[0]).toMatchObject({ speaker: 'Police', cue: 'appealed', text: 'calm after the riot' });
    expect(quotesOf('The chairman appealed to members to maintain decorum.')[0]).toMatchObject({ cue: 'appealed', text: 'members to maintain decorum' });
    // Sure as a demand is: what is appealed for is asked, whoever asks.
    expect(extract('Test article\n\nPolice appealed for calm after the riot.').quotes[0]!.confidence).toBeGreaterThan(0.5);
    expect(quotesOf('Her lawyers appealed against the sentence.')).toEqual([]);
    expect(quotesOf('The company appealed to the High Court.')).toEqual([]);
    expect(quotesOf('The film appealed to younger viewers.')).toEqual([]);
  });

  it('"begged X to …" and "pleaded with X to …" are appeals; "pleaded guilty" and "begs the question" are not', () => {
    expect(quotesOf('Tom Hart begged his wife to come home.')[0]).toMatchObject({ speaker: 'Tom Hart', text: 'his wife to come home' });
    expect(quotesOf('Ann Cole pleaded with the judge to spare her son.')[0]).toMatchObject({ speaker: 'Ann Cole', text: 'the judge to spare her son' });
    expect(quotesOf('Ann Cole pleaded not guilty to fraud charges on Monday.')).toEqual([]);
    expect(quotesOf('Ann Cole pleaded with officers outside the court.')).toEqual([]);
    expect(quotesOf('That begs the question of who will pay.')).toEqual([]);
  });

  it('a cue word between a number and a noun modifies the noun ("two blast furnaces")', () => {
    // (what it plans is an intention held, not what "blast" would report)
    expect(quotesOf('It plans to close two blast furnaces at the plant.').map((q) => q.text)).toEqual(['to close two blast furnaces at the plant']);
    expect(quotesOf('The two urge voters to turn out.')).toMatchObject([{ speaker: 'The two', text: 'voters to turn out' }]);
  });

  it('a pronoun before a gerund cue is its subject ("the video captured her pleading with …")', () => {
    expect(quotesOf('Ann Cole met Tom Hart on Monday. A video captured her pleading with officers not to shoot.')).toMatchObject([
      { speaker: 'Ann Cole', text: 'officers not to shoot' },
    ]);
  });

  it('a participle takes the subject past leading phrases and title words', () => {
    expect(quotesOf('Meanwhile, it attacked the senator, saying he “has offended voters with his insults.”')[0]).toMatchObject({
      kind: 'MIXED',
      surface: 'it',
    });
    expect(quotesOf('Democratic presidential nominee Ann Lee chimed in on Twitter, saying that officials should release the videos.')[0]).toMatchObject({
      speaker: 'Ann Lee',
      text: 'officials should release the videos',
    });
    const qs = quotesOf('Senate candidate Ann Lee has praised the mayor for his work but has said she will vote against the budget.');
    expect(qs.map((q) => [q.cue, q.speaker, q.text])).toEqual([
      ['praised', 'Ann Lee', 'the mayor for his work'],
      ['said', 'Ann Lee', 'she will vote against the budget'],
    ]);
  });

  it('a trailing speaker with a long apposition, numbers in titles; "said about 20 …", "not said when …"', () => {
    expect(quotesOf('The first ad could air this week, said Brian Baker, a longtime adviser to the family who runs the campaign.')[0]).toMatchObject({
      speaker: 'Brian Baker',
      text: 'The first ad could air this week',
    });
    expect(quotesOf('“They are 100 percent wrong,” said 9/11 widow Terry Strada.')[0]).toMatchObject({ speaker: 'Terry Strada' });
    expect(quotesOf('Ray Cole has said about 20 people want the seat.')[0]).toMatchObject({ text: 'about 20 people want the seat' });
    expect(quotesOf('Lawmakers have said when they would take up the bill.')[0]).toMatchObject({ text: 'when they would take up the bill' });
    // (negated, what was not said is reported, unsure: negated-speech.test.ts)
    expect(quotesOf('Lawmakers have not said when they would take up the bill.')).toMatchObject([
      { surface: 'Lawmakers', text: 'when they would take up the bill' },
    ]);
    expect(quotesOf('Ray Cole said when asked about the plan.')).not.toContainEqual(expect.objectContaining({ cue: 'said' }));
  });

  it('a coordinated cue shares the subject: "commended X but stressed Y"', () => {
    const qs = quotesOf('Anna Berg commended the new budget but stressed the need for lower taxes.');
    expect(qs.map((q) => [q.cue, q.speaker, q.text])).toEqual([
      ['commended', 'Anna Berg', 'the new budget'],
      ['stressed', 'Anna Berg', 'the need for lower taxes'],
    ]);
  });
});

describe('transcripts', () => {
  it('"A: …" answers are the speech of the person the introduction names; "Q: …" questions are no one’s', () => {
    const qs = quotesOf(
      'Anna Berg ran the central bank for a decade. We spoke with her in May.\n\nQ: Is a recession coming?\n\nA: I think the risks are higher than most people realize.',
    );
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([['Anna Berg', 'I think the risks are higher than most people realize']]);
  });

  it('"A: …" answers are the one interviewed, not the one talked to, one asking nor the byline', () => {
    const answers = (intro: string, after = '') =>
      quotesOf(`${intro}\n\nQ: Will the pier reopen?\n\nA: We will fix the pier before the summer.${after}`)
        .filter((q) => q.text.startsWith('We will fix'))
        .map((q) => q.speaker);
    expect(answers('The new harbour master of Penmarth talks to Kate Marsh about her plans.')).toEqual(['The new harbour master of Penmarth']);
    expect(answers('The new mayor of Penmarth spoke to Kate Marsh.', '\n\nMayor Jane Oduya took up the post in May.')).toEqual(['Jane Oduya']);
    expect(answers('By Kate Marsh\n\nTom Reed, the new harbour master, talks about the pier.')).toEqual(['Tom Reed']);
    expect(answers('Kate Marsh interviews the harbour master, Tom Reed.')).toEqual(['Tom Reed']);
    expect(answers('The new harbour master of Penmarth spoke with Kate Marsh.')).toEqual(['The new harbour master of Penmarth']);
    expect(answers('By Kate Marsh\n\nIn conversation with Tom Reed, the harbour master.')).toEqual(['Tom Reed']);
  });

  it('"I" in narration is the author a byline or a closing tagline names, else "I"', () => {
    expect(quotesOf('By Sarah Lind\n\nLast year I told my colleagues that nuclear power was safe.').map((q) => q.speaker)).toEqual(['Sarah Lind']);
    expect(
      quotesOf('Last year I told my colleagues that nuclear power was safe.\n\nSarah Lind is a former activist at a climate group.').map((q) => q.speaker),
    ).toEqual(['Sarah Lind']);
    expect(quotesOf('Last year I told my colleagues that nuclear power was safe.').map((q) => q.speaker)).toEqual(['I']);
  });

  it('a "NAME: …" line is the speech of that name, even with a stray quote mark before it', () => {
    const qs = quotesOf(
      'Partial transcript as follows:\n\n"WALLACE: Let us start with the debate story tonight.\n\n"PENCE: Well, the campaign said it was a joke.',
    );
    expect(qs.map((q) => [q.surface, q.text])).toEqual([
      ['WALLACE', 'Let us start with the debate story tonight'],
      ['PENCE', 'Well, the campaign said it was a joke'],
    ]);
  });

  it('paragraphs opening with a stray quote mark go on with the turn; a stage note ends it', () => {
    const qs = quotesOf(
      'Transcript:\n\n"PENCE: Well, look, the debate matters a great deal.\n\n"But the truth is that the campaign works hard.\n\n"(CROSSTALK.)\n\n"WALLACE: Governor, I want to ask more.',
    );
    expect(qs.map((q) => [q.surface, q.text])).toEqual([
      // one turn over two paragraphs: two parts, the words said joined
      ['PENCE', 'Well, look, the debate matters a great deal. But the truth is that the campaign works hard.'],
      ['WALLACE', 'Governor, I want to ask more'],
    ]);
  });

  it('a live blog entry opening with a time is labelled speech all the same', () => {
    const qs = quotesOf(
      'Keir Starmer is now responding.\n\n14:20 Starmer: "The country deserves better than this."\n\n2.05pm Ann Lee: We will vote against it.',
    );
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([
      ['Keir Starmer', 'The country deserves better than this.'],
      ['Ann Lee', 'We will vote against it'],
    ]);
  });

  it('newsroom labels are no speakers', () => {
    expect(quotesOf('Ann Lee spoke.\n\nCLARIFICATION: The first sentence has been clarified to reflect the call.')).toEqual([]);
  });
});

describe('headlines', () => {
  it('an office in initials before the colon is the person the story gives it: "FM: …", "PM: …"', () => {
    const x = extract('FM: Tehran ready for talks without preconditions\n\nForeign Minister Ann Holt said on Sunday that talks could resume.');
    expect(x.quotes.map((q) => [q.text, q.speaker.name])).toEqual([
      ['Tehran ready for talks without preconditions', 'Ann Holt'],
      ['talks could resume', 'Ann Holt'],
    ]);
  });

  it('so is one who speaks for a body: "Official: …" over a lead naming the official', () => {
    const x = extract('Official: Oil exports hit five-year high\n\nTEHRAN – Deputy oil minister Hamid Hosseini said on Monday that exports rose.');
    expect(x.quotes.map((q) => [q.text, q.speaker.name])).toEqual([
      ['Oil exports hit five-year high', 'Hamid Hosseini'],
      ['exports rose', 'Hamid Hosseini'],
    ]);
  });

  it('a headline may name its speaker with words the lexicon doubts: "Rush Limbaugh: …"', () => {
    const [q] = extract('Rush Limbaugh: Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear.’\n\nThe story follows.').quotes;
    expect(q).toMatchObject({ speaker: { name: 'Rush Limbaugh' } });
    expect(extract('Politics Today: The Week Ahead In Congress\n\nThe story follows.').quotes).toEqual([]);
    expect(extract('Stealth Over Health: Clinton Was Headed to ER But Diverted\n\nThe story follows.').quotes).toEqual([]);
  });

  it('"Name: content" and a cue in the headline report speech', () => {
    const one = extract('Pat Caddell: Voters Are Worried About Her Health\n\nPat Caddell spoke on the radio.').quotes[0];
    expect(one).toMatchObject({ text: 'Voters Are Worried About Her Health', speaker: { name: 'Pat Caddell' } });
    const two = extract('Mayor Lisa Grant says the port will reopen\n\nThe port closed last week.').quotes[0];
    expect(two).toMatchObject({ text: 'the port will reopen', speaker: { name: 'Lisa Grant' } });
  });
  it('a quotation in a headline is the words of the person named before it', () => {
    // a role that opens the headline names the person the story introduces
    const one = extract("Mayor Sees 'Grave Insult' in Budget Vote\n\nMayor Lisa Grant spoke on Monday.").quotes[0];
    expect(one).toMatchObject({ kind: 'DIRECT', text: 'Grave Insult', speaker: { name: 'Lisa Grant' } });
    expect(extract("Budget Vote Is a 'Grave Insult'\n\nMayor Lisa Grant spoke on Monday.").quotes).toEqual([]);
    const two = extract("Lisa Grant Sees 'Grave Insult' in Budget Vote\n\nMayor Lisa Grant spoke on Monday.").quotes[0];
    expect(two).toMatchObject({ kind: 'DIRECT', text: 'Grave Insult', speaker: { name: 'Lisa Grant' } });
    const three = extract('A lesson from Lisa Grant: ‘Be the voice that people hear.’\n\nMayor Lisa Grant spoke on Monday.').quotes[0];
    expect(three).toMatchObject({ kind: 'DIRECT', text: 'Be the voice that people hear.', speaker: { name: 'Lisa Grant' } });
  });

  it('reported speech in a headline holding quoted words is mixed', () => {
    for (const words of ["'will cost economy £1bn'", '“will cost economy £1bn”']) {
      const [q] = extract(`Minister says rail strike ${words}\n\nThe transport secretary spoke on Monday.`).quotes;
      expect(q).toMatchObject({ kind: 'MIXED', cue: { text: 'says' } });
      expect(q!.quoted.map((w) => w.text)).toEqual(['will cost economy £1bn']);
    }
  });

  it('title-case verbs in a headline are cues', () => {
    const x = extract('Ray Cole Calls Ann Lee ‘A Disgrace’ Over Remarks\n\nRay Cole spoke in Ohio on Monday.');
    expect(x.quotes[0]).toMatchObject({ kind: 'MIXED', cue: { text: 'Calls' } });
    expect(x.quotes[0]!.speaker.name).toBe('Ray Cole');
  });
});

describe('more speech acts', () => {
  it('"called it “…”" reports speech; "called the meeting" does not', () => {
    expect(quotesOf('Jen Park called it “an important step for the state.”')[0]).toMatchObject({ kind: 'MIXED', speaker: 'Jen Park', cue: 'called' });
    expect(quotesOf('Jen Park called the meeting to order at noon.')).toEqual([]);
    expect(quotesOf('Ray Cole met Ann Lee. Ray Cole called her a reckless leader with no plan.')[0]).toMatchObject({ cue: 'called', speaker: 'Ray Cole' });
  });

  it('"called X a Y" and "calling X “…”" report speech, whoever the subject; "called the office for …" does not', () => {
    expect(quotesOf('Ray Cole has called climate change a hoax.')[0]).toMatchObject({ cue: 'called', text: 'climate change a hoax' });
    expect(quotesOf('The senator’s doctor is calling him “extremely fit.”')[0]).toMatchObject({ kind: 'MIXED', surface: 'The senator’s doctor' });
    expect(quotesOf('His family has called on the police to release the videos.')[0]).toMatchObject({
      surface: 'His family',
      text: 'the police to release the videos',
    });
    // an object and an adjective: what it was called
    expect(quotesOf('The campaign called the charges unsubstantiated and politically motivated.')[0]).toMatchObject({
      cue: 'called',
      text: 'the charges unsubstantiated and politically motivated',
    });
    expect(quotesOf('The mayor called the new rules unfair.')[0]).toMatchObject({ text: 'the new rules unfair' });
    expect(quotesOf('Ann Lee called the meeting at noon.')).toEqual([]);
    expect(quotesOf('Ann Lee called the office for a refund.')).toEqual([]);
    expect(quotesOf('Ann Lee called a press conference on Monday.')).toEqual([]);
  });

  it('branded, dubbed, labeled: naming verbs like "called"', () => {
    expect(quotesOf('Japan branded North Korea an “outlaw nation in the neighborhood.”')[0]).toMatchObject({ kind: 'MIXED', speaker: 'Japan', cue: 'branded' });
    expect(quotesOf('The company labeled the boxes clearly.')).toEqual([]);
  });

  it('a possessor’s speech noun reports only with "that"', () => {
    expect(quotesOf('Ray Cole’s comments came as his campaign reached out to voters.')).toEqual([]);
    expect(quotesOf('Fact-checkers looked at Ray Cole’s claim that crime had doubled in the city.')[0]).toMatchObject({
      speaker: 'Ray Cole',
      text: 'crime had doubled in the city',
    });
    expect(quotesOf('It goes without saying that the tax plan is unpopular with voters.')).toEqual([]);
  });

  it('a group named with "of" and an aside speaks; a clause after "said" is its content', () => {
    const [q] = quotesOf('Opponents of the ruling, including two church groups, said they expected an appeal.');
    expect(q).toMatchObject({ surface: 'Opponents', text: 'they expected an appeal' });
  });
});

describe('evidence', () => {
  it('polls, studies and footage "show" or "found" what they report', () => {
    expect(quotesOf('A new poll shows that most voters oppose the plan.')[0]).toMatchObject({
      surface: 'A new poll',
      cue: 'shows',
      text: 'most voters oppose the plan',
    });
    expect(quotesOf('One study found the tax cut would raise costs for families.')[0]).toMatchObject({ surface: 'One study', cue: 'found' });
    expect(quotesOf('The court found that the law was unconstitutional.')[0]).toMatchObject({ surface: 'The court', text: 'the law was unconstitutional' });
  });

  it('other uses of "show" and "find" are not speech', () => {
    expect(quotesOf('Ray Cole found a job in Ohio.')).toEqual([]);
    expect(quotesOf('The police arrived and found the body in the river.')).toEqual([]);
    expect(quotesOf('The TV shows that aired last night were dull.')).toEqual([]);
    expect(quotesOf('Ray Cole shows his guests around the old farm.')).toEqual([]);
  });
});

describe('mixed quotes', () => {
  it('reported speech carrying quoted words keeps the quoted fragment', () => {
    const x = extract('Test article\n\nLena Vogel said the reform was “a historic mistake” that voters would punish.');
    const [q] = x.quotes;
    expect(q).toMatchObject({ kind: 'MIXED', text: 'the reform was “a historic mistake” that voters would punish' });
    expect(q!.quoted.map((f) => f.text)).toEqual(['a historic mistake']);
    expect(q!.speaker.name).toBe('Lena Vogel');
  });
});

describe('speakers', () => {
  it('a named apposition opened by an article speaks: "His party, the Orange Democratic Movement, said"', () => {
    expect(quotesOf('His party, the Orange Democratic Movement, said 23 people had died.')[0]).toMatchObject({
      speaker: 'Orange Democratic Movement',
      text: '23 people had died',
    });
  });

  it('a place after leading words speaks past a long apposition: "Even China, …, said"', () => {
    expect(quotesOf('Even China, the North’s only ally and its economic lifeline to the outside world, said it was opposed to the test.')[0]).toMatchObject({
      speaker: 'China',
      text: 'it was opposed to the test',
    });
  });

  it('places joined by "and" speak past a relative clause: "Saudi Arabia and the United States, which …, urged"', () => {
    const story = 'Saudi Arabia and the United States, which are hosting the talks in Jeddah, urged both sides to respect the truce.';
    expect(quotesOf(story).map((q) => [q.speaker, q.text])).toEqual([['United States', 'both sides to respect the truce']]);
  });

  it('a named speaker of a naming verb right before the quotation: "which Tim Cook called ‘…’"', () => {
    expect(quotesOf('The bill, which the chief executive, Tim Cook, called “total political crap,” is an example.')[0]).toMatchObject({
      kind: 'DIRECT',
      speaker: 'Tim Cook',
    });
  });

  it('the people in a place, past an aside: "Officials in Kyiv, speaking on condition of anonymity, said"', () => {
    expect(quotesOf('Officials in Kyiv, speaking on condition of anonymity, said the talks had stalled.')[0]).toMatchObject({ surface: 'Officials' });
  });

  it('the people in a list of places, past a relative clause: "Officials in Britain and France, which …, said"', () => {
    expect(quotesOf('Diplomats in Chile and Peru, which signed the accord in May, said the border would reopen.')[0]).toMatchObject({
      surface: 'Diplomats',
      text: 'the border would reopen',
    });
    expect(quotesOf('The governors of Ohio, Iowa and Kansas, who met on Friday, said the grant was too small.')[0]).toMatchObject({ surface: 'The governors' });
  });

  it('past a relative clause to the head before its phrase: "a nurse at the hospital, who asked …, told"', () => {
    expect(quotesOf('“We are overwhelmed,” a nurse at the hospital, who asked not to be named, told Reuters.')[0]).toMatchObject({
      kind: 'DIRECT',
      surface: 'a nurse',
    });
  });

  it('party members as roles: "The Kentucky Republican vowed …"', () => {
    const qs = quotesOf('“This is not over,” warned Senator Mitch McConnell. The Kentucky Republican vowed to fight on.');
    expect(qs[1]).toMatchObject({ surface: 'The Kentucky Republican', speaker: 'Mitch McConnell', text: 'to fight on' });
  });

  it('a time between the speaker and the cue: "X on Wednesday called on Y to …"', () => {
    expect(quotesOf('David Axelrod on Wednesday called on Howard Dean to apologize.')[0]).toMatchObject({
      speaker: 'David Axelrod',
      text: 'Howard Dean to apologize',
    });
  });

  it('apposition: the name, not the description, speaks', () => {
    const [q] = quotesOf('Jane Roe, a spokeswoman for the ministry, said the flights would resume.');
    expect(q).toMatchObject({ speaker: 'Jane Roe', text: 'the flights would resume' });
  });

  it('a clause joined by a conjunction before a closing attribution is what was said, not an apposition', () => {
    const [q] = quotesOf('The talks did not go well with the unions, and the meeting ended early, said a source in the room.');
    expect(q).toMatchObject({ speaker: 'a source', text: 'The talks did not go well with the unions, and the meeting ended early' });
    const [r] = quotesOf('Ann Holt, and later her son, said the farm would be sold.');
    expect(r).toMatchObject({ speaker: 'Ann Holt', text: 'the farm would be sold' });
  });

  it('an apposition ending in a name describes the speaker before it', () => {
    const [q] = quotesOf('Ursula von der Leyen, the president of the European Commission, warned that the bloc was at risk.');
    expect(q).toMatchObject({ speaker: 'Ursula von der Leyen', text: 'the bloc was at risk' });
  });

  it('asides in dashes or brackets before the cue, and a country opening the sentence', () => {
    expect(quotesOf('Tom Kall -- co-editor of a book on debates, among others -- said the format favored him.')[0]).toMatchObject({ speaker: 'Tom Kall' });
    expect(quotesOf('Rep. Greg Meeks (D-N.Y.), chairman of the caucus, said members would help.')[0]).toMatchObject({ speaker: 'Greg Meeks' });
    expect(quotesOf('China, the North’s only ally, said it was firmly opposed to the test.')[0]).toMatchObject({ speaker: 'China' });
  });

  it('an adverb between speaker and cue', () => {
    expect(quotesOf('Marc Morial, the head of the league, forcefully told a young woman that not voting is no strategy.')[0]).toMatchObject({
      speaker: 'Marc Morial',
      text: 'not voting is no strategy',
    });
  });

  it('titles are not part of the name', () => {
    const [q] = quotesOf('Foreign Minister Amir Nasseri said the embassy would reopen.');
    expect(q).toMatchObject({ speaker: 'Amir Nasseri', surface: 'Amir Nasseri' });
  });

  it('an organization inside the speaker phrase speaks, not the city', () => {
    const [q] = quotesOf('Analysts at the Lowy Institute in Sydney said the alliance was weakening.');
    expect(q).toMatchObject({ speaker: 'Lowy Institute' });
  });

  it('"the ministry said in a statement" resolves to the ministry named before', () => {
    const qs = quotesOf('The Health Ministry opened new clinics.\n\nThe ministry said in a statement that vaccines were safe.');
    expect(qs[0]).toMatchObject({ speaker: 'Health Ministry', surface: 'The ministry', text: 'vaccines were safe' });
  });

  it('joint speakers: names joined by "and", a lower-case title before the second', () => {
    const speakers = (text: string) => quotesOf(text).map((q) => q.speaker);
    expect(speakers('Danish Prime Minister Ann Holt and Chinese leader Tom Reyes agreed on Monday to resume talks.')).toEqual(['Ann Holt and Tom Reyes']);
    expect(speakers('Ann Holt and her lawyer Tom Reyes said on Monday that the case was closed.')).toEqual(['Tom Reyes']);
  });

  it('joint speakers: "the two"', () => {
    const [q] = quotesOf('Pedro Alves met Karin Lind in Lisbon. The two stressed the importance of trade.');
    expect(q!.speaker).toContain('Karin Lind');
    expect(q!.speaker).toContain('Pedro Alves');
    expect(q!.surface).toBe('The two');
  });
});

describe('subjects of participles and infinitives', () => {
  it('a participle on a noun inside a phrase is the act of the sentence subject', () => {
    const qs = quotesOf('Ann Lee spoke.\n\n“It will not be easy,” she said at a news conference announcing that her office was suing the state.');
    expect(qs[1]).toMatchObject({ text: 'her office was suing the state', speaker: 'Ann Lee', cue: 'announcing' });
    const statement = quotesOf('In a statement announcing the pick, the Flight Attendants Union called Ann Lee a “champion” for workers.');
    expect(statement.map((q) => [q.cue, q.speaker])).toEqual([['called', 'Flight Attendants Union']]);
  });

  it('a gerund after a preposition speaks for the sentence subject, not a name near it', () => {
    expect(quotesOf('Howard Dean appeared on MSNBC on Tuesday and began by saying he would never diagnose anyone.')[0]).toMatchObject({
      speaker: 'Howard Dean',
      text: 'he would never diagnose anyone',
    });
  });

  it('so does a gerund after "kept", "began" or a negated "resist"; kept back, it is no speech', () => {
    expect(quotesOf('The auditors could not resist pointing out that the budget had doubled.').map((q) => q.speaker)).toEqual(['The auditors']);
    expect(quotesOf('Donald Trump spoke in Ohio. He kept saying that the polls were rigged.').map((q) => q.speaker)).toEqual(['Donald Trump']);
    expect(quotesOf('He never stopped claiming that the vote was stolen.').map((q) => q.text)).toEqual(['the vote was stolen']);
  });

  it('", saying …" and "to accuse …" take the sentence subject, not the nearest name', () => {
    expect(quotesOf('Dana Lee defended her tweets about Mark Olsen, saying the criticism was fair.')[0]).toMatchObject({ speaker: 'Dana Lee' });
    expect(quotesOf('Dana Lee took to Twitter to accuse the mayor of lying about the budget.')[0]).toMatchObject({ speaker: 'Dana Lee' });
  });

  it('", saying …" after a plural subject no list of speakers holds is that subject’s', () => {
    expect(quotesOf('The hospitals postponed all routine surgery on Friday, saying the flu wards were full.')[0]).toMatchObject({
      speaker: 'The hospitals',
      text: 'the flu wards were full',
    });
    expect(quotesOf('The ministries have withdrawn the draft, saying it needs more work.')[0]).toMatchObject({ speaker: 'The ministries' });
  });

  it('", saying …" is not the speaker of a relative clause before it', () => {
    // (The refusal is Dana Lee's too: refused-acts.test.ts.)
    const quotes = quotesOf('Dana Lee refused to pay an architect who said he was owed money, saying the work was poor.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Dana Lee', 'an architect', 'Dana Lee']);
    // ("that" after a noun opens such a clause too.)
    const plan = quotesOf('The harbour board backed a plan that called for new fees, saying the quay needed repairs.');
    expect(plan.at(-1)).toMatchObject({ speaker: 'The harbour board', text: 'the quay needed repairs' });
  });

  it('an apposition full of places still finds its person', () => {
    const [q] = quotesOf('Donna Reyes, 59, of Austin, Texas, who watched on a screen in Dallas, said the speech moved her.');
    expect(q).toMatchObject({ speaker: 'Donna Reyes', text: 'the speech moved her' });
  });

  it('a cue word used as a noun is no verb: the ad does not report, the report says its clause', () => {
    expect(quotesOf('The ad features a New York Times report that the firm paid no tax.')).toMatchObject([
      { speaker: 'New York Times', text: 'the firm paid no tax' },
    ]);
  });
});

describe('pronoun and nominal speakers', () => {
  it('resolves by gender to the right earlier person', () => {
    const qs = quotesOf('Mary Jones met John Brown on Tuesday.\n\nShe said the meeting went well.\n\nHe said the talks would continue.');
    expect(qs.map((q) => [q.surface, q.speaker])).toEqual([
      ['She', 'Mary Jones'],
      ['He', 'John Brown'],
    ]);
  });

  it('prefers the last speaker over a person merely named in between', () => {
    const qs = quotesOf('During talks with Viktor Petrov, David Cohen said that the ceasefire must hold.\n\n“We need this calm,” he said.');
    expect(qs[1]).toMatchObject({ surface: 'he', speaker: 'David Cohen' });
  });

  it('follows a chain of sentences opening with the same pronoun back to the name', () => {
    const qs = quotesOf(
      'Tom Hill said the plan worked.\n\nOn Monday night, Mary Jones went after the governor. She started with the budget. She then turned to taxes.\n\n“Why won’t he release his returns? I think there are reasons,” she said.',
    );
    expect(qs[1]).toMatchObject({ surface: 'she', speaker: 'Mary Jones' });
  });

  it('with nobody of the pronoun’s gender, the subject before: given names tell gender only mostly', () => {
    expect(quotesOf('Terry Strada spoke first.\n\nShe continued, “All we are asking for is an opportunity to be heard.”')[0]).toMatchObject({
      speaker: 'Terry Strada',
    });
  });

  it('a pronoun goes to the person opening its own sentence first', () => {
    const qs = quotesOf(
      'Jean Ayrault said the test was a provocation.\n\nSecretary General Ban Ki-moon attacked what he called a “brazen breach” of the rules.',
    );
    expect(qs.find((q) => q.cue === 'called')).toMatchObject({ surface: 'he', speaker: 'Ban Ki-moon' });
  });

  it('does not take a name inside the quote for the speaker', () => {
    const qs = quotesOf('Ann Lee spoke first.\n\n“Why won’t Mary Jones answer? We asked her twice,” she said.');
    expect(qs[0]).toMatchObject({ surface: 'she', speaker: 'Ann Lee' });
  });

  it('"it" and "they" go back to an organization, a joint or a plural speaker', () => {
    expect(quotesOf('The Federal Trade Commission fined the bank on Monday. It said the fees were illegal.')[0]).toMatchObject({
      surface: 'It',
      speaker: 'Federal Trade Commission',
    });
    const joint = quotesOf('Mary Jones and Mr. John Brown said changes were needed.\n\nThe program has grown beyond its purpose, they said.');
    expect(joint.map((q) => q.speaker)).toEqual(['Mary Jones and John Brown', 'Mary Jones and John Brown']);
    expect(quotesOf('She thanked Mary Jones and John Brown, who said the fight was not over.').at(-1)).toMatchObject({ speaker: 'John Brown' });
    const plural = quotesOf('Senate aides said the bill was dead.\n\nThe vote would fail anyway, they added.');
    // the Senate is named: its aides speak for it, and "they" goes back to them
    expect(plural.map((q) => q.speaker)).toEqual(['Senate', 'Senate']);
    expect(plural[1]).toMatchObject({ surface: 'they' });
  });

  it('descriptions: aides speak as aides, a campaign or team as its candidate, a website as its outlet, documents as themselves', () => {
    const qs = quotesOf('Senator Mitch Holloway met the president.\n\nHolloway aides said the talks went well. His campaign said the polls were wrong.');
    expect(qs.map((q) => q.speaker)).toEqual(['Holloway aides', 'Mitch Holloway']);
    expect(quotesOf('Ann Reyes spoke in Ohio. Reyes’s team said the rally was a success.')[0]).toMatchObject({ speaker: 'Ann Reyes' });
    // documents speak too: "analyses", "records", "studies"
    expect(quotesOf('Independent analyses agree the plan would fail.')[0]).toMatchObject({ speaker: 'Independent analyses', text: 'the plan would fail' });
    expect(quotesOf('Court records show he paid no tax in 2019.')[0]).toMatchObject({ speaker: 'Court records' });
    // a relative clause without "who" or "that" is no part of what the speakers are called
    expect(quotesOf('The officials we spoke to said the bill would pass.')[0]).toMatchObject({ speaker: 'The officials' });
    // "the Oslo-based company" is the company named before, not a name of its own
    expect(quotesOf('Nordvik Shipping ASA cut 400 jobs. The Oslo-based company said the cuts would save money.')[0]).toMatchObject({
      speaker: 'Nordvik Shipping ASA',
    });
    // so is "the Wichita, Kansas-based company", its town and state one modifier
    expect(
      quotesOf('Spirit AeroSystems warned that deliveries would slip. The Wichita, Kansas-based company said a shortage of workers had slowed production.')[1],
    ).toMatchObject({
      speaker: 'Spirit AeroSystems',
      surface: 'The Wichita, Kansas-based company',
    });
    // a news outlet named again as "the website"
    expect(quotesOf('The Daily Beast reported that the senator had resigned. The website noted that he denied it.')[1]).toMatchObject({
      speaker: 'Daily Beast',
    });
  });

  it('"it" is nobody when the sentence before opens with no organization', () => {
    expect(quotesOf('The ad shows the senator at a rally. It says she lied about the money.')[0]).toMatchObject({ surface: 'It', speaker: null });
  });

  it('a role named with several modifiers goes back to the speaker, if the role fits', () => {
    const qs = quotesOf('Donald Trump said he has big plans.\n\nThe Republican presidential nominee noted that his campaign had money left.');
    expect(qs[1]).toMatchObject({ surface: 'The Republican presidential nominee', speaker: 'Donald Trump' });
    const women = quotesOf('Mary Jones sat beside John Brown, who said the bill was dead.\n\nThe veteran congresswoman said it would pass.');
    expect(women[1]).toMatchObject({ surface: 'The veteran congresswoman', speaker: 'Mary Jones' });
  });

  it('"Mrs May added": a surname that is also a modal verb speaks', () => {
    expect(quotesOf('Theresa May spoke in Brussels.\n\nMrs May added that talks would resume.')[0]).toMatchObject({ surface: 'May', speaker: 'Theresa May' });
  });

  it('"the chancellor" goes back to the person named with that title', () => {
    const qs = quotesOf('German Chancellor Angela Merkel said Europe must stand together.\n\nThe chancellor added that talks would continue.');
    expect(qs[1]).toMatchObject({ surface: 'The chancellor', speaker: 'Angela Merkel' });
  });

  it('"the company" goes back to the company opening the sentence before', () => {
    expect(quotesOf('Boeing Co fell 5 percent on Monday. The company said deliveries would resume in June.')[0]).toMatchObject({
      surface: 'The company',
      speaker: 'Boeing Co',
    });
  });

  it('"the minister" goes back to the person speaking before', () => {
    const qs = quotesOf('Finance Minister Raj Patel presented the budget.\n\nThe minister said spending would fall.');
    expect(qs[0]).toMatchObject({ surface: 'The minister', speaker: 'Raj Patel' });
  });
});

describe('quoted words in narration after a quote', () => {
  it('continue the quote only where they open a sentence or follow a conjunction', () => {
    const qs = quotesOf(
      '“I was angry,” Ann Lee said. She wrote online posts. On her papers, in a box labeled “medical problem,” a doctor had typed “homicidal thoughts.”',
    );
    expect(qs.map((q) => q.text)).toEqual(['I was angry,']);
    const [q] = quotesOf('“You know, I love Larry,” Ray Cole said, but “when it comes to energy, Larry has a history.”');
    expect(q!.text).toBe('You know, I love Larry, when it comes to energy, Larry has a history.');
    const [asked, ...rest] = quotesOf('“Does anybody know what the platform is?” Ray Cole asked. “Neither do I.”');
    expect(rest).toEqual([]);
    expect(asked!.text.endsWith('Neither do I.')).toBe(true);
  });
});

describe('quotations across paragraphs', () => {
  it('a paragraph that is only a quote continues the previous speaker', () => {
    const qs = quotesOf('Mayor Lisa Grant said: “The storm was worse than anyone expected.”\n\n“We will rebuild every house that was lost.”');
    expect(qs.map((q) => q.speaker)).toEqual(['Lisa Grant', 'Lisa Grant']);
  });

  it('a quote over paragraphs: each opens with a mark, only the last closes', () => {
    const qs = quotesOf('Karl Weber said:\n\n“The first thing we did was count the survivors.\n\n“Then we started looking for water.”');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toContain('count the survivors');
    expect(qs[0]!.text).toContain('looking for water');
    expect(qs[0]!.speaker).toBe('Karl Weber');
  });

  it('a quotation closing a paragraph right after a sentence about a person is that person’s', () => {
    const qs = quotesOf('Angus Reid has rowed the ferry for forty years. Asked what he will miss, he shrugs. “The quiet, maybe.”');
    expect(qs).toMatchObject([{ kind: 'DIRECT', speaker: 'Angus Reid', text: 'The quiet, maybe.' }]);
    // a cue with only an object reports nothing; a description of the person names them again
    expect(quotesOf('Coach Tomas Berg was delighted. The Swede praised his striker. “Kofi is a special player.”')).toMatchObject([
      { kind: 'DIRECT', speaker: 'Tomas Berg', text: 'Kofi is a special player.' },
    ]);
    // a person who declined to comment says nothing after it (the comment declined is all that is reported)
    expect(quotesOf('Tomas Berg declined to comment on the deal. “It is done.”').map((q) => q.text)).toEqual(['to comment on the deal']);
    // after a sentence that is itself an attribution, the quotation goes on with that quote
    const [q, ...rest] = partsOf('“We tried,” Angus Reid said. “Nobody came.”');
    expect(rest).toEqual([]);
    expect(q!.parts).toEqual(['We tried,', 'Nobody came.']);
  });

  it('a quotation closing its sentence is not attributed by a cue in the next sentence that has a clause of its own', () => {
    // (The comment declined is reported as the spokesman's, less sure.)
    const said = (body: string) => quotesOf(body).filter((q) => q.cue !== 'declined');
    const qs = said('A GM spokesman declined to comment on “market speculation”. The company said last month it was reviewing all options.');
    expect(qs.map((q) => q.text)).toEqual(['it was reviewing all options']);
    expect(said('A GM spokesman declined to comment on “market speculation.” The company said last month it was reviewing all options.')).toHaveLength(1);
  });

  it('so is a quotation that narration about a person introduces with a colon', () => {
    expect(quotesOf('Coach Erik Holm was asked about the penalty. He was short: “Ask the referee.”')).toMatchObject([
      { kind: 'INDIRECT', speaker: null, text: 'the penalty' },
      { kind: 'DIRECT', speaker: 'Erik Holm', text: 'Ask the referee.' },
    ]);
    expect(quotesOf('Mayor Ann Holt was blunt: “We are broke.”')).toMatchObject([{ kind: 'DIRECT', speaker: 'Ann Holt', text: 'We are broke.' }]);
    // someone new the narration introduces, and not the body named inside the description
    const twoSpeakers = quotesOf('Ann Holt said a deal was close. A senior EU diplomat was less upbeat: “Nobody is moving.”');
    expect(twoSpeakers.map((q) => [q.speaker, q.text])).toEqual([
      ['Ann Holt', 'a deal was close'],
      ['A senior EU diplomat', 'Nobody is moving.'],
    ]);
    // not what a thing shows
    expect(quotesOf('The sign on the door was simple: “Closed for good.”')).toEqual([]);
    expect(quotesOf('The menu at the cafe was short: “Soup or bread.”')).toEqual([]);
  });

  it('an unmatched quote mark never swallows the rest of the article', () => {
    const body = 'The mayor called it “a disaster for the town.\n\nRepairs began on Monday.\n\nThe council met on Friday and voted on the budget.';
    const x = extract(`Test article\n\n${body}`);
    for (const q of x.quotes) expect(q.text).not.toContain('Repairs began');
  });
});

describe('what is not speech', () => {
  it('relative clauses and bare infinitives report nothing', () => {
    expect(quotesOf('Everything Tom Hill says is a lie unless proven otherwise.')).toEqual([]);
    expect(quotesOf('Read the two guides I wrote in 2014 for parents. The target it pledged to reach is far.')).toEqual([]);
    expect(quotesOf('Readers may not let editorials tell them how to vote. Russia helps Mr. Ivan Petrov maintain the image that he is strong.')).toEqual([]);
    expect(quotesOf('This week she said it was over. In the end he said it was over.').map((q) => q.text)).toEqual(['it was over', 'it was over']);
  });

  it('a relative clause whose cue has the noun before it for subject of what it reports is speech: "a discovery they say could lead to …"', () => {
    const story = 'Researchers at Kerrow University found a gene that causes the illness, a discovery they say could lead to earlier diagnosis.';
    // (The noun the clause describes is the subject of what was said: the content opens at it, in two pieces.)
    expect(quotesOf(story).map((q) => q.text)).toEqual(['a discovery could lead to earlier diagnosis']);
    expect(quotesOf('He repeated the story he told reporters last week.')).toEqual([]);
  });

  it('a question put to the speaker is not what the speaker said', () => {
    // (The question is reported as nobody's named.)
    expect(quotesOf('Tom Hill spoke. Asked whether he would stay on the board, he said: “No.”').map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['INDIRECT', null, 'whether he would stay on the board'],
      ['DIRECT', 'Tom Hill', 'No.'],
    ]);
  });

  it('a cue with an object of its own reports nothing before it', () => {
    expect(quotesOf('But when Congress cut funding for the program two years later, Mexico said enough.')).toEqual([]);
    expect(quotesOf('One after another, mining companies, including Patriot, declared bankruptcy.')).toEqual([]);
  });

  it('a title in quote marks is not speech of the noun after it; a closed sentence does not take the next one’s cue', () => {
    expect(
      quotesOf('Ray Cole took calls from listeners to his “Keep It Real” radio program who said they were worried about prices.').filter(
        (q) => q.kind !== 'INDIRECT',
      ),
    ).toEqual([]);
    const qs = quotesOf('Ann Lee was told her words were “not in line with our editorial policy.” The network said it would review the case.');
    expect(qs.map((q) => q.text)).toEqual(['it would review the case']);
  });

  it('idioms, passives and amounts are not speech', () => {
    expect(quotesOf('Having said that, the rules are clear.')).toEqual([]);
    expect(quotesOf('That said, the plan is sound and fair.')).toEqual([]);
    expect(quotesOf('Let’s say you think a degree will cost $160,000.')).toEqual([]);
    expect(quotesOf('In the scandal, people were mistakenly charged fees and saw their credit ratings fall.')).toEqual([]);
    expect(quotesOf('The tax would eventually add $84 billion over ten years.')).toEqual([]);
    expect(quotesOf('Campaigning against Ray Cole in 2012, Ann Lee barely mentioned climate change.')).toEqual([]);
  });

  it('what is added without a clause is no speech: "adding a laughing emoji"', () => {
    expect(quotesOf('Ann Holt posted a photo on Monday, adding a laughing emoji.')).toEqual([]);
    expect(quotesOf('Ann Holt posted a photo on Monday, adding the deal was dead.')).toHaveLength(1);
  });

  it('a participle after a determiner qualifies a noun: "a proposed deal" is no one proposing', () => {
    expect(quotesOf('France and Germany clashed on Monday over a proposed EU trade agreement.')).toEqual([]);
    expect(quotesOf('Police are investigating the alleged attack on a synagogue.')).toEqual([]);
    expect(quotesOf('The union proposed a new deal on Monday.')).toHaveLength(1);
  });

  it('scare quotes and titles in narration', () => {
    expect(quotesOf('The so-called “peace dividend” never arrived.\n\nShe starred in “The Long Road” last year.')).toEqual([]);
  });

  it('describing, citing, mentioning and expressing report speech', () => {
    expect(quotesOf('Lena Vogel described the reform as a historic mistake.')[0]).toMatchObject({ cue: 'described', speaker: 'Lena Vogel' });
    expect(quotesOf('Tom Reed expressed concern that the vote would be delayed.')[0]).toMatchObject({ cue: 'expressed', speaker: 'Tom Reed' });
    expect(quotesOf('The question is whether the plan will pass.')).toEqual([]);
  });

  it('"recalls 300,000 vehicles" is a product recall, not speech', () => {
    expect(quotesOf('Toyota recalls 300,000 vehicles over a brake fault.')).toEqual([]);
  });

  it('nouns that look like cue verbs', () => {
    expect(quotesOf('The guarantor states have been organizing talks.\n\nHis remarks drew criticism.')).toEqual([]);
  });
});

/** Each quote's parts as the text they cover. */
function partsOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.map((q) => ({ text: q.text, parts: q.parts.map((p) => x.layout.text.slice(p.start, p.end)), whole: x.layout.text.slice(q.start, q.end) }));
}

describe('parts: one speech event interrupted by its own attribution', () => {
  it('“A,” she said. “B.”: one quote, two parts, text without the attribution', () => {
    const [q, ...rest] = partsOf('Ruth Mendel runs the shelter.\n\n“We have no beds left,” Mendel said. “Families sleep in the hall.”');
    expect(rest).toEqual([]);
    expect(q!.parts).toEqual(['We have no beds left,', 'Families sleep in the hall.']);
    expect(q!.text).toBe('We have no beds left, Families sleep in the hall.');
    expect(q!.whole).toContain('Mendel said');
  });

  it('“A,” he said, “b.”: the pieces around a comma-set attribution', () => {
    const [q] = partsOf('“The bridge is safe,” Omar Diaz said, “and it will stay open all winter.”');
    expect(q!.parts).toEqual(['The bridge is safe,', 'and it will stay open all winter.']);
  });

  it('quoted words left in the narration after the attribution end the quote: no later piece joins it', () => {
    const [q] = partsOf(
      'Maria Lopez sat by the window. “Are you cold?” she asked, but Tom was asleep, and as the mayor talked about “the future of the valley,” and “our hard-working farmers,” she turned the radio off.',
    );
    expect(q).toMatchObject({ text: 'Are you cold?', parts: ['Are you cold?'] });
  });

  it('an attribution set in the middle of a sentence: "The plan, she said, will fail"', () => {
    const [q] = partsOf('Laura Kent studied the budget. The plan, Kent said, will fail within a year.');
    expect(q!.parts).toEqual(['The plan', 'will fail within a year']);
    expect(q!.text).toBe('The plan will fail within a year');
  });

  it('… and with its predicate quoted: "Washington, she says, “has forgotten us.”" is one mixed quote', () => {
    const kinds = (body: string) => extract(`Test article\n\n${body}`).quotes.map((q) => q.kind);
    const mixed = 'Laura Kent studied the budget. The plan, Kent said, “will fail within a year.”';
    expect(partsOf(mixed).map((q) => q.parts)).toEqual([['The plan', 'will fail within a year.']]);
    expect(kinds(mixed)).toEqual(['MIXED']);
    // A listener or a time after the cue stays in the attribution.
    const told = 'Laura Kent studied the budget. The plan, Kent told reporters on Monday, “will fail within a year.”';
    expect(partsOf(told).map((q) => q.parts)).toEqual([['The plan', 'will fail within a year.']]);
    // A quotation that is a sentence of its own leaves the words before the attribution out.
    const own = 'Laura Kent studied the budget. Then, Kent said, “We will cut it.”';
    expect(partsOf(own).map((q) => q.parts)).toEqual([['We will cut it.']]);
    expect(kinds(own)).toEqual(['DIRECT']);
  });

  it('… and a clause before the attribution when the quotation goes on with the sentence in lower case', () => {
    const kinds = (body: string) => extract(`Test article\n\n${body}`).quotes.map((q) => q.kind);
    const but = 'Laura Kent toured the port. The quays were empty, Kent added, “but the cranes will be back by spring.”';
    expect(partsOf(but).map((q) => q.parts)).toEqual([['The quays were empty', 'but the cranes will be back by spring.']]);
    expect(kinds(but)).toEqual(['MIXED']);
    const whilst = 'Laura Kent toured the port. While trade is recovering, Kent said, “the margins are thinner than ever.”';
    expect(partsOf(whilst).map((q) => q.parts)).toEqual([['While trade is recovering', 'the margins are thinner than ever.']]);
    // Not a clause reporting someone else, nor one that goes on past a comma of its own.
    const other = 'Laura Kent toured the port. Omar Said said the quays were empty, Kent added, “but the cranes will be back.”';
    expect(partsOf(other).map((q) => q.parts)).toContainEqual(['but the cranes will be back.']);
    const commas = 'Laura Kent toured the port. The quays were empty, and also, Kent said, “a little sad.”';
    expect(partsOf(commas).map((q) => q.parts)).toEqual([['a little sad.']]);
  });

  it('a mixed quote running on over a later quoted sentence keeps both pieces', () => {
    const [q, ...rest] = partsOf('Ivan Petrov said the talks were “going nowhere fast.” He paused. “Nobody will walk away from the table yet.”');
    expect(rest).toEqual([]);
    expect(q!.parts).toEqual(['the talks were “going nowhere fast.”', 'Nobody will walk away from the table yet.']);
    // Quoted words inside one reported clause interrupt nothing.
    const [one] = partsOf('Ivan Petrov said the talks were “going nowhere fast,” but “nobody will walk away from the table yet.”');
    expect(one!.parts).toHaveLength(1);
  });

  it('a cue before a colon introduces the quotation after it, not the one before: “…”. X added: “…”', () => {
    const quotes = quotesOf('Bruno Fernandes said the squad was "hungry for a trophy". The Manchester United player added: "We know what we can do."');
    expect(quotes.map((q) => [q.kind, q.text])).toEqual([
      ['MIXED', 'the squad was "hungry for a trophy"'],
      ['DIRECT', 'We know what we can do.'],
    ]);
  });

  it('an uninterrupted quote is one part, its whole span', () => {
    const [q] = partsOf('“The river is rising again tonight,” said Mayor Ann Holt.');
    expect(q!.parts).toEqual([q!.whole]);
    expect(q!.text).toBe(q!.whole);
  });

  it('a quotation running over paragraphs: each paragraph is a part', () => {
    const [q] = partsOf('Karl Weber said:\n\n“The first thing we did was count the survivors.\n\n“Then we started looking for water.”');
    expect(q!.parts).toEqual(['The first thing we did was count the survivors.', 'Then we started looking for water.']);
  });

  it('a titled speaker set off by commas inside the sentence: the words on both sides are the parts', () => {
    const [q] = partsOf('Ruth Bader spoke first. To understand the ruling, Chief Justice Bader said, one should read the dissent.');
    expect(q!.parts).toEqual(['To understand the ruling', 'one should read the dissent']);
  });

  it('quotations side by side with only marks between them are one part', () => {
    const [q] = partsOf('Tom Reed spoke.\n\n“We are ready.” “We have been ready for years,” Reed said.');
    expect(q?.parts.length ?? 1).toBeLessThanOrEqual(1);
  });
});

describe('content boundaries', () => {
  it('a predicate after an attribution set off by a quoted word and commas goes on with what was said', () => {
    expect(spansOf('The NHS was “broken,” Wes Street said, but could be fixed.')[0]).toMatchObject({
      speaker: 'Wes Street',
      text: 'The NHS was “broken,” Wes Street said, but could be fixed',
    });
    // The speaker’s own act after the attribution is narration.
    expect(quotesOf('“We will win,” Ann Lee said, and left the room.')[0]).toMatchObject({ kind: 'DIRECT', text: 'We will win,' });
  });

  it('the complementizer "that" opens an indirect content, as news annotation marks it, but is no part of the words said', () => {
    const text = 'Test article\n\nAnn Holt said on Monday that the bridge was safe.';
    const [q] = extract(text).quotes;
    expect(text.slice(q!.start, q!.end)).toBe('that the bridge was safe');
    expect([q!.text, q!.parts.map((p) => p.text)]).toEqual(['the bridge was safe', ['the bridge was safe']]);
    const [comma] = extract('Test article\n\nTom Reed said that, if elected, he would cut the levy.').quotes;
    expect(comma!.parts.map((p) => p.text)).toEqual(['if elected, he would cut the levy']);
    // "that" as the subject of what was said is a word said
    const [subject] = extract('Test article\n\nAnn Holt said that was the end of it.').quotes;
    expect(subject?.text).toBe('that was the end of it');
    // A quotation after "that" is a reported clause in the speaker's words, "that" and its marks included.
    const [mixed] = extract('Test article\n\nAnn Holt said that “the bridge is safe.”').quotes;
    expect(mixed).toMatchObject({ kind: 'MIXED', text: 'that “the bridge is safe.”' });
  });

  it('a later quotation after narration with quoted words of its own continues nothing; after a title it does', () => {
    const [q] = quotesOf(
      '“You winning?” she asked, but Kevin was drifting off, and as the senator went on about “how the system is rigged” and “wounded American families” she sighed.',
    );
    expect(q).toMatchObject({ kind: 'DIRECT', text: 'You winning?' });
    const [flynn] = quotesOf('“He is right,” Mike Flynn said Thursday on Fox News’s “Fox and Friends.” “I mean, there is a lot of frustration.”');
    expect(flynn!.text).toBe('He is right, I mean, there is a lot of frustration.');
  });

  it('"In the words of X, “…”" and "said only: “…”" quote X', () => {
    expect(quotesOf('In the words of Karl Berg, “nobody wins a trade war.”')).toMatchObject([
      { kind: 'DIRECT', speaker: 'Karl Berg', text: 'nobody wins a trade war.' },
    ]);
    expect(quotesOf('Asked about the deal, Sara Kim said only: “It’s complicated.”')).toMatchObject([
      { kind: 'INDIRECT', speaker: null, text: 'the deal' },
      { kind: 'DIRECT', speaker: 'Sara Kim', text: 'It’s complicated.' },
    ]);
  });

  it('a person named in apposition after the source of "according to" is the source', () => {
    expect(quotesOf('In the words of one analyst, Lena Park, “nobody wants to hold these bonds.”')).toMatchObject([
      { kind: 'DIRECT', speaker: 'Lena Park', text: 'nobody wants to hold these bonds.' },
    ]);
    expect(quotesOf('According to a police spokesman, Lt. Col. Sara Dunn, the driver fled.')).toMatchObject([
      { speaker: 'Sara Dunn', text: 'the driver fled' },
    ]);
    expect(quotesOf('Prices will rise, according to one trader, Sam Lee.')).toMatchObject([{ speaker: 'Sam Lee', text: 'Prices will rise' }]);
  });

  it('the source of "according to" ends before a dash or a bracket opening the narrator\'s comment', () => {
    expect(quotesOf('Ferry fares rose 8 percent last year, according to the harbour board - twice the rate of inflation.')).toMatchObject([
      { speaker: 'the harbour board', text: 'Ferry fares rose 8 percent last year' },
    ]);
    expect(quotesOf('Ferry fares rose 8 percent last year, according to the harbour board — twice the rate of inflation.')).toMatchObject([
      { speaker: 'the harbour board', text: 'Ferry fares rose 8 percent last year' },
    ]);
    expect(quotesOf('Ann Holt won 54 percent of the vote, according to exit polls (a wide margin, but smaller than expected).')).toMatchObject([
      { speaker: 'exit polls', text: 'Ann Holt won 54 percent of the vote' },
    ]);
  });

  it('an infinitive after a time phrase is what was promised: "pledged on Tuesday to end …"', () => {
    expect(quotesOf('Ana Reyes pledged on Tuesday to end illegal logging by 2030.')).toMatchObject([
      { cue: 'pledged', text: 'to end illegal logging by 2030' },
    ]);
  });

  it('"was quoted as saying" reports what the subject said', () => {
    expect(quotesOf('Karl Berg was quoted as saying the deal was dead.')).toMatchObject([{ speaker: 'Karl Berg', text: 'the deal was dead' }]);
  });

  it('an accusation carrying quoted words is speech for sure; groups such as "the opposition" speak', () => {
    const [q] = extract('Test article\n\nThe opposition accused the government of “sleepwalking into a crisis.”').quotes;
    expect(q).toMatchObject({ kind: 'MIXED', speaker: { name: 'The opposition' } });
    expect(q!.confidence).toBeGreaterThan(0.6);
    // British style: the quoted words in single quotation marks, curly or straight.
    for (const words of ['‘moving the goalposts’', "'moving the goalposts'"]) {
      const [uk] = extract(`Test article\n\nThe minister accused union leaders of ${words}.`).quotes;
      expect(uk).toMatchObject({ kind: 'MIXED', speaker: { name: 'The minister' } });
      expect(uk!.confidence).toBeGreaterThan(0.6);
    }
  });

  it('a promise or agreement reports an infinitive, not a noun phrase after "to"', () => {
    expect(quotesOf('The company agreed to pay a fine of $2 million.')).toMatchObject([{ cue: 'agreed', text: 'to pay a fine of $2 million' }]);
    expect(quotesOf('Israel and Hamas have agreed to a ceasefire, mediators from Qatar said on Wednesday.')).toMatchObject([
      { cue: 'said', text: 'Israel and Hamas have agreed to a ceasefire' },
    ]);
  });

  it('a content may open with a bounded amount: "said at least 12 people …"', () => {
    expect(quotesOf('Police said at least 12 people were killed in the blast.')).toMatchObject([
      { speaker: 'Police', text: 'at least 12 people were killed in the blast' },
    ]);
    expect(quotesOf('Officials said up to a dozen homes were lost.')).toMatchObject([{ text: 'up to a dozen homes were lost' }]);
    // A place is still no content: "said at the briefing that …" reports from "that".
    expect(quotesOf('Police said at the briefing that two people had died.')).toMatchObject([{ text: 'two people had died' }]);
  });

  it('a dateline is no part of the first sentence’s content', () => {
    const x = extract('Title\n\nWASHINGTON — The carmaker is recalling 2 million vehicles to fix a faulty system, safety regulators said Wednesday.');
    expect(x.quotes.map((q) => q.text)).toEqual(['The carmaker is recalling 2 million vehicles to fix a faulty system']);
    expect(x.layout.sentences[0]!.text).toMatch(/^The carmaker/u);
    for (const dateline of ['OSLO, March 3 (Reuters) - ', 'LIMA, Peru, Jan. 12, 2024 (AP) — ', 'DOHA, Oct 5 (AFP) -- ', 'Tokyo (Reuters) - ']) {
      const y = extract(`Title\n\n${dateline}The party on Tuesday rejected the budget, saying new taxes would hurt the poor.`);
      expect(y.quotes.map((q) => q.speaker.name)).toEqual(['The party']);
    }
  });

  it('a dateline opening the paragraph after a subtitle is no subject of its first sentence', () => {
    const x = extract(
      'Ferry row deepens\n\nA senator’s plan splits the island.\n\nPORT ELLEN, Maine - Rallying hundreds of ferry workers who are struggling to get by, Ann Holt tried here last week to calm their fears and promised to save the ferry.',
    );
    expect(x.quotes.map((q) => [q.speaker.name, q.text])).toEqual([['Ann Holt', 'to save the ferry']]);
    expect(x.layout.sentences.map((s) => s.text.slice(0, 9))).toEqual(['A senator', 'Rallying ']);
  });

  it('a participle’s speaker is the whole noun phrase opening the sentence', () => {
    const lead = (subject: string) => quotesOf(`${subject} on Tuesday rejected the budget, saying new taxes would hurt the poor.`)[0]?.speaker;
    expect(lead('The main opposition party')).toBe('The main opposition party');
    expect(lead('Chile’s largest mining union')).toBe('Chile’s largest mining union');
    expect(lead('The new finance minister')).toBe('The new finance minister');
    // A place before the noun only says where the person is from.
    expect(lead('A Lagos judge')).toBe('A Lagos judge');
  });

  it('a bracketed affiliation between the speaker and the cue keeps a quotation of several sentences whole', () => {
    const [q, ...rest] = quotesOf('“She would be a great judge. Not good, great. One of the best,” Rep. Ann Lee (D-Md.) said in an interview.');
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ kind: 'DIRECT', speaker: 'Ann Lee', text: 'She would be a great judge. Not good, great. One of the best,' });
  });

  it('“told” a listener and a clause: a later “whether” belongs to the clause', () => {
    expect(quotesOf('Two sources told Reuters the group would discuss whether to cut supply.')).toMatchObject([
      { text: 'the group would discuss whether to cut supply' },
    ]);
  });

  it('“told” and a listener with no clause after it: the content is before the attribution', () => {
    const qs = quotesOf('The army will withdraw by June, Defence Minister Karl Berg told a news conference in Oslo on Tuesday, adding that talks would go on.');
    expect(qs.map((q) => [q.cue, q.text])).toEqual([
      ['told', 'The army will withdraw by June'],
      ['adding', 'talks would go on'],
    ]);
    expect(quotesOf('Karl Berg told the radio station the army would withdraw.')).toMatchObject([{ cue: 'told', text: 'the army would withdraw' }]);
  });

  it('an opening phrase of place or time is no content of a trailing attribution', () => {
    expect(quotesOf('In a long interview with local radio, Karl Berg told listeners the army would withdraw.')).toMatchObject([
      { cue: 'told', text: 'the army would withdraw' },
    ]);
  });

  it('a cue inside a relative clause set off by commas reports only up to the closing comma', () => {
    expect(quotesOf('Paul Kemp, who has denied the charges, is due in court on Friday.')).toMatchObject([
      { cue: 'denied', speaker: 'Paul Kemp', text: 'the charges' },
    ]);
    expect(quotesOf('The plan was backed by Paul Kemp, who said it would create jobs, and passed easily.')).toMatchObject([
      { cue: 'said', speaker: 'Paul Kemp', text: 'it would create jobs' },
    ]);
  });

  it('“add” with an amount is no second cue that ends the content', () => {
    expect(quotesOf('The budget office says the plan would cut revenue at first, but would eventually add $80 billion over ten years.')).toMatchObject([
      { text: 'the plan would cut revenue at first, but would eventually add $80 billion over ten years' },
    ]);
  });

  it('a cue form after a determiner is an adjective, not a new attribution', () => {
    expect(quotesOf('Ann Lee said that she did not watch the show, and that she might drop her announced plans to host it.')).toMatchObject([
      { text: 'she did not watch the show, and that she might drop her announced plans to host it' },
    ]);
  });
});

describe('more cues', () => {
  it('a ruling or an estimate reports what follows "that"', () => {
    expect(quotesOf('The appeals court ruled that the new map was unlawful.')).toMatchObject([{ cue: 'ruled', text: 'the new map was unlawful' }]);
    expect(quotesOf('The budget office estimates that the plan would cost $2 billion.')).toMatchObject([
      { cue: 'estimates', text: 'the plan would cost $2 billion' },
    ]);
    expect(quotesOf('The judge ruled out a second trial.')).toEqual([]);
  });

  it('"pointed out that …" and "As X pointed out, …" report speech, and so does "pointed out the flaws", its object', () => {
    expect(quotesOf('Critics pointed out that the plan had no funding.')).toMatchObject([{ surface: 'Critics', text: 'the plan had no funding' }]);
    expect(quotesOf('As several economists have pointed out, the plan has no funding.')).toMatchObject([{ text: 'the plan has no funding' }]);
    expect(quotesOf('Lena Park pointed out the flaws in the plan.')).toMatchObject([{ surface: 'Lena Park', text: 'the flaws in the plan' }]);
  });

  it('after "As X said …," the main clause is what was said', () => {
    expect(quotesOf('As the minister said on Monday, the bridge will close in May.')).toMatchObject([
      { cue: 'said', surface: 'the minister', text: 'the bridge will close in May' },
    ]);
    expect(quotesOf('As he said he would, Tom Berg resigned on Monday.')).toEqual([]);
  });

  it('a show named in quote marks before "that" is where it was said', () => {
    expect(quotesOf('Lena Park said on NBC’s “Meet the Press” that the talks would resume.')).toMatchObject([{ cue: 'said', text: 'the talks would resume' }]);
  });
});

describe('titles and relative clauses are no content', () => {
  it('a title in capitals inside an opening phrase names where it was said', () => {
    expect(quotesOf('On this week’s edition of “Good Morning Britain,” Tom Berg said the vote was fair.')).toMatchObject([
      { kind: 'INDIRECT', cue: 'said', text: 'the vote was fair' },
    ]);
    expect(quotesOf('In her memoir, “Rise And Run,” Lena Park wrote that she never planned to stay.')).toMatchObject([
      { cue: 'wrote', text: 'she never planned to stay' },
    ]);
  });

  it('"that" with a verb right after a noun opens a relative clause, not what was said', () => {
    const qs = quotesOf('Lena Park told reporters after the meeting that was held on a ferry that talks went well.');
    expect(qs.map((q) => q.text)).not.toContain('was held on a ferry that talks went well');
    expect(quotesOf('Lena Park told reporters on Friday that the plan was dead.')).toMatchObject([{ text: 'the plan was dead' }]);
  });
});
