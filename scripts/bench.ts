// npm run bench — times detect() on realistic and adversarial input and
// prints a markdown table. Time should grow linearly with size: the 8 MB /
// 2 MB ratio of each adversarial case should be close to 4.

import { performance } from 'node:perf_hooks';
import { detect } from '../lib/detect/detect';

const MB = 1024 * 1024;

/** Repeats `unit` to exactly `size` UTF-16 code units (cut at a code-point boundary). */
function fill(unit: string, size: number): string {
  let text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
  return text;
}

// A deterministic pseudo-random generator so every run times the same text.
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

const FILLER = [
  'The city council approved the new budget after a long debate on Tuesday evening.',
  'Markets in Europe closed slightly higher as investors weighed the latest inflation figures.',
  'Officials said the road would reopen next week once repairs to the bridge were complete.',
  'The team won its third match in a row, lifting it to second place in the league.',
  'Researchers published a study on sleep and memory in a leading journal this month.',
  'Heavy rain is expected across the north of the country over the weekend.',
  'The ministry announced new rules for schools, to take effect in September.',
  'A spokesman declined to comment on the talks, saying only that they would continue.',
];
const MENTIONS = [
  'Russian contractors were killed when U.S. aircraft struck their column near Deir ez-Zor on February 7, 2018.',
  'Survivors of the Battle of Khasham described four hours of air strikes.',
  'Moscow said only that five Russian citizens may have died in Syria in February 2018.',
];

function realistic(size: number, mentions: readonly string[] = MENTIONS): string {
  const random = rng(2018);
  const paragraphs: string[] = [];
  let length = 0;
  let next = Math.floor(size / (mentions.length + 1));
  let mention = 0;
  while (length < size) {
    const sentences: string[] = [];
    for (let i = 0; i < 5; i++) sentences.push(FILLER[Math.floor(random() * FILLER.length)]!);
    if (mention < mentions.length && length >= next) {
      sentences.splice(2, 0, mentions[mention++]!);
      next += Math.floor(size / (mentions.length + 1));
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n').slice(0, size);
}

const ADVERSARIAL: Record<string, string> = {
  "'deir ' run": 'deir ',
  "'-' run": '-',
  'digits run': '7812018',
  "'february ' run": 'february ',
  'Arabic with harakat': 'دَيْرِ الزُّورِ فَبِـــرَايِرَ ',
  'zero-width characters': 'd\u200be\u200bi\u200br\u200c \u200dz\u200bo\u2060r\ufeff ',
  'mixed, no sentence breaks':
    'deir ez deir-ez-zo wagner 7 february 2018 ----- 000000 دِيرِ الزّو \u200b\u200b khas feb 7 8 ',
};

interface Row {
  name: string;
  bytes: number;
  ms: number;
}

// With `--expose-gc` (npm run bench sets it) each run starts from a collected
// heap, so one case's garbage does not bill the next.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

function time(text: string): number {
  detect(text.slice(0, 10_000)); // warm up the JIT and the regex caches
  let best = Infinity;
  const runs = 3; // best of three: this shared machine varies by half between runs
  for (let i = 0; i < runs; i++) {
    collect();
    const start = performance.now();
    detect(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function measure(name: string, text: string): Row {
  return { name, bytes: Buffer.byteLength(text, 'utf8'), ms: time(text) };
}

function main(): void {
  const rows: Row[] = [];
  const ratios: { name: string; ratio: number }[] = [];
  const news = realistic(200 * 1024);
  const found = detect(news).mentions.length;
  rows.push(measure(`(a) realistic news, 200 kB (${found} mentions)`, news));
  for (const [name, unit] of Object.entries(ADVERSARIAL)) {
    const small = measure(`(b) ${name}, 2 MB`, fill(unit, 2 * MB));
    const large = measure(`(b) ${name}, 8 MB`, fill(unit, 8 * MB));
    rows.push(small, large);
    ratios.push({ name, ratio: large.ms / small.ms });
  }
  const plain = realistic(2 * MB, []);
  rows.push(measure(`(c) page without a mention, 2 MB (${detect(plain).mentions.length} mentions)`, plain));

  const lines = ['| case | size (MB, UTF-8) | time (ms) | MB/s |', '| --- | ---: | ---: | ---: |'];
  for (const row of rows) {
    const mb = row.bytes / MB;
    lines.push(`| ${row.name} | ${mb.toFixed(2)} | ${row.ms.toFixed(1)} | ${(mb / (row.ms / 1000)).toFixed(1)} |`);
  }
  lines.push('', '| adversarial case | time 8 MB / time 2 MB (linear ≈ 4) |', '| --- | ---: |');
  for (const { name, ratio } of ratios) lines.push(`| ${name} | ${ratio.toFixed(2)} |`);
  process.stdout.write(lines.join('\n') + '\n');
}

main();
