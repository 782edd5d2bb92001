// Rebuilds lexicon/tone-words.json: the polarity words that tone toward an actor is read from
// (src/framing/tone-words.ts). Run: npm run build:tone-words [-- path/to/shared/lexicons]
//
// What goes in, and why it is not all copied:
// - Hu & Liu's positive opinion words (KDD 2004, CC BY 4.0 in NLTK's data) are copied from
//   ../shared/lexicons/positive_liu2005.txt: no other bundled file holds them.
// - Hu & Liu's negative words are already shipped in lexicon/published-words.json ("liu-negative"):
//   this file points at that list instead of holding a second copy. The build checks that the shipped
//   list still matches the published file, so a rebuild of either one cannot drift silently.
// - Attack verbs ("slam", "blast", "accuse") are the "attack" stance of lexicon/report-verbs.json,
//   pointed at the same way: they give the verb a role (aimed at its object), not only a polarity.
// - Praise verbs are the editors' mirror of the attack verbs (aimed at their object).
// Output is sorted: the same inputs give the same bytes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const DIR = process.argv[2] ?? join(ROOT, '..', 'shared', 'lexicons');
if (!existsSync(DIR)) {
  console.error(`build-tone-words: ${DIR} not found (pass the folder of the published lists)`);
  process.exit(2);
}

/** One word per line; `;` lines are Hu & Liu's header. Their files are Latin-1. */
function readList(file: string): string[] {
  const text = readFileSync(join(DIR, file), 'latin1');
  return [...new Set(text.split(/\r?\n|\r/).map((l) => l.trim().toLowerCase()).filter((l) => l && !l.startsWith(';') && !l.startsWith('#')))].sort();
}

const published = JSON.parse(readFileSync(join(ROOT, 'lexicon', 'published-words.json'), 'utf8')) as { lists: Record<string, { words: string[] }> };
const shippedNegative = published.lists['liu-negative']?.words ?? [];
const negative = readList('negative_liu2005.txt');
if (shippedNegative.join('\n') !== negative.join('\n')) {
  console.error('build-tone-words: lexicon/published-words.json "liu-negative" differs from negative_liu2005.txt; run npm run build:published-lists first');
  process.exit(1);
}
const verbs = JSON.parse(readFileSync(join(ROOT, 'lexicon', 'report-verbs.json'), 'utf8')) as { verbs: { verb: string; stance: string }[] };
const attack = verbs.verbs.filter((v) => v.stance === 'attack');
if (attack.length === 0) {
  console.error('build-tone-words: lexicon/report-verbs.json has no "attack" verbs');
  process.exit(1);
}

// News events that harm or favour the one they happen to, with no opinion word in them ("was
// indicted", "resigned", "defeated Y", "was elected"): a product-review lexicon has none of them.
// Written by the editors from the kinds of events news reports (legal action, loss of office,
// elections), not from a dev set.
// - done TO someone, aimed at the object like the attack verbs (the one who does it is not judged):
const SANCTION = ['arrest', 'charge', 'convict', 'detain', 'expel', 'fine', 'fire', 'impeach', 'indict', 'investigate', 'jail', 'oust', 'probe', 'prosecute', 'sentence', 'subpoena', 'suspend', 'unseat'];
// - nouns of the same events ("the indictment of X", "X's resignation"):
const SANCTION_NOUNS = ['backlash', 'impeachment', 'indictment', 'investigation', 'misconduct', 'ouster', 'resignation', 'wrongdoing'];
// - setbacks the subject suffers ("X resigned", "X trails"):
const SETBACK = ['backtrack', 'quit', 'resign', 'stumble', 'trail'];
// - a contest won: good for the winner (the subject), bad for the one beaten (the object):
const DEFEAT = ['beat', 'defeat', 'outpace', 'outpoll', 'overtake', 'trounce'];
// - favour given to the object (full weight toward it, like praise):
const FAVOUR = ['acquit', 'elect', 'exonerate', 'nominate', 're-elect', 'reelect'];

