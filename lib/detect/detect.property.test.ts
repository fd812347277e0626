import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, THRESHOLDS } from './detect';
import { LEXICON } from './lexicon';
import { normalize } from './normalize';

// Pieces that make the detector work hard: names, cues, counters, separators,
// and the characters normalisation has to be careful with.
const TOKENS = [
  'Deir ez-Zor',
  'deir ',
  'DEIR EZ‑ZOR',
  'Дейр-эз-Зоре',
  'دير الزور',
  'بديـر الـزُّور',
  'Deyri\u200bzor',
  'Khasham',
  'Kha\u00adsham',
  'Хашам',
  'خشام',
  'Conoco',
  'ConocoPhillips',
  'al-Tabiyeh',
  'Wagner',
  'Вагнер',
  'فاغنر',
  'Russian mercenaries',
  'US strikes',
  'February 7',
  '7–8 February 2018',
  'feb ',
  '2018',
  '2016',
  'four hours',
  'SDF',
  'siege',
  'composer',
  'Tower 22',
  '. ',
  '\n',
  '? ',
  '!',
  ' ',
  '-',
  '\u200b',
  '\u200f',
  '\ufeff',
  '\u0301',
  '\u064e',
  '\u0640',
  'ﬁ',
  'ǅ',
  'İ',
  'ß',
  '\ud83d\ude00',
  '\ud800',
  '\udfff',
];

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));
const combining = fc.integer({ min: 0x0300, max: 0x036f }).map((code) => String.fromCharCode(code));
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 2, arbitrary: anyCodeUnit }, // includes lone surrogate halves
  { weight: 2, arbitrary: anyCodePoint },
  { weight: 1, arbitrary: combining },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

const ANCHORS = LEXICON.filter((entry) => entry.kind === 'place' || entry.kind === 'battle' || entry.subject).map(
  (entry) => new RegExp(entry.pattern, 'u'),
);

describe('detect on arbitrary input', () => {
  it('never throws and returns a well-formed result', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('strict', 'normal', 'broad') as fc.Arbitrary<keyof typeof THRESHOLDS>,
        (input, sensitivity) => {
          const result = detect(input, { sensitivity, context: input.slice(0, 20) });
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(1);
          expect(result.mentionsEvent).toBe(result.mentions.length > 0);
          for (const m of result.mentions) expect(m.score).toBeGreaterThanOrEqual(THRESHOLDS[sensitivity]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives valid, ordered, non-overlapping offsets', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { mentions } = detect(input, { threshold: 0 });
        let previousEnd = 0;
        for (const m of mentions) {
          expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.start).toBeLessThan(m.end);
          expect(m.end).toBeLessThanOrEqual(input.length);
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = m.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('marks original text whose normalised form is an anchor', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const m of detect(input, { threshold: 0 }).mentions) {
          const slice = input.slice(m.start, m.end);
          expect(slice.length).toBeGreaterThan(0);
          const folded = normalize(slice).text;
          expect(ANCHORS.some((anchor) => anchor.test(folded))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('normalize on arbitrary input', () => {
  it('maps every folded character back to a non-decreasing span of the original', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { text: folded, starts, ends } = normalize(input);
        expect(starts.length).toBe(folded.length);
        expect(ends.length).toBe(folded.length);
        for (let i = 0; i < folded.length; i++) {
          expect(starts[i]!).toBeLessThan(ends[i]!);
          expect(ends[i]!).toBeLessThanOrEqual(input.length);
          if (i > 0) {
            expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]!);
            expect(ends[i]!).toBeGreaterThanOrEqual(ends[i - 1]!);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is idempotent on already folded text', () => {
    fc.assert(
      fc.property(text, (input) => {
        const once = normalize(input).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
