// The weights of the detector's terms (see termsOf in detect.ts). The lexicon
// and its combinations carry hand-set weights, the prior; fitted-weights.ts
// holds the weights `npm run fit` learned from the labelled corpus, starting
// from and pulled towards that prior. A term the fit never saw keeps its prior.

import { FITTED_WEIGHTS } from './fitted-weights';
import { COMBINATIONS, LEXICON } from './lexicon';

export const BOTH_SIDES_ID = 'both-sides';
// Americans and Russians on opposite sides in one passage of text is the core
// of this story: when the evidence speaks of both sides, it counts once more.
export const BOTH_SIDES_LABEL = 'Americans and Russians';

/** Hand-set weights: starting log-odds per kind of anchor, and each term's weight. */
export const PRIOR_WEIGHTS: Readonly<Record<string, number>> = {
  // A bare place name is not a mention; a battle name nearly is; a subject cue
  // without place needs a lot.
  'bias:place': -2.5,
  'bias:battle': -0.5,
  'bias:subject': -4,
  [BOTH_SIDES_ID]: 1,
  ...Object.fromEntries(LEXICON.filter((e) => e.kind !== 'place').map((e) => [e.id, e.weight])),
  ...Object.fromEntries(COMBINATIONS.map((c) => [`combo:${c.id}`, c.weight])),
};

export const WEIGHTS: Readonly<Record<string, number>> = { ...PRIOR_WEIGHTS, ...FITTED_WEIGHTS };
