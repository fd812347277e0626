// Metrics over labelled predictions: pure functions, shared by scripts/eval.ts
// and its tests. A passage is predicted positive when the detector says it
// mentions the engagement; ambiguous passages are counted but never enter
// precision or recall.

export type Label = 'positive' | 'negative' | 'ambiguous';

export interface LabelledPrediction {
  id: string;
  lang: string;
  label: Label;
  /** For positives: names-place | names-battle | no-place; for negatives: the distractor kind. */
  kind: string;
  predicted: boolean;
  /** The detector's best score (0..1); informative only. */
  score?: number;
}

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** null when undefined (nothing predicted positive / no positives). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface KindRecall {
  n: number;
  found: number;
  recall: number | null;
}

export interface KindFalsePositives {
  n: number;
  falsePositives: number;
  fpRate: number | null;
}

export interface Summary {
  n: number;
  overall: Scores;
  byLang: Record<string, Scores>;
  /** Recall per positive kind. */
  positiveKinds: Record<string, KindRecall>;
  /** False-positive rate per negative (distractor) kind. */
  negativeKinds: Record<string, KindFalsePositives>;
  ambiguous: { n: number; flagged: number };
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function scores(predictions: readonly LabelledPrediction[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const p of predictions) {
    if (p.label === 'positive') {
      if (p.predicted) tp++;
      else fn++;
    } else if (p.label === 'negative') {
      if (p.predicted) fp++;
      else tn++;
    }
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, tn, precision, recall, f1 };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

export function summarize(predictions: readonly LabelledPrediction[]): Summary {
  const byLang: Record<string, Scores> = {};
  for (const [lang, group] of groupBy(predictions, (p) => p.lang)) byLang[lang] = scores(group);

  const positiveKinds: Record<string, KindRecall> = {};
  for (const [kind, group] of groupBy(
    predictions.filter((p) => p.label === 'positive'),
    (p) => p.kind,
  )) {
    const found = group.filter((p) => p.predicted).length;
    positiveKinds[kind] = { n: group.length, found, recall: ratio(found, group.length) };
  }

  const negativeKinds: Record<string, KindFalsePositives> = {};
  for (const [kind, group] of groupBy(
    predictions.filter((p) => p.label === 'negative'),
    (p) => p.kind,
  )) {
    const falsePositives = group.filter((p) => p.predicted).length;
    negativeKinds[kind] = { n: group.length, falsePositives, fpRate: ratio(falsePositives, group.length) };
  }

  const ambiguous = predictions.filter((p) => p.label === 'ambiguous');
  return {
    n: predictions.length,
    overall: scores(predictions),
    byLang,
    positiveKinds,
    negativeKinds,
    ambiguous: { n: ambiguous.length, flagged: ambiguous.filter((p) => p.predicted).length },
  };
}

/**
 * The 95 % Wilson score interval of a proportion: how far a recall measured
 * on a few dozen passages can be trusted. Null when there is no data.
 */
export function wilsonInterval(successes: number, n: number, z = 1.96): { low: number; high: number } | null {
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Misses: false positives and false negatives (never ambiguous passages). */
export function misses<T extends LabelledPrediction>(predictions: readonly T[]): T[] {
  return predictions.filter((p) => (p.label === 'positive' && !p.predicted) || (p.label === 'negative' && p.predicted));
}

export interface Bars {
  precision: number;
  /** Minimum recall per positive kind, or per group of kinds written 'a or b'. */
  recall: Record<string, number>;
}

/** Recall over one positive kind, or over several written 'names-place or names-battle'. */
export function groupRecall(summary: Summary, group: string): KindRecall {
  let n = 0;
  let found = 0;
  for (const kind of group.split(' or ')) {
    n += summary.positiveKinds[kind]?.n ?? 0;
    found += summary.positiveKinds[kind]?.found ?? 0;
  }
  return { n, found, recall: ratio(found, n) };
}

/** The group the first recall bar is about: passages that name the place or the battle. */
export const NAMED_GROUP = 'names-place or names-battle';

/**
 * The bars `npm run eval -- --check` holds the held-out split to, at 'normal',
 * as issue 3 words them: recall ≥ 0.97 for passages that name the place or
 * the battle, ≥ 0.75 for passages that name neither. (The eval also prints
 * each kind on its own.)
 */
export const RELEASE_BARS: Bars = {
  precision: 0.97,
  recall: { [NAMED_GROUP]: 0.97, 'no-place': 0.75 },
};

/**
 * What the detector reached on the held-out split (normal sensitivity) when it
 * was measured, once, on 2026-12-02 (corpus-fresh-20 and -21), rounded down:
 * CI fails if a change falls below these.
 */
export const REGRESSION_FLOORS: Bars = {
  precision: 0.98,
  recall: { [NAMED_GROUP]: 0.99, 'names-place': 0.98, 'names-battle': 0.96, 'no-place': 0.98 },
};

export interface BarResult {
  name: string;
  value: number | null;
  min: number;
  pass: boolean;
}

/** Checks a summary against bars. An undefined figure (no data) fails: nothing was shown. */
export function checkBars(summary: Summary, bars: Bars = RELEASE_BARS): { pass: boolean; results: BarResult[] } {
  const results: BarResult[] = [];
  const precision = summary.overall.precision;
  results.push({
    name: 'precision',
    value: precision,
    min: bars.precision,
    pass: precision !== null && precision >= bars.precision,
  });
  for (const [kind, min] of Object.entries(bars.recall)) {
    const value = groupRecall(summary, kind).recall;
    results.push({ name: `recall ${kind}`, value, min, pass: value !== null && value >= min });
  }
  return { pass: results.every((r) => r.pass), results };
}
