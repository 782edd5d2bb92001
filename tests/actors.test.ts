// Actors and their sides (src/actors/). Short hand-written articles; every expected value below was
// written by hand from the text and lexicon/actors.json before the code ran on it. Names not in the
// data are invented (Jane Roe, Sam Quill …) so that only the text can give them a side.
import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toDocument } from '../src/ingest/read-file.js';
import { analyzeDocument, termMatcher } from '../src/pipeline.js';
import type { ArticleAnalysis } from '../src/analyze/index.js';
import { actorRegistry, buildRegistry, readActorsFile, validateActors } from '../src/actors/data.js';
import type { ActorsFile, PartyTerm } from '../src/actors/data.js';
import { partyAt } from '../src/actors/sides.js';
import { sourcesBySide } from '../src/actors/sources.js';
import { mergeStoryActors } from '../src/actors/story.js';
import { withStorySides } from '../src/actors/story-sides.js';
import { applyManifest } from '../src/corpus/overlay.js';
import { isAnalysis } from '../src/corpus/cache-shapes.js';
import { articleRecord } from '../src/report/json.js';
import { cli } from './helpers/cli.js';
import { actorEntryError } from './helpers/actors-schema.js';

const analyse = (text: string, registry = actorRegistry()): ArticleAnalysis => analyzeDocument(toDocument('t.txt', text, 'text'), { terms: termMatcher(), actors: registry });
/** [text, actor, side, sideSource] of every mention, in text order. */
const table = (a: ArticleAnalysis) => a.actors.map((m) => [m.text, m.actor, m.side, m.sideSource]);
const mention = (a: ArticleAnalysis, text: string) => a.actors.find((m) => m.text === text);

describe('designators next to a name', () => {
  const a = analyse('The Senate vote on the border bill is delayed again\n\nSen. Jane Roe (R-Ohio) said the vote would wait. Rep. Sam Quill, D-Calif., said it should not. Republican Sen. Tom Farrow agreed with Roe. Democratic strategist Ann Vale said the delay was a mistake.\n');
  it('reads the party from a tag after the name and a party word before it', () => {
    expect(mention(a, 'Jane Roe')).toMatchObject({ side: 'right', party: 'Republican', sideSource: 'designator', actorId: null, actorType: 'person' });
    expect(mention(a, 'Sam Quill')).toMatchObject({ side: 'left', party: 'Democratic', sideSource: 'designator' });
    expect(mention(a, 'Tom Farrow')).toMatchObject({ side: 'right', party: 'Republican', sideSource: 'designator' });
    expect(mention(a, 'Ann Vale')).toMatchObject({ side: 'left', party: 'Democratic', sideSource: 'designator' });
  });
  it('carries the designator to a later surname (article-local coreference)', () => {
    expect(mention(a, 'Roe')).toMatchObject({ actor: 'Jane Roe', side: 'right' });
  });
  it('does not read the party tag itself as a name, nor the designator as a group', () => {
    expect(a.actors.some((m) => /^[RD]-/.test(m.text) || m.text === 'Democratic strategist')).toBe(false);
  });
});

describe('"Republican of Nebraska": a designator of the name before it, and a place', () => {
  const a = analyse('The senators split over the troop pullout\n\nSenator Ben Sasse, Republican of Nebraska, called it a sad day. Senator Jane Roe, Republican of Ohio, agreed. Rep. Sam Quill, a Democrat from Maine, said nothing. Voters in Nebraska were unhappy.\n');
  it('the name takes the party; the state is no actor', () => {
    expect(mention(a, 'Ben Sasse')).toMatchObject({ side: 'right', sideSource: 'data' });
    expect(mention(a, 'Jane Roe')).toMatchObject({ side: 'right', party: 'Republican', sideSource: 'designator' });
    expect(mention(a, 'Sam Quill')).toMatchObject({ side: 'left', party: 'Democratic', sideSource: 'designator' });
    expect(a.actors.filter((m) => /Nebraska|Ohio|Maine/.test(m.text))).toEqual([]);
  });
});

