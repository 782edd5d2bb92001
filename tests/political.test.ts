// Politics first (issue 18): the political-subject detector and the verdict gate. Every fixture here
// is hand-written; the expected values were written down before the code ran on them.
import { describe, expect, it } from 'vitest';
import { toDocument } from '../src/ingest/read-file.js';
import { analyzeDocuments } from '../src/pipeline.js';
import { findPoliticalCues, politicalSubject } from '../src/analyze/political/detect.js';
import { judgeSlant, SLANT_THRESHOLD } from '../src/analyze/slant.js';
import { RARE_LIST } from '../src/analyze/loaded-words.js';
import { validatePoliticalSubjects, politicalSubjects } from '../src/lexicon/political.js';
import type { LoadedWordFinding, PhraseFinding, PoliticalCue, SignalFinding } from '../src/types.js';
import { bodyArticle, seedArticle, seedFiles } from './helpers/seeds.js';
import { analyzeArticle } from '../src/analyze/index.js';
import { termMatcher } from '../src/pipeline.js';

const analyze = (name: string, text: string) => analyzeDocuments([toDocument(name, text, 'text')])[0];
const cueIds = (text: string) => findPoliticalCues(bodyArticle(text)).map((c) => c.cue);

const RECIPE = `Peanut Butter Truffles: The ABSOLUTELY Insane Dessert That Will Destroy Your Diet!

These truffles are a disaster for anyone counting calories. The filling is shockingly rich, the chocolate shell is brutally dark and the result is totally addictive. Melt the chocolate slowly: overheated chocolate turns grainy, a terrible flaw that ruins the whole batch.

Mix the peanut butter, the softened butter and the powdered sugar until smooth. Roll the mixture into small balls and chill them for an hour. Dip each ball in the melted chocolate and let the excess drip off.

Store the truffles in the fridge for up to a week. Honestly, they never last that long in our house!`;

const RELEASE = `Python 3.6.0 is now available!

Python 3.6.0 is the newest major release of the Python language. The release was tagged at 18:00 UTC. It fixes a critical bug in the asyncio module and a serious security flaw in the ssl module that attackers could exploit.

NEW FEATURES include formatted string literals, underscores in numeric literals and a new secrets module. The dict type now uses a compact representation. The data model exposes a new hook for subclass creation.

Please report any bug you find to the issue tracker. Binaries for Windows and macOS are on the download page.`;

const POLITICAL = `Senate Republicans block immigration bill

Senate Republicans on Tuesday blocked a bipartisan immigration bill that would have protected young undocumented immigrants from deportation, dealing a blow to Democrats who had pushed the measure for months.

The White House said the president would keep pressing Congress to act. "This fight is not over," a spokeswoman said.

Democrats called the vote a betrayal of the Dreamers, while Republican leaders said the bill would reward illegal aliens and weaken border security.`;

