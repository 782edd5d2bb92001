// Who is heard: quoted words and attributions per actor and per side in one article, from the quote
// and attribution records and the article's actor mentions. Pure.
import { byCode } from './compare.js';
import type { AttributionFinding, QuoteFinding } from '../types.js';
import type { ActorMention, ActorSources, Side, SourcesBySide, SideTotals } from './types.js';

interface SourcesInput {
  actors: readonly ActorMention[];
  quotes: readonly QuoteFinding[];
  attributions: readonly AttributionFinding[];
}

type Who = { actor: string; side: Side | null; party: string | null };

/**
 * The actor a speaker or source name stands for: the article's name for an actor (its entity name),
 * the canonical name, or the longest mention written inside the words ("a spokesman for Pelosi").
 */
export function speakerActors(actors: readonly ActorMention[]): (name: string | null, written: string | null) => Who | null {
  const byName = new Map<string, Who>();
  const put = (key: string | null, m: ActorMention) => {
    if (!key) return;
    const old = byName.get(key);
    // A sided mention wins over an unsided one of the same name (the designator was written once).
    if (!old || (old.side === null && m.side !== null)) byName.set(key, { actor: m.actor, side: m.side, party: m.party });
  };
  for (const m of actors) {
    put(m.entity, m);
    put(m.actor, m);
  }
  const texts = [...new Set(actors.map((m) => m.text))].sort((a, b) => b.length - a.length || byCode(a, b));
  const byText = new Map<string, Who>();
  for (const m of actors) if (!byText.has(m.text) || (byText.get(m.text)!.side === null && m.side !== null)) byText.set(m.text, { actor: m.actor, side: m.side, party: m.party });
  return (name, written) => {
    if (name && byName.has(name)) return byName.get(name)!;
    for (const words of [name, written]) {
      if (!words) continue;
      const inside = texts.find((t) => t.length > 2 && words.includes(t));
      if (inside) return byText.get(inside)!;
    }
    return null;
  };
}

const zero = (): SideTotals => ({ quotes: 0, quotedWords: 0, attributions: 0 });

/** Quoted words, quotations and attributions per actor and per side. */
export function sourcesBySide(analysis: SourcesInput): SourcesBySide {
  const who = speakerActors(analysis.actors);
  const perActor = new Map<string, ActorSources>();
  const sides = { left: zero(), right: zero(), none: zero() };
  const row = (w: Who) => {
    let r = perActor.get(w.actor);
    if (!r) {
      r = { actor: w.actor, side: w.side, party: w.party, quotes: 0, quotedWords: 0, attributions: 0 };
      perActor.set(w.actor, r);
    }
    return r;
  };
  const counted = new Set<number>();
  for (const q of analysis.quotes) {
    if (q.quoteKind !== 'speech') continue;
    const w = who(q.speaker, q.speakerMention);
    const side = sides[w?.side ?? 'none'];
    const first = !counted.has(q.quotation);
    counted.add(q.quotation);
    side.quotedWords += q.words;
    if (first) side.quotes += 1;
    if (!w) continue;
    const r = row(w);
    r.quotedWords += q.words;
    if (first) r.quotes += 1;
  }
  for (const a of analysis.attributions) {
    const w = who(a.source, a.text);
    sides[w?.side ?? 'none'].attributions += 1;
    if (w) row(w).attributions += 1;
  }
  const actors = [...perActor.values()].sort((a, b) => b.quotedWords - a.quotedWords || b.attributions - a.attributions || byCode(a.actor, b.actor));
  return { actors, sides };
}
