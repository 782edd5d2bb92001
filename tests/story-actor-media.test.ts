// Round 7: the actors table of a story report holds people, parties, groups and bodies that are heard
// or sided; news outlets and platforms are sources on a line of their own, and bodies with no side that
// no article quotes or cites are listed apart. Expected values written by hand before running.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mediaKindOf } from '../src/actors/media.js';
import { mediaList, validateMedia } from '../src/lexicon/media.js';

describe('news outlets and platforms (lexicon/media.json)', () => {
  const list = mediaList();
  it('recognises listed names as written, with or without a leading "The", and publications by their last word', () => {
    expect(mediaKindOf('The Hill', 'person', list)).toBe('news outlet');
    expect(mediaKindOf('Fox News', 'organisation', list)).toBe('news outlet');
    expect(mediaKindOf('The New York Times', 'organisation', list)).toBe('news outlet');
    expect(mediaKindOf('Associated Press', 'organisation', list)).toBe('news agency');
    expect(mediaKindOf('Twitter', 'person', list)).toBe('platform');
    expect(mediaKindOf('Quad-City Times', 'organisation', list)).toBe('news outlet');
    expect(mediaKindOf('The Indianapolis Star', 'person', list)).toBe('news outlet');
    expect(mediaKindOf('KDVR-TV', 'organisation', list)).toBe('news outlet');
    // Round 8: outlets, agencies and platforms outside the US (the list was US-centred).
    expect(mediaKindOf('Der Spiegel', 'person', list)).toBe('news outlet');
    expect(mediaKindOf('Le Monde', 'organisation', list)).toBe('news outlet');
    expect(mediaKindOf('Xinhua', 'organisation', list)).toBe('news agency');
    expect(mediaKindOf('Telegram', 'organisation', list)).toBe('platform');
  });
  it('leaves people, surnames and bodies alone', () => {
    // "Hill" alone is a surname; a person named like a paper is a person; a bare call-sign shape is not a station.
    expect(mediaKindOf('Hill', 'person', list)).toBeNull();
    expect(mediaKindOf('Anita Hill', 'person', list)).toBeNull();
    expect(mediaKindOf('Emily Post', 'person', list)).toBeNull();
    expect(mediaKindOf('WADA', 'organisation', list)).toBeNull();
    expect(mediaKindOf('Congress', 'organisation', list)).toBeNull();
    // Outlet names that are also words of politics stay out of the list: an independent is not a newspaper.
    expect(mediaKindOf('Independent', 'organisation', list)).toBeNull();
    expect(mediaKindOf('Senate Judiciary Committee', 'organisation', list)).toBeNull();
  });
  it('checks the file: kinds, names, sources, heads', () => {
    const bundled = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'lexicon', 'media.json'), 'utf8'));
    expect(validateMedia(bundled).names.size).toBeGreaterThan(60);
    const file = (entries: unknown[], heads: unknown = { source: 's', words: ['Times'] }) => ({ sources: { s: 'hand' }, heads, entries });
    expect(() => validateMedia(file([{ id: 'a', kind: 'blog', names: ['A'], source: 's' }]))).toThrow(/entry 1 \("a"\): "kind" must be one of/);
    expect(() => validateMedia(file([{ id: 'a', kind: 'platform', names: [], source: 's' }]))).toThrow(/"names" must be a non-empty array/);
    expect(() => validateMedia(file([{ id: 'a', kind: 'platform', names: ['A'], source: 'nowhere' }]))).toThrow(/"source" must name one of/);
    expect(() => validateMedia(file([{ id: 'a', kind: 'platform', names: ['A'], source: 's' }, { id: 'b', kind: 'news outlet', names: ['A'], source: 's' }]))).toThrow(/entry 2 \("b"\): the name "A" is listed twice/);
    expect(() => validateMedia(file([], { words: ['Times'] }))).toThrow(/"heads" must be an object with a "source"/);
    expect(() => validateMedia(file([], { source: 's', words: ['times'] }))).toThrow(/"heads.words" must be an array of single capitalised words/);
  });
});

