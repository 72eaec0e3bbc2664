import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { layout } from '../../../src/extract/layout.js';

const roleOf = (text: string, line: string) => layout(text).blocks.find((b) => b.text === line)?.role;
const page = (...lines: string[]) =>
  ['Council approves new bus lanes', '', 'The council approved the plan on Monday.', ...lines, 'Work starts in June.'].join('\n');
const quotes = (text: string) => extract(text).quotes.map((q) => [q.speaker.name, text.slice(q.start, q.end)]);
const names = (text: string) => extract(text).entities.map((e) => e.name);

describe('page furniture: labels, prompts and time stamps carry neither speech nor names', () => {
  it.each([
    'Advertisement',
    'SKIP ADVERTISEMENT',
    'Share this article',
    'RELATED ARTICLES',
    'Show key events only',
    '4 Min Read',
    'Published: 09:14 BST, 3 May 2024 | Updated: 16:42 BST, 3 May 2024',
    'Updated 2 hours ago',
    'Sat 11 May 2024 07.00 BST',
    'Posted: May 20, 2024 / 06:12 PM CDT',
    'Political Correspondent',
    'Sign up to First Edition, our free daily newsletter – every weekday morning at 7am',
    'Follow Pam Key on Twitter @pamkeyNEN.',
    '"Follow Pam Key on Twitter @pamkeyNEN."',
    'Like us on Facebook and follow us on Twitter @BrockleyGazette',
    'Do you have a story? Email tips@example.com',
    'Copyright 2024 Brockley Gazette. All rights reserved.',
    'A version of this article appears in print on May 3, 2024, Section A, Page 18 with the headline: Mayor Proposes Fee.',
  ])('%s', (line) => {
    expect(roleOf(page(line), line)).toBe('FURNITURE');
  });

  it("leaves lines of the story alone, and a live blog's entry time that parts its entries", () => {
    for (const line of [
      '14:32 GMT',
      '2:45 p.m.',
      'Follow-up talks are planned, the union said.',
      'Research by the university found that fares rose.',
      'Pictures, videos and texts were shared widely.',
      'He played with AC/DC in 1990.',
      'Follow the money, he said.',
    ])
      expect(roleOf(page(line), line)).toBe('BODY');
  });

  it('names nothing in a label, a time stamp or a copyright line', () => {
    const text = page('EXCLUSIVE', 'Updated: May 14, 2024 11:32 IST', 'Copyright 2024 The Associated Press. All Rights Reserved.');
    expect(names(text)).not.toContain('Exclusive');
    expect(names(text).join(' ')).not.toMatch(/Ist|All Rights Reserved/u);
  });

  it('names nothing in the links among the closing lines', () => {
    const text =
      'Fintech raises $120m\n\nLedgerly raised $120m, its chief executive said.\n\nRelated Topics\nFintech\n\nCopyright 2024 BBC. All rights reserved.';
    expect(names(text)).not.toContain('Related Topics');
  });

  it('takes the headline under a label or a time stamp as the title', () => {
    const text = 'EXCLUSIVE\nStar hits out at neighbours\n\nThe actress said she was upset.';
    expect(roleOf(text, 'Star hits out at neighbours')).toBe('TITLE');
  });

  it('a quotation left open does not run on into a prompt pasted in quote marks', () => {
    const text = 'Pence on Trump\n\n"PENCE: And that is why he will win.\n\n"Follow Pam Key on Twitter @pamkeyNEN."';
    expect(
      quotes(text)
        .map(([, t]) => t)
        .join(' '),
    ).not.toMatch(/Follow/u);
  });
});

describe('page furniture: links to other stories', () => {
  it('reads the headlines under a bare link label as links, up to a paragraph of the story', () => {
    const text = page('READ MORE:', "Stokes: 'We have to be braver'", 'England name unchanged squad');
    expect(roleOf(text, "Stokes: 'We have to be braver'")).toBe('FURNITURE');
    expect(roleOf(text, 'Work starts in June.')).toBe('BODY');
    expect(quotes(text)).toEqual([]);
  });

  it('a link line opening with its label is no speech either', () => {
    expect(roleOf(page('ALSO READ | Delhi Metro to run extra trains'), 'ALSO READ | Delhi Metro to run extra trains')).toBe('FURNITURE');
  });
});

