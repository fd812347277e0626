import { describe, expect, it } from 'vitest';
import { formatDay, isAfterArticle } from './dates';

describe('article dates', () => {
  it('tells whether a page is dated after February 15, 2018', () => {
    expect(isAfterArticle('2023-02-07')).toBe(true);
    expect(isAfterArticle('2018-02-16')).toBe(true);
    expect(isAfterArticle('2018-02-15')).toBe(false);
    expect(isAfterArticle('2018-02-08')).toBe(false);
  });

  it('formats a day in words', () => {
    expect(formatDay('2023-02-07')).toBe('February 7, 2023');
    expect(formatDay('not a day')).toBe('not a day');
  });
});
