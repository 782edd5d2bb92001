import { describe, expect, it } from 'vitest';
import { quoteCases, runQuoteCase } from './helpers/quote-cases.js';

// Cases framelens gets wrong today, measured and listed so that a fix shows up as a failing
// `it.fails` (remove the id then). Quotes: every case exact; attributions: see the note per id.
const QUOTE_GAPS: Record<string, string> = {
  // Round 6: both rules were built and measured on PolNeAR's even half, and lowered he/she accuracy
  // (a "she" preferring a marked woman: 535 -> 530 of 716; a lone word with a he/she after it as an
  // antecedent: 535 -> 532, places like "Vermont" get "his" too), so they are not in the code.
  'pronoun-she-known-woman': 'an unmarked nearer man is still taken for "she"',
  // (Round 7: with the first-name table, lexicon/first-name-genders.json, "Ray" Beck is a man and the
  // case passes; the table was measured and not adopted, see tests/gender.test.ts.)
  'pronoun-lone-surname-subject': 'a surname written alone, never in full, is no antecedent',
};
const ATTRIBUTION_GAPS: Record<string, string> = {
  'according-to-agency-no-quote': '"Customs and Border Protection" is cut to "Customs"',
  'outlet-reported-citing-anonymous': '"citing" (a participle) is not read as sourcing',
  'outlet-noted-backreference': '"The Washington Post reported" inside a longer clause is missed',
  'multiple-sources-told-outlet': 'a sentence-initial "Multiple" keeps its capital',
  'pronoun-long-aside-subject': 'the attribution pass does not look past an aside with commas of its own',
  'name-of-organisation-pronoun': '"Another pollster, Name of Org, said" is not read as sourcing (the aside after a role noun)',
};

describe('hand-written quotation cases', () => {
  for (const c of quoteCases()) {
    let result: ReturnType<typeof runQuoteCase> | undefined;
    const got = () => (result ??= runQuoteCase(c));
    const quotes = () => expect(got().quotes).toEqual(c.quotes);
    const attributions = () => expect(got().attributions).toEqual(c.attributions.map((a) => ({ source: a.source, anonymous: a.anonymous ?? false })));
    (QUOTE_GAPS[c.id] ? it.fails : it)(`${c.id}: quotes (${c.form})`, quotes);
    (ATTRIBUTION_GAPS[c.id] ? it.fails : it)(`${c.id}: attributions`, attributions);
  }
});