describe('an article without a date: the sitting president the text names gives its era', () => {
  it('"President Obama" reads the White House at the middle of his term', () => {
    const a = analyse('Budget talks resume\n\nThe White House said the talks would resume. President Obama met Speaker John Boehner on Monday.\n');
    expect(mention(a, 'White House')).toMatchObject({ side: 'left', party: 'Democratic' });
    expect(a.sidesDate).toEqual({ day: '2013-01-20', from: 'president', president: 'Barack Obama', mentions: 1 });
  });
  it('the latest president called "President" wins: a past one may be called so loosely, a future one never', () => {
    const a = analyse('Troops stay abroad\n\nPresident Obama promised to bring the troops home. President Trump said on Monday they would stay. The White House gave no date.\n');
    expect(a.sidesDate.president).toBe('Donald Trump');
    expect(mention(a, 'White House')).toMatchObject({ side: 'right' });
  });
  it('"former President", "Vice President": no era, and no side for the White House', () => {
    const a = analyse('An old feud returns\n\nFormer President Obama and Vice President Biden spoke on Monday. The White House said nothing.\n');
    expect(a.sidesDate).toEqual({ day: null, from: 'latest' });
    expect(mention(a, 'White House')).toMatchObject({ side: null });
  });
  it('a date, when there is one, always wins', () => {
    const a = applyManifest(analyse('Budget talks resume\n\nThe White House said the talks would resume. President Obama met the speaker.\n'), { file: 't.txt', published: '2019-06-01' } as never);
    expect(a.sidesDate).toEqual({ day: '2019-06-01', from: 'published' });
    expect(mention(a, 'White House')).toMatchObject({ side: 'right' });
  });
});

describe('people tied to a principal take its side', () => {
  const a = analyse('Border talks collapse as both sides dig in\n\nHouse Speaker Nancy Pelosi said talks had collapsed. Lee Parton, a spokesman for Pelosi, said no meeting was planned. Trump\'s campaign manager said the wall would be built. An aide to Sen. Ted Cruz said the senator would vote no.\n');
  it('a named spokesman', () => {
    expect(mention(a, 'Lee Parton')).toMatchObject({ side: 'left', party: 'Democratic', sideSource: 'principal' });
  });
  it('unnamed staff: a possessive principal and "an aide to"', () => {
    expect(mention(a, "Trump's campaign manager")).toMatchObject({ actor: 'campaign manager for Donald Trump', side: 'right', sideSource: 'principal' });
    expect(mention(a, 'aide to Sen. Ted Cruz')).toMatchObject({ actor: 'aide to Ted Cruz', side: 'right', sideSource: 'principal' });
  });
});

