// "I" in the answers of an interview set out as questions and answers without labels: the one the
// introduction says is interviewed, on stories written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { quotesSaid, speakersOf } from '../../support/extraction.js';

const interview = (intro: string) =>
  `${intro}\n\n` +
  'Why did you open the ferry line?\n\n' +
  'The harbour had no boat for years. I told the council that the island would empty without one.\n\n' +
  'What comes next?\n\n' +
  'A second boat. I said last spring that we would buy it by June.';

describe('the "I" of an interview’s answers', () => {
  it('is the one the introduction says is interviewed', () => {
    const intro = 'The Velmora Gazette interviewed Ann Holt, who runs the harbour ferry, about her plans.';
    expect(speakersOf(interview(intro))).toEqual(['Ann Holt', 'Ann Holt']);
  });

  it('is not the one asking, named after "by"', () => {
    const intro = 'Ferry owner Ann Holt was interviewed by reporter Tom Reyes about the harbour.';
    expect(speakersOf(interview(intro))).toEqual(['Ann Holt', 'Ann Holt']);
    expect(speakersOf(interview('An interview by Tom Reyes with the owner of the Velmora ferry, Ann Holt.'))).toEqual(['Ann Holt', 'Ann Holt']);
  });

  it('stays "I" where the text is no interview, or asks no questions', () => {
    const story = interview('Ann Holt runs the harbour ferry.');
    expect(speakersOf(story)).toEqual(['I', 'I']);
    const plain =
      'The Velmora Gazette interviewed Ann Holt about the ferry.\n\nThe harbour had no boat for years. I told the council that the island would empty.';
    expect(speakersOf(plain)).toEqual(['I']);
  });
});

// "we" in an answer and "you" in a question of such an interview: the one interviewed too.
const weAndYou = (intro: string) =>
  `${intro}\n\n` +
  'Why do you think the island needs a second boat?\n\n' +
  'Summer brings twice the walkers. We believe the old boat cannot carry them all.\n\n' +
  'Did the council help?\n\n' +
  'Not at first. We argued for months that the crossing should be free for pupils.';

describe('"we" in the answers and "you" in the questions of an interview', () => {
  const intro = 'The Velmora Gazette interviewed Ann Holt, who runs the harbour ferry, about her plans.';

  it('are the one interviewed, who answers for the ferry line and is asked', () => {
    expect(speakersOf(weAndYou(intro))).toEqual(['Ann Holt', 'Ann Holt', 'Ann Holt']);
  });

  it('stay unnamed where the text is no interview', () => {
    expect(speakersOf(weAndYou('Ann Holt runs the harbour ferry.'))).not.toContain('Ann Holt');
  });
});

describe('"we" and "you" in an interview of two', () => {
  it('are the two the introduction names together with "and"', () => {
    const intro = 'The Velmora Gazette interviews Ann Holt and Tom Reyes, who run the harbour ferry.';
    expect(speakersOf(weAndYou(intro))).toEqual(['Ann Holt and Tom Reyes', 'Ann Holt and Tom Reyes', 'Ann Holt and Tom Reyes']);
    const owners = 'The Velmora Gazette interviewed a co-owner of the harbour ferry.\n\nThe ferry is run by Ann Holt and Tom Reyes, who bought it in 2019.';
    expect(speakersOf(weAndYou(owners))).toEqual(['Ann Holt and Tom Reyes', 'Ann Holt and Tom Reyes', 'Ann Holt and Tom Reyes']);
  });

  it('not the one interviewed and someone named apart, nor "I", who is one of them', () => {
    const apart = 'The Velmora Gazette interviewed Ann Holt, who runs the harbour ferry with Tom Reyes, about her plans.';
    expect(speakersOf(weAndYou(apart))).toEqual(['Ann Holt', 'Ann Holt', 'Ann Holt']);
    const two = 'The Velmora Gazette interviews Ann Holt and Tom Reyes, who run the harbour ferry.';
    expect(speakersOf(interview(two))).not.toContain('Ann Holt and Tom Reyes');
  });
});

describe('"she" in an answer of an interview told as "I"', () => {
  it('is never the one answering', () => {
    const story =
      'The Velmora Gazette interviewed Robin Hale, who sails the harbour ferry.\n\n' +
      'Who do you remember best?\n\n' +
      'The last crossing of the season was rough. She handed me a drawing of the boat. With tears in her eyes she said, "Thank you, captain."\n\n' +
      'Will you sail next summer?\n\n' +
      'I will, as long as the engine lasts.';
    expect(speakersOf(story)).not.toContain('Robin Hale');
  });
});

describe('an answer ending in a question mark', () => {
  it('is still an answer when it is many times as long as the question before it', () => {
    const story =
      'The Velmora Gazette interviewed Ann Holt, who runs the harbour ferry, about her plans.\n\n' +
      'What comes next?\n\n' +
      'A second pier. I said last spring that we would build it.\n\n' +
      'Will the new boat be ready?\n\n' +
      'Nobody can tell yet, because the yard has three other hulls waiting and the engines come from abroad. ' +
      'I told the council that the boat would sail by June. My grandfather used to say that a boat is ready when the sea says so, and who would argue with the sea?\n\n' +
      'And the fares?\n\n' +
      'They stay as they are.';
    expect(speakersOf(story)).toEqual(['Ann Holt', 'Ann Holt']);
  });
});

