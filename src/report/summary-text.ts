// The plain-text summary `framelens extract` prints for one article (without --json).
import type { ArticleAnalysis } from '../analyze/index.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function summaryText(a: ArticleAnalysis): string {
  const r = a.article;
  const speech = a.quotes.filter((q) => q.quoteKind === 'speech');
  const own = a.terms.filter((t) => t.voice === 'own');
  return [
    `${r.file}`,
    `  outlet:    ${r.outlet ?? '—'}`,
    `  headline:  ${r.headline ?? '(none; the article opens with its lead)'}`,
    `  dek:       ${r.dek ?? '—'}`,
    `  byline:    ${r.byline ?? '—'}`,
    `  published: ${r.published ?? '—'}`,
    `  body:      ${count(r.body === '' ? 0 : r.body.split('\n\n').length, 'paragraph', 'paragraphs')}, ${count(a.words, 'word', 'words')}; ${count(a.removed.length, 'block', 'blocks')} set aside${a.removed.length ? ` (${[...new Set(a.removed.map((x) => x.reason ?? x.role))].join(', ')})` : ''}`,
    `  quotes:    ${count(speech.length, 'quotation of speech', 'quotations of speech')}${speech.length ? ` (${[...new Set(speech.map((q) => q.speaker ?? 'unknown'))].join(', ')})` : ''}, ${count(a.quotes.length - speech.length, 'quoted term', 'quoted terms')}`,
    `  terms:     ${own.length} own voice (${[...new Set(own.map((t) => t.text))].join(', ') || '—'}), ${a.terms.length - own.length} quoted`,
    `  figures:   ${a.figures.map((f) => f.text).join('; ') || '—'}`,
    `  slant:     ${a.slant.label}${a.slant.lean ? `, ${a.slant.lean}` : ''} (score ${a.slant.score.toFixed(2)})`,
    ...a.slant.evidence.map((e) => `             - ${e}`),
  ].join('\n');
}
