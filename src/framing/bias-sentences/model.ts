// Logistic regression over named sentence features: the prediction the analysis runs, and the
// training the build script and the bench run. Training is deterministic: examples in the order
// given, a fixed number of full passes, no random start, so the same data gives the same weights.

export interface BiasModel {
  /** Feature name -> weight; absent features weigh 0. */
  weights: Map<string, number>;
  /** Sentences with a probability at or above this are flagged. */
  threshold: number;
}

export interface Example {
  features: Map<string, number>;
  label: 0 | 1;
}

export interface TrainOptions {
  /** L2 penalty per example (weights shrink toward 0; the bias term is not penalised). */
  l2: number;
  /** Full passes over the examples. */
  epochs: number;
  /** Word features (`w:` names) kept only when seen in at least this many groups (events) of the training data. */
  minGroups: number;
  /** Whether word features are read at all (the others are always read). */
  words: boolean;
}

export const DEFAULT_TRAIN: TrainOptions = { l2: 0.01, epochs: 10, minGroups: 20, words: true };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function logit(weights: ReadonlyMap<string, number>, features: ReadonlyMap<string, number>): number {
  let z = 0;
  for (const [name, value] of features) z += (weights.get(name) ?? 0) * value;
  return z;
}

export const probability = (model: BiasModel, features: ReadonlyMap<string, number>) => sigmoid(logit(model.weights, features));

/**
 * Word features seen in at least `minGroups` groups: a word of one event's story ("Mattis") says
 * nothing about another event's sentences, so it is left out before training.
 */
export function vocabulary(examples: readonly Example[], groups: readonly string[], minGroups: number): Set<string> {
  const seen = new Map<string, Set<string>>();
  examples.forEach((e, i) => {
    for (const name of e.features.keys()) {
      if (!name.startsWith('w:')) continue;
      const s = seen.get(name) ?? new Set<string>();
      s.add(groups[i]);
      seen.set(name, s);
    }
  });
  return new Set([...seen].filter(([, s]) => s.size >= minGroups).map(([n]) => n));
}

/**
 * Stochastic gradient descent on the log loss, examples in the given order, a learning rate that
 * decays per pass (AdaGrad per weight, so rare words and common features move at comparable speed).
 * Positives are weighted by the class ratio so the threshold search starts from a balanced model.
 */
export function train(examples: readonly Example[], groups: readonly string[], options: TrainOptions = DEFAULT_TRAIN): Map<string, number> {
  const vocab = vocabulary(examples, groups, options.minGroups);
  const keep = (name: string) => !name.startsWith('w:') || (options.words && vocab.has(name));
  // Feature names become indices in the order first seen (the order the weights were first set in, so
  // the returned map keeps it) and the weights live in arrays: the same arithmetic, in the same order,
  // as map look-ups per feature, several times faster (the benches train thousands of models).
  const index = new Map<string, number>();
  const names: string[] = [];
  let biasIndex = -1;
  const rows = examples.map((e) => {
    const idx: number[] = [];
    const vals: number[] = [];
    for (const [n, v] of e.features) {
      if (!keep(n)) continue;
      let k = index.get(n);
      if (k === undefined) {
        k = names.length;
        index.set(n, k);
        names.push(n);
        if (n === 'bias') biasIndex = k;
      }
      idx.push(k);
      vals.push(v);
    }
    return { label: e.label, idx: Int32Array.from(idx), vals: Float64Array.from(vals) };
  });
  const positives = rows.filter((r) => r.label === 1).length;
  const posWeight = positives ? (rows.length - positives) / positives : 1;
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length);
  const rate = 0.1;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (const r of rows) {
      let z = 0;
      for (let j = 0; j < r.idx.length; j += 1) z += w[r.idx[j]] * r.vals[j];
      const err = (sigmoid(z) - r.label) * (r.label === 1 ? posWeight : 1);
      for (let j = 0; j < r.idx.length; j += 1) {
        const k = r.idx[j];
        const old = w[k];
        const grad = err * r.vals[j] + (k === biasIndex ? 0 : options.l2 * old);
        const acc = g2[k] + grad * grad;
        g2[k] = acc;
        w[k] = old - (rate * grad) / Math.sqrt(acc + 1e-8);
      }
    }
  }
  return options.epochs > 0 ? new Map(names.map((n, k) => [n, w[k]])) : new Map();
}

/** The threshold that gives the best F1 on these scored examples (ties: the higher threshold). */
export function bestThreshold(scored: readonly { p: number; label: 0 | 1 }[]): number {
  const sorted = [...scored].sort((a, b) => b.p - a.p);
  const gold = sorted.reduce((n, x) => n + x.label, 0);
  let hit = 0;
  let best = 0;
  let at = 0.5;
  sorted.forEach((x, i) => {
    hit += x.label;
    if (i + 1 < sorted.length && sorted[i + 1].p === x.p) return;
    const f1 = gold ? (2 * hit) / (i + 1 + gold) : 0;
    if (f1 > best) {
      best = f1;
      at = x.p;
    }
  });
  return at;
}

/** Rounds weights to `digits` decimals and drops those that round to 0 (keeps the model file small). */
export function compact(weights: ReadonlyMap<string, number>, digits = 3, min = 0.01): Map<string, number> {
  const f = 10 ** digits;
  return new Map([...weights].map(([n, v]) => [n, Math.round(v * f) / f] as const).filter(([n, v]) => n === 'bias' || Math.abs(v) >= min).sort((a, b) => a[0].localeCompare(b[0])));
}
