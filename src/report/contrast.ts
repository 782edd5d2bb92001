// The "framing contrast": plain sentences, each built from records and citing the article id and
// the text it rests on, so a reader can check every claim.
import type { Story } from '../compare/index.js';
import { articleId } from '../compare/ids.js';
import type { ArticleAnalysis } from '../analyze/index.js';
import { cite, md, ref } from './escape.js';
import { SLANT_THRESHOLD } from '../analyze/slant.js';
import { mediaKindOf } from '../actors/media.js';
import { mediaList } from '../lexicon/media.js';

const tag = (a: ArticleAnalysis) => ref(articleId(a.article.file));
const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function verdictSentence(a: ArticleAnalysis): string {
  const s = a.slant;
  const own = a.terms.filter((t) => t.voice === 'own');
  const caps = a.signals.filter((x) => x.signal === 'all-caps');
  const reasons: string[] = [];
  if (caps.length) reasons.push(`its ${caps[0].where} puts ${list(caps.map((c) => cite(c.text)))} in capitals`);
  const display = own.filter((t) => t.where === 'headline' || t.where === 'dek');
  if (display.length) reasons.push(`its ${display[0].where} uses ${list([...new Map(display.map((t) => [t.text, `${cite(t.text)} (${t.category})`])).values()])}`);
  const body = own.filter((t) => t.where !== 'headline' && t.where !== 'dek');
  if (body.length) {
    const counts = new Map<string, number>();
    for (const t of body) counts.set(t.text.toLowerCase(), (counts.get(t.text.toLowerCase()) ?? 0) + 1);
    const top = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 4).map(([t, n]) => `${cite(t)}${n > 1 ? ` ×${n}` : ''}`);
    reasons.push(`in its own voice it writes ${list(top)}`);
  }
  const verbs = a.reportVerbs.filter((v) => v.voice === 'own');
  if (verbs.length) reasons.push(`it reports speech with ${list([...new Map(verbs.map((v) => [v.text.toLowerCase(), `${cite(v.text)}${v.speaker ? ` (for ${md(v.speaker)})` : ''}`])).values()].slice(0, 4))}`);
  // Politics first: a verdict the gate set aside says so, instead of describing a near miss.
  if (s.gated === 'no-political-subject') return `${tag(a)} reads as **neutral**: no political framing found (no institution, party, election or policy topic it is about), so its wording makes no partisan call.`;
  const sideless = s.label === 'neutral' && s.score >= SLANT_THRESHOLD;
  const lean = s.lean ? `, leaning ${s.lean}` : s.gated === 'weak-evidence-only' ? ' (only capitals, exclamations and words plain news rarely writes behind its score: not called partisan)' : sideless ? ' (its loaded wording points to no side with confidence)' : s.tilt ? ` (its few own-voice terms tilt ${s.tilt}, below the threshold)` : '';
  const why = reasons.length ? `: ${reasons.join('; ')}` : ': no loaded terms or slant signals in its own voice';
  return `${tag(a)} reads as **${s.label}** (score ${s.score.toFixed(2)})${lean}${why}.`;
}