describe('names from the data, coreference, groups', () => {
  const a = analyse('Pelosi rebukes the GOP as the border talks stall\n\nNancy Pelosi said Republicans had walked away. "We are ready," Pelosi said. Republican lawmakers said the White House had not called. Sen. Ted Cruz said the Freedom Caucus would decide.\n');
  it('resolves full names and surnames to the data entry, and party bodies', () => {
    expect(table(a)).toEqual([
      ['Pelosi', 'Nancy Pelosi', 'left', 'data'],
      ['GOP', 'Republican Party', 'right', 'group'],
      ['Nancy Pelosi', 'Nancy Pelosi', 'left', 'data'],
      ['Republicans', 'Republican Party', 'right', 'group'],
      ['Pelosi', 'Nancy Pelosi', 'left', 'data'],
      ['Republican lawmakers', 'Republican Party', 'right', 'group'],
      // No date, and the text names no sitting president: the White House's party changed over its
      // terms, so it has no side (a guess would be worse than none).
      ['White House', 'the White House', null, 'data'],
      ['Ted Cruz', 'Ted Cruz', 'right', 'data'],
      ['Freedom Caucus', 'House Freedom Caucus', 'right', 'group'],
    ]);
    expect(mention(a, 'Nancy Pelosi')!.actorId).toBe('bioguide:P000197');
  });
  it('every record carries its offsets into the article text', () => {
    for (const m of a.actors) expect(a.article.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('a person missing from the data gets no side, never a guessed one', () => {
  const a = analyse('Christie enters the race for the nomination\n\nChris Christie, the former New Jersey governor, said he would run. "I am ready," Christie said. Jane Hopkins, a teacher in Trenton, said she would wait.\n');
  it('Christie and a teacher are actors without side, party or source', () => {
    expect(mention(a, 'Chris Christie')).toMatchObject({ side: null, party: null, sideSource: null, actorId: null, actorType: 'person' });
    expect(mention(a, 'Jane Hopkins')).toMatchObject({ side: null, party: null, sideSource: null });
    expect(a.actors.filter((m) => m.side !== null)).toEqual([]);
  });
  it('their quoted words count for no side', () => {
    expect(a.sources.sides).toEqual({ left: { quotes: 0, quotedWords: 0, attributions: 0 }, right: { quotes: 0, quotedWords: 0, attributions: 0 }, none: { quotes: 1, quotedWords: 3, attributions: 2 } });
  });
});

describe('traps', () => {
  const a = analyse('Candidates gather for the first debate of the season\n\nWhite House hopefuls met in Washington on Monday. Green energy was the topic. Virginia voters were not impressed, said Tom Bell, a farmer.\n');
  it('no administration in "White House hopefuls", no person in a state name or a sentence-initial common word', () => {
    expect(a.actors.map((m) => m.text)).toEqual(['Tom Bell']);
    expect(mention(a, 'Tom Bell')!.side).toBeNull();
  });
});

describe('party at the article date', () => {
  const text = 'The budget fight moves to the House floor\n\nThe White House said the budget was final. Rep. Kevin Kiley said he would vote against it.\n';
  const a = analyse(text);
  it('the White House under two presidents, through the manifest date applied after analysis', () => {
    const in2015 = applyManifest(a, { file: 't.txt', published: '2015-06-01' } as never);
    const in2019 = applyManifest(a, { file: 't.txt', published: '2019-06-01' } as never);
    expect(mention(in2015, 'White House')).toMatchObject({ party: 'Democratic', side: 'left' });
    expect(mention(in2019, 'White House')).toMatchObject({ party: 'Republican', side: 'right' });
  });
  it('a member who left his party: Republican in 2024, Independent (no side) in 2026', () => {
    const in2024 = applyManifest(a, { file: 't.txt', published: '2024-06-01' } as never);
    const in2026 = applyManifest(a, { file: 't.txt', published: '2026-02-01' } as never);
    expect(mention(in2024, 'Kevin Kiley')).toMatchObject({ party: 'Republican', side: 'right', sideSource: 'data' });
    expect(mention(in2026, 'Kevin Kiley')).toMatchObject({ party: 'Independent', side: null, sideSource: 'data' });
  });
  it('partyAt: the term in force, else the last one before, else the first; without a date only a party the terms agree on', () => {
    const terms: [string, string | null, string | null][] = [['Democratic', '2001-01-03', '2005-01-03'], ['Republican', '2005-01-03', '2009-01-03']];
    expect(partyAt(terms, '2003-05-05')).toBe('Democratic');
    expect(partyAt(terms, '2005-01-03')).toBe('Republican');
    expect(partyAt(terms, '2012-01-01')).toBe('Republican');
    expect(partyAt(terms, '1999-01-01')).toBe('Democratic');
    expect(partyAt(terms, null)).toBeNull();
    expect(partyAt([['Democratic', '2001-01-03', '2005-01-03'], ['Democratic', '2007-01-03', '2009-01-03']], null)).toBe('Democratic');
  });
  it('a namesake born too late or too early for the date gets no side', () => {
    // Ted Cruz was born in 1970: an article of 1930 cannot mean him.
    const old = applyManifest(analyse('A report from the county fair this week\n\nTed Cruz said the harvest was good.\n'), { file: 't.txt', published: '1930-05-01' } as never);
    expect(mention(old, 'Ted Cruz')).toMatchObject({ side: null, party: null });
  });
  it('a president is recalled within living memory: Nixon (born 1913) keeps his party in 2019; a president born 1880 has none', () => {
    const recalled = applyManifest(analyse('Lessons of an old scandal\n\nRichard Nixon resigned in 1974. Historians still argue about what it taught the country.\n'), { file: 't.txt', published: '2019-06-01' } as never);
    expect(mention(recalled, 'Richard Nixon')).toMatchObject({ side: 'right', party: 'Republican' });
    // An invented president of the 1930s (the bundled data starts later): 139 years before 2019.
    const old = { id: 'user:old-president', name: 'Amos Fairweather', type: 'person' as const, names: ['Amos Fairweather'], born: 1880, terms: [['Republican', '1929-03-04', '1933-03-04', 'prez']] as PartyTerm[], source: 'invented for this test' };
    const registry = buildRegistry([{ actors: [old] }], ['user']);
    const history = applyManifest(analyse('An old president remembered\n\nAmos Fairweather signed the act in 1930. Historians still argue about what it taught the country.\n', registry), { file: 't.txt', published: '2019-06-01' } as never);
    expect(mention(history, 'Amos Fairweather')).toMatchObject({ actorId: 'user:old-president', side: null });
    const atTheTime = applyManifest(analyse('The president signs\n\nAmos Fairweather signed the act on Monday. Farmers in the valley welcomed it.\n', registry), { file: 't.txt', published: '1930-06-01' } as never);
    expect(mention(atTheTime, 'Amos Fairweather')).toMatchObject({ side: 'right' });
  });
  it('written forms whose first word is not plain ASCII, has dots or is very long are found too', () => {
    // The token pass skips words no form can start with by the form's length and end letters; these
    // first words ("ñandú", "zoë", "u.n.c.l.e.", 34 letters) are outside that table and must still be looked up.
    const group = (id: string, names: string[]) => ({ id: `user:${id}`, name: names[0], type: 'group' as const, names, terms: [['Democratic', null, null]] as PartyTerm[], source: 'invented for this test' });
    const registry = buildRegistry([{ actors: [group('nandu', ['ñandú league']), group('zoe', ['zoë caucus']), group('uncle', ['u.n.c.l.e. network']), group('long', ['supercalifragilisticexpialidocious council'])] }], ['user']);
    const a = analyse('Groups meet\n\nMembers of the ñandú league met the zoë caucus, the u.n.c.l.e. network and the supercalifragilisticexpialidocious council on Monday.\n', registry);
    expect(mention(a, 'ñandú league')).toMatchObject({ actorId: 'user:nandu' });
    expect(mention(a, 'zoë caucus')).toMatchObject({ actorId: 'user:zoe' });
    expect(mention(a, 'u.n.c.l.e. network')).toMatchObject({ actorId: 'user:uncle' });
    expect(mention(a, 'supercalifragilisticexpialidocious council')).toMatchObject({ actorId: 'user:long' });
  });
});

describe('sources by side', () => {
  const a = analyse('A shutdown looms as talks go nowhere\n\n"We will not fund it," Nancy Pelosi said. "This is a crisis at the border," said Sen. Ted Cruz. Cruz said the vote would come soon.\n');
  it('counts quoted words and attributions per actor and per side', () => {
    const s = sourcesBySide(a);
    expect(s.actors).toEqual([
      // “This is a crisis at the border”: 7 words (first written as 6 by a miscount by hand).
      { actor: 'Ted Cruz', side: 'right', party: 'Republican', quotes: 1, quotedWords: 7, attributions: 1 },
      { actor: 'Nancy Pelosi', side: 'left', party: 'Democratic', quotes: 1, quotedWords: 5, attributions: 0 },
    ]);
    expect(s.sides.left).toEqual({ quotes: 1, quotedWords: 5, attributions: 0 });
    expect(s.sides.right).toEqual({ quotes: 1, quotedWords: 7, attributions: 1 });
    expect(a.sources).toEqual(s);
  });
});

describe('where a story actor\'s side comes from', () => {
  // By hand: Jane Roe's party is written beside her name in one article; in the other she has none of her own.
  const one = analyse('Vote delayed\n\nSen. Jane Roe (R-Ohio) said the vote would wait.\n');
  const two = analyse('Vote waits\n\nJane Roe said on Monday that the vote would wait.\n');
  it('lists the designator, and the story copy of the other article', () => {
    const [a, b] = withStorySides([one, two]);
    expect(mergeStoryActors([a, b]).find((x) => x.actor === 'Jane Roe')).toMatchObject({ side: 'right', sideSources: ['designator', 'story'] });
    expect(mergeStoryActors([one, two]).find((x) => x.actor === 'Jane Roe')).toMatchObject({ side: 'right', sideSources: ['designator'] });
  });
});

describe('story-level merge', () => {
  const one = analyse('The House vote is set for Friday\n\nNancy Pelosi said the vote was set. "It is time," Pelosi said.\n');
  const two = analyse('The House vote is coming this week\n\nPelosi said on Monday that she had the votes. On Tuesday, Pelosi said the vote would pass.\n');
  it('joins a surname in one article to the full name in another, with per-article counts', () => {
    const merged = mergeStoryActors([one, two]);
    const pelosi = merged.find((x) => x.actor === 'Nancy Pelosi')!;
    // By hand: both articles' Pelosi mentions take her side from the data.
    expect(pelosi).toMatchObject({ actorId: 'bioguide:P000197', side: 'left', party: 'Democratic', sideSources: ['data'] });
    expect(pelosi.perArticle).toEqual([
      { article: 0, mentions: 2, quotedWords: 3, quotes: 1, attributions: 1, ownNegative: 0, ownPositive: 0 },
      { article: 1, mentions: 2, quotedWords: 0, quotes: 0, attributions: 2, ownNegative: 0, ownPositive: 0 },
    ]);
  });
});

describe('user actors file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-actors-'));
  const user: ActorsFile = {
    actors: [
      { id: 'gov:christie', name: 'Chris Christie', type: 'person', names: ['Chris Christie'], terms: [['Republican', '2010-01-19', null]], source: 'user: New Jersey governors' },
      // Replaces the bundled entry with the same id.
      { id: 'bioguide:P000197', name: 'Nancy Pelosi', type: 'person', names: ['Nancy Pelosi'], terms: [['Independent', null, null]], source: 'user: a test override' },
    ],
  };
  const file = join(dir, 'actors.json');
  writeFileSync(file, JSON.stringify(user));
  const registry = actorRegistry([file]);
  const a = analyse('Two leaders meet to discuss the budget\n\nChris Christie met Nancy Pelosi on Monday.\n', registry);
  it('adds actors and replaces a bundled entry with the same id', () => {
    expect(mention(a, 'Chris Christie')).toMatchObject({ side: 'right', party: 'Republican', sideSource: 'user', actorId: 'gov:christie' });
    expect(mention(a, 'Nancy Pelosi')).toMatchObject({ side: null, party: 'Independent', sideSource: 'user' });
  });
  it('buildRegistry: later files win', () => {
    const r = buildRegistry([{ actors: [{ ...user.actors[0], terms: [['Democratic', null, null]] }] }, user], ['bundled', 'user']);
    expect(r.byId.get('gov:christie')!.terms[0][0]).toBe('Republican');
  });
});

describe('actors file schema', () => {
  const base = { id: 'x', name: 'X Y', type: 'person', names: ['X Y'], terms: [['Republican', '2010-01-01', null]], source: 's' };
  const error = actorEntryError;
  it('accepts a good entry and names the entry and field of a bad one, in one line', () => {
    expect(error(base)).toBeNull();
    expect(error({ ...base, source: undefined })).toBe('a.json: actor 1 ("x"): "source" must say where the entry comes from');
    expect(error({ ...base, type: 'senator' })).toBe('a.json: actor 1 ("x"): "type" must be one of person, organisation, party, group');
    expect(error({ ...base, terms: [['Republican', '2010-13-01', null]] })).toBe('a.json: actor 1 ("x"): "terms" 1 must be [party, start, end] with start and end "YYYY-MM-DD" or null');
    expect(error({ ...base, names: [] })).toBe('a.json: actor 1 ("x"): "names" must be a non-empty array of non-empty strings');
    expect(() => validateActors({ actors: [base, base] }, 'a.json')).toThrow('a.json: actor 2 ("x"): duplicate id');
    expect(() => validateActors([], 'a.json')).toThrow('an actors file must be a JSON object');
  });
  it('the bundled file passes its own check and keeps a source on every entry', () => {
    const bundled = readActorsFile(join(import.meta.dirname, '..', 'lexicon', 'actors.json'));
    expect(bundled.actors.length).toBeGreaterThan(2000);
    expect(bundled.actors.every((e) => e.source.length > 0)).toBe(true);
  });
  it('the CLI refuses a bad actors file with one line and exit 2 before any work', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-actors-cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ actors: [{ ...base, source: '' }] }));
    const article = join(dir, 'a.txt');
    writeFileSync(article, 'Title\n\nNancy Pelosi spoke.\n');
    const r = cli(['extract', article, '--json', '--actors', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([`framelens: ${bad}: actor 1 ("x"): "source" must say where the entry comes from`]);
  });
  it('extract --json carries the actors, and the cache shape accepts the analysis', () => {
    const a = analyse('Lawmakers speak to reporters after the vote\n\nNancy Pelosi spoke to reporters on Tuesday about the budget and the border bill.\n');
    expect(isAnalysis(JSON.parse(JSON.stringify(a)))).toBe(true);
    expect(articleRecord(a).actors).toEqual([{ actor: 'Nancy Pelosi', actorId: 'bioguide:P000197', actorType: 'person', text: 'Nancy Pelosi', side: 'left', party: 'Democratic', sideSource: 'data', where: 'body', start: 45, end: 57 }]);
  });
});

