// The HTML reports in a real browser (issue 20): headless Chromium, one launch for the file. The seeds'
// story page loads with no console error and no request beyond its own file; it marks as many findings
// of each kind as `report --json` has records; its charts are drawn with a size. A story of articles
// full of markup runs nothing: no dialog, no request, no script node, and the text shows as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { cliAsync, ROOT, scratch } from './helpers/cli.js';
import { browserRequired, findChromium } from './helpers/chromium.js';

const CHROMIUM = findChromium();

/** Different in each article, so it is not taken for a site template repeated across the corpus. */
const hostile = (k: number) => `The agency said on day ${k} that <script>alert(1)</script> and <img src=x onerror=alert(2)> and [click](javascript:alert(3)) and </style><style>body{display:none}</style> would follow, officials said.`;

interface Visit {
  page: Page;
  requests: string[];
  errors: string[];
  dialogs: string[];
}

if (!CHROMIUM && !browserRequired()) {
  process.stderr.write('framelens tests: no Chromium found (apt-get install chromium, or set FRAMELENS_CHROMIUM); the browser tests are skipped. In CI they fail instead.\n');
}

describe.skipIf(!CHROMIUM && !browserRequired())('HTML reports in Chromium', () => {
  let browser: Browser;
  let seedsOut: string;
  let hostileOut: string;
  let json: { stories: { slug: string; articles: Record<string, any>[] }[] };

  beforeAll(async () => {
    if (!CHROMIUM) throw new Error('Chromium is not installed: apt-get install -y chromium (or set FRAMELENS_CHROMIUM to its path); .ci/run installs it');
    seedsOut = scratch();
    hostileOut = scratch();
    // The seeds with markup added to every article and to a headline: still one story.
    const hostileCorpus = scratch();
    readdirSync(join(ROOT, 'corpus')).filter((n) => n.endsWith('.txt')).forEach((f, k) => {
      const text = readFileSync(join(ROOT, 'corpus', f), 'utf8');
      writeFileSync(join(hostileCorpus, f), `${f.startsWith('003') ? text.replace('Sanctuary Cities', 'Sanctuary Cities <script>alert(4)</script>') : text}\n\n${hostile(k + 1)}\n`);
    });
    copyFileSync(join(ROOT, 'corpus', 'manifest.jsonl'), join(hostileCorpus, 'manifest.jsonl'));
    const [seeds, bad, launched] = await Promise.all([
      cliAsync(['report', 'corpus', '--out', seedsOut, '--json', '--quiet', '--no-cache']),
      cliAsync(['report', hostileCorpus, '--out', hostileOut, '--quiet', '--no-cache']),
      chromium.launch({ executablePath: CHROMIUM }),
    ]);
    browser = launched;
    expect(seeds.code).toBe(0);
    expect(bad.code).toBe(0);
    json = JSON.parse(seeds.stdout);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function visit(file: string, viewport = { width: 1280, height: 900 }, javaScriptEnabled = true): Promise<Visit> {
    const context = await browser.newContext({ viewport, javaScriptEnabled });
    const page = await context.newPage();
    const own = pathToFileURL(file).href;
    const visit: Visit = { page, requests: [], errors: [], dialogs: [] };
    // Anything but the page itself (and data: URLs) is recorded and never leaves the browser.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === own || url.startsWith('data:')) return route.continue();
      visit.requests.push(url);
      return route.abort();
    });
    page.on('request', (r) => {
      if (r.url() !== own && !r.url().startsWith('data:') && !visit.requests.includes(r.url())) visit.requests.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') visit.errors.push(m.text());
    });
    page.on('pageerror', (e) => visit.errors.push(e.message));
    page.on('dialog', (d) => {
      visit.dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(own, { waitUntil: 'load' });
    return visit;
  }

  it("the seeds' story page loads with no console error and no request", async () => {
    const slug = json.stories[0].slug;
    const v = await visit(join(seedsOut, `${slug}.html`));
    expect(v.errors).toEqual([]);
    expect(v.requests).toEqual([]);
    expect(await v.page.title()).toMatch(/^Story: /);
    await v.page.context().close();
  });

  it('marks as many findings of each kind as report --json has records', async () => {
    const story = json.stories[0];
    const v = await visit(join(seedsOut, `${story.slug}.html`));
    const counts = await v.page.evaluate(() => [...document.querySelectorAll('article.col')].map((col) => {
      const seen: Record<string, Set<string>> = {};
      for (const m of col.querySelectorAll('mark[data-k]')) (seen[m.getAttribute('data-k')!] ??= new Set()).add(m.getAttribute('data-n')!);
      return Object.fromEntries(Object.entries(seen).map(([k, s]) => [k, s.size]));
    }));
    const expected = story.articles.map((r) => {
      const by = (list: { voice?: string; kind?: string }[], key: 'voice' | 'kind', value: string) => list.filter((x) => x[key] === value).length;
      const all: Record<string, number> = {
        quote: by(r.quotes, 'kind', 'speech'), 'quote-term': by(r.quotes, 'kind', 'term'),
        'term-own': by(r.terms, 'voice', 'own'), 'term-quoted': by(r.terms, 'voice', 'quoted'),
        'loaded-own': by(r.loadedWords, 'voice', 'own'), 'loaded-quoted': by(r.loadedWords, 'voice', 'quoted'),
        'verb-own': by(r.reportVerbs, 'voice', 'own'), 'verb-quoted': by(r.reportVerbs, 'voice', 'quoted'),
        phrase: r.partisanPhrases.length, figure: r.figures.length,
        'tone-neg': r.tones.filter((t: { polarity: number }) => t.polarity < 0).length, 'tone-pos': r.tones.filter((t: { polarity: number }) => t.polarity > 0).length,
        bias: r.biasSentences.length,
      };
      return Object.fromEntries(Object.entries(all).filter(([, n]) => n > 0));
    });
    expect(counts).toEqual(expected);
    // The seeds have findings of the main kinds, so the comparison above is not of empty lists.
    expect(expected.map((e) => [e['term-own'] > 0, e.figure > 0, e.quote > 0])).toEqual([[true, true, true], [true, true, true], [true, true, true]]);
    await v.page.context().close();
  });

  it('draws the charts with a size, and stacks the columns on a phone', async () => {
    const story = json.stories[0];
    const v = await visit(join(seedsOut, `${story.slug}.html`), { width: 390, height: 800 });
    const boxes = await v.page.$$eval('#charts svg', (svgs) => svgs.map((s) => s.getBoundingClientRect()).map((r) => [r.width, r.height]));
    // Loaded words, speakers, sides (the seeds quote Stephen Miller, who has a side) and frames.
    expect(boxes).toHaveLength(4);
    for (const [w, h] of boxes) {
      expect(w).toBeGreaterThan(100);
      expect(h).toBeGreaterThan(50);
    }
    const lefts = await v.page.$$eval('article.col', (cols) => cols.map((c) => Math.round(c.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
    const width = await v.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await v.page.context().close();
  });

  // Round 6: read as a reader would, with no JavaScript, on a phone and on a desktop.
  it('on a phone every table fits the screen: its rows stack, each cell under its column name', async () => {
    const v = await visit(join(seedsOut, `${json.stories[0].slug}.html`), { width: 390, height: 800 }, false);
    const tables = await v.page.$$eval('.table', (wrappers) => wrappers.map((w) => {
      const cell = w.querySelector('tbody td[data-label]')!;
      return { fits: w.scrollWidth <= w.clientWidth, label: cell.getAttribute('data-label'), before: getComputedStyle(cell, '::before').content };
    }));
    // The legend, who is heard (sides, actors) and the comparison tables.
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const t of tables) {
      expect(t.fits).toBe(true);
      expect(t.before).toBe(JSON.stringify(`${t.label}: `));
    }
    expect(await v.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await v.page.context().close();
  });

  it('a quoted sentence of the framing evidence jumps to that sentence in its article, marked, with no JavaScript', async () => {
    for (const width of [390, 1280]) {
      const v = await visit(join(seedsOut, `${json.stories[0].slug}.html`), { width, height: 800 }, false);
      const link = v.page.locator('#contrast a.cited').first();
      const quoted = (await link.textContent())!.replace(/^“|…?”$/g, '');
      await link.click();
      const landed = await v.page.evaluate(() => {
        const target = document.querySelector(':target')!;
        const block = target.closest('p, h3, h4')!;
        const range = document.createRange();
        range.setStartAfter(target);
        range.setEndAfter(block.lastChild!);
        const holder = document.createElement('div');
        holder.append(range.cloneContents());
        for (const sup of holder.querySelectorAll('sup.ml')) sup.remove();
        return { inColumn: Boolean(target.closest('article.col')), top: target.getBoundingClientRect().top, text: holder.textContent!.replace(/\s+/g, ' '), marker: getComputedStyle(target, '::before').content };
      });
      expect(landed.inColumn).toBe(true);
      expect(landed.top).toBeGreaterThanOrEqual(0);
      expect(landed.top).toBeLessThan(800);
      expect(landed.text.startsWith(quoted.replace(/\s+/g, ' '))).toBe(true);
      // Not by colour alone: the landing place says "cited" in words.
      expect(landed.marker).toContain('cited');
      await v.page.context().close();
    }
  });

  it('keyboard focus is a visible outline of at least 2 pixels', async () => {
    const v = await visit(join(seedsOut, `${json.stories[0].slug}.html`), undefined, false);
    await v.page.keyboard.press('Tab');
    const focus = await v.page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { tag: document.activeElement!.tagName, style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
    });
    expect(focus.tag).toBe('A');
    expect(focus.style).toBe('solid');
    expect(focus.width).toBeGreaterThanOrEqual(2);
    await v.page.context().close();
  });

  it('the keyboard reaches every mark, and a reached mark shows its details on the screen (round 7)', async () => {
    for (const width of [390, 1280]) {
      const v = await visit(join(seedsOut, `${json.stories[0].slug}.html`), { width, height: 800 }, false);
      // Every finding of the columns' own text has exactly one tab stop (its first piece).
      const stops = await v.page.$$eval('article.col mark[data-k]', (marks) => {
        const by = new Map<string, number>();
        for (const m of marks) {
          if (m.closest('details')) continue;
          const key = `${m.closest('article')!.id}|${m.getAttribute('data-k')}|${m.getAttribute('data-n')}`;
          by.set(key, (by.get(key) ?? 0) + (m.getAttribute('tabindex') === '0' ? 1 : 0));
        }
        return [...by.values()];
      });
      expect(stops.length).toBeGreaterThan(50);
      expect(stops.every((n) => n === 1)).toBe(true);
      // From the legend's link, Tab goes into the first column's marks: the details show in a box on the screen.
      await v.page.locator('#articles a[href="#tables"]').focus();
      await v.page.keyboard.press('Tab');
      const shown = await v.page.evaluate(() => {
        const el = document.activeElement!;
        const after = getComputedStyle(el, '::after');
        const outline = getComputedStyle(el);
        return { tag: el.tagName, inColumn: Boolean(el.closest('article.col')), title: el.getAttribute('title'), content: after.content, position: after.position, bottom: Number.parseFloat(after.bottom), outline: outline.outlineStyle, outlineWidth: Number.parseFloat(outline.outlineWidth) };
      });
      expect(shown.tag).toBe('MARK');
      expect(shown.inColumn).toBe(true);
      expect(shown.title!.length).toBeGreaterThan(5);
      expect(shown.content).toBe(JSON.stringify(shown.title));
      expect(shown.position).toBe('fixed');
      expect(shown.bottom).toBeGreaterThanOrEqual(0);
      expect(shown.outline).toBe('solid');
      expect(shown.outlineWidth).toBeGreaterThanOrEqual(2);
      // A second Tab moves on to another mark; the page does not scroll sideways when a box is shown.
      await v.page.keyboard.press('Tab');
      expect(await v.page.evaluate(() => document.activeElement!.tagName)).toBe('MARK');
      expect(await v.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await v.page.context().close();
    }
  });

  it('a story of articles full of markup runs nothing and shows the markup as text', async () => {
    const page = readdirSync(hostileOut).find((f) => f.endsWith('.html') && f !== 'index.html')!;
    for (const file of [page, 'index.html']) {
      const v = await visit(join(hostileOut, file));
      const state = await v.page.evaluate(() => ({
        scripts: document.querySelectorAll('script').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on'))),
        links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => !/^(#a\d+(-c\d+)?|#tables|[a-z0-9-]+\.(html|md|svg))$/.test(h)),
        images: document.querySelectorAll('img, iframe, object, embed').length,
        styles: document.querySelectorAll('style').length,
        bodyShown: getComputedStyle(document.body).display !== 'none',
        text: document.body.innerText,
        // The text of the article columns without the small letters after the marks.
        columns: [...document.querySelectorAll('article.col')].map((c) => {
          const copy = c.cloneNode(true) as HTMLElement;
          for (const sup of copy.querySelectorAll('sup.ml')) sup.remove();
          return copy.textContent;
        }).join('\n'),
      }));
      expect(v.dialogs).toEqual([]);
      expect(v.requests).toEqual([]);
      expect(v.errors).toEqual([]);
      expect(state).toMatchObject({ scripts: 0, handlers: [], links: [], images: 0, styles: 1, bodyShown: true });
      if (file !== 'index.html') {
        expect(state.columns).toContain('<script>alert(1)</script>');
        expect(state.columns).toContain('<img src=x onerror=alert(2)>');
        expect(state.columns).toContain('[click](javascript:alert(3))');
        expect(state.columns).toContain('</style><style>body{display:none}</style>');
      } else expect(state.text).toContain('<script>alert(4)</script>');
      await v.page.context().close();
    }
  });
});

describe.runIf(!CHROMIUM && browserRequired())('HTML reports in Chromium (browser missing)', () => {
  it('needs Chromium in CI', () => {
    throw new Error('Chromium is not installed: apt-get install -y chromium (or set FRAMELENS_CHROMIUM to its path); .ci/run installs it');
  });
});
