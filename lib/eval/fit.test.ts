import { describe, expect, it } from 'vitest';
import type { Term } from '../detect/detect';
import { fitWeights, logit, type Example } from './fit';

const term = (id: string, presence = 1): Term => ({ id, label: id, presence });
const example = (positive: boolean, ...ids: string[]): Example => ({
  positive,
  candidates: [[term('bias:place'), ...ids.map((id) => term(id))]],
});

describe('fitWeights', () => {
  const prior = { 'bias:place': -2, strong: 0.5, counter: -0.5 };

  it('raises a cue that only positives have and lowers a counter-cue only negatives have', () => {
    const data = [
      ...Array.from({ length: 20 }, () => example(true, 'strong')),
      ...Array.from({ length: 20 }, () => example(false, 'counter')),
      ...Array.from({ length: 20 }, () => example(false)),
    ];
    const fitted = fitWeights(data, prior, { lambda: 0.01, iterations: 2000 });
    expect(fitted.strong!).toBeGreaterThan(prior.strong + 1);
    expect(fitted.counter!).toBeLessThan(prior.counter);
    expect(logit(data[0]!.candidates[0]!, fitted)).toBeGreaterThan(0);
    expect(logit(data[20]!.candidates[0]!, fitted)).toBeLessThan(0);
  });

  it('never flips the sign of a cue, however the data pull', () => {
    // "strong" appears only in negatives: the fit may take it to 0, not below.
    const data = Array.from({ length: 30 }, () => example(false, 'strong'));
    const fitted = fitWeights(data, prior, { lambda: 0, iterations: 2000 });
    expect(fitted.strong).toBe(0);
  });

  it('stays at the prior when the pull towards it dominates', () => {
    const data = Array.from({ length: 10 }, () => example(true, 'strong'));
    const fitted = fitWeights(data, prior, { lambda: 100, iterations: 500, learningRate: 0.005 });
    expect(fitted.strong).toBeCloseTo(prior.strong, 1);
  });

  it('learns from the best candidate of a passage, not every one', () => {
    // The positive passage has a weak candidate too; it must not be pushed up.
    const data: Example[] = Array.from({ length: 20 }, () => ({
      positive: true,
      candidates: [
        [term('bias:place'), term('strong')],
        [term('bias:place'), term('noise')],
      ],
    }));
    const fitted = fitWeights(data, { ...prior, noise: 0.25 }, { lambda: 0.01, iterations: 1000 });
    expect(fitted.noise).toBeCloseTo(0.25, 1);
  });

  it('ignores passages without a candidate', () => {
    const fitted = fitWeights([{ positive: true, candidates: [] }], prior, { lambda: 0.01, iterations: 10 });
    expect(fitted).toEqual(prior);
  });
});