describe('initials and numerals are not party names', () => {
  // Found on a software page: "Igalia S.L." came out as the Republican Party, because every run of
  // initials reduced to the same empty name key as "G.O.P.".
  it('gives a company with initials, a city abbreviation and a sequel numeral no side', () => {
    const a = analyse('Browser news for the week\n\nIgalia S.L. released a new build of its browser engine. The office in S.F. opened on Monday. The film Groundhog Day II was released later.\n');
    expect(a.actors.filter((m) => m.side !== null)).toEqual([]);
  });
  it('still reads G.O.P. as the Republican Party', () => {
    const a = analyse('Budget talks resume\n\nG.O.P. leaders met on Tuesday to talk about the budget.\n');
    expect(a.actors.find((m) => m.text === 'G.O.P.')).toMatchObject({ side: 'right', actor: 'Republican Party' });
  });
});

describe('one person, one side across a story', () => {
  // Expected by hand: the first article ties Sam Quill to a principal ("a spokesman for Nancy Pelosi"), the
  // second names him plainly and quotes him (4 words); Ann Vale is a Democrat in one article and a
  // Republican in another, so a third article that names her plainly learns nothing.
  const tied = analyse('Talks on the budget resume\n\nSam Quill, a spokesman for Nancy Pelosi, said the talks would resume. Democratic strategist Ann Vale agreed.\n');
  const plain = analyse('Budget talks to resume on Monday\n\n"We are back tomorrow," Sam Quill said on Sunday. Ann Vale said nothing.\n');
  const other = analyse('The budget returns\n\nRepublican consultant Ann Vale said the talks were a waste. Sam Quill did not reply.\n');
  const [a, b, c] = withStorySides([tied, plain, other]);
  it('a plain mention takes the side another article of the story gives the same person', () => {
    expect(mention(a, 'Sam Quill')).toMatchObject({ side: 'left', sideSource: 'principal' });
    expect(mention(b, 'Sam Quill')).toMatchObject({ side: 'left', party: 'Democratic', sideSource: 'story' });
    expect(mention(c, 'Sam Quill')).toMatchObject({ side: 'left', sideSource: 'story' });
    expect(b.sources.sides.left).toEqual({ quotes: 1, quotedWords: 4, attributions: 0 });
  });
  it('no side when the story disagrees, and the analyses themselves are untouched', () => {
    expect(mention(b, 'Ann Vale')!.side).toBeNull();
    expect(mention(plain, 'Sam Quill')!.side).toBeNull();
    expect(a).toBe(tied);
  });
});

