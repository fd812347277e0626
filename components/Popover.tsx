import { useEffect, useRef, useState } from 'preact/hooks';
import { summaryAsMarkdown } from '../lib/article/citation';
import { formatDay, isAfterArticle } from '../lib/article/dates';
import { ARTICLE, SHORT_SUMMARY_ITEMS, SUMMARY_ITEMS } from '../lib/article/summary';
import type { ComparisonPair } from '../lib/figures/types';
import type { MentionView } from '../lib/messages';
import { Comparison } from './Comparison';
import { copyText } from './copy';
import { ArticleCitation } from './ArticleCitation';
import { SummaryItems } from './SummaryItems';
import { WhyMatched } from './WhyMatched';

export interface PopoverProps {
  mention: MentionView;
  /** 1-based position of this mention among the page's mentions. */
  index: number;
  total: number;
  /** Move keyboard focus into the popover (not when it opened on hover). */
  takeFocus: boolean;
  /** The page's own figures around the mention beside the article's. */
  comparison: readonly ComparisonPair[];
  /** The host page's own date (YYYY-MM-DD), when it states one. */
  pageDate?: string | null;
  /** Opens the article with numbered paragraphs (an extension page). */
  onOpenArticle: () => void;
  onClose: () => void;
  onDisableSite: () => void;
  /** The reader says this mention is not about the engagement: hide it on this page. */
  onNotAbout: () => void;
  onNext: () => void;
}

/** The popover beside a mention: what the article reports, briefly. */
export function Popover({
  mention,
  index,
  total,
  takeFocus,
  comparison,
  pageDate,
  onOpenArticle,
  onClose,
  onDisableSite,
  onNotAbout,
  onNext,
}: PopoverProps) {
  const closeButton = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState('');

  const copy = async () => {
    const ok = root.current ? await copyText(summaryAsMarkdown(SUMMARY_ITEMS), root.current) : false;
    setCopied(ok ? 'Summary copied, with its citation.' : 'Could not copy here.');
  };

  useEffect(() => {
    if (takeFocus) closeButton.current?.focus();
  }, [mention.id, takeFocus]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div
      ref={root}
      // Its text is English: left to right even on right-to-left pages
      // (direction is inherited into shadow roots and `all: initial` keeps it).
      dir="ltr"
      lang="en"
      class="popover"
      role="dialog"
      aria-modal="false"
      aria-labelledby="dz-popover-title"
      onKeyDown={onKeyDown}
    >
      <header class="popover__header">
        <h2 id="dz-popover-title" class="popover__title">
          Deir ez-Zor, 7–8 February 2018
        </h2>
        <button ref={closeButton} type="button" class="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="popover__stamp">
        Reported <time dateTime={ARTICLE.published}>{ARTICLE.publishedLabel}</time>
      </p>
      {pageDate && isAfterArticle(pageDate) && (
        <p class="popover__dated">
          This page is dated {formatDay(pageDate)}; the article reflects what was known in February 2018.
        </p>
      )}
      {comparison.length > 0 && <Comparison pairs={comparison} />}
      <p class="popover__lede">What one article reported about this engagement:</p>
      <SummaryItems items={SHORT_SUMMARY_ITEMS} brief />
      {comparison.length === 0 && <Comparison pairs={comparison} />}
      <ArticleCitation />
      <p class="popover__actions">
        <button type="button" class="text-button" onClick={onOpenArticle}>
          Read the article, paragraph by paragraph
        </button>
        <button type="button" class="text-button" onClick={() => void copy()}>
          Copy summary
        </button>
        <span role="status" class="popover__copied">
          {copied}
        </span>
      </p>
      <WhyMatched mention={mention} />
      <footer class="popover__footer">
        <button type="button" class="text-button" onClick={onNotAbout}>
          Not about this engagement
        </button>
        <button type="button" class="text-button" onClick={onDisableSite}>
          Don’t show on this site
        </button>
        {total > 1 && (
          <button type="button" class="text-button" onClick={onNext} aria-label={`Next mention (${index} of ${total})`}>
            Next ({index}/{total})
          </button>
        )}
      </footer>
    </div>
  );
}
