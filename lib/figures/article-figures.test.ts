import { describe, expect, it } from 'vitest';
import { SUMMARY_ITEMS } from '../article/summary';
import { ARTICLE_FIGURES } from './article-figures';

describe('article figures', () => {
  it.each(ARTICLE_FIGURES.map((f) => [f.point, f.display, f] as const))(
    '%s "%s" rests on a summary item whose quotes hold its key words',
    (_p, _d, figure) => {
      const item = SUMMARY_ITEMS.find((i) => i.id === figure.summaryItemId);
      expect(item, figure.summaryItemId).toBeDefined();
      const quotes = item?.quotes.join(' ') ?? '';
      expect(figure.keyWords.length).toBeGreaterThan(0);
      for (const word of figure.keyWords) expect(quotes).toContain(word);
    },
  );

  it('covers every point the comparison shows', () => {
    const points = new Set(ARTICLE_FIGURES.map((f) => f.point));
    expect([...points].sort()).toEqual(['aim', 'date', 'killed', 'russian-position', 'russians-killed', 'weapons']);
  });
});
