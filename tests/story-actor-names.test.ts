// One person, written several ways across a story's articles, is one actor. Expected values by hand.
import { describe, expect, it } from 'vitest';
import { personNameKey } from '../src/actors/name-key.js';

describe('the name key that merges a person across a story', () => {
  it('drops titles, party words, middle initials and suffixes', () => {
    expect(personNameKey('Counsel Robert Mueller')).toBe(personNameKey('Robert Mueller'));
    expect(personNameKey('Robert S. Mueller III')).toBe(personNameKey('Robert Mueller'));
    expect(personNameKey('Susan E. Rice')).toBe('susan rice');
    expect(personNameKey('Theodore J. Boutrous Jr.')).toBe(personNameKey('Theodore Boutrous'));
    // (Round 8: the key's first word is the first-name class, "douglas" since Doug joined a hypocorism class.)
    expect(personNameKey('Democrat Doug Jones')).toBe(personNameKey('Doug Jones'));
    expect(personNameKey('Democrat Doug Jones')).toMatch(/ jones$/);
    expect(personNameKey('Reps. Steny Hoyer')).toBe('steny hoyer');
    expect(personNameKey('Sarah Huckabee Sanders')).toBe('sarah sanders');
  });
  it('gives no full-name key to a surname with a title only, or to a single word', () => {
    expect(personNameKey('Congressman Ryan')).toBeNull();
    expect(personNameKey('Mueller')).toBeNull();
  });
  it('reads first names one person goes by as one (classes from the Congress data)', () => {
    expect(personNameKey('Jim Mattis')).toBe(personNameKey('James Mattis'));
    expect(personNameKey('Dick Durbin')).toBe(personNameKey('Richard J. Durbin'));
    expect(personNameKey('Bob Bauer')).toBe(personNameKey('Robert F. Bauer'));
    expect(personNameKey('Joe Biden')).not.toBe(personNameKey('Jill Biden'));
  });
  it('keeps different first names apart', () => {
    expect(personNameKey('Bill Clinton')).not.toBe(personNameKey('Hillary Clinton'));
    expect(personNameKey('Mary Cheney')).not.toBe(personNameKey('Liz Cheney'));
  });
});

describe('actors merged across a story', () => {
  it('joins one person written three ways in three articles, and keeps two people apart', async () => {
    const { analyzeDocuments } = await import('../src/pipeline.js');
    const { toDocument } = await import('../src/ingest/read-file.js');
    const { mergeStoryActors } = await import('../src/actors/story.js');
    // Paraphrased, hand-written; by hand: one Mueller (three forms), Jim and James Mattis one, and
    // Bill and Hillary Clinton two.
    const texts = [
      'Charges filed\n\nSpecial counsel Robert S. Mueller III filed charges on Friday against a former aide. Jim Mattis said nothing. Bill Clinton spoke at a dinner that night.',
      'Aide charged\n\nCounsel Robert Mueller filed new charges against the aide, officials said. James Mattis was asked about it. Hillary Clinton was not.',
      'Charges\n\nRobert Mueller brought the case in court on Friday.',
    ];
    const analyses = analyzeDocuments(texts.map((t, i) => toDocument(`00${i}.txt`, t, 'text')));
    const names = mergeStoryActors(analyses).filter((a) => a.actorType === 'person').map((a) => a.actor);
    expect(names.filter((n) => n.includes('Mueller')).length).toBe(1);
    expect(names.some((n) => n.startsWith('Counsel'))).toBe(false);
    expect(names.filter((n) => n.includes('Mattis')).length).toBe(1);
    expect(names.filter((n) => n.includes('Clinton')).sort()).toEqual(['Bill Clinton', 'Hillary Clinton']);
  });
});

describe('a nickname in quotation marks', () => {
  it('names the person by surname only, so the surname keeps pointing at the full name', async () => {
    const { indexEntities } = await import('../src/analyze/entities.js');
    const { bodyArticle } = await import('./helpers/seeds.js');
    // By hand: one person, named "Jim Mattis", with every Mattis mention.
    const a = bodyArticle('Defense Secretary Jim Mattis will leave in February. The general, nicknamed “Mad Dog Mattis” by his Marines, wrote a letter. Mattis said he was proud of the work.');
    const people = [...indexEntities(a.blocks, a.text).entities.values()].filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.mentions])).toEqual([['Jim Mattis', 3]]);
  });
});

describe('names that read like a person but name a thing or a place', () => {
  it('are not people: a law, a hill, a storm, a country acting in a sentence', async () => {
    const { analyzeDocuments } = await import('../src/pipeline.js');
    const { toDocument } = await import('../src/ingest/read-file.js');
    // By hand: the only people are Maria Lopez and David French.
    const text = 'Senate vote\n\nThe First Amendment protects the march, Maria Lopez said on Capitol Hill. Russia said it would respond. Hurricane Sandy hit the coast in 2012. Saudi Arabia denied any role. David French wrote that the bill failed. Russia has denied it.';
    const [a] = analyzeDocuments([toDocument('000.txt', text, 'text')]);
    const people = [...new Set(a.actors.filter((m) => m.actorType === 'person').map((m) => m.actor))].sort();
    expect(people).toEqual(['David French', 'Maria Lopez']);
  });
});

describe('surnames that are also title words', () => {
  it('keep the name: "Rep. Steve King", "Sen. Angus King of Maine", "Jesse White", not a role or a place', async () => {
    const { indexEntities } = await import('../src/analyze/entities.js');
    const { bodyArticle } = await import('./helpers/seeds.js');
    // By hand: three people, each with the name written; Maine and Iowa are not people.
    const a = bodyArticle('Rep. Steve King of Iowa voted against the bill. Sen. Angus King of Maine said the deal was fair. Jesse White, the state official, agreed.');
    const people = [...indexEntities(a.blocks, a.text).entities.values()].filter((e) => e.type === 'person').map((e) => [e.name, e.role]);
    expect(people).toEqual([['Steve King', 'Rep.'], ['Angus King', 'Sen.'], ['Jesse White', 'state official']]);
  });

  it('gives a quotation to the person, not the state after "of"', async () => {
    const { analyzeDocuments } = await import('../src/pipeline.js');
    const { toDocument } = await import('../src/ingest/read-file.js');
    // By hand: the speaker of both quotations is Angus King.
    const text = 'Senators weigh the deal\n\nDemocrats were hopeful. “I believe the leader will keep his word,” independent Sen. Angus King of Maine, who caucuses with the Democrats, told reporters on Monday. “I think he has made his promises in public.”';
    const [a] = analyzeDocuments([toDocument('000.txt', text, 'text')]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Angus King', 'Angus King']);
  });
});
