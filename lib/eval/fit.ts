// Fitting the detector's weights to labelled passages. Pure: the fit script
// and its tests share it.
//
// Logistic regression over each passage's best candidate (the one its verdict
// rests on, re-chosen as the weights move), with the hand-set weights as the
// prior (an L2 pull towards them) and each cue's sign kept: a cue never turns
// into evidence against, nor a counter-cue into evidence for, so the "why" the
// popover shows still reads the same way. Biases ("bias:...") may move freely.

import { MAX_EVIDENCE, type Term } from '../detect/detect';

export interface Example {
  positive: boolean;
  /** The terms of each candidate in the passage (a passage without one teaches nothing). */
  candidates: readonly (readonly Term[])[];
}

export interface FitOptions {
  /** Strength of the pull towards the prior. */
  lambda: number;
  iterations?: number;
  learningRate?: number;
  /** The detector's cap on any one term's contribution. */
  maxTerm?: number;
  /** How much a missed positive costs against a false alarm (the recall bars are the harder ones). */
  positiveWeight?: number;
}

type Weights = Readonly<Record<string, number>>;

export function logit(terms: readonly Term[], weights: Weights, maxTerm = MAX_EVIDENCE): number {
  let z = 0;
  for (const t of terms) z += Math.max(-maxTerm, Math.min(maxTerm, (weights[t.id] ?? 0) * t.presence));
  return z;
}

function bestCandidate(candidates: Example['candidates'], weights: Weights, maxTerm: number): readonly Term[] {
  let top = candidates[0]!;
  let topZ = -Infinity;
  for (const c of candidates) {
    const z = logit(c, weights, maxTerm);
    if (z > topZ) [top, topZ] = [c, z];
  }
  return top;
}

export function fitWeights(examples: readonly Example[], prior: Weights, options: FitOptions): Record<string, number> {
  const { lambda, iterations = 4000, learningRate = 0.5, maxTerm = MAX_EVIDENCE, positiveWeight = 1 } = options;
  const usable = examples.filter((e) => e.candidates.length > 0);
  const weights: Record<string, number> = { ...prior };
  for (const e of usable) for (const c of e.candidates) for (const t of c) weights[t.id] ??= 0;
  const ids = Object.keys(weights);
  const n = Math.max(1, usable.length);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient: Record<string, number> = {};
    for (const e of usable) {
      const terms = bestCandidate(e.candidates, weights, maxTerm);
      const p = 1 / (1 + Math.exp(-logit(terms, weights, maxTerm)));
      const error = e.positive ? (p - 1) * positiveWeight : p;
      for (const t of terms) gradient[t.id] = (gradient[t.id] ?? 0) + (error * t.presence) / n;
    }
    for (const id of ids) {
      const start = prior[id] ?? 0;
      let w = weights[id]! - learningRate * ((gradient[id] ?? 0) + lambda * (weights[id]! - start));
      if (!id.startsWith('bias:')) w = start > 0 ? Math.max(0, w) : start < 0 ? Math.min(0, w) : w;
      weights[id] = w;
    }
  }
  return weights;
}