describe('page furniture: credits, captions and notes keep their names but carry no speech', () => {
  it.each([
    '(Reporting by Harriet Cole in London; Editing by Mark Potter)',
    'Associated Press writer Mike Tran in Sacramento contributed to this report.',
    '(With inputs from PTI)',
    'afp/jm/rl',
    'Kelly Marsh is in a bitter dispute with her neighbours. Picture: Getty Images',
    'A worker walks past trucks at the mine, March 4, 2024. REUTERS/Ivan Alvarado',
    'Kelly Marsh (pictured at an awards ceremony last year) said she would appeal the decision',
    'Image source, Essex Police',
    'Pictures: PA, Getty Images',
  ])('%s', (line) => {
    expect(roleOf(page(line), line)).toBe('CREDIT');
  });

  it('reads the line under a lone picture agency or an "Image caption" label as the caption', () => {
    expect(roleOf(page('Getty Images', 'Rohan Patel celebrates his century'), 'Rohan Patel celebrates his century')).toBe('CREDIT');
    expect(roleOf(page('Image caption,', 'Graham Pike was jailed on Friday'), 'Graham Pike was jailed on Friday')).toBe('CREDIT');
  });

  it('a caption reports nobody speaking', () => {
    expect(quotes(page('Kelly Marsh (pictured at an awards ceremony last year) said she would appeal the decision'))).toEqual([]);
  });

  it.each([
    'Correction: An earlier version of this article said the figure was 780,000.',
    "Editor's note: This article has been updated with comment from the Department of Health.",
    'This story has been updated to correct the number of evacuated residents.',
  ])('a note on the piece: %s', (line) => {
    const text = page(line);
    expect(roleOf(text, line)).toBe('NOTE');
    expect(quotes(text)).toEqual([]);
  });

  it('a note may report what someone in the story said, though the piece itself is no speaker', () => {
    const text = page('Clarification: This article has been changed to reflect that Ann Holt is calling for a review of the scheme.');
    expect(quotes(text)).toEqual([['Ann Holt', 'a review of the scheme']]);
  });

  it('a note keeps its names', () => {
    expect(names(page("Editor's note: This article has been updated with comment from the Department of Health."))).toContain('Department of Health');
  });
});

describe('page furniture: the byline and the writer', () => {
  it('reads a byline as a credit, whose name no description of the story stands for', () => {
    const text =
      'Our towns need help\n\nBy Gareth Evans\n\nEvery week another shop closes.\n\nThe chancellor told MPs last month that the government would help.';
    expect(roleOf(text, 'By Gareth Evans')).toBe('CREDIT');
    expect(quotes(text)).toEqual([['The chancellor', 'that the government would help']]);
  });

  it.each(['by: Kayla Brooks', 'By Priya Shah, Business Reporter', 'By Harriet Cole and Tomas Vidal'])('%s', (line) => {
    expect(roleOf(page(line), line)).toBe('CREDIT');
  });

  it('leaves a sentence opening with "By" in the story', () => {
    expect(roleOf(page('By Monday, the council had approved the plan.'), 'By Monday, the council had approved the plan.')).toBe('BODY');
  });

  it("reads the writer's note at the end as a note", () => {
    for (const line of [
      'Sian Morgan is the health editor of WalesOnline. She has covered the NHS for 12 years.',
      'Daniel Okafor covers City Hall for The Times.',
      'Gareth Evans is a former councillor and the author of Main Street Blues.',
    ])
      expect(roleOf(page(line), line)).toBe('NOTE');
    expect(roleOf(page('Tom Reed is a baker who opened his shop in 1990.'), 'Tom Reed is a baker who opened his shop in 1990.')).toBe('BODY');
  });
});

describe('page furniture: handles, hashtags and picture agencies', () => {
  it('reads no name in a handle or a hashtag', () => {
    const text = page('The hashtag #StopTheWar trended as Maria Delgado (@SenDelgado) spoke. Her aide shared it with @BBCNews.');
    expect(names(text)).toEqual(['Maria Delgado']);
  });

  it('reads a picture agency alone on a line, and the names of a credit, as they are', () => {
    const text = page('Getty Images', '(Reporting by Tom Ellis; Editing by Mark Potter and Jan Harvey)');
    const types = extract(text).entities.map((e) => `${e.type}:${e.name}`);
    expect(types).toEqual(['ORGANIZATION:Getty Images', 'PERSON:Tom Ellis', 'PERSON:Mark Potter', 'PERSON:Jan Harvey']);
  });
});