// Words of political news that judge a person and that Hu & Liu's product-review lexicon lacks,
// written by the editors from the vocabulary of scandal, prejudice, conflict and standing in
// political coverage (checked against Hu & Liu: none is in either of their lists).
const NEWS_NEGATIVE = ['beleaguered', 'besieged', 'bigoted', 'bribe', 'cover-up', 'coverup', 'debunked', 'demagogue', 'demagoguery', 'discredited', 'embezzle', 'embezzlement', 'feud', 'flop', 'fringe', 'grope', 'infighting', 'kickback', 'kickbacks', 'mired', 'misogynist', 'misogynistic', 'misogyny', 'perjury', 'plagued', 'polarizing', 'predator', 'sexism', 'sexist', 'stalled', 'xenophobia', 'xenophobic'];
const NEWS_POSITIVE = ['admired', 'bipartisan', 'front-runner', 'frontrunner', 'landmark', 'landslide', 'milestone', 'momentum', 'popularity', 'reformer', 'rescue', 'respected', 'revered', 'statesman', 'unite'];

// Words Hu & Liu list that in news name a political side or an office, not an opinion: Hu & Liu have
// "conservative" negative and "progressive" positive, which would make every "conservative
// senator" a negative mention and every "progressive" a positive one; "vice" is "vice president".
const NOT_OPINIONS = ['conservative', 'progressive', 'vice'];

// Verbs that turn their object's polarity around for the one who acts (contextual valence shifters,
// Polanyi & Zaenen 2006; verbal shifters, Schulder et al. 2017): "X fought corruption" is good for X,
// "X blocked the popular bill" bad. Editors' list of the common ones in news; no polarity of their own here.
const SHIFTERS = ['abolish', 'alleviate', 'avoid', 'ban', 'block', 'combat', 'counter', 'curb', 'cut', 'dismantle', 'eliminate', 'end', 'eradicate', 'fight', 'fix', 'halt', 'lessen', 'lower', 'oppose', 'overcome', 'prevent', 'reduce', 'reject', 'remove', 'repeal', 'resist', 'resolve', 'scrap', 'solve', 'stem', 'stop', 'tackle', 'thwart', 'undo', 'veto'];

// Verbs of censure aimed at their object, like the report verbs' "attack" stance but missing from it
// ("criticized X", "blamed X", "condemned X"): without the role, "X criticized the plan" charged the
// criticism to X at full weight while "X slammed the plan" counted 0.15. Editors' list of the common
// ones in news; most are Hu & Liu negative words already, and keep that polarity. Not "hammer": a
// surname too ("Robert Hammer" in the seed articles, tagged a verb by wink).
const CENSURE = ['admonish', 'belittle', 'blame', 'castigate', 'censure', 'chastise', 'chide', 'condemn', 'criticise', 'criticize', 'demonise', 'demonize', 'disparage', 'fault', 'insult', 'lampoon', 'malign', 'pillory', 'rebuke', 'reprimand', 'taunt', 'upbraid', 'vilify'];

const PRAISE = ['applaud', 'champion', 'commend', 'congratulate', 'credit', 'defend', 'endorse', 'hail', 'laud', 'praise', 'salute', 'thank'];

