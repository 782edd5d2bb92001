import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLexicons, readLexiconFile } from '../src/lexicon/load.js';
import { buildTermMatcher, extractTerms } from '../src/analyze/terms.js';
import { indexEntities } from '../src/analyze/entities.js';
import { bodyArticle } from './helpers/seeds.js';
import { validateFirstNames } from '../src/actors/first-names.js';
import { validateNotPersonNames } from '../src/lexicon/not-person-names.js';

describe('bundled lexicon', () => {
  const [bundled] = loadLexicons();
  it('has a few hundred entries, each with a defined source', () => {
    expect(bundled.entries.length).toBeGreaterThanOrEqual(250);
    for (const e of bundled.entries) expect(bundled.sources[e.source]).toBeTruthy();
  });
  it('is balanced: left and right entries within 20% of each other, both leans in each main topic', () => {
    const left = bundled.entries.filter((e) => e.lean === 'left').length;
    const right = bundled.entries.filter((e) => e.lean === 'right').length;
    expect(Math.abs(left - right) / Math.max(left, right)).toBeLessThan(0.2);
    for (const topic of ['immigration', 'crime', 'economy', 'elections', 'foreign-policy']) {
      const entries = bundled.entries.filter((e) => e.topic === topic);
      expect(entries.length).toBeGreaterThanOrEqual(12);
      expect(entries.some((e) => e.lean === 'left') && entries.some((e) => e.lean === 'right')).toBe(true);
    }
  });
  it('lists no surface term twice', () => {
    const terms = bundled.entries.flatMap((e) => e.terms.map((t) => t.toLowerCase()));
    expect(terms.length).toBe(new Set(terms).size);
  });
});

describe('user lexicons', () => {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-lexicon-'));
  const write = (name: string, data: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
    return path;
  };
  it('matches on lemmas, so an inflected form counts', () => {
    const file = write('mine.json', { name: 'mine', version: 1, sources: { me: 'test' }, entries: [{ id: 'job-killer', terms: ['job-killing regulation'], category: 'loaded-framing', lean: 'right', source: 'me' }] });
    const matcher = buildTermMatcher([readLexiconFile(file)]);
    const article = bodyArticle('Critics attacked the job-killing regulations on Tuesday.');
    const found = extractTerms(article, matcher, [], indexEntities(article.blocks, article.text));
    expect(found.map((t) => [t.text, t.entryId, t.voice, t.where])).toEqual([['job-killing regulations', 'job-killer', 'own', 'body']]);
  });
  it('matches a term written in an irregular form on that form only', () => {
    const file = write('woke.json', { name: 'w', version: 1, sources: { me: 'test' }, entries: [{ id: 'woke', terms: ['woke'], category: 'name-calling', lean: 'right', source: 'me' }] });
    const matcher = buildTermMatcher([readLexiconFile(file)]);
    const article = bodyArticle('In the wake of the storm, woke activists rallied.');
    const found = extractTerms(article, matcher, [], indexEntities(article.blocks, article.text));
    expect(found.map((t) => t.text)).toEqual(['woke']);
  });
  it('names the file and the entry at fault', () => {
    const file = write('bad.json', { sources: { me: 'test' }, entries: [{ id: 'ok', terms: ['x'], category: 'sensational', lean: null, source: 'me' }, { id: 'broken', terms: ['y'], category: 'rude', lean: null, source: 'me' }] });
    expect(() => readLexiconFile(file)).toThrow(`${file}: entry 2 ("broken"): "category" must be one of`);
    const unsourced = write('unsourced.json', { sources: {}, entries: [{ id: 'a', terms: ['x'], category: 'sensational', lean: 'up', source: 'me' }] });
    expect(() => readLexiconFile(unsourced)).toThrow(`${unsourced}: entry 1 ("a"): "lean" must be "left", "right" or null`);
    expect(() => readLexiconFile(write('notjson.json', '{'))).toThrow(/notjson\.json: not valid JSON/);
  });
});