describe('the actors of a story report', () => {
  it('puts a cited outlet and an unheard body on their own lines, and keeps people and sided bodies in the table', async () => {
    const { analyzeDocuments } = await import('../src/pipeline.js');
    const { toDocument } = await import('../src/ingest/read-file.js');
    const { compareStory } = await import('../src/compare/index.js');
    const { actorRows, whoIsHeardSection } = await import('../src/report/framing-section.js');
    // Hand-written. By hand: Fox News (reported, cited) and The Hill (told) are media; Congress is named
    // with no quotation or attribution; Nancy Pelosi (data, Democratic) and Jane Roe (quoted, no side) stay.
    const texts = [
      'Budget talks stall\n\nCongress left town on Friday without a budget deal. Nancy Pelosi said the talks would resume next week, according to Fox News. "We are close," said Jane Roe, a budget analyst.',
      'No budget deal\n\nCongress failed to pass a budget on Friday. "The talks will resume," Nancy Pelosi told The Hill. Jane Roe, a budget analyst, said a deal was close.',
    ];
    const analyses = analyzeDocuments(texts.map((t, i) => toDocument(`00${i}.txt`, t, 'text')));
    const story = compareStory({ slug: 'budget', keywords: [] }, analyses);
    const rows = actorRows(story);
    expect(rows.media.map((x) => [x.actor, x.media])).toEqual([['Fox News', 'news outlet'], ['The Hill', 'news outlet']]);
    expect(rows.named.map((x) => x.actor)).toEqual(['Congress']);
    expect(rows.table.map((x) => x.actor).sort()).toEqual(['Jane Roe', 'Nancy Pelosi']);
    const section = whoIsHeardSection(story);
    expect(section).toContain('News outlets and platforms the articles name or cite (sources, never given a side): Fox News ([000] 1 mention');
    expect(section).toContain('Also named, with no known side and not quoted or cited (a tone toward them counts toward no side): Congress ([000] 1 mention');
    expect(section).not.toMatch(/^\| (Fox News|The Hill|Congress) \|/m);
    // The tone columns stand beside the relative lean: the section says they are not part of it.
    expect(section).toContain('The relative lean (> 0: to the right of the story\'s other articles) is made from the sourcing columns, learned phrases and flagged sentences; the tone columns are shown for checking and not counted.');
  });
});

