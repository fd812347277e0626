import { describe, expect, it } from 'vitest';
import { summaryAsMarkdown, summaryAsPlainText } from './citation';
import { ARTICLE, SUMMARY_ITEMS } from './summary';

describe('copyable summary', () => {
  it('cites the article by title and date in both forms', () => {
    for (const text of [summaryAsPlainText(SUMMARY_ITEMS), summaryAsMarkdown(SUMMARY_ITEMS)]) {
      expect(text).toContain(ARTICLE.title);
      expect(text).toContain('February 15, 2018');
    }
  });

  it('keeps every statement with its attribution in the plain text', () => {
    const text = summaryAsPlainText(SUMMARY_ITEMS);
    for (const item of SUMMARY_ITEMS) expect(text).toContain(`${item.statement} (`);
    expect(text).toContain('(initial US reports)');
    expect(text).toContain('(further reports)');
  });

  it('puts the opinion only under its own heading', () => {
    const text = summaryAsPlainText(SUMMARY_ITEMS);
    const heading = text.indexOf('The article’s own view (opinion):');
    const opinion = SUMMARY_ITEMS.find((item) => item.kind === 'opinion')!;
    expect(heading).toBeGreaterThan(0);
    expect(text.indexOf(opinion.statement)).toBeGreaterThan(heading);
    for (const item of SUMMARY_ITEMS.filter((item) => item.kind !== 'opinion')) {
      expect(text.indexOf(item.statement)).toBeLessThan(heading);
    }
  });

  it('quotes the article in Markdown block quotes', () => {
    const markdown = summaryAsMarkdown(SUMMARY_ITEMS);
    expect(markdown).toMatch(/^### /);
    expect(markdown).toContain('> Initial reports from the US claimed that around 100 enemy personnel');
    expect(markdown).toContain('**The article’s own view (opinion):**');
  });
});
