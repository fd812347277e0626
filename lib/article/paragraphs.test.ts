import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAGRAPHS, paragraphOf, paragraphsOf, splitByQuotes } from './paragraphs';
import { SUMMARY_ITEMS } from './summary';

describe('article paragraphs', () => {
  it('numbers the body paragraphs from 1, leaving out the headline and the date line', () => {
    expect(ARTICLE_PARAGRAPHS[0]!.number).toBe(1);
    expect(ARTICLE_PARAGRAPHS[0]!.text).toMatch(/^The US Military has released video clips/);
    expect(ARTICLE_PARAGRAPHS.at(-1)!.text).toBe(
      'They tested the American’s resolve in Syria, and they paid the price.',
    );
    expect(ARTICLE_PARAGRAPHS.map((paragraph) => paragraph.number)).toEqual(
      ARTICLE_PARAGRAPHS.map((_, index) => index + 1),
    );
  });

  it('finds a paragraph for every quote of every summary item', () => {
    for (const item of SUMMARY_ITEMS) {
      for (const quote of item.quotes) expect(paragraphOf(quote), quote).toBeDefined();
      expect(paragraphsOf(item).length).toBeGreaterThan(0);
    }
  });

  it('puts the casualty figures in the fourth paragraph', () => {
    const initial = SUMMARY_ITEMS.find((item) => item.id === 'casualties-initial')!;
    expect(paragraphsOf(initial).map((paragraph) => paragraph.number)).toEqual([4]);
  });

  it('splits a paragraph into parts that rebuild it, marking the quotes', () => {
    for (const paragraph of ARTICLE_PARAGRAPHS) {
      const parts = splitByQuotes(paragraph, SUMMARY_ITEMS);
      expect(parts.map((part) => part.text).join('')).toBe(paragraph.text);
    }
    const fourth = splitByQuotes(ARTICLE_PARAGRAPHS[3]!, SUMMARY_ITEMS);
    expect(fourth.filter((part) => part.itemId).map((part) => part.itemId)).toEqual([
      'casualties-initial',
      'casualties-later',
    ]);
  });
});