const out = {
  name: 'tone-words',
  version: 1,
  description: 'Polarity words for the tone toward an actor (src/framing/tone.ts). Each list has a polarity (+1/-1), a source, and either its words or "from": a list already shipped in another lexicon file, read from there. "role": "attack" or "praise" marks verbs aimed at their object (full weight toward the object, less toward the one who speaks); "defeat" marks a contest won (its polarity toward the subject, the opposite toward the object); "speaker" marks report verbs that colour the one who speaks, not what is spoken about. "speech": true marks verbs that report what someone said ("slammed", "praised"): the tone toward their object is held by the one who speaks, not the outlet. "notOpinions": words of the lists above that news uses as labels of a side or an office; they carry no polarity. "shifters": verbs that turn the polarity of their object around for the one who acts ("fought corruption"), with no polarity of their own. Rebuilt by scripts/build-tone-words.ts.',
  sources: {
    'hu-liu-2004': 'Minqing Hu and Bing Liu, "Mining and Summarizing Customer Reviews", KDD 2004 (opinion lexicon, distributed under CC BY 4.0 in NLTK\'s data)',
    'report-verbs': 'lexicon/report-verbs.json, stances "attack", "doubt", "concession" and "boast" (Recasens et al., ACL 2013; Hooper 1975; framelens editors; see that file)',
    framelens: 'framelens editors: verbs of praise aimed at an object, the mirror of the attack verbs',
    'framelens-censure': 'framelens editors: verbs of censure aimed at an object (criticize, condemn, blame), missing from the attack stance of lexicon/report-verbs.json',
    'valence-shifters': 'framelens editors, after Polanyi and Zaenen, "Contextual Valence Shifters", 2006, and Schulder et al., "Towards Bootstrapping a Polarity Shifter Lexicon using Linguistic Features", IJCNLP 2017: verbs that turn the polarity of their object around',
    'framelens-labels': 'framelens editors: words of the opinion lexicons that in news name a political side or an office (conservative, progressive, vice president), removed from the polarity words',
    'framelens-news-words': 'framelens editors: words of political news that judge a person (scandal, prejudice, conflict, standing) and are missing from the Hu & Liu lexicon',
    'framelens-news-events': 'framelens editors: news events that harm or favour the one they happen to (legal action and loss of office, setbacks, contests won, election and acquittal), where an opinion lexicon has no word',
  },
  shifters: { source: 'valence-shifters', words: SHIFTERS },
  notOpinions: { source: 'framelens-labels', words: NOT_OPINIONS },
  lists: {
    'liu-positive': { source: 'hu-liu-2004', licence: 'CC BY 4.0', polarity: 1, words: readList('positive_liu2005.txt') },
    'liu-negative': { source: 'hu-liu-2004', licence: 'CC BY 4.0', polarity: -1, from: 'published-words.json#liu-negative' },
    'attack-verbs': { source: 'report-verbs', polarity: -1, role: 'attack', speech: true, from: 'report-verbs.json#attack' },
    'praise-verbs': { source: 'framelens', polarity: 1, role: 'praise', speech: true, words: PRAISE },
    'censure-verbs': { source: 'framelens-censure', polarity: -1, role: 'attack', speech: true, words: CENSURE },
    'news-negative': { source: 'framelens-news-words', polarity: -1, words: NEWS_NEGATIVE },
    'news-positive': { source: 'framelens-news-words', polarity: 1, words: NEWS_POSITIVE },
    'sanction-nouns': { source: 'framelens-news-events', polarity: -1, words: SANCTION_NOUNS },
    'sanction-verbs': { source: 'framelens-news-events', polarity: -1, role: 'attack', words: SANCTION },
    'setback-verbs': { source: 'framelens-news-events', polarity: -1, words: SETBACK },
    'defeat-verbs': { source: 'framelens-news-events', polarity: 1, role: 'defeat', words: DEFEAT },
    'favour-verbs': { source: 'framelens-news-events', polarity: 1, role: 'praise', words: FAVOUR },
    // Report verbs that colour their speaker ("claimed", "admitted", "boasted"): negative toward the
    // one who speaks, not toward what is spoken about.
    'doubt-verbs': { source: 'report-verbs', polarity: -1, role: 'speaker', from: 'report-verbs.json#doubt' },
    'concession-verbs': { source: 'report-verbs', polarity: -1, role: 'speaker', from: 'report-verbs.json#concession' },
    'boast-verbs': { source: 'report-verbs', polarity: -1, role: 'speaker', from: 'report-verbs.json#boast' },
  },
};
writeFileSync(join(ROOT, 'lexicon', 'tone-words.json'), `${JSON.stringify(out, null, 1)}\n`);
for (const stance of ['doubt', 'concession', 'boast']) if (!verbs.verbs.some((v) => v.stance === stance)) {
  console.error(`build-tone-words: lexicon/report-verbs.json has no "${stance}" verbs`);
  process.exit(1);
}
console.log(`tone-words: liu-positive ${out.lists['liu-positive'].words.length}, liu-negative ${negative.length} (from published-words.json), attack ${attack.length} (from report-verbs.json), praise ${PRAISE.length}, shifters ${SHIFTERS.length}, news words ${NEWS_NEGATIVE.length + NEWS_POSITIVE.length}, news events ${SANCTION.length + SANCTION_NOUNS.length + SETBACK.length + DEFEAT.length + FAVOUR.length}`);