describe('one event, one time: an undated article of a story takes the day of the others', () => {
  // By hand: the first text names President Obama (his term's middle, 2013-01-20); the second names no
  // president, so alone its White House has no side; in the story it is read at that day: Democratic.
  const named = analyse('Talks on the budget resume\n\nPresident Obama met congressional leaders. The White House said talks would go on.\n');
  const bare = analyse('Budget talks go on\n\nThe White House said on Monday that the talks would go on.\n');
  it('alone: no side; in the story: the other article\'s day', () => {
    expect(mention(bare, 'White House')!.side).toBeNull();
    const [, b] = withStorySides([named, bare]);
    expect(b.sidesDate).toEqual({ day: '2013-01-20', from: 'story' });
    expect(mention(b, 'White House')).toMatchObject({ side: 'left', party: 'Democratic' });
  });
});

describe('a party written after the name, as an appositive or a bare tag', () => {
  // By hand: each invented name takes the party its own text gives; "Republican-appointed" says who
  // appointed a judge, not the judge's party.
  const a = analyse('The state budget is signed\n\nGov. Ann Vale (R) signed the budget on Monday. Tom Farrow, a Democrat, said he would sue. Lee Park, a Republican who ran for the seat last year, praised the governor. Jon Marks, a Republican-appointed judge, will hear the case.\n');
  it('", a Democrat," and "(R)" are designators of the name before them', () => {
    expect(mention(a, 'Ann Vale')).toMatchObject({ side: 'right', party: 'Republican', sideSource: 'designator' });
    expect(mention(a, 'Tom Farrow')).toMatchObject({ side: 'left', party: 'Democratic', sideSource: 'designator' });
    expect(mention(a, 'Lee Park')).toMatchObject({ side: 'right', party: 'Republican', sideSource: 'designator' });
  });
  it('"a Republican-appointed judge" gives no side', () => {
    expect(mention(a, 'Jon Marks')?.side ?? null).toBeNull();
  });
});

