import { describe, expect, it } from 'vitest';
import { CORPUS_FILES, loadCorpus, SPLITS } from './corpus';

const LANGUAGES = ['en', 'ru', 'ar', 'de', 'fr', 'es', 'uk', 'tr'];
const POSITIVE_KINDS = ['names-place', 'names-battle', 'no-place'];

describe('the labelled corpus', () => {
  const corpus = loadCorpus();

  it('is at least 300 passages, with unique ids', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((p) => p.id)).size).toBe(corpus.length);
  });

  it('has at least 15 passages in each of the eight languages, and no other language', () => {
    for (const lang of LANGUAGES) expect(corpus.filter((p) => p.lang === lang).length).toBeGreaterThanOrEqual(15);
    expect(corpus.filter((p) => !LANGUAGES.includes(p.lang))).toEqual([]);
  });

  it('is at least 40 % hard negatives', () => {
    const hard = corpus.filter((p) => p.label === 'negative' && p.kind !== 'unrelated');
    expect(hard.length / corpus.length).toBeGreaterThanOrEqual(0.4);
  });

  it('labels every passage with a known label, kind and split, and a note on what makes it hard', () => {
    for (const p of corpus) {
      expect(['positive', 'negative', 'ambiguous'], p.id).toContain(p.label);
      if (p.label === 'positive') expect(POSITIVE_KINDS, p.id).toContain(p.kind);
      if (p.label === 'ambiguous') expect(p.kind, p.id).toBe('ambiguous');
      expect(SPLITS as readonly string[], p.id).toContain(p.split);
      expect(p.text.trim().length, p.id).toBeGreaterThan(0);
      expect(p.note?.trim().length ?? 0, p.id).toBeGreaterThan(0);
    }
  });

  it('has positives of every kind in every language, including ones that name neither place nor battle', () => {
    for (const lang of LANGUAGES)
      for (const kind of POSITIVE_KINDS)
        expect(
          corpus.some((p) => p.lang === lang && p.label === 'positive' && p.kind === kind),
          `${lang} ${kind}`,
        ).toBe(true);
  });

  it('keeps a held-out part that the weights are never fitted on', () => {
    expect(CORPUS_FILES.length).toBeGreaterThan(1);
    expect(corpus.some((p) => p.split === 'heldout')).toBe(true);
  });
});
