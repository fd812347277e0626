// npm run fit -- [--train tune,dev] [--lambda 0.001] [--positive-weight 2] [--cv | --write]
//
// Fits the weights of the detector's terms to the labelled corpus (see
// lib/eval/fit.ts), prints precision and recall at 'normal' per split with
// the hand-set prior and with the fitted weights, and the weights that moved
// most; --write saves them to lib/detect/fitted-weights.ts.
//
// Only the splits named in --train are fitted on (default: every split but
// heldout; heldout is refused), so the held-out figures stay honest.
//
// --cv cross-validates instead: for each corpus file, fits on the others'
// passages of the --train splits and measures on its own, and prints the
// pooled figures. The defaults (lambda, positive weight) were picked this way;
// the lexicon's vocabulary has been tuned on all those files, so the figures
// flatter the detector and only compare settings with each other.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectCandidates, scoreTerms, THRESHOLDS } from '../lib/detect/detect';
import { PRIOR_WEIGHTS } from '../lib/detect/weights';
import { fitWeights, type Example, type FitOptions } from '../lib/eval/fit';
import { CORPUS_FILES, loadCorpus, SPLITS, type Passage } from './corpus';

const DEFAULT_LAMBDA = 0.001;
const DEFAULT_POSITIVE_WEIGHT = 2;

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: npm run fit -- [--train tune,dev] [--lambda ${DEFAULT_LAMBDA}] [--positive-weight ${DEFAULT_POSITIVE_WEIGHT}] [--cv | --write]\n`,
  );
  process.exit(64);
}

function parseArgs(argv: string[]) {
  let train: string[] = SPLITS.filter((s) => s !== 'heldout');
  let lambda = DEFAULT_LAMBDA;
  let positiveWeight = DEFAULT_POSITIVE_WEIGHT;
  let write = false;
  let cv = false;
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!;
    if (name === '--train') {
      train = (argv[++i] ?? '').split(',').filter(Boolean);
      if (train.length === 0) usage('--train takes a comma-separated list of splits');
      for (const split of train) if (!(SPLITS as readonly string[]).includes(split)) usage(`unknown split: ${split}`);
      if (train.includes('heldout')) usage('the held-out split is never fitted on');
    } else if (name === '--lambda') {
      lambda = Number(argv[++i]);
      if (!(lambda >= 0)) usage('--lambda takes a number ≥ 0');
    } else if (name === '--positive-weight') {
      positiveWeight = Number(argv[++i]);
      if (!(positiveWeight > 0)) usage('--positive-weight takes a number > 0');
    } else if (name === '--write') write = true;
    else if (name === '--cv') cv = true;
    else usage(`unknown argument: ${name}`);
  }
  if (cv && write) usage('--cv and --write do not go together');
  return { train, lambda, positiveWeight, write, cv };
}

interface LabelledExample extends Example {
  passage: Passage;
  file: string;
}

function crossValidate(examples: readonly LabelledExample[], options: FitOptions): string {
  const files = [...new Set(examples.map((e) => e.file))];
  const byKind: Record<string, { found: number; n: number }> = {};
  let falsePositives = 0;
  let negatives = 0;
  for (const file of files) {
    const weights = fitWeights(
      examples.filter((e) => e.file !== file),
      PRIOR_WEIGHTS,
      options,
    );
    for (const e of examples.filter((x) => x.file === file)) {
      const hit = e.candidates.some((c) => scoreTerms(c, weights).score >= THRESHOLDS.normal);
      if (e.positive) {
        const kind = (byKind[e.passage.kind] ??= { found: 0, n: 0 });
        kind.n++;
        if (hit) kind.found++;
      } else {
        negatives++;
        if (hit) falsePositives++;
      }
    }
  }
  const found = Object.values(byKind).reduce((sum, k) => sum + k.found, 0);
  const positives = Object.values(byKind).reduce((sum, k) => sum + k.n, 0);
  const pct = (x: number) => (x * 100).toFixed(1) + '%';
  return [
    `leave-one-file-out over ${files.join(', ')}:`,
    `  precision ${pct(found / (found + falsePositives || 1))} (${falsePositives} false positives in ${negatives} negatives)` +
      `  recall ${pct(found / (positives || 1))}`,
    ...Object.entries(byKind).map(([kind, k]) => `  ${kind}: ${k.found}/${k.n} (${pct(k.found / k.n)})`),
  ].join('\n');
}

function measure(examples: readonly LabelledExample[], weights: Readonly<Record<string, number>>): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of examples) {
    const hit = e.candidates.some((c) => scoreTerms(c, weights).score >= THRESHOLDS.normal);
    if (hit && e.positive) tp++;
    else if (hit) fp++;
    else if (e.positive) fn++;
  }
  const pct = (x: number) => (x * 100).toFixed(1) + '%';
  return `precision ${pct(tp / (tp + fp || 1))}  recall ${pct(tp / (tp + fn || 1))}  (tp ${tp}, fp ${fp}, fn ${fn})`;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const examples: LabelledExample[] = CORPUS_FILES.flatMap((file) =>
    loadCorpus([file]).map((passage) => ({ passage, file })),
  )
    .filter(({ passage }) => passage.label !== 'ambiguous')
    .map(({ passage: p, file }) => ({
      passage: p,
      file,
      positive: p.label === 'positive',
      candidates: collectCandidates(p.text).map((c) => c.terms),
    }));
  const train = examples.filter((e) => args.train.includes(e.passage.split));
  const options: FitOptions = { lambda: args.lambda, positiveWeight: args.positiveWeight };
  if (args.cv) {
    process.stdout.write(crossValidate(train, options) + '\n');
    return;
  }
  const fitted = fitWeights(train, PRIOR_WEIGHTS, options);

  const out = [
    `fitted on ${args.train.join(' + ')} (${train.length} passages), lambda ${args.lambda}, positive weight ${args.positiveWeight}`,
    '',
  ];
  // Only the splits fitted on: the held-out figures come from npm run eval, once.
  for (const split of args.train) {
    const part = examples.filter((e) => e.passage.split === split);
    out.push(`${split.padEnd(6)} prior:  ${measure(part, PRIOR_WEIGHTS)}`);
    out.push(`${split.padEnd(6)} fitted: ${measure(part, fitted)}`);
  }
  const moved = Object.keys(fitted)
    .map((id) => ({ id, from: PRIOR_WEIGHTS[id] ?? 0, to: fitted[id]! }))
    .filter((m) => Math.abs(m.to - m.from) >= 0.1)
    .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from));
  out.push('', `weights that moved by 0.1 or more: ${moved.length}`);
  for (const m of moved) out.push(`  ${m.id.padEnd(40)} ${m.from.toFixed(2)} → ${m.to.toFixed(2)}`);
  process.stdout.write(out.join('\n') + '\n');

  if (args.write) {
    const rounded = Object.fromEntries(
      Object.keys(fitted)
        .sort()
        .map((id) => [id, Math.round(fitted[id]! * 100) / 100]),
    );
    const path = fileURLToPath(new URL('../lib/detect/fitted-weights.ts', import.meta.url));
    writeFileSync(
      path,
      `// Written by \`npm run fit -- --train ${args.train.join(',')} --lambda ${args.lambda} --positive-weight ${args.positiveWeight} --write\`; do not edit by hand.\n` +
        `export const FITTED_WEIGHTS: Readonly<Record<string, number>> = ${JSON.stringify(rounded, null, 2)};\n`,
    );
    process.stdout.write(`wrote ${path}\n`);
  }
}

main();