describe('the one interviewed, read once for interviews with and without "Q:" labels', () => {
  const background =
    'Mayor Tom Reyes brought in a tax on every pint sold on the quay last spring.\n\n' +
    'The Harbour Inn stands by the ferry steps. Harbour Inn owner, Ann Holt, pours a pint at the bar.';

  it('is the one whose role the interview verb names, not the first person the introduction names', () => {
    const intro = `The Velmora Gazette interviews harbour inn owner on the pint tax\n\n${background}`;
    expect(speakersOf(interview(intro))).toEqual(['Ann Holt', 'Ann Holt']);
    expect(speakersOf(weAndYou(intro))).toEqual(['Ann Holt', 'Ann Holt', 'Ann Holt']);
  });

  it('is the one named after the description the interview verb takes', () => {
    const intro = 'Mayor Tom Reyes spoke at the quay.\n\nThe Velmora Gazette interviewed the owner of the Harbour Inn, Ann Holt.';
    expect(speakersOf(interview(intro))).toEqual(['Ann Holt', 'Ann Holt']);
  });

  it('answers "A: …" as it answers the unlabelled interview', () => {
    const story = `The Velmora Gazette interviews harbour inn owner on the pint tax\n\n${background}\n\nQ: Will the tax close the inn?\n\nA: I think we will survive the winter.`;
    expect(quotesSaid(story).find((q) => q.text.startsWith('I think'))?.speaker).toBe('Ann Holt');
  });
});

describe('an interview whose introduction does not say it is one', () => {
  const story = (firstAnswer: string) =>
    'The future of the Velmora pier\n\nAnn Holt at the harbour office.\n\n' +
    'Mrs Holt, as the longest-serving harbour master, do you still think the pier can be saved?\n\n' +
    `${firstAnswer}\n\n` +
    'Why do you stay in Velmora?\n\n' +
    'My family has fished here for ages. I told the council that I would never leave.';

  it('is one where questions put to "you" are answered as "I"', () => {
    const answered = story('The pier will stand. I said last winter that the storms would not take it.');
    expect(speakersOf(answered)).toEqual(['Ann Holt', 'Ann Holt', 'Ann Holt']);
  });

  it('is none where only one such question is answered as "I"', () => {
    expect(speakersOf(story('The pier will stand. Engineers said last winter that the storms would not take it.'))).toEqual(['you', 'Engineers', 'I']);
  });
});

describe('a first question with no question mark', () => {
  it('is the one a long answer ending in a question mark answers, so that answer is no question', () => {
    const story =
      'The Velmora Gazette interviewed Ann Holt, who runs the harbour ferry, about her plans.\n\n' +
      'I wanted to know what you make of the new pier plan.\n\n' +
      'Nobody asked us, to begin with, and the council had already signed the contract with a firm from the mainland. ' +
      'I told the council in March that the pier would silt up within five years, as the old one did in my grandfather’s time. ' +
      'The engineers said the currents had changed. Well, had they? And if the pier fails, who will pay for the dredging, and why should the islanders trust the council again?\n\n' +
      'Will the ferry keep running?\n\n' +
      'It will. I promised the pupils that the morning crossing would stay.\n\n' +
      'And the fares?\n\n' +
      'They stay as they are.';
    // (The asker's "I" stays unnamed.)
    expect(speakersOf(story)).toEqual(['I', 'Ann Holt', 'The engineers', 'Ann Holt']);
  });
});

describe('a first question put as a statement to "you"', () => {
  const story = (prompt: string) =>
    'Ann Holt: An interview with Velmora’s ferry woman\n\n' +
    `${prompt}\n\n` +
    'People still stop me on the quay. I tell them that the boat will run as long as I can steer it.\n\n' +
    'Why did you buy the ferry?\n\n' +
    'Nobody else would. I told the council that the island would empty without a boat.\n\n' +
    'What comes next?\n\n' +
    'A second boat. I said last spring that we would buy it by June.';
  // (the speakers of the body's quotes: the headline's "Ann Holt: …" aside)
  const bodySpeakers = (text: string) =>
    extract(text)
      .quotes.filter((q) => q.start > text.indexOf('\n'))
      .map((q) => q.speaker.name);

  it('is asked, so the answer after it, before the first question mark, is the one interviewed', () => {
    expect(bodySpeakers(story('You have run the harbour ferry for ten years.'))).toEqual(['Ann Holt', 'Ann Holt', 'Ann Holt']);
  });

  it('is none when it speaks as "I" itself', () => {
    expect(bodySpeakers(story('I have watched you run the harbour ferry for ten years.'))).toEqual(['I', 'Ann Holt', 'Ann Holt']);
  });
});

describe('"I" in a question of an interview', () => {
  const story = (intro: string) =>
    `${intro}\n\n` +
    'I wrote last week that the fares were too high. Will they fall?\n\n' +
    'Summer brings twice the walkers. I told the council that the old boat cannot carry them all.\n\n' +
    'Did the council help?\n\n' +
    'Not at first. I argued for months that the crossing should be free for pupils.';

  it('is the one the introduction says asks', () => {
    expect(speakersOf(story('Ferry owner Ann Holt sat down with Tom Reyes for an interview at the harbour.'))).toEqual(['Tom Reyes', 'Ann Holt', 'Ann Holt']);
    expect(speakersOf(story('Ferry owner Ann Holt was interviewed by reporter Tom Reyes about the harbour.'))).toEqual(['Tom Reyes', 'Ann Holt', 'Ann Holt']);
  });

  it('stays unnamed when the introduction names no one asking', () => {
    expect(speakersOf(story('The Velmora Gazette interviewed Ann Holt, who runs the harbour ferry.'))).toEqual(['I', 'Ann Holt', 'Ann Holt']);
  });
});