describe('political subject: sense in context, not the bare word', () => {
  it('"the House voted" is the legislature; "a house on fire" and "The House on Mango Street" are not', () => {
    expect(cueIds('The House voted 220 to 210 on Thursday to pass the spending measure.')).toContain('us-house');
    expect(cueIds('Firefighters were called to a house on fire on Main Street late on Friday.')).not.toContain('us-house');
    expect(cueIds('She reread The House on Mango Street for her book club.')).not.toContain('us-house');
  });
  it('ICE the agency, not ice on the roads or in a headline shouting in capitals', () => {
    const agency = findPoliticalCues(bodyArticle('ICE agents detained 40 people in a raid on Tuesday.'));
    expect(agency.map((c) => [c.cue, c.text])).toEqual([['us-agencies', 'ICE']]);
    expect(cueIds('Drivers should watch for ice on the roads this morning.')).toEqual([]);
    expect(cueIds('BLACK ICE WARNING FOR DRIVERS ON THE PASS')).toEqual([]);
  });
  it('a party, a race and an administration only in their political sense', () => {
    expect(cueIds('The ruling party lost its majority in the vote.')).toContain('party-generic');
    expect(cueIds('We threw a birthday party for her last weekend.')).toEqual([]);
    expect(cueIds('The Senate race tightened after the debate.')).toContain('race');
    expect(cueIds('He placed a bet on the horse race at Ascot.')).toEqual([]);
    expect(cueIds('The Trump administration announced new rules on Monday.')).toContain('administration');
    expect(cueIds('She studied system administration at a community college.')).toEqual([]);
  });
  it('records each cue with its text, offsets, strength and whether it is in the lead', () => {
    const article = bodyArticle('Lawmakers met on Monday.\n\nThe cake was good. The band played. Later the governor spoke.');
    const cues = findPoliticalCues(article);
    expect(cues.map((c) => [c.cue, c.text, c.strength, c.lead])).toEqual([['legislators', 'Lawmakers', 'strong', true], ['governor', 'governor', 'strong', false]]);
    for (const c of cues) expect(article.text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('politics first: the verdict gate', () => {
  it('a recipe with loaded-looking words gets no partisan call and no lean', () => {
    const a = analyze('recipe.txt', RECIPE);
    expect(a.political.found).toBe(false);
    expect(a.slant.label).toBe('neutral');
    expect(a.slant.lean).toBeNull();
    expect(a.slant.tilt).toBeNull();
    expect(a.slant.gated).toBe('no-political-subject');
    expect(a.slant.evidence[0]).toMatch(/^no political framing found/);
  });
  it('a software release note with "bug", "flaw" and capitals gets no partisan call and no lean', () => {
    const a = analyze('release.txt', RELEASE);
    expect(a.political.found).toBe(false);
    expect(a.slant.label).toBe('neutral');
    expect(a.slant.lean).toBeNull();
    expect(a.slant.political).toEqual({ found: false, cues: [], reason: a.political.reason });
    expect(a.slant.evidence[0]).toMatch(/^no political framing found/);
  });
  it('a short political article keeps its verdict machinery', () => {
    const a = analyze('senate.txt', POLITICAL);
    expect(a.political.found).toBe(true);
    const ids = new Set(a.political.cues.map((c) => c.cue));
    for (const id of ['us-senate', 'us-parties', 'immigration', 'white-house', 'us-congress']) expect(ids.has(id)).toBe(true);
    expect(a.slant.gated).toBeNull();
    expect(a.slant.evidence.some((e) => e.includes('no political framing'))).toBe(false);
    // The gate changes nothing here: the same label, lean and score as without the politics-first rules.
    const legacy = judgeSlant({ terms: a.terms, signals: a.signals, words: a.words, loadedWords: a.loadedWords, reportVerbs: a.reportVerbs, phrases: a.phrases, legacy: true });
    expect([a.slant.label, a.slant.lean, a.slant.score]).toEqual([legacy.label, legacy.lean, legacy.score]);
    // "illegal aliens" is a curated term in the outlet's own voice, so the stronger layers are present.
    expect(a.terms.some((t) => t.voice === 'own' && t.text === 'illegal aliens')).toBe(true);
  });
  it('a page whose only evidence is capitals and rare words gets no partisan call, political or not', () => {
    // 100 words of text with three words in capitals in a heading, an exclamation, rare words and weak
    // learned phrases pointing left (each under the shown-phrase strength): before politics first this
    // was a partisan-left call.
    const at = (i: number) => ({ start: i * 10, end: i * 10 + 3 });
    const signals: SignalFinding[] = [0, 1, 2].map((i) => ({ kind: 'signal', signal: 'all-caps', text: 'UTC', where: 'heading', ...at(i) }));
    signals.push({ kind: 'signal', signal: 'exclamation', text: '!', where: 'headline', ...at(3) });
    const rare: LoadedWordFinding[] = [4, 5].map((i) => ({ kind: 'loaded-word', word: 'asyncio', list: RARE_LIST, pos: 'NOUN', voice: 'own', text: 'asyncio', where: 'body', ...at(i) }));
    const phrases: PhraseFinding[] = [6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((i) => ({ kind: 'phrase', phrase: 'data', lean: -0.25, partisan: 0.1, text: 'data', where: 'body', ...at(i) }));
    const input = { terms: [], signals, words: 100, loadedWords: rare, phrases };
    const legacy = judgeSlant({ ...input, legacy: true });
    expect([legacy.label, legacy.lean]).toEqual(['partisan', 'left']);
    const political = { found: true, cues: [], reason: 'political subject: test' };
    const v = judgeSlant({ ...input, political });
    expect(v.score).toBeGreaterThanOrEqual(SLANT_THRESHOLD);
    expect([v.label, v.lean, v.gated]).toEqual(['neutral', null, 'weak-evidence-only']);
    expect(v.evidence.some((e) => e.startsWith('only the weakest evidence'))).toBe(true);
  });
  it('an extra cue list (sided actors from another module) takes part in the same rule', () => {
    const article = bodyArticle('Pelosi spoke at a dinner in Ohio on Friday. She thanked the hosts and left early.');
    expect(politicalSubject(article).found).toBe(false);
    const actor = (text: string, start: number): PoliticalCue => ({ kind: 'political-subject', cue: 'sided-actor: Pelosi', category: 'actor', strength: 'strong', lead: start < 44, text, start, end: start + text.length, where: 'body' });
    const withActors = politicalSubject(article, [actor('Pelosi', 0), actor('She', 44)]);
    expect(withActors.found).toBe(true);
    expect(withActors.cues.map((c) => c.text)).toEqual(['Pelosi', 'She']);
  });
  it('the bundled seeds are political and keep their verdicts', () => {
    const want: Record<string, [string, string | null]> = { '000': ['neutral', null], '003': ['partisan', 'right'], '004': ['neutral', null] };
    for (const file of seedFiles()) {
      const a = analyzeArticle(seedArticle(file), { terms: termMatcher() });
      expect(a.political.found).toBe(true);
      expect([a.slant.label, a.slant.lean]).toEqual(want[file.slice(0, 3)]);
      if (file.startsWith('003')) expect(a.slant.score).toBe(0.891);
    }
  });
});

describe('lexicon/political-subjects.json', () => {
  it('has a source for every entry, strong and weak cues of every kind', () => {
    const file = politicalSubjects();
    for (const e of file.entries) expect(file.sources[e.source]).toBeTruthy();
    for (const kind of ['institution', 'office', 'party', 'election', 'policy']) expect(file.entries.some((e) => e.kind === kind && e.strength === 'strong')).toBe(true);
  });
  it('names the file and the entry at fault', () => {
    const bad = { sources: { me: 'test' }, entries: [{ id: 'ok', kind: 'party', strength: 'strong', forms: ['GOP'], source: 'me' }, { id: 'broken', kind: 'sport', strength: 'strong', forms: ['x'], source: 'me' }] };
    expect(() => validatePoliticalSubjects(bad, 'mine.json')).toThrow('mine.json: entry 2 ("broken"): "kind" must be one of');
    const unsourced = { sources: {}, entries: [{ id: 'a', kind: 'party', strength: 'weak', forms: ['x'], source: 'nobody' }] };
    expect(() => validatePoliticalSubjects(unsourced, 'u.json')).toThrow('u.json: entry 1 ("a"): "source" must name one of');
  });
});
