// The last lines of pasted plain text: a short closing sentence of the story is the story's; page
// furniture after it (a call to action, a link, a copyright line, a credit, a template line) is not.
// Told apart by what furniture carries, not by length. Made-up articles; expected roles by hand.
import { describe, expect, it } from 'vitest';
import { toDocument } from '../src/ingest/read-file.js';
import { parseDocument } from '../src/nlp/parse-document.js';
import { structureArticle } from '../src/structure/index.js';
import { normalizeBlockText } from '../src/structure/features.js';

const HEAD = 'Council approves harbour budget\n\nThe city council voted on Tuesday night to approve a harbour budget that repairs the north pier and adds two ferry crossings a day, after a debate that ran past midnight.\n\nOpponents said the ferry money would be better spent on the bus routes that serve the eastern districts, where most riders live.';

function tail(lines: string[], repeated: string[] = []) {
  const text = `${HEAD}\n\n${lines.join('\n\n')}\n`;
  const article = structureArticle(parseDocument(toDocument('a.txt', text, 'text')), { repeatedAcrossCorpus: new Set(repeated.map(normalizeBlockText)) });
  return lines.map((line) => {
    const block = article.blocks.find((b) => b.text.trim() === line);
    if (!block) throw new Error(`no block ${line}`);
    return { role: block.role, reason: block.reason };
  });
}

describe('a short closing sentence of the story stays in the body', () => {
  it.each([
    'The vote was 7 to 2.',
    'Monumental journalistic malpractice is the only answer.',
    '"We will appeal," the ferry company said.',
    'Until then, commuters should expect delays.',
    'The council meets again in May.',
  ])('%s', (line) => {
    expect(tail([line])).toEqual([{ role: 'body', reason: undefined }]);
  });
  it('two short closing sentences in a row are both the story', () => {
    expect(tail(['The council meets again in May.', 'The vote was 7 to 2.']).map((b) => b.role)).toEqual(['body', 'body']);
  });
});

describe('furniture after the story is still set aside', () => {
  it.each([
    // a call to action in the imperative
    ['Read the rest of the story here.', 'promo'],
    ['Follow Jane Roe on Twitter @janeroe.', 'promo'],
    ['Watch the full interview above.', 'promo'],
    ['Tell us what you think.', 'promo'],
    // wording the cue list already knows
    ['Click here to subscribe.', 'subscribe'],
    ['Share this article', 'social'],
    ['Sign up for our newsletter.', 'newsletter'],
    ['Copyright 2016 The Harbour Gazette. All rights reserved.', 'copyright'],
    // a link
    ['Full results are posted at https://example.com/vote.', 'promo'],
    // a related story's headline, in headline style
    ['Mayor Signs Budget Into Law, Council Cheers.', 'promo'],
    // a credit or a note about the copy
    ['Translated by Jane Roe.', 'promo'],
    ['Jane Roe contributed.', 'end-note'],
    ['Contributing: Jane Roe in Portland.', 'end-note'],
    ['Jane Roe reported from Portland.', 'end-note'],
    ['This article is tagged under: City Hall.', 'promo'],
    ['Explore our interactive map.', 'promo'],
    ['— Updated at 4 p.m.', 'promo'],
  ])('%s', (line, reason) => {
    expect(tail([line])).toEqual([{ role: 'boilerplate', reason }]);
  });
  it('a short line the corpus repeats across its articles is template, even when it reads as a sentence', () => {
    expect(tail(['Our reporters cover every council vote.'], ['Our reporters cover every council vote.'])).toEqual([{ role: 'boilerplate', reason: 'repeated' }]);
  });
  it('once furniture starts, a sentence after it is furniture too; a sentence before it is the story', () => {
    expect(tail(['The vote was 7 to 2.', 'Read the rest of the story here.', 'Our reporters are on the scene.']).map((b) => b.role)).toEqual(['body', 'boilerplate', 'boilerplate']);
  });
});
