// Bodies in wire copy and today's reports, on sentences written for the test: papers, firms, sides and
// public bodies whose words alone do not say what they are.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';

const mentionsOf = (text: string) =>
  recognizeEntities(layout(text)).flatMap((e) => e.mentions.filter((m) => m.kind === 'NAME').map((m) => `${e.type}:${m.text}`));

describe('a paper named by its title alone', () => {
  it('"The Guardian reported", "the Times said" name the paper', () => {
    const story =
      'Regulator under pressure\n\nThe Guardian reported last month that the regulator had raised concerns. Officials said the Times reported the figures first. ' +
      'The Government said it would respond.';
    const found = mentionsOf(story);
    expect(found).toContain('ORGANIZATION:Guardian');
    expect(found).toContain('ORGANIZATION:Times');
  });
});
