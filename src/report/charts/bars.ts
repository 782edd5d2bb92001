// A horizontal grouped bar chart as hand-written SVG: rows (articles, speakers, frames), one bar per
// series in each row, the value written at the end of every bar with the series' short name, so a
// reader needs neither colour nor the legend to read it. Series differ by fill pattern as well as by
// colour. Same data, same bytes: numbers are formatted with fixed decimals and nothing depends on time
// or locale.
import { esc } from '../html/escape.js';

/** The first line of every chart file framelens writes: how a later run knows the file is its own. */
export const SVG_MARKER = '<svg xmlns="http://www.w3.org/2000/svg" data-framelens="chart"';

export interface BarRow {
  label: string;
  /** One value per series; null draws no bar (and writes "—"). */
  values: (number | null)[];
}

export interface BarChart {
  /** Unique on a page: prefixes the ids of the chart's patterns. */
  id: string;
  title: string;
  /** What the values are, under the axis ("per 1,000 words of the article's own text"). */
  axis: string;
  /** One name per series, for the legend, and a short name written beside each bar. */
  series: { name: string; short: string }[];
  rows: BarRow[];
  /** The value as written beside a bar and on the axis. */
  format: (value: number) => string;
  /** A line under the chart (rows left out, what is counted). */
  note?: string;
}

// Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), darker first.
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
const WIDTH = 760;
const LABEL_W = 210;
const VALUE_W = 120;
const BAR_H = 14;
const BAR_GAP = 3;
const ROW_GAP = 12;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

const num = (x: number) => (Math.round(x * 10) / 10).toString();

/** A round axis step giving about five ticks. */
function niceStep(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * power;
}

/** Pattern `i`: solid, then stripes, dots, cross-hatching … on the series colour. */
function pattern(id: string, i: number): string {
  const colour = COLOURS[i % COLOURS.length];
  const marks = [
    '',
    '<path d="M0 6L6 0" stroke="#fff" stroke-width="1.6"/>',
    '<circle cx="3" cy="3" r="1.3" fill="#fff"/>',
    '<path d="M0 3H6M3 0V6" stroke="#fff" stroke-width="1.2"/>',
    '<path d="M0 0L6 6" stroke="#fff" stroke-width="1.6"/>',
    '<path d="M0 3H6" stroke="#fff" stroke-width="1.6"/>',
    '<path d="M3 0V6" stroke="#fff" stroke-width="1.6"/>',
  ][i % 7];
  return `<pattern id="${id}-p${i}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${colour}"/>${marks}</pattern>`;
}

/** Shortens a label to fit the label column; the full text stays in the row's <title>. */
const fit = (text: string, max = 32) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

export function barChartSvg(chart: BarChart): string {
  const id = chart.id.replace(/[^a-z0-9-]/gi, '');
  const n = chart.series.length;
  const values = chart.rows.flatMap((r) => r.values.filter((v): v is number => v !== null));
  const max = Math.max(0, ...values);
  const step = max > 0 ? niceStep(max) : 1;
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const plotW = WIDTH - LABEL_W - VALUE_W;
  const x = (v: number) => LABEL_W + (v / top) * plotW;
  const legendY = 44;
  const legendRows = Math.ceil(n / 3);
  const plotTop = legendY + legendRows * 20 + 6;
  const rowH = n * (BAR_H + BAR_GAP) - BAR_GAP + ROW_GAP;
  const plotBottom = plotTop + Math.max(1, chart.rows.length) * rowH;
  const height = plotBottom + 44 + (chart.note ? 18 : 0);
  const parts: string[] = [];
  parts.push(`${SVG_MARKER} width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title" font-family="${FONT}" font-size="12">`);
  parts.push(`<title id="${id}-title">${esc(chart.title)}</title>`);
  parts.push(`<defs>${chart.series.map((_, i) => pattern(id, i)).join('')}</defs>`);
  parts.push(`<rect width="${WIDTH}" height="${height}" fill="#fff"/>`);
  parts.push(`<text x="8" y="22" font-size="15" font-weight="bold" fill="#111">${esc(chart.title)}</text>`);
  chart.series.forEach((s, i) => {
    const lx = 8 + (i % 3) * 250;
    const ly = legendY + Math.floor(i / 3) * 20;
    parts.push(`<rect x="${lx}" y="${ly - 10}" width="22" height="12" fill="url(#${id}-p${i})" stroke="#333" stroke-width="0.5"/><text x="${lx + 28}" y="${ly}" fill="#111">${esc(fit(s.name, 36))}</text>`);
  });
  // Grid and axis.
  for (let v = 0; v <= top + 1e-9; v += step) {
    const gx = x(v).toFixed(1);
    parts.push(`<line x1="${gx}" y1="${plotTop - 4}" x2="${gx}" y2="${plotBottom}" stroke="${v === 0 ? '#333' : '#ddd'}" stroke-width="1"/>`);
    parts.push(`<text x="${gx}" y="${plotBottom + 16}" text-anchor="middle" fill="#333">${esc(chart.format(Number(v.toFixed(6))))}</text>`);
  }
  parts.push(`<text x="${(LABEL_W + plotW / 2).toFixed(1)}" y="${plotBottom + 34}" text-anchor="middle" fill="#333">${esc(chart.axis)}</text>`);
  if (chart.rows.length === 0) parts.push(`<text x="${LABEL_W + 8}" y="${plotTop + 14}" fill="#555">nothing to show</text>`);
  chart.rows.forEach((row, r) => {
    const y0 = plotTop + r * rowH + ROW_GAP / 2;
    const mid = y0 + (n * (BAR_H + BAR_GAP) - BAR_GAP) / 2;
    parts.push(`<g><title>${esc(row.label)}</title><text x="${LABEL_W - 8}" y="${num(mid + 4)}" text-anchor="end" fill="#111">${esc(fit(row.label))}</text>`);
    row.values.forEach((v, i) => {
      const y = y0 + i * (BAR_H + BAR_GAP);
      const w = v === null ? 0 : Math.max(v > 0 ? 1 : 0, x(v) - LABEL_W);
      if (w > 0) parts.push(`<rect x="${LABEL_W}" y="${y}" width="${num(w)}" height="${BAR_H}" fill="url(#${id}-p${i})" stroke="#333" stroke-width="0.5"/>`);
      parts.push(`<text x="${num(LABEL_W + w + 4)}" y="${y + BAR_H - 3}" fill="#111">${esc(`${chart.series[i].short} ${v === null ? '—' : chart.format(v)}`)}</text>`);
    });
    parts.push('</g>');
  });
  if (chart.note) parts.push(`<text x="8" y="${height - 8}" fill="#555" font-size="11">${esc(chart.note)}</text>`);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