describe('officials of the sitting administration speak for the White House', () => {
  // By hand: the text names President Obama, so its era is his (Democratic White House). Secretaries,
  // White House staff and the president's advisers take that side; a former secretary and a state's
  // attorney general do not.
  const a = analyse('The tax deal goes to Congress\n\nPresident Obama met lawmakers on Tuesday. State Department Deputy Spokesperson Pat Dunn declined to comment. Treasury Secretary Ann Vale said the plan would pass. "It is a fair deal," said Tom Farrow, the White House press secretary. Outgoing White House economic adviser Lee Park warned of a slowdown. Former Defense Secretary Sam Quill criticized the plan. White House reporter Dee Marsh asked about the vote. Ohio Attorney General Kim Lowe said she would sue. Jo Reyes, the president\'s top political adviser, defended the deal.\n');
  it('a secretary, White House staff and the president\'s adviser take the president\'s side', () => {
    for (const name of ['Pat Dunn', 'Ann Vale', 'Tom Farrow', 'Lee Park', 'Jo Reyes']) expect(mention(a, name), name).toMatchObject({ side: 'left', party: 'Democratic', sideSource: 'principal' });
  });
  it('a former secretary, a reporter on the White House beat and a state\'s attorney general take none', () => {
    expect(mention(a, 'Sam Quill')?.side ?? null).toBeNull();
    expect(mention(a, 'Dee Marsh')?.side ?? null).toBeNull();
    expect(mention(a, 'Kim Lowe')?.side ?? null).toBeNull();
  });
});

