// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ARTICLE } from '../lib/article/summary';
import type { MentionView } from '../lib/messages';
import { Popover, type PopoverProps } from './Popover';

afterEach(cleanup);

const mention: MentionView = {
  id: 3,
  text: 'Deir ez-Zor',
  snippet: 'US strikes near Deir ez-Zor on February 7, 2018 killed dozens…',
  score: 0.93,
  cues: ['Wagner', 'US or coalition strikes', 'casualty figures'],
  against: ['siege'],
};

function renderPopover(overrides: Partial<PopoverProps> = {}) {
  const props: PopoverProps = {
    mention,
    index: 1,
    total: 1,
    takeFocus: false,
    comparison: [],
    onOpenArticle: vi.fn(),
    onClose: vi.fn(),
    onDisableSite: vi.fn(),
    onNotAbout: vi.fn(),
    onNext: vi.fn(),
    ...overrides,
  };
  return { ...render(<Popover {...props} />), props };
}

describe('Popover', () => {
  it('is a dialog named by its title', () => {
    renderPopover();
    const dialog = screen.getByRole('dialog', { name: 'Deir ez-Zor, 7–8 February 2018' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
  });

  it('shows the short summary with each casualty figure beside its attribution', () => {
    const { container } = renderPopover();
    const initial = container.querySelector('[data-item="casualties-initial"]');
    const later = container.querySelector('[data-item="casualties-later"]');
    expect(initial?.textContent).toContain('About 100');
    expect(initial?.textContent).toContain('initial US reports');
    expect(later?.textContent).toContain('As many as 200');
    expect(later?.textContent).toContain('further reports');
    // The short form only: items marked not short stay out.
    expect(container.querySelector('[data-item="wagner"]')).toBeNull();
    expect(screen.getByRole('heading', { name: 'The article’s own view (opinion)' })).toBeTruthy();
  });

  it('cites the article by title and date', () => {
    const { container } = renderPopover();
    const citation = container.querySelector('.citation');
    expect(citation?.textContent).toContain(ARTICLE.title);
    expect(citation?.textContent).toContain('February 15, 2018');
    expect(citation?.querySelector('time')?.getAttribute('datetime')).toBe('2018-02-15');
  });

  it('shows why the mention was marked', () => {
    const { container } = renderPopover();
    const why = container.querySelector('.why');
    expect(why?.textContent).toContain('Deir ez-Zor');
    expect(why?.textContent).toContain('93%');
    for (const cue of mention.cues) expect(why?.textContent).toContain(cue);
    expect(why?.textContent).toContain('Against: siege');
  });

  it('moves focus to the close button with takeFocus', () => {
    renderPopover({ takeFocus: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
  });

  it('leaves focus where it was without takeFocus', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    renderPopover({ takeFocus: false });
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('calls onClose on Escape inside it, and not on other keys', () => {
    const { props } = renderPopover();
    const close = screen.getByRole('button', { name: 'Close' });
    fireEvent.keyDown(close, { key: 'Enter' });
    expect(props.onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(close, { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('stops an Escape from reaching the page', () => {
    const pageListener = vi.fn();
    document.body.addEventListener('keydown', pageListener);
    try {
      renderPopover();
      fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
      expect(pageListener).not.toHaveBeenCalled();
    } finally {
      document.body.removeEventListener('keydown', pageListener);
    }
  });

  it('calls onClose from the close button', () => {
    const { props } = renderPopover();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onClose).toHaveBeenCalledTimes(1);
    expect(props.onDisableSite).not.toHaveBeenCalled();
  });

  it('calls onDisableSite from “Don’t show on this site”', () => {
    const { props } = renderPopover();
    fireEvent.click(screen.getByRole('button', { name: 'Don’t show on this site' }));
    expect(props.onDisableSite).toHaveBeenCalledTimes(1);
    expect(props.onClose).not.toHaveBeenCalled();
  });

  it('calls onNotAbout from “Not about this engagement”', () => {
    const { props } = renderPopover();
    fireEvent.click(screen.getByRole('button', { name: 'Not about this engagement' }));
    expect(props.onNotAbout).toHaveBeenCalledTimes(1);
    expect(props.onDisableSite).not.toHaveBeenCalled();
    expect(props.onClose).not.toHaveBeenCalled();
  });

  it('calls onOpenArticle from the “Read the article” button', () => {
    const { props } = renderPopover();
    fireEvent.click(screen.getByRole('button', { name: 'Read the article, paragraph by paragraph' }));
    expect(props.onOpenArticle).toHaveBeenCalledTimes(1);
  });

  it('offers “Next” only when there are several mentions', () => {
    renderPopover({ total: 1 });
    expect(screen.queryByRole('button', { name: /Next mention/ })).toBeNull();
    cleanup();
    const { props } = renderPopover({ index: 2, total: 3 });
    const next = screen.getByRole('button', { name: 'Next mention (2 of 3)' });
    expect(next.textContent).toBe('Next (2/3)');
    fireEvent.click(next);
    expect(props.onNext).toHaveBeenCalledTimes(1);
  });
});
