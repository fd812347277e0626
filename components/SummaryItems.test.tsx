// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SHORT_SUMMARY_ITEMS, SUMMARY_ITEMS, type SummaryItem } from '../lib/article/summary';
import { SummaryItems } from './SummaryItems';

afterEach(cleanup);

const OPINION_HEADING = 'The article’s own view (opinion)';
const opinionItems = SUMMARY_ITEMS.filter((item) => item.kind === 'opinion');
const reportingItems = SUMMARY_ITEMS.filter((item) => item.kind !== 'opinion');

function itemElement(container: Element, item: SummaryItem): HTMLElement {
  const element = container.querySelector<HTMLElement>(`[data-item="${item.id}"]`);
  if (!element) throw new Error(`item ${item.id} not rendered`);
  return element;
}

describe('SummaryItems', () => {
  it('has at least one opinion item and one reporting item to test with', () => {
    expect(opinionItems.length).toBeGreaterThan(0);
    expect(reportingItems.length).toBeGreaterThan(0);
  });

  it('renders every item once, reporting before opinion', () => {
    const { container } = render(<SummaryItems items={SUMMARY_ITEMS} />);
    const ids = [...container.querySelectorAll('[data-item]')].map((element) => element.getAttribute('data-item'));
    expect(ids).toEqual([...reportingItems, ...opinionItems].map((item) => item.id));
  });

  it('puts opinion items only under the opinion heading', () => {
    const { container } = render(<SummaryItems items={SUMMARY_ITEMS} />);
    const heading = screen.getByRole('heading', { name: OPINION_HEADING });
    const opinionSection = heading.closest('section')!;
    expect(opinionSection).not.toBeNull();
    for (const item of opinionItems) {
      expect(opinionSection.contains(itemElement(container, item))).toBe(true);
      expect(within(opinionSection).getByText(item.statement)).toBeTruthy();
    }
    for (const item of reportingItems) {
      expect(opinionSection.contains(itemElement(container, item))).toBe(false);
    }
    const reportingList = screen.getByRole('list', { name: 'What the article reports' });
    for (const item of opinionItems) expect(reportingList.contains(itemElement(container, item))).toBe(false);
    for (const item of reportingItems) expect(reportingList.contains(itemElement(container, item))).toBe(true);
  });

  it('has no opinion heading when there are no opinion items', () => {
    render(<SummaryItems items={reportingItems} />);
    expect(screen.queryByText(OPINION_HEADING)).toBeNull();
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('shows every item’s attribution and kind with it', () => {
    const { container } = render(<SummaryItems items={SUMMARY_ITEMS} />);
    for (const item of SUMMARY_ITEMS) {
      const element = itemElement(container, item);
      expect(element.querySelector('.item__attribution')?.textContent).toBe(item.attribution);
      const kind = element.querySelector('.item__kind')?.textContent;
      expect(kind).toBe(item.kind === 'opinion' ? 'Opinion' : item.kind === 'attributed-claim' ? 'Claim' : 'Reported');
    }
  });

  it('shows no quotes by default', () => {
    const { container } = render(<SummaryItems items={SUMMARY_ITEMS} />);
    expect(container.querySelectorAll('blockquote')).toHaveLength(0);
  });

  it('shows every quote, under its own item, with showQuotes', () => {
    const { container } = render(<SummaryItems items={SUMMARY_ITEMS} showQuotes />);
    const total = SUMMARY_ITEMS.reduce((sum, item) => sum + item.quotes.length, 0);
    expect(container.querySelectorAll('blockquote')).toHaveLength(total);
    for (const item of SUMMARY_ITEMS) {
      const quotes = [...itemElement(container, item).querySelectorAll('blockquote')].map((q) => q.textContent);
      expect(quotes).toEqual(item.quotes.map((quote) => `“${quote}”`));
    }
  });

  it('shows the full statements by default', () => {
    const { container } = render(<SummaryItems items={SUMMARY_ITEMS} />);
    for (const item of SUMMARY_ITEMS) {
      expect(itemElement(container, item).querySelector('.item__statement')?.textContent).toBe(item.statement);
    }
  });

  it('shows the brief wording with brief, and the statement where there is none', () => {
    const withBrief = SHORT_SUMMARY_ITEMS.filter((item) => item.brief && item.brief !== item.statement);
    expect(withBrief.length).toBeGreaterThan(0);
    const { container } = render(<SummaryItems items={SUMMARY_ITEMS} brief />);
    for (const item of SUMMARY_ITEMS) {
      expect(itemElement(container, item).querySelector('.item__statement')?.textContent).toBe(
        item.brief ?? item.statement,
      );
    }
    for (const item of withBrief) expect(screen.queryByText(item.statement)).toBeNull();
  });
});
