// The detector: strings in, mentions out. Pure: no DOM, no extension APIs, so
// the content script, the CLI, the eval and the tests all share it.
//
// A transparent model. Every match of the lexicon adds its weight to the
// evidence of the sentence it is in; an anchor (a place or battle name, or a
// "subject" cue where neither is named) is a mention when the evidence in its
// sentence and the neighbouring ones, plus the page's own context, clears the
// threshold. The mention carries the cues that decided it. The weights are
// the lexicon's hand-set ones refined on the labelled corpus (weights.ts).

import { COMBINATIONS, LEXICON, type LexiconEntry } from './lexicon';
import { normalize, type NormalizedText } from './normalize';
import { BOTH_SIDES_ID, BOTH_SIDES_LABEL, WEIGHTS } from './weights';
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

const NEIGHBOUR_FACTOR = 0.6;
const CONTEXT_FACTOR = 0.5;
// No single term may dominate a decision.
export const MAX_EVIDENCE = 6;

interface Hit {
  entry: LexiconEntry;
  start: number;
  end: number;
}

// Word boundaries. The right one is a lookahead, checked only where a match
// ends. The left one is checked in code: a lookbehind at the front of every
// pattern would run at every position of the text and stop the regex engine
// from skipping ahead to a pattern's first letters, which made whole-page scans
// hundreds of times slower. The left side also allows Arabic's attached
// one-letter prefixes (و ب ف ل ك: "and", "in", ...), so "بدير الزور" is found.
// Letters as they can occur in normalised text (lower case, diacritics gone):
// Latin with the few letters NFKD leaves alone, Cyrillic, Arabic. Patterns say
// \p{L} and \p{N}; they are compiled with these compact classes instead and
// without the 'u' flag, because Unicode property classes made compiling the
// lexicon cost hundreds of milliseconds in a content script.
const LETTER =
  '[a-z\\u00df-\\u00f6\\u00f8-\\u00ff\\u0131\\u0142\\u0153\\u0430-\\u045f\\u0490-\\u04ff\\u0621-\\u064a\\u066e-\\u06d3\\u06fa-\\u06ff]';
const WORD = `(?:${LETTER}|[0-9])`;
const RIGHT = `(?!${WORD})`;
const WORD_CHAR = new RegExp(`^${WORD}$`);
const ARABIC_PREFIX = new Set(['و', 'ب', 'ف', 'ل', 'ك']);

function startsWord(text: string, index: number): boolean {
  if (index === 0 || !WORD_CHAR.test(text[index - 1]!)) return true;
  return ARABIC_PREFIX.has(text[index - 1]!) && (index === 1 || !WORD_CHAR.test(text[index - 2]!));
}

export function compilePattern(pattern: string): RegExp {
  const source = `(?:${pattern.replaceAll('\\p{L}', LETTER).replaceAll('\\p{N}', '[0-9]')})${RIGHT}`;
  return new RegExp(source, source.includes('\\p{') || source.includes('\\u{') ? 'gu' : 'g');
}

interface Compiled {
  entry: LexiconEntry;
  regex: RegExp;
}

const compile = (entry: LexiconEntry): Compiled => ({ entry, regex: compilePattern(entry.pattern) });
const canMakeMention = (entry: LexiconEntry) =>
  entry.kind === 'place' || entry.kind === 'battle' || entry.subject === true;

interface PatternSets {
  /** What can make a mention: place and battle names, and the subject cues. */
  candidates: readonly Compiled[];
  /** Everything else only weighs a candidate: run only when there is one. */
  evidence: readonly Compiled[];
}

// Built on first use, not at load: the content script is evaluated on every
// page, and most pages never need a single pattern compiled.
let patternSets: PatternSets | undefined;
let uncompiled: { candidates: LexiconEntry[]; evidence: LexiconEntry[] } | undefined;
const compiledById = new Map<string, Compiled>();

function compiled(entry: LexiconEntry): Compiled {
  let found = compiledById.get(entry.id);
  if (!found) {
    found = compile(entry);
    compiledById.set(entry.id, found);
  }
  return found;
}

function patterns(): PatternSets {
  patternSets ??= {
    candidates: LEXICON.filter(canMakeMention).map(compiled),
    evidence: LEXICON.filter((entry) => !canMakeMention(entry)).map(compiled),
  };
  return patternSets;
}

/**
 * Which subject cue to mark when a sentence names neither place nor battle:
 * the one that names the actors or the event, not "2018" or "self-defence".
 * (The sentence's score is the same whichever is marked.)
 */
const MARK_PRIORITY: readonly string[] = [
  'wagner',
  'russian-contractors',
  'mercenaries',
  'russians-killed',
  'us-strikes',
  'pro-government',
  'popular-forces',
  'russian-citizens',
  'five-citizens',
  'mod-framing',
  'not-servicemen',
  'deconfliction',
  'four-hour',
  'official-framing',
];

