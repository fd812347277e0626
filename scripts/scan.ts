// npm run scan -- [--json] [--sensitivity strict|normal|broad] PATH...
//
// Scans files for mentions of the February 7–8, 2018 engagement: .html/.htm
// files by their visible text (scripts/html-text.ts), anything else as plain
// text. Files are read one after another in this one process, so hundreds of
// paths are fine. A file that cannot be read is reported on stderr, the rest
// are still scanned, and the exit status is 2.
//
// --json prints exactly one object per line per scanned file:
//   {"file","mentions_event","score","mentions":[{"start","end","text","score","cues"}]}
// with offsets into the extracted text.

import { readFile } from 'node:fs/promises';
import { detect, THRESHOLDS, type Sensitivity } from '../lib/detect/detect';
import { htmlToText } from './html-text';

interface Options {
  json: boolean;
  sensitivity: Sensitivity;
  paths: string[];
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run scan -- [--json] [--sensitivity strict|normal|broad] PATH...\n`);
  process.exit(64);
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, sensitivity: 'normal', paths: [] };
  let literal = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (literal || !arg.startsWith('--')) options.paths.push(arg);
    else if (arg === '--') literal = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--sensitivity' || arg.startsWith('--sensitivity=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value || !(value in THRESHOLDS)) usage(`unknown sensitivity: ${value ?? ''}`);
      options.sensitivity = value as Sensitivity;
    } else usage(`unknown option: ${arg}`);
  }
  if (options.paths.length === 0) usage('no files given');
  return options;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

export function textOf(path: string, content: string): string {
  return /\.x?html?$/i.test(path) ? htmlToText(content) : content;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  let failed = false;
  for (const path of options.paths) {
    let content: string;
    try {
      content = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'is a directory'
            : code === 'EACCES'
              ? 'permission denied'
              : (error as Error).message;
      process.stderr.write(`scan: cannot read ${path}: ${reason}\n`);
      failed = true;
      continue;
    }
    const text = textOf(path, content);
    const result = detect(text, { sensitivity: options.sensitivity });
    const mentions = result.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      score: round(m.score),
      cues: m.cues,
    }));
    if (options.json) {
      process.stdout.write(
        JSON.stringify({ file: path, mentions_event: result.mentionsEvent, score: round(result.score), mentions }) +
          '\n',
      );
    } else {
      const verdict = result.mentionsEvent ? 'mentions the engagement' : 'no mention';
      const lines = [`${path}: ${verdict} (score ${result.score.toFixed(3)})`];
      for (const m of mentions) {
        lines.push(
          `  [${m.start}–${m.end}] ${JSON.stringify(m.text)} score ${m.score.toFixed(3)}; cues: ${m.cues.join(', ')}`,
        );
      }
      process.stdout.write(lines.join('\n') + '\n');
    }
  }
  if (failed) process.exitCode = 2;
}

main().catch((error: unknown) => {
  process.stderr.write(`scan: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
