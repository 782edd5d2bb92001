// Politics first (issue 18, docs/politics-first.md): how many ordinary pages get a partisan call or a
// lean, before and after the political-subject gate, and what the gate costs on political news.
//   - readability-other (94 pages of blogs, docs, tech, non-US news): pages hand-listed as political
//     news below (decided from the title and site in expected-metadata.json) are scored apart;
//   - L3S-GN1 dev (299 news pages): split by the URL's section (rule below) into non-political,
//     political and unclassified;
//   - BASIL dev (138 political articles) and ABP `valid` (1,200 political-news articles): share with a
//     political subject (should stay near 100%).
// "Before" is the verdict without the politics-first rules (judgeSlant's `legacy`), computed from the
// same analysis in the same run. Run alone: npx tsx bench/politics-devset.ts [--sample N] [--list]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { toDocument } from '../src/ingest/read-file.js';
import { analyzeDocuments } from '../src/pipeline.js';
import { judgeSlant } from '../src/analyze/slant.js';
import type { ArticleAnalysis } from '../src/analyze/index.js';
import { DEVSETS } from './devsets.js';

const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '0.0'}% (${n}/${d})`;
const gz = (path: string) => gunzipSync(readFileSync(path)).toString('utf8');

/**
 * readability-other pages that are political news, decided by hand from the title and site name in
 * expected-metadata.json (printed by --list so the choice can be checked): a law voted by France's
 * Assemblée (lemonde-1), the Mapuche conflict in Argentina (la-nacion), China's "two sessions"
 * (youth), a football coach and former president Lula (folha). Every other page is a blog, docs,
 * a recipe-like how-to, tech or non-political news; wikipedia-2 ("New Zealand") is a reference page
 * with a government section, counted as non-political news (it is not news at all).
 */
export const READABILITY_POLITICAL = new Set(['lemonde-1', 'la-nacion', 'youth', 'folha']);

/**
 * L3S pages by URL section. Non-political: the URL (host or path) names a section of sport,
 * entertainment, technology, business, lifestyle, health or science. Political: the URL names
 * politics, elections, government or a world-affairs desk. The rest (local and general news) is
 * unclassified and reported apart: it holds both.
 */
const L3S_NON_POLITICAL = /sport|nfl|nba|nhl|mlb|golf|tennis|cricket|hockey|soccer|football|rugby|racing|goal\.com|clubcall|protrade|oddspreview|spartans|sonics|steelers|entertainment|celebrit|showbuzz|gossip|movie|film|music|hiphop|\/ae\/|\/ent|living|lifestyle|travel|food|recipe|tech|gadget|xbox|games|gaming|\bcars?\b|auto|business|money|finance|market|health|science|apcmag|broadband|securitypark|canmag|glosslip/i;
const L3S_POLITICAL = /politic|election|government|\/world\/|worldnews|middle_?east|international|nationworld|crisis|security\/|un\.org|\/opinion|op-ed/i;
export function l3sGroup(url: string): 'non-political' | 'political' | 'unclassified' {
  // A politics section wins over a word like "sport" elsewhere in the URL.
  if (/\/politics?\//i.test(url)) return 'political';
  if (L3S_NON_POLITICAL.test(url)) return 'non-political';
  if (L3S_POLITICAL.test(url)) return 'political';
  return 'unclassified';
}

interface Scored {
  name: string;
  gated: string | null;
  title: string;
  beforeCall: boolean;
  afterCall: boolean;
  /** The verdict's tilt (which way the own-voice terms or learned phrases point, whatever the label). */
  beforeTilt: boolean;
  afterTilt: boolean;
  political: boolean;
  reason: string;
}

/** A partisan call or a named lean (a lean needs a partisan call today; tilt is reported apart). */
const called = (v: { label: string; lean: string | null }) => v.label === 'partisan' || v.lean !== null;

let dumpSet = '';
function score(name: string, title: string, a: ArticleAnalysis): Scored {
  const before = judgeSlant({ terms: a.terms, signals: a.signals, words: a.words, loadedWords: a.loadedWords, reportVerbs: a.reportVerbs, phrases: a.phrases, legacy: true });
  if (process.env.POLITICS_DUMP) {
    const strong = a.political.cues.filter((c) => c.strength === 'strong');
    console.error(JSON.stringify({ set: dumpSet, name, words: a.words, distinctStrong: new Set(strong.map((c) => c.cue)).size, strongN: strong.length, lead: strong.filter((c) => c.lead).length, all: a.political.cues.length, distinctAll: new Set(a.political.cues.map((c) => c.cue)).size, found: a.political.found, before: called(before), after: called(a.slant) }));
  }
  return { name, gated: before.label === 'partisan' || before.lean ? a.slant.gated ?? null : null, title, beforeCall: called(before), afterCall: called(a.slant), beforeTilt: before.tilt !== null, afterTilt: a.slant.tilt !== null, political: a.political.found, reason: a.political.reason };
}

function line(label: string, rows: Scored[]): void {
  const before = rows.filter((r) => r.beforeCall).length;
  const after = rows.filter((r) => r.afterCall).length;
  const political = rows.filter((r) => r.political).length;
  const by = (g: string) => rows.filter((r) => r.gated === g).length;
  const tilt = (f: (r: Scored) => boolean) => pct(rows.filter(f).length, rows.length);
  console.log(`| ${label} | ${rows.length} | ${pct(before, rows.length)} | ${pct(after, rows.length)} | ${pct(political, rows.length)} | ${by('no-political-subject')} / ${by('weak-evidence-only')} | ${tilt((r) => r.beforeTilt)} → ${tilt((r) => r.afterTilt)} |`);
}

const analyzeHtml = (name: string, html: string) => analyzeDocuments([toDocument(`${name}.html`, html, 'html')])[0];
const analyzeText = (name: string, text: string) => analyzeDocuments([toDocument(`${name}.txt`, text, 'text')])[0];

export function politicsDevset(options: { sample?: number; list?: boolean } = {}): void {
  const take = <T>(xs: T[]) => (options.sample ? xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / options.sample!)) === 0).slice(0, options.sample) : xs);
  console.log('\n## Politics first: partisan calls and leans on pages with and without a political subject');
  console.log('A page counts as called when the verdict is partisan or names a lean. "Before": the verdict without the politics-first rules, from the same analysis.');
  console.log('| pages | n | called before | called after | political subject found | calls set aside: no political subject / weak evidence only | tilt named, before → after |\n|---|---|---|---|---|---|---|');
  const listed: string[] = [];

  const other = join(DEVSETS, 'html', 'readability-other');
  if (existsSync(other)) {
    const rows: Scored[] = [];
    for (const name of take(readdirSync(other).sort())) {
      const dir = join(other, name);
      const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { title?: string | null; siteName?: string | null };
      dumpSet = READABILITY_POLITICAL.has(name) ? 'ro-pol' : 'ro-non';
      rows.push(score(name, `${meta.title ?? ''}${meta.siteName ? ` (${meta.siteName})` : ''}`, analyzeHtml(name, gz(join(dir, 'source.html.gz')))));
    }
    const pol = rows.filter((r) => READABILITY_POLITICAL.has(r.name));
    line('readability-other, non-political', rows.filter((r) => !READABILITY_POLITICAL.has(r.name)));
    line('readability-other, political news (hand list)', pol);
    listed.push(`readability-other political news (hand list): ${pol.map((r) => `${r.name} "${r.title}"`).join('; ')}`);
    for (const r of rows) if (r.afterCall || r.beforeCall || options.list) listed.push(`  readability-other ${r.name}: before ${r.beforeCall ? 'called' : '-'}, after ${r.afterCall ? 'called' : '-'}; ${r.reason} | ${r.title.slice(0, 80)}`);
  } else console.log('| readability-other | skipped: not found | | | | | |');

  const l3s = join(DEVSETS, 'html', 'l3s-gn1-dev');
  if (existsSync(l3s)) {
    const gold = readFileSync(join(l3s, 'gold-blocks.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; url: string; html: string; first_headline: string | null });
    const rows = new Map<string, Scored[]>([['non-political', []], ['political', []], ['unclassified', []]]);
    for (const g of take(gold)) {
      const group = l3sGroup(g.url);
      dumpSet = `l3s-${group}`;
      rows.get(group)!.push(score(g.id, `${g.first_headline ?? ''} <${g.url}>`, analyzeHtml(g.id, gz(join(l3s, g.html)))));
    }
    for (const [group, rs] of rows) line(`L3S-GN1 dev, ${group} (by URL section)`, rs);
    console.log(`L3S split by URL section: ${[...rows].map(([g, rs]) => `${g} ${rs.length}`).join(', ')}`);
    for (const r of rows.get('non-political')!) if (r.afterCall || options.list) listed.push(`  L3S non-political ${r.title.slice(0, 120)}: after ${r.afterCall ? 'called' : '-'}; ${r.reason}`);
    if (options.list) for (const g of ['political', 'unclassified']) for (const r of rows.get(g)!) listed.push(`  L3S ${g} ${r.title.slice(0, 120)}: political ${r.political}`);
  } else console.log('| L3S-GN1 dev | skipped: not found | | | | | |');

  const basil = join(DEVSETS, 'framing', 'basil-dev.jsonl.gz');
  if (existsSync(basil)) {
    const rows = take(gz(basil).split('\n').filter(Boolean).map((l) => JSON.parse(l) as { triplet_uuid: string; source: string; title: string; sentences: string[]; sentence_paragraph: number[] }));
    dumpSet = 'basil';
    const scored = rows.map((r) => {
      const paragraphs: string[][] = [];
      r.sentences.forEach((s, i) => (paragraphs[r.sentence_paragraph[i]] ??= []).push(s));
      const text = `${r.title}\n\n${paragraphs.filter(Boolean).map((p) => p.join(' ')).join('\n\n')}`;
      return score(`${r.triplet_uuid}-${r.source}`, r.title, analyzeText(r.source, text));
    });
    line('BASIL dev (all political)', scored);
    for (const r of scored) if (!r.political || options.list) listed.push(`  BASIL ${r.political ? 'political' : 'NOT political'}: "${r.title.slice(0, 100)}"; ${r.reason}`);
  } else console.log('| BASIL dev | skipped: not found | | | | | |');

  const abp = join(DEVSETS, 'lean', 'abp-train-valid.jsonl.gz');
  if (existsSync(abp)) {
    const rows = take(gz(abp).split('\n').filter(Boolean).map((l) => JSON.parse(l) as { split: string; id: string; title: string; text: string; topic: string }).filter((r) => r.split === 'valid'));
    dumpSet = 'abp';
    const scored = rows.map((r) => score(r.id, `${r.title} [${r.topic}]`, analyzeText(r.id, `${r.title}\n\n${r.text}`)));
    line('ABP valid (political news)', scored);
    const missed = scored.filter((r) => !r.political);
    const byTopic = new Map<string, number>();
    for (const r of missed) {
      const topic = /\[([^\]]*)\]$/.exec(r.title)?.[1] ?? '?';
      byTopic.set(topic, (byTopic.get(topic) ?? 0) + 1);
    }
    console.log(`ABP valid without a political subject, by ABP topic: ${[...byTopic].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([t, n]) => `${t} ${n}`).join(', ')}`);
    if (options.list) for (const r of missed) listed.push(`  ABP no political subject: ${r.title.slice(0, 100)}`);
  } else console.log('| ABP valid | skipped: not found | | | | | |');

  console.log(listed.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--sample');
  politicsDevset({ sample: at > 0 ? Number(process.argv[at + 1]) : undefined, list: process.argv.includes('--list') });
}
