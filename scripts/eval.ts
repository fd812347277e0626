// npm run eval -- [--split tune|dev|heldout|all] [--sensitivity strict|normal|broad] [--json] [--check] [--floors]
//
// Runs the detector over the corpus (scripts/corpus.ts) and reports precision, recall and
// F1 overall, per language, per positive kind and per distractor kind, for the
// tune and held-out splits at every sensitivity. Lists the misses of the
// selected split (at --sensitivity, default normal) with the evidence of the
// best candidate. --check exits 1 unless the held-out split meets the release
// bars at 'normal' (lib/eval/metrics.ts: RELEASE_BARS).

import { detect, THRESHOLDS, type Sensitivity } from '../lib/detect/detect';
import {
  checkBars,
  groupRecall,
  NAMED_GROUP,
  REGRESSION_FLOORS,
  misses,
  RELEASE_BARS,
  summarize,
  wilsonInterval,
  type LabelledPrediction,
  type Summary,
} from '../lib/eval/metrics';
import { loadCorpus, SPLITS, type Passage } from './corpus';

interface Prediction extends LabelledPrediction {
  split: string;
  cues: string[];
  against: string[];
}

const SENSITIVITIES = Object.keys(THRESHOLDS) as Sensitivity[];

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: npm run eval -- [--split tune|dev|heldout|all] [--sensitivity strict|normal|broad] [--json] [--check] [--floors]\n`,
  );
  process.exit(64);
}

function parseArgs(argv: string[]) {
  let split: (typeof SPLITS)[number] | 'all' = 'all';
  let sensitivity: Sensitivity = 'normal';
  let json = false;
  let check = false;
  let floors = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const value = (): string => inline ?? argv[++i] ?? usage(`${name} needs a value`);
    if (name === '--split') {
      const v = value();
      if (v !== 'all' && !(SPLITS as readonly string[]).includes(v)) usage(`unknown split: ${v}`);
      split = v as (typeof SPLITS)[number] | 'all';
    } else if (name === '--sensitivity') {
      const v = value();
      if (!SENSITIVITIES.includes(v as Sensitivity)) usage(`unknown sensitivity: ${v}`);
      sensitivity = v as Sensitivity;
    } else if (name === '--json') json = true;
    else if (name === '--check') check = true;
    else if (name === '--floors') floors = true;
    else usage(`unknown option: ${arg}`);
  }
  return { split, sensitivity, json, check, floors };
}

function predict(passages: readonly Passage[], sensitivity: Sensitivity): Prediction[] {
  return passages.map((p) => {
    const result = detect(p.text, { sensitivity });
    // For the "why" of a miss: the best candidate, accepted or not.
    const all = detect(p.text, { threshold: 0 });
    let best: (typeof all.mentions)[number] | undefined;
    for (const m of all.mentions) if (!best || m.score > best.score) best = m;
    return {
      id: p.id,
      lang: p.lang,
      label: p.label,
      kind: p.kind,
      split: p.split,
      predicted: result.mentionsEvent,
      score: result.score,
      cues: best?.cues ?? [],
      against: best?.against ?? [],
    };
  });
}

const pct = (x: number | null) => (x === null ? '—' : (x * 100).toFixed(1) + '%');

function interval(successes: number, n: number): string {
  const ci = wilsonInterval(successes, n);
  return ci ? `${pct(ci.low)}–${pct(ci.high)}` : '—';
}

function table(header: string[], rows: (string | number)[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function render(split: string, sensitivity: Sensitivity, s: Summary): string {
  const o = s.overall;
  const out: string[] = [];
  out.push(`### ${split} · ${sensitivity} (threshold ${THRESHOLDS[sensitivity]})`);
  out.push(
    `overall: precision ${pct(o.precision)} (95 % ${interval(o.tp, o.tp + o.fp)})  ` +
      `recall ${pct(o.recall)} (95 % ${interval(o.tp, o.tp + o.fn)})  F1 ${pct(o.f1)}  ` +
      `(tp ${o.tp}, fp ${o.fp}, fn ${o.fn}, tn ${o.tn}; ambiguous ${s.ambiguous.n}, flagged ${s.ambiguous.flagged})`,
  );
  out.push('');
  out.push(
    table(
      ['lang', 'precision', 'recall', 'F1', 'tp', 'fp', 'fn', 'tn'],
      Object.entries(s.byLang).map(([lang, x]) => [
        lang,
        pct(x.precision),
        pct(x.recall),
        pct(x.f1),
        x.tp,
        x.fp,
        x.fn,
        x.tn,
      ]),
    ),
  );
  out.push('');
  out.push(
    table(
      ['positive kind', 'n', 'found', 'recall', '95 % interval'],
      [...Object.keys(s.positiveKinds), NAMED_GROUP].map((kind) => {
        const x = groupRecall(s, kind);
        return [kind, x.n, x.found, pct(x.recall), interval(x.found, x.n)];
      }),
    ),
  );
  out.push('');
  out.push(
    table(
      ['distractor kind', 'n', 'false positives', 'FP rate'],
      Object.entries(s.negativeKinds).map(([kind, x]) => [kind, x.n, x.falsePositives, pct(x.fpRate)]),
    ),
  );
  return out.join('\n');
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const corpus = loadCorpus();
  const predictions = new Map<Sensitivity, Prediction[]>(SENSITIVITIES.map((s) => [s, predict(corpus, s)]));

  const summaries: Record<string, Record<string, Summary>> = {};
  for (const split of SPLITS) {
    const bySensitivity: Record<string, Summary> = {};
    for (const sensitivity of SENSITIVITIES) {
      bySensitivity[sensitivity] = summarize(predictions.get(sensitivity)!.filter((p) => p.split === split));
    }
    summaries[split] = bySensitivity;
  }

  const selected: string[] = args.split === 'all' ? [...SPLITS] : [args.split];
  const missed = misses(predictions.get(args.sensitivity)!.filter((p) => selected.includes(p.split)));
  const check = checkBars(summaries.heldout!.normal!, RELEASE_BARS);
  const floorCheck = checkBars(summaries.heldout!.normal!, REGRESSION_FLOORS);

  if (args.json) {
    const report: Record<string, unknown> = {
      splits: Object.fromEntries(selected.map((split) => [split, summaries[split]])),
      misses: {
        sensitivity: args.sensitivity,
        items: missed.map((m) => ({
          id: m.id,
          split: m.split,
          lang: m.lang,
          label: m.label,
          kind: m.kind,
          error: m.label === 'positive' ? 'false-negative' : 'false-positive',
          score: m.score,
          cues: m.cues,
          against: m.against,
        })),
      },
    };
    if (args.check || args.floors) report.check = { split: 'heldout', sensitivity: 'normal', ...check };
    if (args.floors) report.floors = { split: 'heldout', sensitivity: 'normal', ...floorCheck };
    process.stdout.write(JSON.stringify(report) + '\n');
  } else {
    const out: string[] = [];
    for (const split of selected) {
      out.push(`## Split: ${split}`, '');
      for (const sensitivity of SENSITIVITIES)
        out.push(render(split, sensitivity, summaries[split]![sensitivity]!), '');
    }
    out.push(`## Misses (${selected.join(' + ')}, ${args.sensitivity}): ${missed.length}`);
    for (const m of missed) {
      const error = m.label === 'positive' ? 'FN' : 'FP';
      out.push(
        `- ${error} ${m.id} [${m.split}, ${m.lang}, ${m.kind}] best ${(m.score ?? 0).toFixed(3)}  ` +
          `cues: ${m.cues.join(', ') || '—'}  against: ${m.against.join(', ') || '—'}`,
      );
    }
    if (args.check || args.floors) {
      out.push('', '## Release bars (heldout, normal)');
      for (const r of check.results)
        out.push(`- ${r.pass ? 'PASS' : 'FAIL'} ${r.name}: ${pct(r.value)} (≥ ${pct(r.min)})`);
    }
    if (args.floors) {
      out.push('', '## Regression floors (heldout, normal): CI fails below these');
      for (const r of floorCheck.results)
        out.push(`- ${r.pass ? 'PASS' : 'FAIL'} ${r.name}: ${pct(r.value)} (≥ ${pct(r.min)})`);
    }
    process.stdout.write(out.join('\n') + '\n');
  }
  if ((args.check && !check.pass) || (args.floors && !floorCheck.pass)) process.exitCode = 1;
}

main();
