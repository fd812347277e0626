import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT } from './article-text';
import { ARTICLE, SHORT_SUMMARY_ITEMS, SUMMARY_ITEMS } from './summary';

const sharedSource = fileURLToPath(new URL('../../../shared/source/article.txt', import.meta.url));

describe('article data', () => {
  it('keeps the article text identical to the shared source when it is present', () => {
    // CI runs with ../shared beside the clone; a bare checkout still tests the rest.
    if (!existsSync(sharedSource)) return;
    expect(ARTICLE_TEXT).toBe(readFileSync(sharedSource, 'utf8'));
  });

  it('has the headline and date the article states', () => {
    expect(ARTICLE_TEXT.startsWith(ARTICLE.title)).toBe(true);
    expect(ARTICLE_TEXT).toContain('first published on February 15, 2018');
  });
});

describe('summary items', () => {
  it('has 6 to 10 items with unique ids', () => {
    expect(SUMMARY_ITEMS.length).toBeGreaterThanOrEqual(6);
    expect(SUMMARY_ITEMS.length).toBeLessThanOrEqual(10);
    expect(new Set(SUMMARY_ITEMS.map((item) => item.id)).size).toBe(SUMMARY_ITEMS.length);
  });

  for (const item of SUMMARY_ITEMS) {
    it(`rests "${item.id}" on quotes that occur in the article word for word`, () => {
      expect(item.quotes.length).toBeGreaterThan(0);
      for (const quote of item.quotes) expect(ARTICLE_TEXT).toContain(quote);
    });
  }

  it('labels the article’s judgements as its own view, and only those', () => {
    for (const item of SUMMARY_ITEMS) {
      expect(item.kind === 'opinion').toBe(item.attribution === "the article's own view");
    }
    const opinion = SUMMARY_ITEMS.find((item) => item.kind === 'opinion');
    expect(opinion?.quotes).toContain('it is more likely that their orders and approval came straight from the top');
  });

  it('keeps each casualty figure with its attribution', () => {
    const initial = SUMMARY_ITEMS.find((item) => item.id === 'casualties-initial');
    const later = SUMMARY_ITEMS.find((item) => item.id === 'casualties-later');
    expect(initial?.attribution).toBe('initial US reports');
    expect(initial?.statement).toMatch(/About 100/);
    expect(later?.attribution).toBe('further reports');
    expect(later?.statement).toMatch(/As many as 200/);
    expect(later?.statement).toMatch(/dozens/);
  });

  it('puts date, place, attackers, the US response, casualties and the opinion in the short form', () => {
    expect(SHORT_SUMMARY_ITEMS.map((item) => item.id)).toEqual([
      'attack',
      'when-where',
      'us-response',
      'casualties-initial',
      'casualties-later',
      'opinion',
    ]);
  });
});
