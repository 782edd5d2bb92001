// The plain-text summary `framelens extract` prints for one article (without --json).
import type { ArticleAnalysis } from '../analyze/index.js';

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
    `  body:      ${r.body.split('\n\n').length} paragraphs, ${a.words} words; ${a.removed.length} blocks set aside (${[...new Set(a.removed.map((x) => x.reason ?? x.role))].join(', ') || 'none'})`,
    `  quotes:    ${speech.length} speech (${[...new Set(speech.map((q) => q.speaker ?? 'unknown'))].join(', ') || '—'}), ${a.quotes.length - speech.length} terms`,
    `  terms:     ${own.length} own voice (${[...new Set(own.map((t) => t.text))].join(', ') || '—'}), ${a.terms.length - own.length} quoted`,
    `  figures:   ${a.figures.map((f) => f.text).join('; ') || '—'}`,
    `  slant:     ${a.slant.label}${a.slant.lean ? `, ${a.slant.lean}` : ''} (score ${a.slant.score.toFixed(2)})`,
    ...a.slant.evidence.map((e) => `             - ${e}`),
  ].join('\n');
}
