// Gender from public data (round 7): a person the text tells no gender of takes the actors data's
// (lexicon/actors.json, from the Congress data's bio.gender), else the first-name table's
// (lexicon/first-name-genders.json); the text always wins. Measured and not adopted by the analysis
// (docs/framing-actors.md, "Round 7"): the entity index does this with its options, which these tests
// pass; the pipeline does not (the first case is an expected failure until it does). Short hand-written articles, paraphrased;
// every expected value was written by hand before the code ran on it. Names not in the data are
// invented (Jordan Pell, Mary Lund, David Ortiz, Chris Hale) so that only the text or the table speaks.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toDocument } from '../src/ingest/read-file.js';
import { analyzeDocument, termMatcher } from '../src/pipeline.js';
import type { ArticleAnalysis } from '../src/analyze/index.js';
import { indexEntities } from '../src/analyze/entities.js';
import { extractQuotes } from '../src/analyze/quotes/quotes.js';
import type { Entity, EntityIndex } from '../src/analyze/entities.js';
import { actorRegistry, buildRegistry } from '../src/actors/data.js';
import type { ActorEntry } from '../src/actors/data.js';
import { knownGender } from '../src/actors/gender.js';
import { validateFirstNameGenders } from '../src/lexicon/first-name-genders.js';
import { bodyArticle } from './helpers/seeds.js';
import { actorEntryError } from './helpers/actors-schema.js';

const analyse = (text: string): ArticleAnalysis => analyzeDocument(toDocument('t.txt', text, 'text'), { terms: termMatcher(), actors: actorRegistry() });
/** The quotations of a text whose every paragraph is body, with the entity index's gender options. */
const withGender = (text: string, day: string | null = null) => {
  const article = bodyArticle(text);
  const index = indexEntities(article.blocks, article.text, { knownGender: knownGender(actorRegistry(), day), firstNames: true });
  return { quotes: extractQuotes(article, index).quotes, entities: [...index.entities.values()] };
};
const speakerOf = (a: { quotes: { text: string; speaker: string | null }[] }, words: string) => a.quotes.find((q) => q.text === words)?.speaker;
const person = (index: EntityIndex, name: string): Entity | undefined => [...index.entities.values()].find((e) => e.name === name);
const entity = (name: string, role: string | null = null): Entity => ({ id: `person:${name.toLowerCase()}`, name, type: 'person', role, mentions: 1, gender: null, genderFrom: null, evidence: 3 });

describe('a he/she after a nearer person of the other gender', () => {
  const collins = 'Senator Susan Collins met reporters on Tuesday to talk about the spending bill. Senator Roger Marshall said the vote could slip into next week. “We are not going to rush this,” she said.';
  it('"Senator Susan Collins", then a man who speaks, then `she said`: Collins', () => {
    expect(speakerOf(withGender(collins), 'We are not going to rush this')).toBe('Susan Collins');
  });
  // Not adopted in round 7 (he/she accuracy on PolNeAR did not rise): the pipeline still gives Marshall.
  it.fails('the pipeline (analyzeDocument) gives Collins too', () => {
    expect(speakerOf(analyse(`Spending talks drag on\n\n${collins}\n`), 'We are not going to rush this')).toBe('Susan Collins');
  });
  it('the data alone marks a senator whose first name the table does not hold (Lisa)', () => {
    const a = withGender('Senator Lisa Murkowski met reporters on Tuesday to talk about the spending bill. Senator Roger Marshall said the vote could slip into next week. “We are not going to rush this,” she said.');
    expect(speakerOf(a, 'We are not going to rush this')).toBe('Lisa Murkowski');
    const murkowski = a.entities.find((e) => e.name === 'Lisa Murkowski');
    expect(murkowski).toMatchObject({ gender: 'female', genderFrom: 'data' });
  });
  it('`she said` after an unmarked woman and a nearer unmarked man: the first-name table tells them apart', () => {
    const a = withGender('Mary Lund, a teacher, spoke at the hearing on Monday. David Ortiz, a parent, said the budget was short. “We cannot keep cutting,” she said.');
    expect(speakerOf(a, 'We cannot keep cutting')).toBe('Mary Lund');
  });
  it('`he said` skips a woman the table marks and reaches a person whose first name tells nothing', () => {
    const a = withGender('Jordan Pell, a parent, spoke at the hearing on Monday. Mary Lund, a teacher, said the budget was short. “We cannot keep cutting,” he said.');
    expect(speakerOf(a, 'We cannot keep cutting')).toBe('Jordan Pell');
  });
});

