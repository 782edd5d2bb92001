// Lines up the figures of a story's articles: the same number for the same thing is one row.
import type { ArticleAnalysis } from '../analyze/index.js';
import type { FigureFinding } from '../types.js';
import { articleId } from './ids.js';

export interface FigureRow {
  value: number;
  unit: string | null;
  per: string | null;
  isPercent: boolean;
  /** Article id -> the figures as each article writes them (empty when it does not report it). */
  byArticle: Record<string, FigureFinding[]>;
}

export interface FigureAlignment {
  rows: FigureRow[];
  /** Rows with the same unit and rate but different values: different periods or a real conflict. */
  differing: FigureRow[][];
}

/** From this value up, the same number in two articles is taken for the same figure whatever it counts. */
export const SAME_NUMBER_SAME_FIGURE = 1000;

export function alignFigures(articles: readonly ArticleAnalysis[]): FigureAlignment {
  const ids = articles.map((a) => articleId(a.article.file));
  const rows: FigureRow[] = [];
  const all = articles.flatMap((a, i) => a.figures.map((f) => ({ f, id: ids[i] })));
  // Figures with a unit first, so "3,000 per day" can join "3,000 arrests per day".
  all.sort((x, y) => Number(y.f.unit !== null) - Number(x.f.unit !== null));
  // Rows by number, so each figure is compared only with rows of the same value (linear in the story's figures).
  const byValue = new Map<string, FigureRow[]>();
  for (const { f, id } of all) {
    // A large number rarely repeats by chance: "about 40,000 residents" and "some 40,000 people" are one figure.
    const sameThing = (r: FigureRow) => r.unit === f.unit || f.unit === null || f.value >= SAME_NUMBER_SAME_FIGURE;
    const valueKey = `${f.value}|${f.isPercent}`;
    const candidates = byValue.get(valueKey) ?? [];
    const row = candidates.find((r) => sameThing(r) && (r.per === f.per || f.per === null || r.per === null));
    if (row) {
      (row.byArticle[id] ??= []).push(f);
      row.per ??= f.per;
    } else {
      const created: FigureRow = { value: f.value, unit: f.unit, per: f.per, isPercent: f.isPercent, byArticle: { [id]: [f] } };
      rows.push(created);
      candidates.push(created);
      byValue.set(valueKey, candidates);
    }
  }
  // Every row lists every article (empty when it does not report the figure), in article order.
  for (const r of rows) r.byArticle = Object.fromEntries(ids.map((i) => [i, r.byArticle[i] ?? []]));
  const reported = (r: FigureRow) => Object.values(r.byArticle).filter((fs) => fs.length > 0).length;
  rows.sort((a, b) => reported(b) - reported(a) || b.value - a.value || (a.unit ?? '').localeCompare(b.unit ?? ''));
  const byMeasure = new Map<string, FigureRow[]>();
  for (const r of rows) {
    if (r.unit === null) continue;
    const key = `${r.unit}|${r.per ?? ''}|${r.isPercent}`;
    const group = byMeasure.get(key);
    if (group) group.push(r);
    else byMeasure.set(key, [r]);
  }
  const differing = [...byMeasure.values()].filter((group) => {
    if (group.length < 2) return false;
    const articlesPerRow = group.map((r) => new Set(Object.entries(r.byArticle).filter(([, fs]) => fs.length > 0).map(([k]) => k)));
    // Only a difference across outlets: one article giving two numbers for one measure is not a conflict.
    return articlesPerRow.some((s, i) => articlesPerRow.some((t, j) => i !== j && [...s].some((x) => !t.has(x)) && [...t].some((x) => !s.has(x))));
  });
  return { rows, differing };
}