describe('evidence-layer data files', () => {
  const data = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', 'lexicon', name), 'utf8'));
  it('ships each published list with its source and licence', () => {
    const file = data('published-words.json');
    for (const [id, list] of Object.entries(file.lists) as [string, { source: string; licence: string; words: string[] }][]) {
      expect(file.sources[list.source], id).toBeTruthy();
      expect(list.licence, id).toBeTruthy();
      expect(list.words.length, id).toBeGreaterThan(100);
      expect([...list.words].sort(), id).toEqual(list.words);
    }
  });
  it('sources every report verb and never lists "say"', () => {
    const file = data('report-verbs.json');
    for (const v of file.verbs) expect(file.sources[v.source], v.verb).toBeTruthy();
    expect(file.verbs.map((v: { verb: string }) => v.verb)).not.toContain('say');
  });
  it('learned phrases carry provenance, come from train only, and are used by outlets on both sides', () => {
    const file = data('lean-phrases.json');
    expect(file.provenance.split).toBe('train only');
    expect(file.provenance.script).toBe('scripts/build-lean-phrases.ts');
    for (const p of file.phrases) {
      expect(p.outlets[0] >= 3 && p.outlets[2] >= 3, p.phrase).toBe(true);
      // Never outlet names, datelines or numbers: no digits, no capitals, no outlet words.
      expect(p.phrase, p.phrase).toMatch(/^[a-z' -]+$/);
      expect(p.phrase.split(/[ -]/).some((w: string) => ['cnn', 'fox', 'npr', 'politico', 'vox', 'breitbart', 'reuters', 'ap', 'getty', 'townhall', 'blaze'].includes(w)), p.phrase).toBe(false);
    }
    expect(file.phrases.map((p: { phrase: string }) => p.phrase)).toEqual([...file.phrases.map((p: { phrase: string }) => p.phrase)].sort((a: string, b: string) => a.localeCompare(b)));
  });
  it('news frequencies come from train only, hold no names or numbers, and rank everyday words above loaded ones', () => {
    const file = data('news-frequency.json');
    expect(file.provenance.split).toBe('train only');
    expect(file.provenance.script).toBe('scripts/build-news-frequency.ts');
    const words = Object.keys(file.perMillion);
    expect(words.length).toBeGreaterThan(5000);
    expect(words.filter((w) => /\d|[A-Z]/.test(w))).toEqual([]);
    expect(words).toEqual([...words].sort((a, b) => (a < b ? -1 : 1)));
    // A topic word of daily news against a word that judges.
    expect(file.perMillion.crime).toBeGreaterThan(100);
    expect(file.perMillion.hoax ?? 0).toBeLessThan(30);
    // Written forms are keys too, so an inflection wink gives a lemma of its own is not rare.
    expect(file.perMillion.said).toBeGreaterThan(1000);
    expect(file.perMillion.announced).toBeGreaterThan(100);
  });
  it('calibration was fitted on train and keeps the partisan threshold at logit 0', () => {
    const file = data('slant-calibration.json');
    expect(file.provenance.split).toMatch(/^train only/);
    expect(file.minWords).toBeGreaterThan(0);
    expect(Number.isFinite(file.partisan.intercept) && Number.isFinite(file.lean.weights.learnedLean)).toBe(true);
    // Every layer can only push toward partisan: more loaded language never makes an article more central.
    for (const [layer, w] of Object.entries(file.partisan.weights)) expect(w as number, layer).toBeGreaterThanOrEqual(0);
  });
});

describe('first-name classes (lexicon/first-names.json)', () => {
  it('ships its source and passes its own check; a malformed file is refused in one line', () => {
    const file = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'lexicon', 'first-names.json'), 'utf8'));
    const classes = validateFirstNames(file);
    expect(classes.length).toBeGreaterThan(10);
    expect(classes.some((c) => c.includes('Jim') && c.includes('James'))).toBe(true);
    // No name in two classes.
    const all = classes.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(() => validateFirstNames({ source: 'x', variants: [['Jim']] })).toThrow(/two or more/);
    expect(() => validateFirstNames({ variants: [] })).toThrow(/source/);
  });
});

describe('hypocorisms (lexicon/hypocorisms.json)', () => {
  it('ships a source per class, joins no two Congress classes, and refuses a malformed file in one line', async () => {
    const { validateHypocorisms, firstNameClasses } = await import('../src/actors/first-names.js');
    const read = (f: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', 'lexicon', f), 'utf8'));
    const classes = validateHypocorisms(read('hypocorisms.json'));
    expect(classes.some((c) => c.includes('Liz') && c.includes('Elizabeth'))).toBe(true);
    const all = classes.flat();
    expect(new Set(all).size).toBe(all.length);
    // Names that would join different people are left out on purpose.
    for (const n of ['Nancy', 'Pat', 'Chris', 'Sam', 'Lisa', 'Al']) expect(all).not.toContain(n);
    const map = firstNameClasses(validateFirstNames(read('first-names.json')), classes);
    expect(map.get('bobby')).toBe(map.get('bob'));
    expect(() => firstNameClasses([['Bob', 'Robert'], ['Bill', 'William']], [['Robert', 'William']])).toThrow(/joins two classes/);
    expect(() => validateHypocorisms({ source: 'x', classes: [{ names: ['Liz', 'Elizabeth'] }] })).toThrow(/class 1 must have a "source"/);
    expect(() => validateHypocorisms({ source: 'x', classes: [{ names: ['Liz'], source: 'y' }] })).toThrow(/two or more/);
  });
});

describe('names that are not people (lexicon/not-person-names.json)', () => {
  it('ships its source, lower-case single words, and leaves common surnames out', () => {
    const lists = validateNotPersonNames(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'lexicon', 'not-person-names.json'), 'utf8')));
    for (const surname of ['hill', 'park', 'hall', 'street', 'jordan', 'french', 'english']) {
      expect(lists.heads.has(surname) || lists.firstWords.has(surname), surname).toBe(false);
    }
    expect(() => validateNotPersonNames({ source: 'x', firstWords: [], heads: ['Act'], places: [] })).toThrow(/heads/);
    expect(lists.states.has('maine') && lists.states.has('new hampshire')).toBe(true);
    expect(() => validateNotPersonNames({ source: 'x', firstWords: [], heads: [], places: [], statesSource: 'y', states: ['Maine'] })).toThrow(/states/);
    expect(() => validateNotPersonNames({ source: 'x', firstWords: [], heads: [], places: [], states: ['maine'] })).toThrow(/statesSource/);
    expect(lists.stateCodes.get('florida')).toBe('FL');
    expect(() => validateNotPersonNames({ source: 'x', firstWords: [], heads: [], places: [], statesSource: 'y', states: ['maine'], stateCodes: {} })).toThrow(/stateCodes/);
  });
});
