// Structure on real news pages (../shared/devsets/html): framelens against Mozilla Readability on the
// same pages. Each extractor runs in its own child process so that its time and peak memory are its own.
// Run alone with `npx tsx bench/html-devset.ts` (add `--pages N` for a quick look, `--dump DIR` to
// write one JSON line per page and extractor for reading the misses).
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tokenF1 } from './devsets.js';

const DEVSETS = join(import.meta.dirname, '..', '..', 'shared', 'devsets', 'html');
const L3S = join(DEVSETS, 'l3s-gn1-dev');
const META = join(DEVSETS, 'readability-news');
const SYSTEMS = ['framelens', 'readability-jsdom', 'readability-linkedom'] as const;
type System = (typeof SYSTEMS)[number];

/** What one extractor says about one page. */
interface Extracted {
  body: string;
  headline: string | null;
  byline: string | null;
  published: string | null;
}

interface GoldPage {
  id: string;
  html: string;
  first_headline: string | null;
  blocks: { label: string; text: string }[];
}

// Same tokens and shingles as /work/shared/tools/devcheck.mjs, so the figures agree with it.
const tokens = (s: string | null | undefined): string[] => String(s ?? '').toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
function shingles(t: string[], n = 4): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= t.length; i += 1) {
    const k = t.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
/** devcheck's headline comparison: drop a trailing " | Site" from the prediction, then compare tokens. */
const headlineKey = (s: string | null | undefined) => tokens(String(s ?? '').replace(/\s+[|\-–—]\s+[^|\-–—]{2,40}$/, '')).join(' ');

// Pages are decoded as UTF-8 even where they declare another charset (devsets README).
const readPage = (path: string) => gunzipSync(readFileSync(path)).toString('utf8');

/** framelens's ingest time per page (HTML to blocks: content region, hints, headline, metadata), apart from wink. */
const ingestTimes: number[] = [];

async function extractorFor(system: System): Promise<(html: string, name: string) => Extracted> {
  if (system === 'framelens') {
    const { toDocument } = await import('../src/ingest/read-file.js');
    const { parseDocument } = await import('../src/nlp/parse-document.js');
    const { structureArticle } = await import('../src/structure/index.js');
    return (html, name) => {
      const t = performance.now();
      const doc = toDocument(name, html, 'html');
      ingestTimes.push(performance.now() - t);
      const a = structureArticle(parseDocument(doc));
      // FRAMELENS_BENCH_BLOCKS=1 prints every block's role and evidence (with FRAMELENS_BENCH_PAGES=id,... to read one page).
      if (process.env.FRAMELENS_BENCH_BLOCKS === '1') for (const b of a.blocks) console.error(`${name}\t${b.role}${b.reason ? `/${b.reason}` : ''}\t${b.hint ?? ''}\t${JSON.stringify(b.text.slice(0, 100))}\t${b.why}`);
      return { body: a.body, headline: a.headline, byline: a.byline, published: a.published };
    };
  }
  const { Readability } = await import('@mozilla/readability');
  const fromDocument = (document: Document): Extracted => {
    const r = new Readability(document).parse();
    return { body: r?.textContent ?? '', headline: r?.title ?? null, byline: r?.byline ?? null, published: r?.publishedTime ?? null };
  };
  if (system === 'readability-jsdom') {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    return (html) => fromDocument(new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document);
  }
  const { parseHTML } = await import('linkedom');
  return (html) => fromDocument(parseHTML(html).document as unknown as Document);
}

interface SetScores {
  pages: number;
  recall: number;
  leakage: Record<string, number>;
  headline: number;
  empty: number;
  emptyWithText: number;
  msPerPage: number;
  msMedian: number;
  /** framelens only: median ms of ingest alone (no wink parse). */
  ingestMedian: number | null;
  failures: number;
}

const median = (xs: number[]) => (xs.length === 0 ? 0 : [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);

interface MetaScores {
  pages: number;
  headline: number;
  /** Over the pages whose checked metadata has a byline. */
  byline: number;
  bylinePages: number;
  /** Over the pages whose checked metadata has a date: the same instant or the same calendar day. */
  published: number;
  publishedPages: number;
  /** Pages where the extractor gives a date the checked metadata lacks (not necessarily wrong). */
  extraDates: number;
  /** Mean bag-of-words F1 of the body against Readability's own output (expected.html): agreement, not truth. */
  bodyF1: number;
  msPerPage: number;
}

const LEAK_LABELS = ['not-content', 'related', 'comments', 'supplemental'];

async function scoreL3s(system: System, limit: number, dump: string | null): Promise<SetScores | null> {
  if (!existsSync(join(L3S, 'gold-blocks.jsonl'))) return null;
  const extract = await extractorFor(system);
  const only = process.env.FRAMELENS_BENCH_PAGES ? new Set(process.env.FRAMELENS_BENCH_PAGES.split(',')) : null;
  const pages = readFileSync(join(L3S, 'gold-blocks.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldPage).filter((p) => !only || only.has(p.id)).slice(0, limit);
  let hit = 0, all = 0, head = 0, headN = 0, empty = 0, emptyWithText = 0, failures = 0, ms = 0;
  const times: number[] = [];
  ingestTimes.length = 0;
  const leak = Object.fromEntries(LEAK_LABELS.map((l) => [l, [0, 0]])) as Record<string, [number, number]>;
  const rows: string[] = [];
  for (const page of pages) {
    const html = readPage(join(L3S, page.html));
    let got: Extracted = { body: '', headline: null, byline: null, published: null };
    const t = performance.now();
    try {
      got = extract(html, `${page.id}.html`);
    } catch (error) {
      failures += 1;
      rows.push(JSON.stringify({ id: page.id, error: String(error) }));
    }
    ms += performance.now() - t;
    times.push(performance.now() - t);
    const bodyTokens = tokens(got.body);
    const body = shingles(bodyTokens);
    const goldTokens = page.blocks.filter((b) => b.label === 'fulltext').flatMap((b) => tokens(b.text));
    const full = shingles(goldTokens);
    let pageHit = 0, pageAll = 0;
    for (const [k, c] of full) {
      pageAll += c;
      pageHit += Math.min(c, body.get(k) ?? 0);
    }
    hit += pageHit;
    all += pageAll;
    if (bodyTokens.length === 0) {
      empty += 1;
      if (goldTokens.length >= 100) emptyWithText += 1;
    }
    const keep = new Set([...full.keys(), ...shingles(page.blocks.filter((b) => b.label === 'headline').flatMap((b) => tokens(b.text))).keys()]);
    const pageLeak: Record<string, [number, number]> = {};
    for (const label of LEAK_LABELS) {
      const keys = new Set<string>();
      for (const b of page.blocks) if (b.label === label) for (const k of shingles(tokens(b.text)).keys()) if (!keep.has(k)) keys.add(k);
      let n = 0;
      for (const k of keys) n += Number(body.has(k));
      leak[label][0] += n;
      leak[label][1] += keys.size;
      pageLeak[label] = [n, keys.size];
    }
    let headOk: boolean | null = null;
    if (page.first_headline) {
      headN += 1;
      const h = headlineKey(got.headline);
      headOk = h !== '' && h === tokens(page.first_headline).join(' ');
      head += Number(headOk);
    }
    if (dump) rows.push(JSON.stringify({ id: page.id, recall: pageAll ? pageHit / pageAll : null, goldWords: goldTokens.length, bodyWords: bodyTokens.length, leak: pageLeak, headOk, headline: got.headline, gold: page.first_headline }));
  }
  if (dump) writeFileSync(join(dump, `l3s-${system}.jsonl`), rows.join('\n') + '\n');
  return {
    pages: pages.length,
    recall: all ? hit / all : 0,
    leakage: Object.fromEntries(LEAK_LABELS.map((l) => [l, leak[l][1] ? leak[l][0] / leak[l][1] : 0])),
    headline: headN ? head / headN : 0,
    empty,
    emptyWithText,
    msPerPage: ms / pages.length,
    msMedian: median(times),
    ingestMedian: system === 'framelens' ? median(ingestTimes) : null,
    failures,
  };
}

/** The text of Readability's saved output: tags dropped, the common entities decoded. */
const htmlText = (html: string) =>
  html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&#x27;|&#39;|&rsquo;|&lsquo;/g, "'").replace(/&quot;|&ldquo;|&rdquo;/g, '"');

const nameKey = (s: string | null | undefined) => tokens(String(s ?? '').replace(/^\s*by\s+/i, ''));
/** A byline matches when the names agree: ours equals the labelled byline or starts it ("Jane Doe" in "Jane Doe, MA WebMD"). */
function bylineMatches(got: string | null, want: string | null): boolean {
  // "Jane Doe and John Roe" and "Jane Doe, John Roe" name the same people.
  const w = nameKey(want).filter((t) => t !== 'and');
  const g = nameKey(got).filter((t) => t !== 'and');
  if (w.length === 0) return g.length === 0;
  return g.length > 0 && g.length <= w.length && g.every((t, i) => t === w[i]);
}
const day = (s: string | null | undefined) => /\d{4}-\d{2}-\d{2}/.exec(String(s ?? ''))?.[0] ?? null;
/** Same instant (time zones aside) or, failing that, the same calendar day as written. */
function sameDate(got: string | null, want: string): boolean {
  if (!got) return false;
  const a = Date.parse(got);
  const b = Date.parse(want);
  if (Number.isFinite(a) && Number.isFinite(b) && a === b) return true;
  return day(got) !== null && day(got) === day(want);
}

async function scoreMeta(system: System, dump: string | null): Promise<MetaScores | null> {
  if (!existsSync(META)) return null;
  const extract = await extractorFor(system);
  const names = readdirSync(META).filter((d) => existsSync(join(META, d, 'source.html.gz'))).sort();
  let head = 0, byline = 0, bylinePages = 0, published = 0, publishedPages = 0, extraDates = 0, ms = 0, f1 = 0;
  const rows: string[] = [];
  for (const name of names) {
    const html = readPage(join(META, name, 'source.html.gz'));
    const want = JSON.parse(readFileSync(join(META, name, 'expected-metadata.json'), 'utf8')) as { title: string | null; byline: string | null; publishedTime: string | null };
    let got: Extracted = { body: '', headline: null, byline: null, published: null };
    const t = performance.now();
    try {
      got = extract(html, `${name}.html`);
    } catch {
      // counted as a miss on every field
    }
    ms += performance.now() - t;
    const expected = join(META, name, 'expected.html.gz');
    const pageF1 = existsSync(expected) ? tokenF1(got.body, htmlText(readPage(expected)), tokens) : 0;
    f1 += pageF1;
    const headOk = headlineKey(got.headline) === headlineKey(want.title);
    const bylineOk = bylineMatches(got.byline, want.byline);
    const dayOk = want.publishedTime ? sameDate(got.published, want.publishedTime) : null;
    head += Number(headOk);
    if (want.byline) {
      bylinePages += 1;
      byline += Number(bylineOk);
    }
    if (want.publishedTime) {
      publishedPages += 1;
      published += Number(dayOk);
    } else if (got.published) extraDates += 1;
    if (dump) rows.push(JSON.stringify({ name, bodyF1: pageF1, headOk, headline: got.headline, title: want.title, bylineOk, byline: got.byline, wantByline: want.byline, dayOk, published: got.published, wantPublished: want.publishedTime }));
  }
  if (dump) writeFileSync(join(dump, `meta-${system}.jsonl`), rows.join('\n') + '\n');
  const n = names.length;
  return { pages: n, headline: head / n, byline: bylinePages ? byline / bylinePages : 0, bylinePages, published: publishedPages ? published / publishedPages : 0, publishedPages, extraDates, bodyF1: f1 / n, msPerPage: ms / n };
}

interface ChildResult {
  system: System;
  l3s: SetScores | null;
  meta: MetaScores | null;
  peakMB: number;
}

async function runChild(system: System, limit: number, dump: string | null): Promise<void> {
  const l3s = await scoreL3s(system, limit, dump);
  const meta = await scoreMeta(system, dump);
  const result: ChildResult = { system, l3s, meta, peakMB: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Runs each extractor in a child process over both sets and prints one table. */
export function htmlDevsetBenchmark(options: { pages?: number; dump?: string | null } = {}): void {
  if (!existsSync(L3S) && !existsSync(META)) {
    console.log(`\n## Real news pages: skipped (${DEVSETS} is missing)`);
    return;
  }
  const results: ChildResult[] = [];
  for (const system of SYSTEMS) {
    const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', system, '--pages', String(options.pages ?? 1e9)];
    if (options.dump) args.push('--dump', options.dump);
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26, cwd: join(import.meta.dirname, '..') });
    const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
    if (!line) {
      console.log(`${system}: failed (${run.stderr.split('\n').slice(0, 3).join(' ')})`);
      continue;
    }
    results.push(JSON.parse(line) as ChildResult);
  }
  const row = (label: string, cell: (r: ChildResult) => string) => console.log(`| ${label} | ${results.map(cell).join(' | ')} |`);
  const l3sPages = results[0]?.l3s?.pages;
  if (l3sPages) {
    console.log(`\n## Real news pages: L3S-GN1 dev, ${l3sPages} pages from 2008 with block labels`);
    console.log(`| | ${results.map((r) => r.system).join(' | ')} |\n|---|${results.map(() => '---|').join('')}`);
    row('article-text recall (4-token shingles)', (r) => f3(r.l3s!.recall));
    for (const label of LEAK_LABELS) row(`${label} leaking into body`, (r) => f3(r.l3s!.leakage[label]));
    row('headline exact', (r) => f3(r.l3s!.headline));
    row('empty bodies (of them with >= 100 gold words)', (r) => `${r.l3s!.empty} (${r.l3s!.emptyWithText})`);
    row('ms/page, mean', (r) => r.l3s!.msPerPage.toFixed(1));
    row('ms/page, median', (r) => r.l3s!.msMedian.toFixed(1));
    row('ms/page, median, ingest alone (HTML to blocks, no wink)', (r) => (r.l3s!.ingestMedian === null ? 'n/a' : r.l3s!.ingestMedian.toFixed(1)));
    row('pages that threw', (r) => String(r.l3s!.failures));
  }
  const metaPages = results[0]?.meta?.pages;
  if (metaPages) {
    console.log(`\n## Real news pages: Readability test pages, ${metaPages} with checked metadata`);
    console.log(`| | ${results.map((r) => r.system).join(' | ')} |\n|---|${results.map(() => '---|').join('')}`);
    const m = results[0].meta!;
    console.log('(the checked metadata is Readability\'s own output, so Readability agrees with it by construction)');
    row('headline (title) exact', (r) => pct(r.meta!.headline));
    row(`byline match (${m.bylinePages} pages with a byline)`, (r) => pct(r.meta!.byline));
    row(`published: same instant or day (${m.publishedPages} pages with a date)`, (r) => pct(r.meta!.published));
    row('a date where the checked metadata has none', (r) => String(r.meta!.extraDates));
    row("body word F1 against Readability's saved output", (r) => f3(r.meta!.bodyF1));
    row('ms/page', (r) => r.meta!.msPerPage.toFixed(1));
  }
  row('peak memory of the process (MB)', (r) => r.peakMB.toFixed(0));
  const fl = results.find((r) => r.system === 'framelens')?.l3s;
  const rj = results.find((r) => r.system === 'readability-jsdom')?.l3s;
  if (fl && rj) {
    console.log(`\nPer page on the L3S pages, against Readability on jsdom: framelens ingest + wink parse of every block + roles is ${(rj.msMedian / fl.msMedian).toFixed(1)}x faster (medians; ${(rj.msPerPage / fl.msPerPage).toFixed(1)}x on means);`);
    console.log(`framelens ingest alone (the part that does Readability's job: content region, hints, headline, metadata) is ${(rj.msMedian / (fl.ingestMedian ?? Infinity)).toFixed(1)}x faster (medians).`);
  }
}

/** Content words of a title or line: letters and digits, 3+ characters, possessive 's dropped. */
const contentWords = (x: string) => new Set((x.toLowerCase().replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !['the', 'and', 'for', 'with', 'from', 'that', 'this', 'are', 'was', 'has'].includes(w)));
function carriesTitle(line: string, title: string): boolean {
  const a = contentWords(line);
  const b = contentWords(title);
  if (a.size === 0 || b.size === 0 || line.split(/\s+/).length > 20 || /[.!?]["”’)]*$/.test(line.trim())) return false;
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared >= 2 && shared / a.size >= 0.6;
}
/** The text less any version of its title in its opening lines (see the ABP "whole title" note). */
function withoutTitle(text: string, title: string): string {
  if (!title) return text;
  const paragraphs = text.trim().split(/\n\s*\n|\n/);
  const out: string[] = [];
  paragraphs.forEach((p, i) => {
    const line = p.trim();
    if (i < 3 && carriesTitle(line, title)) {
      if (process.env.FRAMELENS_BENCH_SHOW === '1') console.error(`abp-title-line\t${JSON.stringify(line)}\t${JSON.stringify(title)}`);
      return;
    }
    const tail = i === 0 ? /^(.+[.!?]["”’)]*)\s+([^.!?]+)$/u.exec(line) : null;
    if (tail && carriesTitle(tail[2], title) && process.env.FRAMELENS_BENCH_SHOW === '1') console.error(`abp-title-tail\t${JSON.stringify(tail[2])}\t${JSON.stringify(title)}`);
    out.push(tail && carriesTitle(tail[2], title) ? tail[1] : p);
  });
  return out.join('\n\n');
}

/**
 * Plain-text headlines on real articles: PolNeAR articles start with their headline as the first
 * paragraph; Article Bias Prediction texts start with their lead (the title is a separate field), so
 * there the first paragraph must not be taken for a headline. Every third / tenth article.
 */
export async function textHeadlineBenchmark(): Promise<void> {
  const polnear = join(DEVSETS, '..', 'quotes', 'polnear-train.jsonl.gz');
  const abp = join(DEVSETS, '..', 'lean', 'abp-train-valid.jsonl.gz');
  if (!existsSync(polnear) || !existsSync(abp)) {
    console.log('\n## Plain-text headlines: skipped (PolNeAR or ABP set missing)');
    return;
  }
  const { toDocument } = await import('../src/ingest/read-file.js');
  const { parseDocument } = await import('../src/nlp/parse-document.js');
  const { structureArticle } = await import('../src/structure/index.js');
  const lines = (file: string) => gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n');
  const headlineOf = (text: string) => structureArticle(parseDocument(toDocument('a.txt', text, 'text'))).headline;
  // FRAMELENS_BENCH_SHOW=1 prints each miss to stderr (what was taken for a title, what was lost), to read while iterating.
  const show = process.env.FRAMELENS_BENCH_SHOW === '1';
  const miss = (kind: string, got: string | null, text: string) => {
    if (show) console.error(`${kind}\t${JSON.stringify(got)}\t${JSON.stringify(text.slice(0, 400))}`);
  };
  // With the title: PolNeAR as published (title line first), ABP with its title field put on top.
  // Without: PolNeAR with its first paragraph removed, ABP as stored. Without a title line, any
  // headline is invented (the lead sentence or a caption taken for a title).
  // "Title removed" is measured two ways. As first built: PolNeAR less its first paragraph, ABP less
  // an opening line that starts with its title. Whole title: PolNeAR's first paragraph can end in ';'
  // when the source split a two-deck headline over two paragraphs ("Most oppose defunding X;" then
  // "Poll precedes battle on Capitol Hill."), so the second deck goes too; an ABP text can carry its
  // title at the end of its first line ("<summary sentence>. <Title>", Politico), so that is cut off.
  let right = 0, total = 0, invented = 0, bare = 0, inventedWhole = 0, bareWhole = 0;
  for (const line of lines(polnear).filter((_, i) => i % 3 === 0)) {
    const { text } = JSON.parse(line) as { text: string };
    const first = text.split('\n')[0].trim();
    total += 1;
    const got = headlineOf(text);
    right += Number((got ?? '').trim() === first);
    if ((got ?? '').trim() !== first) miss('polnear-lost', got, text);
    const rest = text.slice(text.indexOf('\n') + 1).replace(/^\s+/, '');
    if (!rest) continue;
    bare += 1;
    const gotBare = headlineOf(rest);
    invented += Number(gotBare !== null);
    const whole = /;\s*$/.test(first) ? rest.slice(rest.indexOf('\n') + 1).replace(/^\s+/, '') : rest;
    if (whole === rest) {
      if (gotBare !== null) miss('polnear-invented', gotBare, rest);
      bareWhole += 1;
      inventedWhole += Number(gotBare !== null);
    } else if (whole && rest.includes('\n')) {
      if (gotBare !== null) miss('polnear-invented-first', gotBare, rest);
      const gotWhole = headlineOf(whole);
      if (gotWhole !== null) miss('polnear-invented', gotWhole, whole);
      bareWhole += 1;
      inventedWhole += Number(gotWhole !== null);
    }
  }
  let leads = 0, leadTitles = 0, titled = 0, titledRight = 0, leadsWhole = 0, leadTitlesWhole = 0;
  for (const line of lines(abp).filter((_, i) => i % 10 === 0)) {
    const { text, title } = JSON.parse(line) as { text: string; title?: string };
    const t = (title ?? '').replace(/\s+/g, ' ').trim();
    // Some stored texts open with their own title (NPR, Vox): take it off, so that "title removed" holds.
    const key = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const firstLine = text.trim().split('\n')[0];
    const bare = t && key(firstLine).startsWith(key(t)) ? text.trim().slice(firstLine.length).trim() : text;
    leads += 1;
    const gotBare = headlineOf(bare);
    leadTitles += Number(gotBare !== null);
    // The whole title: the stored text can carry a version of its title that differs from the title
    // field (NPR, National Review: "Sessions Forced Out As Attorney General" for "Jeff Sessions resigns
    // ..."), as one of its first three lines or after a summary sentence at the end of the first line
    // (Politico: "<summary sentence>. Ayotte on defense over gun vote"). A line or tail carries the
    // title when it has no sentence end, at most 20 words, and 60% of its content words (2 or more)
    // are the title's; such lines and tails go. A lead that restates the title ends like a sentence
    // and stays.
    const whole = withoutTitle(bare, t);
    const gotWhole = whole === bare ? gotBare : headlineOf(whole);
    leadsWhole += 1;
    leadTitlesWhole += Number(gotWhole !== null);
    if (gotWhole !== null) miss('abp-invented', gotWhole, `[title field: ${t}] ${whole}`);
    if (!t) continue;
    titled += 1;
    const got = headlineOf(`${t}\n\n${text}`);
    titledRight += Number((got ?? '').trim() === t);
    if ((got ?? '').trim() !== t) miss('abp-lost', got, `${t}\n\n${text}`);
  }
  console.log('\n## Plain-text headlines');
  console.log('| | title line present: headline exact (goal >= 95%) | title removed as first built: a headline given anyway | whole title removed: a headline given anyway (goal <= 5%) |\n|---|---|---|---|');
  console.log(`| PolNeAR (every 3rd; first paragraph is the title; whole: with the second deck after a ';') | ${pct(right / total)} (${right}/${total}) | ${pct(invented / bare)} (${invented}/${bare}) | ${pct(inventedWhole / bareWhole)} (${inventedWhole}/${bareWhole}) |`);
  console.log(`| Article Bias Prediction (every 10th; title field put on top; without: text as stored, less an opening line that is the title; whole: also a title ending the first line) | ${pct(titledRight / titled)} (${titledRight}/${titled}) | ${pct(leadTitles / leads)} (${leadTitles}/${leads}) | ${pct(leadTitlesWhole / leadsWhole)} (${leadTitlesWhole}/${leadsWhole}) |`);
  console.log(`| both | ${pct((right + titledRight) / (total + titled))} | ${pct((invented + leadTitles) / (bare + leads))} | ${pct((inventedWhole + leadTitlesWhole) / (bareWhole + leadsWhole))} |`);
}

const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const child = argValue('--child') as System | undefined;
  const pages = Number(argValue('--pages') ?? 1e9);
  const dump = argValue('--dump') ?? null;
  if (dump) mkdirSync(dump, { recursive: true });
  if (child) await runChild(child, pages, dump);
  else {
    htmlDevsetBenchmark({ pages, dump });
    await textHeadlineBenchmark();
  }
}
