import { useEffect, useRef } from 'preact/hooks';
import { SHORT_SUMMARY_ITEMS } from '../lib/article/summary';
import type { MentionView } from '../lib/messages';
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
  onClose: () => void;
  onDisableSite: () => void;
  onNext: () => void;
}

/** The popover beside a mention: what the article reports, briefly. */
export function Popover({ mention, index, total, takeFocus, onClose, onDisableSite, onNext }: PopoverProps) {
  const closeButton = useRef<HTMLButtonElement>(null);

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
      <p class="popover__lede">What one article reported about this engagement:</p>
      <SummaryItems items={SHORT_SUMMARY_ITEMS} brief />
      <ArticleCitation />
      <WhyMatched mention={mention} />
      <footer class="popover__footer">
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
