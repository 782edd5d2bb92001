// Plain-text headlines that end with a period, and leads that must stay body text. Hand-written cases.
import { describe, expect, it } from 'vitest';
import { toDocument } from '../src/ingest/read-file.js';
import { periodTitle } from '../src/ingest/text-blocks.js';
import { parseDocument } from '../src/nlp/parse-document.js';
import { structureArticle } from '../src/structure/index.js';

const article = (text: string) => structureArticle(parseDocument(toDocument('case.txt', text, 'text')));
const PROSE = 'Lawmakers in both parties have argued for years over how much of the code rewards owners of real estate, and a new report from the budget office puts a number on it for the first time.';

describe('plain-text headline that ends with a period', () => {
  it('a title-case first line is the headline', () => {
    const a = article(`How to Mend the Tax Code to Close Trump's Loopholes.\n${PROSE}\n${PROSE}`);
    expect(a.headline).toBe("How to Mend the Tax Code to Close Trump's Loopholes.");
    expect(a.body.startsWith('Lawmakers in both parties')).toBe(true);
  });

  it('a short sentence set apart by a blank line above longer prose is the headline', () => {
    const a = article(`Council approves the harbour budget.\n\n${PROSE}\n\n${PROSE}`);
    expect(a.headline).toBe('Council approves the harbour budget.');
  });

  it('an article that starts with its lead has no headline', () => {
    const lead = 'The harbour council voted seven to two on Tuesday to approve a budget that raises mooring fees for the first time in a decade.';
    const a = article(`${lead}\n${PROSE}\n${PROSE}`);
    expect(a.headline).toBeNull();
    expect(a.body.startsWith('The harbour council voted')).toBe(true);
  });

  it('a short lead sentence that runs straight into the next paragraph stays body', () => {
    const a = article(`Officials said the plan would work.\n${PROSE}`);
    expect(a.headline).toBeNull();
  });

  it('the shape rules', () => {
    expect(periodTitle('Storm Cuts Power to Forty Thousand Homes.', [PROSE], '\n')).toBe(true);
    expect(periodTitle('Storm Cuts Power. Crews Are Out.', [PROSE], '\n')).toBe(true);
    expect(periodTitle('Storm cuts power to homes.', [PROSE], '\n\n')).toBe(true);
    expect(periodTitle('Will the storm cut power again?', [PROSE], '\n\n')).toBe(true);
    expect(periodTitle('Storm cuts power to homes.', ['SUMMARY.', PROSE], '\n\n')).toBe(true);
    expect(periodTitle('Storm cuts power to homes.', [PROSE], '\n')).toBe(false);
    expect(periodTitle('Storm cuts power. Crews are out.', [PROSE], '\n\n')).toBe(false);
    expect(periodTitle('Storm cuts power to homes...', [PROSE], '\n\n')).toBe(false);
    expect(periodTitle('Storm cuts power to homes.', ['Short next line.'], '\n\n')).toBe(false);
    expect(periodTitle('A storm cut power to forty thousand homes across the county overnight, and crews expect repairs to take days.', [PROSE], '\n\n')).toBe(false);
  });
});

// Round 6: a title closing on a quotation whose mark is one or two apostrophes (the New York Times
// archive's '' and single quotes), after the sentence mark: "... 'top secret.'". Since round 5 such a
// line ends a sentence; set apart by a blank line above longer prose it is still the title.
describe('a title ending in a quotation closed by apostrophes', () => {
  it.each([
    "Mayor calls the harbour plan 'a costly mistake.'",
    "Council: Ferry cuts would leave islanders 'stranded.'",
    "Mayor calls the harbour plan ''a costly mistake.''",
  ])('%s', (title) => {
    const a = article(`${title}\n\n${PROSE}\n\n${PROSE}`);
    expect(a.headline).toBe(title);
    expect(a.body.startsWith('Lawmakers in both parties')).toBe(true);
  });
  it('the same line running straight into the story (no blank line) is not set apart: no headline from the shape rule', () => {
    expect(periodTitle("Mayor calls the harbour plan 'a costly mistake.'", [PROSE], '\n')).toBe(false);
  });
  it('a long quoted lead sentence set apart is still no title', () => {
    const lead = "The mayor told the council on Tuesday night that the harbour plan, years in the making, was 'a costly mistake.'";
    expect(article(`${lead}\n\n${PROSE}\n\n${PROSE}`).headline).toBeNull();
  });
});
