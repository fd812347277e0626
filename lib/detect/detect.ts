// The detector: strings in, mentions out. Pure: no DOM, no extension APIs, so
// the content script, the CLI, the eval and the tests all share it.
//
// A transparent model. Every match of the lexicon adds its weight to the
// evidence of the sentence it is in; an anchor (a place or battle name, or a
// "subject" cue where neither is named) is a mention when the evidence in its
// sentence and the neighbouring ones, plus the page's own context, clears the
// threshold. The mention carries the cues that decided it.

import { LEXICON, type LexiconEntry } from './lexicon';
import { normalize, type NormalizedText } from './normalize';
import { splitSentences, type Span } from './sentences';

export interface Mention {
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** 0..1: how sure the detector is that this is the February 2018 engagement. */
  score: number;
  /** Labels of the evidence for it, strongest first. */
  cues: string[];
  /** Labels of the evidence against it. */
  against: string[];
}

export interface Detection {
  mentionsEvent: boolean;
  /** The highest mention score, or the best rejected candidate's when there is none. */
  score: number;
  mentions: Mention[];
}

export type Sensitivity = 'strict' | 'normal' | 'broad';

/** Probability a mention must reach, per sensitivity; the eval reports on each. */
export const THRESHOLDS: Record<Sensitivity, number> = { strict: 0.8, normal: 0.6, broad: 0.4 };

export interface DetectOptions {
  sensitivity?: Sensitivity;
  /** An explicit threshold (0..1) overrides the sensitivity. */
  threshold?: number;
  /** The page's own headline, date and the like: weighed at half strength. */
  context?: string;
}

// Starting log-odds for each kind of candidate. A bare place name is not a
// mention; a battle name nearly is; a subject cue without place needs a lot.
// Battle names and subject cues add their own weight to their bias.
const BIAS = { place: -2.5, battle: -0.5, subject: -4.5 } as const;
const NEIGHBOUR_FACTOR = 0.6;
const CONTEXT_FACTOR = 0.5;
// No single cue kind may dominate: repeated words add nothing beyond the first.
const MAX_EVIDENCE = 6;

interface Hit {
  entry: LexiconEntry;
  start: number;
  end: number;
}

// The left boundary also allows Arabic's attached one-letter prefixes
// (و ب ف ل ك: "and", "in", ...), so "بدير الزور" is found.
const LEFT = '(?<=^|[^\\p{L}\\p{N}]|(?:^|[^\\p{L}\\p{N}])[وبفلك])';
const RIGHT = '(?![\\p{L}\\p{N}])';

const COMPILED: readonly { entry: LexiconEntry; regex: RegExp }[] = LEXICON.map((entry) => ({
  entry,
  regex: new RegExp(`${LEFT}(?:${entry.pattern})${RIGHT}`, 'gu'),
}));

function findHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const { entry, regex } of COMPILED) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      hits.push({ entry, start: match.index, end: match.index + match[0].length });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits;
}

type Evidence = Map<string, { entry: LexiconEntry; factor: number }>;

function addEvidence(evidence: Evidence, hits: readonly Hit[], factor: number): void {
  for (const { entry } of hits) {
    if (entry.kind === 'place') continue;
    const known = evidence.get(entry.id);
    if (!known || known.factor < factor) evidence.set(entry.id, { entry, factor });
  }
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function weigh(evidence: Evidence, self: LexiconEntry, bias: number): { score: number; cues: string[]; against: string[] } {
  let total = bias;
  const pro: { label: string; value: number }[] = [{ label: self.label, value: Infinity }];
  const con: { label: string; value: number }[] = [];
  for (const { entry, factor } of evidence.values()) {
    if (entry.id === self.id) continue;
    const value = Math.max(-MAX_EVIDENCE, Math.min(MAX_EVIDENCE, entry.weight * factor));
    total += value;
    if (value > 0) pro.push({ label: entry.label, value });
    else if (value < 0) con.push({ label: entry.label, value });
  }
  pro.sort((a, b) => b.value - a.value);
  con.sort((a, b) => a.value - b.value);
  return { score: sigmoid(total), cues: pro.map((p) => p.label), against: con.map((c) => c.label) };
}

function sentenceIndexOf(spans: readonly Span[], offset: number, from: number): number {
  let i = from;
  while (i < spans.length - 1 && spans[i]!.end <= offset) i++;
  return i;
}

function toOriginal(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: norm.starts[start]!, end: norm.ends[end - 1]! };
}

function contextEvidence(context: string | undefined): Evidence {
  const evidence: Evidence = new Map();
  if (context) addEvidence(evidence, findHits(normalize(context).text), CONTEXT_FACTOR);
  return evidence;
}

export function detect(input: string, options: DetectOptions = {}): Detection {
  const threshold = options.threshold ?? THRESHOLDS[options.sensitivity ?? 'normal'];
  const norm = normalize(input);
  const hits = findHits(norm.text);
  if (!hits.some((hit) => hit.entry.kind !== 'cue' && hit.entry.kind !== 'counter' || hit.entry.subject)) {
    return { mentionsEvent: false, score: 0, mentions: [] };
  }

  const spans = splitSentences(norm.text);
  // Hits grouped by sentence, in one pass (both lists are ordered by offset).
  const bySentence: Hit[][] = spans.map(() => []);
  let cursor = 0;
  for (const hit of hits) {
    cursor = sentenceIndexOf(spans, hit.start, cursor);
    bySentence[cursor]!.push(hit);
  }

  const pageEvidence = contextEvidence(options.context);
  const mentions: Mention[] = [];
  let best = 0;

  for (let s = 0; s < spans.length; s++) {
    const own = bySentence[s]!;
    if (own.length === 0) continue;
    const anchors = own.filter((hit) => hit.entry.kind === 'place' || hit.entry.kind === 'battle');
    // Without a place or battle name, the first subject cue stands in for one.
    const candidates = anchors.length > 0 ? anchors : own.filter((hit) => hit.entry.subject).slice(0, 1);
    if (candidates.length === 0) continue;

    const evidence: Evidence = new Map(pageEvidence);
    if (s > 0) addEvidence(evidence, bySentence[s - 1]!, NEIGHBOUR_FACTOR);
    if (s + 1 < spans.length) addEvidence(evidence, bySentence[s + 1]!, NEIGHBOUR_FACTOR);
    addEvidence(evidence, own, 1);

    let lastEnd = -1;
    for (const candidate of candidates) {
      if (candidate.start < lastEnd) continue; // overlapping names: keep the first, longest
      lastEnd = candidate.end;
      const kind = candidate.entry.kind;
      const bias =
        kind === 'place' ? BIAS.place : kind === 'battle' ? BIAS.battle + candidate.entry.weight : BIAS.subject + candidate.entry.weight;
      const { score, cues, against } = weigh(evidence, candidate.entry, bias);
      best = Math.max(best, score);
      if (score >= threshold) mentions.push({ ...toOriginal(norm, candidate.start, candidate.end), score, cues, against });
    }
  }
  return { mentionsEvent: mentions.length > 0, score: best, mentions };
}
