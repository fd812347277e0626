import { describe, expect, it } from 'vitest';
import { compilePattern } from './detect';
import { COMBINATIONS, LEXICON } from './lexicon';
import { normalize } from './normalize';

describe('the lexicon', () => {
  it('writes every pattern in normalised form, or the letters it names could never match', () => {
    // Patterns run over normalised text: a й, a «, an أ in a pattern is dead code.
    const unmatchable = LEXICON.flatMap((entry) => {
      const literal = entry.pattern.replaceAll(/\\[pP]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\./g, '');
      return [...new Set(literal)]
        .filter((ch) => normalize(ch).text !== ch)
        .map((ch) => `${entry.id}: ${ch} (U+${ch.codePointAt(0)!.toString(16)})`);
    });
    expect(unmatchable).toEqual([]);
  });

  it('gives every entry a unique id and a label, and compiles every pattern', () => {
    expect(new Set(LEXICON.map((e) => e.id)).size).toBe(LEXICON.length);
    for (const entry of LEXICON) {
      expect(entry.label.trim(), entry.id).not.toBe('');
      expect(() => compilePattern(entry.pattern), entry.id).not.toThrow();
    }
  });

  it('never matches the empty string', () => {
    for (const entry of LEXICON) expect(compilePattern(entry.pattern).test(''), entry.id).toBe(false);
  });

  it('builds combinations only from cues it has (or the anchor kinds)', () => {
    const ids = new Set([...LEXICON.map((e) => e.id), 'anchor:place', 'anchor:battle', 'anchor:subject']);
    for (const combination of COMBINATIONS)
      for (const group of combination.groups) for (const id of group) expect(ids, combination.id).toContain(id);
  });
});
