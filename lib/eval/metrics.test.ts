import { describe, expect, it } from 'vitest';
import { checkBars, groupRecall, misses, scores, summarize, wilsonInterval, type LabelledPrediction } from './metrics';

function p(
  id: string,
  label: LabelledPrediction['label'],
  kind: string,
  predicted: boolean,
  lang = 'en',
): LabelledPrediction {
  return { id, lang, label, kind, predicted };
}

const sample: LabelledPrediction[] = [
  p('a', 'positive', 'names-place', true),
  p('b', 'positive', 'names-place', false),
  p('c', 'positive', 'no-place', true, 'ru'),
  p('d', 'negative', 'siege-2014-2017', true, 'ru'),
  p('e', 'negative', 'siege-2014-2017', false),
  p('f', 'negative', 'wagner-composer', false),
  p('g', 'ambiguous', 'ambiguous', true),
];

describe('scores', () => {
  it('counts tp/fp/fn/tn and leaves ambiguous passages out', () => {
    const s = scores(sample);
    expect(s).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 2 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it('gives null where a ratio is undefined, and F1 0 when nothing is right', () => {
    expect(scores([]).precision).toBeNull();
    expect(scores([]).recall).toBeNull();
    expect(scores([]).f1).toBeNull();
    const wrong = scores([p('x', 'positive', 'names-place', false), p('y', 'negative', 'unrelated', true)]);
    expect(wrong.precision).toBe(0);
    expect(wrong.recall).toBe(0);
    expect(wrong.f1).toBe(0);
  });
});

describe('summarize', () => {
  const s = summarize(sample);
  it('splits by language', () => {
    expect(Object.keys(s.byLang)).toEqual(['en', 'ru']);
    expect(s.byLang.ru).toMatchObject({ tp: 1, fp: 1, fn: 0, tn: 0 });
    expect(s.byLang.en).toMatchObject({ tp: 1, fp: 0, fn: 1, tn: 2 });
  });
  it('gives recall per positive kind and FP rate per distractor kind', () => {
    expect(s.positiveKinds['names-place']).toEqual({ n: 2, found: 1, recall: 0.5 });
    expect(s.positiveKinds['no-place']).toEqual({ n: 1, found: 1, recall: 1 });
    expect(s.negativeKinds['siege-2014-2017']).toEqual({ n: 2, falsePositives: 1, fpRate: 0.5 });
    expect(s.negativeKinds['wagner-composer']).toEqual({ n: 1, falsePositives: 0, fpRate: 0 });
  });
  it('reports ambiguous passages apart', () => {
    expect(s.ambiguous).toEqual({ n: 1, flagged: 1 });
    expect(s.n).toBe(7);
  });
});

describe('misses', () => {
  it('lists false positives and false negatives only', () => {
    expect(misses(sample).map((m) => m.id)).toEqual(['b', 'd']);
  });
});

describe('checkBars', () => {
  const bars = { precision: 0.9, recall: { 'names-place': 0.5, 'no-place': 1 } };
  it('passes when every bar is met', () => {
    const perfect = summarize([
      p('a', 'positive', 'names-place', true),
      p('c', 'positive', 'no-place', true),
      p('e', 'negative', 'unrelated', false),
    ]);
    expect(checkBars(perfect, bars).pass).toBe(true);
  });
  it('fails on a missed bar and names it', () => {
    const result = checkBars(summarize(sample), bars);
    expect(result.pass).toBe(false);
    expect(result.results.filter((r) => !r.pass).map((r) => r.name)).toEqual(['precision']);
  });
  it('fails when a kind has no data at all', () => {
    const result = checkBars(summarize([p('a', 'positive', 'names-place', true)]), bars);
    expect(result.results.find((r) => r.name === 'recall no-place')).toMatchObject({ value: null, pass: false });
  });
  it('pools kinds written "a or b" into one recall', () => {
    const s = summarize([
      p('a', 'positive', 'names-place', true),
      p('b', 'positive', 'names-place', true),
      p('c', 'positive', 'names-battle', false),
      p('d', 'positive', 'no-place', false),
    ]);
    expect(groupRecall(s, 'names-place or names-battle')).toEqual({ n: 3, found: 2, recall: 2 / 3 });
    expect(groupRecall(s, 'names-battle')).toEqual({ n: 1, found: 0, recall: 0 });
    const result = checkBars(s, { precision: 0, recall: { 'names-place or names-battle': 0.6 } });
    expect(result.results.map((r) => [r.name, r.pass])).toEqual([
      ['precision', true],
      ['recall names-place or names-battle', true],
    ]);
  });
});

describe('wilsonInterval', () => {
  it('brackets the measured proportion and narrows as n grows', () => {
    const small = wilsonInterval(24, 24)!;
    const large = wilsonInterval(240, 240)!;
    expect(small.high).toBe(1);
    expect(small.low).toBeGreaterThan(0.8);
    expect(small.low).toBeLessThan(0.9);
    expect(large.low).toBeGreaterThan(small.low);
    const half = wilsonInterval(50, 100)!;
    expect(half.low).toBeCloseTo(0.404, 2);
    expect(half.high).toBeCloseTo(0.596, 2);
  });

  it('has no interval without data', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});
