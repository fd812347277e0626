// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAGRAPHS } from '../lib/article/paragraphs';
import { ARTICLE, SUMMARY_ITEMS } from '../lib/article/summary';
import { ArticleReader } from './ArticleReader';

describe('ArticleReader', () => {
  it('shows the time stamp, title and every paragraph numbered', () => {
    const { container } = render(<ArticleReader />);
    expect(screen.getByText(ARTICLE.title)).toBeTruthy();
    expect(container.querySelector('.reader__stamp')?.textContent).toBe('Reported February 15, 2018');
    const paragraphs = container.querySelectorAll('.reader__paragraph');
    expect(paragraphs).toHaveLength(ARTICLE_PARAGRAPHS.length);
    expect(paragraphs[3]?.id).toBe('p4');
    expect(paragraphs[3]?.textContent).toBe(`4${ARTICLE_PARAGRAPHS[3]!.text}`);
  });

  it('marks every quote with its item, and links each item to its paragraphs', () => {
    const { container } = render(<ArticleReader />);
    for (const item of SUMMARY_ITEMS) {
      const marks = [...container.querySelectorAll(`mark[data-item="${item.id}"]`)].map((mark) => mark.textContent);
      expect(marks).toEqual(expect.arrayContaining([...item.quotes]));
      expect(container.querySelector(`#item-${item.id} a[href^="#p"]`)).not.toBeNull();
    }
    expect(container.querySelector('#item-casualties-initial a')?.getAttribute('href')).toBe('#p4');
  });

  it('lists the opinion only under the heading that calls it the article’s view', () => {
    const { container } = render(<ArticleReader />);
    const opinionSection = container.querySelector('.summary__opinion')!;
    expect(opinionSection.querySelector('h2')?.textContent).toBe('The article’s own view (opinion)');
    expect(opinionSection.querySelector('#item-opinion')).not.toBeNull();
    expect(container.querySelectorAll('#item-opinion')).toHaveLength(1);
  });
});