describe('where the entity index takes a gender from', () => {
  const index = (text: string) => {
    const article = bodyArticle(text);
    return indexEntities(article.blocks, article.text, { knownGender: knownGender(actorRegistry(), null), firstNames: true });
  };
  it('a first name of the table, with nothing in the text', () => {
    expect(person(index('Michael Ortiz, a parent, spoke at the meeting.'), 'Michael Ortiz')).toMatchObject({ gender: 'male', genderFrom: 'first-name' });
    expect(person(index('Mary Lund, a teacher, spoke at the meeting.'), 'Mary Lund')).toMatchObject({ gender: 'female', genderFrom: 'first-name' });
  });
  it('a first name not in the table stays without a gender', () => {
    expect(person(index('Jordan Pell, a parent, spoke at the meeting.'), 'Jordan Pell')).toMatchObject({ gender: null, genderFrom: null });
    expect(person(index('Priya Tran, a parent, spoke at the meeting.'), 'Priya Tran')).toMatchObject({ gender: null, genderFrom: null });
  });
  it('the text wins over the table and over an absent row', () => {
    expect(person(index('Jordan Pell arrived late, and she apologised to the board.'), 'Jordan Pell')).toMatchObject({ gender: 'female', genderFrom: 'text' });
    expect(person(index('Chris Hale arrived late, and she apologised to the board.'), 'Chris Hale')).toMatchObject({ gender: 'female', genderFrom: 'text' });
    expect(person(index('Mrs. Mary Lund spoke at the meeting.'), 'Mary Lund')).toMatchObject({ gender: 'female', genderFrom: 'text' });
  });
  const mrsClinton = (text: string) => index(text).mentions.find((m) => m.text === 'Mrs. Clinton' || m.text === 'Clinton')?.entityId;
  it('"Mrs. Clinton" after "Bill Clinton" was named is Hillary Clinton (a shared surname, the gender its mention tells)', () => {
    expect(mrsClinton('Hillary Clinton spoke in Ohio on Monday. Bill Clinton joined the rally later. Mrs. Clinton said the plan would pass.')).toBe('person:hillary clinton');
  });
  // Known gap: the "her" after "Bill Clinton, her husband," is counted as his (a pronoun after a name in
  // its sentence is read as that name's), and the text wins over the data.
  it.fails('…also when a "her" follows his name', () => {
    expect(mrsClinton('Hillary Clinton spoke in Ohio on Monday. Bill Clinton, her husband, joined her on stage. Mrs. Clinton said the plan would pass.')).toBe('person:hillary clinton');
  });
  it('the data wins over the table (an invented user entry)', () => {
    const registry = buildRegistry([{ actors: [{ id: 'user:vale', name: 'Chris Vale', type: 'person', names: ['Chris Vale'], gender: 'female', terms: [], source: 'test: invented' }] }], ['user']);
    const article = bodyArticle('Chris Vale, a parent, spoke at the meeting.');
    const i = indexEntities(article.blocks, article.text, { knownGender: knownGender(registry, null), firstNames: true });
    expect(person(i, 'Chris Vale')).toMatchObject({ gender: 'female', genderFrom: 'data' });
  });
});

describe('knownGender: the data person a name leads to', () => {
  const lookup = knownGender(actorRegistry(), '2022-06-01');
  it('by full name, by a president\'s surname alone, by a titled surname', () => {
    expect(lookup(entity('Lisa Murkowski'), [])).toBe('female');
    expect(lookup(entity('Roger Marshall'), [])).toBe('male');
    expect(lookup(entity('Trump'), [])).toBe('male');
    expect(lookup(entity('Murkowski'), ['Sen.'])).toBe('female');
  });
  it('nobody in the data, a surname without a title: null', () => {
    expect(lookup(entity('Jordan Pell'), [])).toBeNull();
    expect(lookup(entity('Murkowski'), [])).toBeNull();
  });
  it('namesakes of one office: the one serving at the date; undated, Lisa and Frank Murkowski disagree', () => {
    expect(knownGender(actorRegistry(), null)(entity('Murkowski'), ['Sen.'])).toBeNull();
  });
  it('namesakes who disagree, or a person without a gender: null', () => {
    const base: ActorEntry = { id: 'a', name: 'Pat Reyes', type: 'person', names: ['Pat Reyes'], terms: [], source: 'test: invented' };
    const two = buildRegistry([{ actors: [{ ...base, gender: 'male' }, { ...base, id: 'b', gender: 'female' }] }], ['user']);
    expect(knownGender(two, null)(entity('Pat Reyes'), [])).toBeNull();
    const none = buildRegistry([{ actors: [base] }], ['user']);
    expect(knownGender(none, null)(entity('Pat Reyes'), [])).toBeNull();
  });
});

describe('the data files', () => {
  const error = actorEntryError;
  it('actors: "gender" is optional, male or female, people only', () => {
    const base = { id: 'x', name: 'X Y', type: 'person', names: ['X Y'], terms: [], source: 's' };
    expect(error({ ...base, gender: 'female' })).toBeNull();
    expect(error({ ...base, gender: 'F' })).toBe('a.json: actor 1 ("x"): "gender" must be "male" or "female" (leave it out when unknown)');
    expect(error({ ...base, type: 'organisation', gender: 'male' })).toBe('a.json: actor 1 ("x"): "gender" is for people only');
  });
  it('the bundled actors give every person of the data a gender', () => {
    const people = actorRegistry().byId;
    expect(people.get('bioguide:C001035')?.gender).toBe('female'); // Susan M. Collins
    expect(people.get('bioguide:P000197')?.gender).toBe('female'); // Nancy Pelosi
    expect([...people.values()].filter((e) => e.type === 'person').every((e) => e.gender === 'male' || e.gender === 'female')).toBe(true);
  });
  it('first-name-genders: a source, and every row keeps the stated rule (5 or more people, 95% of one gender)', () => {
    const file = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'lexicon', 'first-name-genders.json'), 'utf8'));
    const table = validateFirstNameGenders(file);
    expect(file.source).toMatch(/congress-legislators/);
    expect(table.get('susan')).toBe('female');
    expect(table.get('john')).toBe('male');
    for (const [, , same, all] of file.names as [string, string, number, number][]) {
      expect(all).toBeGreaterThanOrEqual(5);
      expect(same / all).toBeGreaterThanOrEqual(0.95);
    }
    expect(() => validateFirstNameGenders({ source: 'x', names: [['Susan', 'female', 5, 5]] })).toThrow(/name 1 must be/);
    expect(() => validateFirstNameGenders({ source: 'x', names: [['susan', 'F', 5, 5]] })).toThrow(/name 1 must be/);
    expect(() => validateFirstNameGenders({ names: [] })).toThrow(/source/);
  });
});