export function framingContrast(story: Story): string[] {
  const { articles } = story;
  const out: string[] = articles.map(verdictSentence);
  for (const a of articles) {
    if (a.article.headline === null) {
      const lead = a.article.body.split('\n\n')[0] ?? '';
      out.push(`${tag(a)} has no headline; it opens with its lead: ${cite(lead, 140)}.`);
    }
  }
  // Loaded terms one article writes in its own voice and another only quotes or avoids.
  const ownIds = new Map<string, Set<string>>();
  for (const a of articles) for (const t of a.terms) if (t.voice === 'own') ownIds.set(t.entryId, (ownIds.get(t.entryId) ?? new Set()).add(articleId(a.article.file)));
  for (const a of articles) {
    for (const q of a.terms.filter((t) => t.voice === 'quoted' && !(ownIds.get(t.entryId)?.has(articleId(a.article.file))))) {
      const users = articles.filter((b) => ownIds.get(q.entryId)?.has(articleId(b.article.file)));
      if (users.length === 0) continue;
      const quote = a.quotes.find((x) => q.start >= x.start && q.end <= x.end);
      out.push(`${tag(a)} has ${cite(q.text)} only inside a quotation${quote?.speaker ? ` of ${md(quote.speaker)}` : ''} (${cite(quote?.text ?? q.text, 90)}), while ${list(users.map(tag))} ${users.length === 1 ? 'writes' : 'write'} it in ${users.length === 1 ? 'its' : 'their'} own voice.`);
      break;
    }
  }
  const people = story.naming.find((r) => r.actor.id === 'immigrants');
  if (people) {
    const parts = articles.map((a) => {
      const phrases = people.byArticle[articleId(a.article.file)] ?? [];
      return phrases.length ? `${tag(a)} ${list(phrases.slice(0, 3).map(([p, n]) => `${cite(p)}${n > 1 ? ` ×${n}` : ''}`))}` : `${tag(a)} none`;
    });
    out.push(`For ${people.actor.label}, the articles write: ${parts.join('; ')}.`);
  }
  for (const row of story.speakers) {
    if (row.quotedBy.length !== 1 || articles.length < 2) continue;
    const a = articles.find((x) => articleId(x.article.file) === row.quotedBy[0])!;
    const first = a.quotes.find((q) => q.quoteKind === 'speech' && row.names.includes(q.speaker ?? '(unknown speaker)'))!;
    // A news outlet or platform is where the words were published, not who spoke them.
    const medium = row.speaker === '(unknown speaker)' ? null : mediaKindOf(row.speaker, 'person', mediaList());
    // Quotations framelens found no speaker for are not "quoting (unknown speaker) directly".
    const unknown = row.speaker === '(unknown speaker)';
    const who = unknown ? 'words with no speaker framelens could name (' : medium ? `words it credits to ${md(row.speaker)} (a ${medium} rather than a speaker; ` : `${md(row.speaker)} directly (`;
    out.push(`Only ${tag(a)} quotes ${who}${plural(row.words[row.quotedBy[0]], 'word')}, e.g. ${cite(first.text, 100)}).`);
  }
  for (const shared of story.sharedQuotes) {
    const ids = Object.keys(shared.byArticle);
    const q = Object.values(shared.byArticle)[0];
    // Say how much of the quotation each article carries: a trimmed quote is a framing choice too.
    const words = articles.map((a) => {
      const id = articleId(a.article.file);
      const names = story.speakers.find((r) => r.speaker === shared.speaker)?.names ?? [];
      const total = a.quotes.filter((x) => x.quoteKind === 'speech' && x.speaker !== null && names.includes(x.speaker)).reduce((n, x) => n + x.words, 0);
      return ids.includes(id) ? `${ref(id)} ${plural(total, 'word')}` : null;
    }).filter((x): x is string => x !== null);
    // An article that credits the shared words to someone else says so: else its "0 words" reads as a miscount.
    const names = story.speakers.find((r) => r.speaker === shared.speaker)?.names ?? [];
    const elsewhere = shared.speaker === null ? [] : ids.filter((id) => !names.includes(shared.byArticle[id].speaker ?? '')).map((id) => {
      const other = shared.byArticle[id].speaker;
      return `${ref(id)} credits this quotation to ${other ? md(other) : 'no named speaker'}`;
    });
    out.push(`${list(ids.map(ref))} carry overlapping quotations${shared.speaker ? ` from ${md(shared.speaker)}` : ''} (${words.join(', ')} of direct speech from ${shared.speaker ? md(shared.speaker) : 'this speaker'}${elsewhere.length ? `; ${elsewhere.join('; ')}` : ''}): ${cite(q.text, 110)}.`);
  }
  if (articles.length > 1) {
    const common = story.figures.rows.filter((r) => Object.values(r.byArticle).every((fs) => fs.length > 0));
    for (const r of common.slice(0, 3)) {
      out.push(`All ${articles.length} articles report ${md(Object.values(r.byArticle)[0][0].text)} (${articles.map((a) => `${tag(a)} ${cite(r.byArticle[articleId(a.article.file)][0].text, 60)}`).join(', ')}).`);
    }
    for (const a of articles) {
      const id = articleId(a.article.file);
      const only = story.figures.rows.filter((r) => r.unit !== null && r.byArticle[id].length > 0 && Object.entries(r.byArticle).every(([k, fs]) => k === id || fs.length === 0));
      if (only.length) out.push(`Only ${tag(a)} reports ${list(only.slice(0, 4).map((r) => cite(r.byArticle[id][0].text, 60)))}.`);
    }
  }
  for (const a of articles) {
    const outside = a.attributions.filter((x) => !x.anonymous);
    const anonymous = a.attributions.filter((x) => x.anonymous);
    if (a.hedges.length || anonymous.length) {
      // Only what is there: no "hedges 0 times", no "names 0 sources".
      const named = new Set(outside.map((x) => x.source)).size;
      const parts = [
        a.hedges.length ? `hedges ${plural(a.hedges.length, 'time')} (${list([...new Set(a.hedges.map((h) => cite(h.text)))])})` : null,
        anonymous.length ? `cites anonymous sources: ${list(anonymous.map((x) => cite(x.text, 80)))}` : null,
      ].filter((x): x is string => x !== null);
      out.push(`${tag(a)} ${parts.join(' and ')}; ${named ? `it also names ${plural(named, 'source')}` : 'it names no source'} without quotation marks.`);
    }
  }
  return out;
}