describe('a possessive principal and a staff word before a comma and a name', () => {
  // By hand: Nancy Pelosi is in the data (Democratic); her press secretary, named after the comma, takes her side.
  const a = analyse('Budget fight\n\nNancy Pelosi met her caucus. "We will not move," Pelosi\'s press secretary, Dana Cole, said on Monday.\n');
  it('"Pelosi\'s press secretary, Dana Cole," speaks for Pelosi', () => {
    expect(mention(a, 'Dana Cole')).toMatchObject({ side: 'left', sideSource: 'principal' });
  });
});

describe('a titled name with a misspelled first name', () => {
  // By hand: Kirsten Gillibrand is the only senator named Gillibrand; "Kristen" shares her initial.
  // "Mary" does not; Elizabeth Warren was never a representative: no side for either.
  const a = analyse('Senators respond\n\nSen. Kristen Gillibrand of New York said the offer was a bad deal. Sen. Mary Gillibrand said nothing.\n');
  const b = analyse('House members respond\n\nRep. Elisabeth Warren said the offer was a bad deal.\n');
  it('the office holder with that surname and initial', () => {
    expect(mention(a, 'Kristen Gillibrand')).toMatchObject({ actorId: 'bioguide:G000555', side: 'left' });
  });
  it('no one when the initial or the office differs', () => {
    expect(mention(a, 'Mary Gillibrand')?.side ?? null).toBeNull();
    expect(mention(b, 'Elisabeth Warren')?.side ?? null).toBeNull();
  });
});

describe('a sentence-opening participle is not a first name', () => {
  // By hand: "Following" opens the sentence; the name is Romney alone.
  const a = analyse('Romney speaks\n\nMitt Romney spoke on Monday. Following Romney\'s speech, the crowd left quietly.\n');
  it('no actor named "Following Romney"', () => {
    expect(a.actors.some((m) => m.text.startsWith('Following'))).toBe(false);
  });
});
