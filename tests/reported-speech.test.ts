// Round 8: reported speech without quotation marks, as the framing reads it. Words a source is
// reported to have said are not the outlet's own voice: an own-voice tone toward an actor inside them
// would be charged to the outlet (issue 18's "McCarthy said the bill would undermine …").
import { describe, expect, it } from 'vitest';
import { toDocument } from '../src/ingest/read-file.js';
import { analyzeDocuments } from '../src/pipeline.js';

const analyse = (body: string) => analyzeDocuments([toDocument('x.txt', `Budget talks resume\n\n${body}\n`, 'text')])[0];

describe('reported speech without quotation marks', () => {
  it('a body that speaks holds the words it is reported to have said (the White House)', () => {
    // By hand: the White House is the source; "the governor had failed the state" is its content,
    // so a tone toward the governor there is reported speech held by the White House.
    const a = analyse('The White House said Governor Tom Reyes had failed the state.');
    expect(a.attributions.map((x) => [x.source, x.cue, x.content])).toEqual([['White House', 'said', 'Governor Tom Reyes had failed the state']]);
    const reyes = a.tones.filter((t) => t.actor.includes('Reyes'));
    expect(reyes.length).toBeGreaterThan(0);
    expect(reyes.every((t) => t.voice === 'reported' && t.holder === 'White House')).toBe(true);
  });
  it('"…, saying …" reports the speech of the clause subject, and what follows is its content', () => {
    const a = analyse('Sen. Maria Lopez defended the farm bill on Tuesday, saying it would protect small growers.');
    expect(a.attributions.map((x) => [x.source, x.cue, x.content])).toEqual([['Maria Lopez', 'saying', 'it would protect small growers']]);
  });
  it('a second report after a comma ends the first one\'s content ("…, telling reporters …")', () => {
    const a = analyse('Mayor Ana Gomez said the plan was sound, telling reporters she expected a vote soon.');
    expect(a.attributions[0]).toMatchObject({ source: 'Ana Gomez', cue: 'said', content: 'the plan was sound' });
  });
  it('a role written with a body\'s name refers back to the person so described, not to the body', () => {
    const a = analyse('The plan was drafted by Ruth Kagan, the senior White House official who runs trade policy. “No country is exempt,” the White House official said.');
    expect(a.quotes.filter((q) => q.quoteKind === 'speech').map((q) => q.speaker)).toEqual(['Ruth Kagan']);
  });
});