describe('the framing contrast says only what is there (round 7)', () => {
  it('credits words to a news outlet as published there, and gives no zero counts for hedges or named sources', async () => {
    const { analyzeDocuments } = await import('../src/pipeline.js');
    const { toDocument } = await import('../src/ingest/read-file.js');
    const { compareStory } = await import('../src/compare/index.js');
    const { framingContrast } = await import('../src/report/contrast.js');
    // Hand-written. By hand: [000] quotes six words credited to Fox News and hedges once ("reportedly"),
    // naming no source without quotation marks; [001] cites anonymous sources, no hedge, and names Pelosi.
    const texts = [
      'Budget talks stall\n\nCongress left town on Friday without a budget deal. "The talks are over for now," Fox News reported, citing two aides. Officials reportedly expect a vote next month.',
      'No budget deal\n\nCongress failed to pass a budget on Friday, according to multiple sources. Nancy Pelosi said the talks would resume.',
    ];
    const story = compareStory({ slug: 'budget', keywords: [] }, analyzeDocuments(texts.map((t, i) => toDocument(`00${i}.txt`, t, 'text'))));
    const lines = framingContrast(story);
    expect(lines).toContain('Only [000] quotes words it credits to Fox News (a news outlet rather than a speaker; 6 words, e.g. “The talks are over for now”).');
    expect(lines).toContain('[000] hedges 1 time (“reportedly”); it names no source without quotation marks.');
    expect(lines).toContain('[001] cites anonymous sources: “according to multiple sources”; it also names 1 source without quotation marks.');
    expect(lines.join('\n')).not.toMatch(/hedges 0 times|names 0 sources/);
  });
  it('does not say an article quotes "(unknown speaker)" directly', async () => {
    const { analyzeDocuments } = await import('../src/pipeline.js');
    const { toDocument } = await import('../src/ingest/read-file.js');
    const { compareStory } = await import('../src/compare/index.js');
    const { framingContrast } = await import('../src/report/contrast.js');
    // Hand-written: [000] carries a five-word quotation with no speaker anywhere near it.
    const texts = [
      'Storm ahead\n\nThe storm reached the coast on Monday.\n\n"Nobody saw this one coming."\n\nRoads were closed.',
      'Storm hits coast\n\nThe storm reached the coast on Monday. Roads were closed.',
    ];
    const story = compareStory({ slug: 'storm', keywords: [] }, analyzeDocuments(texts.map((t, i) => toDocument(`00${i}.txt`, t, 'text'))));
    const lines = framingContrast(story);
    expect(lines).toContain('Only [000] quotes words with no speaker framelens could name (5 words, e.g. “Nobody saw this one coming.”).');
    expect(lines.join('\n')).not.toContain('(unknown speaker)');
  });
  it('says when an article credits a shared quotation to someone else, instead of a bare "0 words"', async () => {
    const { analyzeDocuments } = await import('../src/pipeline.js');
    const { toDocument } = await import('../src/ingest/read-file.js');
    const { compareStory } = await import('../src/compare/index.js');
    const { framingContrast } = await import('../src/report/contrast.js');
    // Hand-written: the same seven words, credited to Trump in [000] and to Pence in [001].
    const texts = [
      'Wall plan\n\n"We will finish the wall this year," Donald Trump said on Monday.',
      'Wall vow\n\n"We will finish the wall this year," Mike Pence said on Monday.',
    ];
    const story = compareStory({ slug: 'wall', keywords: [] }, analyzeDocuments(texts.map((t, i) => toDocument(`00${i}.txt`, t, 'text'))));
    expect(framingContrast(story)).toContain('[000] and [001] carry overlapping quotations from Donald Trump ([000] 7 words, [001] 0 words of direct speech from Donald Trump; [001] credits this quotation to Mike Pence): “We will finish the wall this year”.');
  });
});

describe('the sentences behind the tone calls (round 7)', () => {
  it('gives one line per sentence, as the side totals count them, with every call in it', async () => {
    const { analyzeDocuments } = await import('../src/pipeline.js');
    const { toDocument } = await import('../src/ingest/read-file.js');
    const { compareStory } = await import('../src/compare/index.js');
    const { whoIsHeardSection } = await import('../src/report/framing-section.js');
    // Hand-written. By hand: [000] has one own-voice sentence negative toward two Democrats (one line,
    // and the side totals say 1 negative sentence about the left); [001] has none. ("Pelosi and Schumer
    // failed" gave Schumer alone: the tone model does not share a cue across coordinated subjects.)
    const texts = [
      'Bill stalls\n\nNancy Pelosi failed to pass the border bill, and Chuck Schumer failed to rescue it on Tuesday.',
      'Bill stalls in Congress\n\nThe border bill did not pass on Tuesday. A vote is planned for next week.',
    ];
    const story = compareStory({ slug: 'bill', keywords: [] }, analyzeDocuments(texts.map((t, i) => toDocument(`00${i}.txt`, t, 'text'))));
    expect(story.framing[0].sides.negative.left).toBe(1);
    const section = whoIsHeardSection(story);
    expect(section).toContain('**[000]**: 1 own-voice sentence with a tone toward an actor whose side is known, one line each:\n\n- negative toward Nancy Pelosi (left) and Charles E. Schumer (left), on “failed”: “Nancy Pelosi failed to pass the border bill, and Chuck Schumer failed to rescue it on Tuesday.”');
    expect(section).not.toContain('**[001]**');
    // The actor cells count records, the side totals sentences: the section says which is which.
    expect(section).toContain('counts the tone records toward the actor\'s mentions (a sentence naming it twice counts twice); the side totals above count sentences.');
  });
});
