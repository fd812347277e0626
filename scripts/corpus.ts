// The labelled corpus the eval measures and the weight fit learns from.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Label } from '../lib/eval/metrics';

export interface Passage {
  id: string;
  lang: string;
  label: Label;
  kind: string;
  split: string;
  text: string;
  note?: string;
}

// Each file's passages carry their split:
//   tune     what the lexicon and the weights are tuned on: corpus.jsonl's first
//            part, corpus-fresh-5 … -19 and -22 … -25, each measured once blind
//            (as it arrived, before anything was changed for it), then tuned on;
//   dev      earlier held-out sets (corpus.jsonl's second part, corpus-fresh,
//            -2, -3, -4), each measured once as held-out, tuned on since;
//   heldout  corpus-fresh-20 and -21: written blind, like the others, by
//            writers who saw neither the corpora nor the rules, and never read,
//            tuned or fitted on. `npm run fit` refuses them.
export const SPLITS = ['tune', 'dev', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];
export const CORPUS_FILES = [
  'corpus.jsonl',
  'corpus-fresh.jsonl',
  'corpus-fresh-2.jsonl',
  'corpus-fresh-3.jsonl',
  'corpus-fresh-4.jsonl',
  'corpus-fresh-5.jsonl',
  'corpus-fresh-6.jsonl',
  'corpus-fresh-7.jsonl',
  'corpus-fresh-8.jsonl',
  'corpus-fresh-9.jsonl',
  'corpus-fresh-10.jsonl',
  'corpus-fresh-11.jsonl',
  'corpus-fresh-12.jsonl',
  'corpus-fresh-13.jsonl',
  'corpus-fresh-14.jsonl',
  'corpus-fresh-15.jsonl',
  'corpus-fresh-16.jsonl',
  'corpus-fresh-17.jsonl',
  'corpus-fresh-18.jsonl',
  'corpus-fresh-19.jsonl',
  'corpus-fresh-20.jsonl',
  'corpus-fresh-21.jsonl',
  'corpus-fresh-22.jsonl',
  'corpus-fresh-23.jsonl',
  'corpus-fresh-24.jsonl',
  'corpus-fresh-25.jsonl',
];

export function loadCorpus(files: readonly string[] = CORPUS_FILES): Passage[] {
  return files.flatMap((file) => {
    const path = fileURLToPath(new URL(`../eval/${file}`, import.meta.url));
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, i) => {
        try {
          return JSON.parse(line) as Passage;
        } catch (error) {
          throw new Error(`eval/${file} line ${i + 1}: ${(error as Error).message}`);
        }
      });
  });
}