/** The subject cue to mark in a sentence without names: one pass, no sort (sentences can be huge). */
function bestSubject(hits: readonly Hit[]): Hit[] {
  let best: Hit | undefined;
  for (const hit of hits) {
    if (hit.entry.subject && (!best || markRank(hit.entry) < markRank(best.entry))) best = hit;
  }
  return best ? [best] : [];
}

function markRank(entry: LexiconEntry): number {
  const rank = MARK_PRIORITY.indexOf(entry.id);
  return rank === -1 ? MARK_PRIORITY.length : rank;
}

// Long enough that the regex engine compiles each pattern to machine code
// (it interprets patterns on short inputs), with a little of everything.
const WARM_UP_TEXT = 'Deir ez-Zor, February 7, 2018: US strikes, Wagner, Дейр-эз-Зор, دير الزور. '.repeat(16);

/**
 * Compiles the detector's patterns ahead of use, a few per call, so the first
 * page scan does not pay for all of them in one task. Returns true when `part`
 * is done. 'candidates' is all a page needs until one of its texts may hold a
 * mention (`mayMention`); most pages never need the evidence patterns, which
 * are most of the lexicon.
 */
export function warmUpDetector(budgetMs = 4, part: 'candidates' | 'all' = 'all'): boolean {
  uncompiled ??= {
    candidates: LEXICON.filter(canMakeMention),
    evidence: LEXICON.filter((entry) => !canMakeMention(entry)),
  };
  const queues = part === 'candidates' ? [uncompiled.candidates] : [uncompiled.candidates, uncompiled.evidence];
  const until = performance.now() + budgetMs;
  for (const queue of queues) {
    while (queue.length > 0 && performance.now() < until) {
      const { regex } = compiled(queue.pop()!);
      for (let run = 0; run < 2; run++) {
        regex.lastIndex = 0;
        regex.exec(WARM_UP_TEXT);
      }
      regex.lastIndex = 0;
    }
  }
  return queues.every((queue) => queue.length === 0);
}

/** Whether the text names anything a mention could be made of: the candidate patterns only, stopping at the first. */
export function mayMention(input: string): boolean {
  return findHits(normalize(input).text, patterns().candidates, [], 1).length > 0;
}

/** Appends the patterns' matches to `hits`; stops once it holds `limit`. */
function findHits(text: string, patterns: readonly Compiled[], hits: Hit[] = [], limit = Infinity): Hit[] {
  for (const { entry, regex } of patterns) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0].length === 0 || !startsWord(text, match.index)) {
        // Not at the start of a word: look again from the next character.
        regex.lastIndex = match.index + 1;
        continue;
      }
      hits.push({ entry, start: match.index, end: match.index + match[0].length });
      if (hits.length >= limit) {
        regex.lastIndex = 0;
        return hits;
      }
    }
  }
  return hits;
}

function byPosition(a: Hit, b: Hit): number {
  return a.start - b.start || b.end - a.end;
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

/**
 * One term of a candidate's score: a named feature and how strongly it is
 * present (1 in the candidate's own sentence, less in a neighbour or the page
 * context). The score is the logistic of the weighted sum of the terms.
 */
export interface Term {
  id: string;
  label: string;
  presence: number;
}

export interface Candidate {
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  terms: Term[];
}

const ANCHOR_LABEL = 'the kind of name';

/** The terms of one candidate: what the weights (weights.ts) multiply. */
function termsOf(evidence: Evidence, self: LexiconEntry): Term[] {
  const kind = self.kind === 'place' || self.kind === 'battle' ? self.kind : 'subject';
  const terms: Term[] = [{ id: `bias:${kind}`, label: ANCHOR_LABEL, presence: 1 }];
  if (kind !== 'place') terms.push({ id: self.id, label: self.label, presence: 1 });
  let us = self.side === 'us';
  let russia = self.side === 'russia';
  for (const { entry, factor } of evidence.values()) {
    if (entry.id === self.id) continue;
    if (entry.side === 'us') us = true;
    else if (entry.side === 'russia') russia = true;
    terms.push({ id: entry.id, label: entry.label, presence: factor });
  }
  if (us && russia) terms.push({ id: BOTH_SIDES_ID, label: BOTH_SIDES_LABEL, presence: 1 });
  for (const combination of COMBINATIONS) {
    // The weakest group decides: a pair only as near as its farther cue.
    let factor = 1;
    for (const group of combination.groups) {
      let best = 0;
      for (const id of group) {
        const found = id === self.id || id === `anchor:${kind}` ? 1 : (evidence.get(id)?.factor ?? 0);
        if (found > best) best = found;
      }
      factor = Math.min(factor, best);
      if (factor === 0) break;
    }
    if (factor > 0) terms.push({ id: `combo:${combination.id}`, label: combination.label, presence: factor });
  }
  return terms;
}

/** Scores a candidate's terms with the given weights; lists the cues for and against. */
export function scoreTerms(
  terms: readonly Term[],
  weights: Readonly<Record<string, number>> = WEIGHTS,
): { score: number; cues: string[]; against: string[] } {
  let total = 0;
  const pro: { label: string; value: number }[] = [];
  const con: { label: string; value: number }[] = [];
  for (const term of terms) {
    const value = Math.max(-MAX_EVIDENCE, Math.min(MAX_EVIDENCE, (weights[term.id] ?? 0) * term.presence));
    total += value;
    if (term.label === ANCHOR_LABEL) continue;
    if (value > 0) pro.push({ label: term.label, value });
    else if (value < 0) con.push({ label: term.label, value });
  }
  pro.sort((a, b) => b.value - a.value);
  con.sort((a, b) => a.value - b.value);
  return { score: sigmoid(total), cues: pro.map((p) => p.label), against: con.map((c) => c.label) };
}

function toOriginal(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: norm.starts[start]!, end: norm.ends[end - 1]! };
}

