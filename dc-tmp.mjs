// devcheck's direct-quote measure on its 60-article sample, for variants of how quotes are reported.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { toDocument } from '/work/main/dist/ingest/read-file.js';
import { analyzeDocument, termMatcher } from '/work/main/dist/pipeline.js';
const tokens = (s) => String(s ?? '').toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
const arts = gunzipSync(readFileSync('/work/shared/devsets/quotes/polnear-train.jsonl.gz')).toString('utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((_, i) => i % 10 === 0).slice(0, 60);
const terms = termMatcher();
function score(goldRe, group) {
  let gold = 0, pred = 0, matched = 0;
  for (const a of arts) {
    const T = new Map(); const rel = [];
    for (const line of (a.ann ?? '').split('\n')) {
      const [id, mid] = line.split('\t');
      if (/^T\d/.test(id) && mid) { const [label, ...rest] = mid.split(' '); const spans = rest.join(' ').split(';').map((s) => s.trim().split(/\s+/).map(Number)); T.set(id, { label, text: spans.map(([x, y]) => a.text.slice(x, y)).join(' ') }); }
      else if (/^E\d/.test(id) && mid) rel.push(Object.fromEntries(mid.trim().split(/\s+/).map((p) => p.split(':'))));
    }
    const g = rel.map((e) => ({ content: Object.keys(e).filter((k) => k.startsWith('Content')).sort().map((k) => T.get(e[k])?.text ?? '').join(' ') })).filter((x) => goldRe.test(x.content));
    const an = analyzeDocument(toDocument('a.txt', a.text, 'text'), { terms });
    let qs = an.quotes.filter((q) => q.quoteKind !== 'term');
    if (group) { const m = new Map(); for (const q of qs) m.set(q.quotation, [...(m.get(q.quotation) ?? []), q]); qs = [...m.values()].map((ps) => ({ text: ps.map((p) => p.text).join(' ') })); }
    gold += g.length; pred += qs.length;
    const used = new Set();
    for (const q of qs) {
      const qt = tokens(q.text); let best = -1, bestS = 0;
      g.forEach((x, j) => { if (used.has(j)) return; const gt = tokens(x.content); const c = new Map(); qt.forEach((t) => c.set(t, (c.get(t) ?? 0) + 1)); let m = 0; for (const t of gt) if (c.get(t) > 0) { m++; c.set(t, c.get(t) - 1); } const s = gt.length ? m / gt.length : 0; if (s > bestS) { bestS = s; best = j; } });
      if (best < 0 || bestS < 0.3) continue; used.add(best); matched++;
    }
  }
  const p = matched / pred, r = matched / gold; return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(2 * p * r / (p + r)).toFixed(3)} (pred ${pred}, gold ${gold})`;
}
console.log('devcheck as is (pieces, gold "“”):', score(/["“”]/, false));
console.log('grouped quotations, gold "“”     :', score(/["“”]/, true));
console.log("grouped, gold also ''            :", score(/["“”]|''/, true));
console.log("pieces, gold also ''             :", score(/["“”]|''/, false));