// The page context is the same for every segment of a page: weigh it once.
let lastContext: { text: string; evidence: Evidence } | undefined;

function contextEvidence(context: string | undefined): Evidence {
  if (!context) return new Map();
  if (lastContext?.text !== context) {
    const evidence: Evidence = new Map();
    const text = normalize(context).text;
    addEvidence(evidence, findHits(text, patterns().evidence, findHits(text, patterns().candidates)), CONTEXT_FACTOR);
    lastContext = { text: context, evidence };
  }
  return lastContext.evidence;
}

/** The index of the sentence holding `offset` (binary search: spans are ordered and contiguous). */
function sentenceAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (spans[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Adds to `hits` the evidence hits that can weigh a candidate: those in a
 * candidate's sentence or its neighbours. Other sentences are never searched,
 * so a long page with one mention pays for three sentences, not for the page.
 */
function findEvidenceNear(text: string, spans: readonly Span[], hits: Hit[]): void {
  const near = new Uint8Array(spans.length);
  for (const hit of hits) {
    const s = sentenceAt(spans, hit.start);
    near[s] = 1;
    if (s > 0) near[s - 1] = 1;
    if (s + 1 < spans.length) near[s + 1] = 1;
  }
  const found: Hit[] = [];
  for (let first = 0; first < spans.length; first++) {
    if (!near[first]) continue;
    let last = first;
    while (last + 1 < spans.length && near[last + 1]) last++;
    // One run of sentences. It starts at a sentence boundary, so its first
    // word starts a word in the whole text too.
    const from = spans[first]!.start;
    for (const hit of findHits(text.slice(from, spans[last]!.end), patterns().evidence)) {
      found.push({ entry: hit.entry, start: hit.start + from, end: hit.end + from });
    }
    first = last;
  }
  // One at a time: spreading hundreds of thousands of hits into push() overflows the stack.
  for (const hit of found) hits.push(hit);
}

/**
 * Every anchor of the text with the terms that weigh it: the detector before
 * its weights. The eval's weight fitting reads this; detect() scores it.
 */
export function collectCandidates(input: string, context?: string): Candidate[] {
  const norm = normalize(input);
  // Most text names nothing that could be a mention: stop before weighing anything.
  const hits = findHits(norm.text, patterns().candidates);
  if (hits.length === 0) return [];
  const spans = splitSentences(norm.text);
  findEvidenceNear(norm.text, spans, hits);
  hits.sort(byPosition);

  // Hits grouped by sentence, each list in order.
  const bySentence: Hit[][] = spans.map(() => []);
  for (const hit of hits) bySentence[sentenceAt(spans, hit.start)]!.push(hit);

  const pageEvidence = contextEvidence(context);
  const candidates: Candidate[] = [];
  for (let s = 0; s < spans.length; s++) {
    const own = bySentence[s]!;
    if (own.length === 0) continue;
    const anchors = own.filter((hit) => hit.entry.kind === 'place' || hit.entry.kind === 'battle');
    // Without a place or battle name, the first subject cue stands in for one.
    const sentenceAnchors = anchors.length > 0 ? anchors : bestSubject(own);
    if (sentenceAnchors.length === 0) continue;

    const evidence: Evidence = new Map(pageEvidence);
    if (s > 0) addEvidence(evidence, bySentence[s - 1]!, NEIGHBOUR_FACTOR);
    if (s + 1 < spans.length) addEvidence(evidence, bySentence[s + 1]!, NEIGHBOUR_FACTOR);
    addEvidence(evidence, own, 1);

    let lastEnd = -1;
    for (const anchor of sentenceAnchors) {
      if (anchor.start < lastEnd) continue; // overlapping names: keep the first, longest
      lastEnd = anchor.end;
      candidates.push({ ...toOriginal(norm, anchor.start, anchor.end), terms: termsOf(evidence, anchor.entry) });
    }
  }
  return candidates;
}

export function detect(input: string, options: DetectOptions = {}): Detection {
  const threshold = options.threshold ?? THRESHOLDS[options.sensitivity ?? 'normal'];
  const mentions: Mention[] = [];
  let best = 0;
  for (const { start, end, terms } of collectCandidates(input, options.context)) {
    const { score, cues, against } = scoreTerms(terms);
    best = Math.max(best, score);
    if (score >= threshold) mentions.push({ start, end, score, cues, against });
  }
  return { mentionsEvent: mentions.length > 0, score: best, mentions };
}
