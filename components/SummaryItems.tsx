import { paragraphsOf } from '../lib/article/paragraphs';
import type { SummaryItem } from '../lib/article/summary';

const KIND_LABEL: Record<SummaryItem['kind'], string> = {
  'reported-fact': 'Reported',
  'attributed-claim': 'Claim',
  opinion: 'Opinion',
};

interface ItemOptions {
  showQuotes: boolean;
  brief: boolean;
  onOpenItem?: (itemId: string) => void;
}

function Item({ item, showQuotes, brief, onOpenItem }: { item: SummaryItem } & ItemOptions) {
  const paragraphs = paragraphsOf(item).map((paragraph) => `¶${paragraph.number}`);
  return (
    <li class={`item item--${item.kind}`} data-item={item.id}>
      <p class="item__statement">{brief ? (item.brief ?? item.statement) : item.statement}</p>
      <p class="item__source">
        <span class="item__kind">{KIND_LABEL[item.kind]}</span> ·{' '}
        <span class="item__attribution">{item.attribution}</span>
        {onOpenItem && (
          <>
            {' · '}
            <button
              type="button"
              class="text-button item__open"
              aria-label={`Read ${paragraphs.join(', ')} of the article`}
              onClick={() => onOpenItem(item.id)}
            >
              {paragraphs.join(', ')} in the article
            </button>
          </>
        )}
      </p>
      {showQuotes &&
        item.quotes.map((quote) => (
          <blockquote class="item__quote" key={quote}>
            “{quote}”
          </blockquote>
        ))}
    </li>
  );
}

/**
 * The article's statements, reporting first; its own judgements only under a
 * heading that says they are its view.
 */
export function SummaryItems({
  items,
  showQuotes = false,
  brief = false,
  onOpenItem,
}: {
  items: readonly SummaryItem[];
  /** Show the verbatim quotes each statement rests on. */
  showQuotes?: boolean;
  /** Use the shorter wordings (the popover). */
  brief?: boolean;
  /** When given, each item links to its paragraphs in the article page. */
  onOpenItem?: (itemId: string) => void;
}) {
  const reporting = items.filter((item) => item.kind !== 'opinion');
  const opinion = items.filter((item) => item.kind === 'opinion');
  return (
    <div class="summary">
      <ul class="summary__list" aria-label="What the article reports">
        {reporting.map((item) => (
          <Item key={item.id} item={item} showQuotes={showQuotes} brief={brief} onOpenItem={onOpenItem} />
        ))}
      </ul>
      {opinion.length > 0 && (
        <section class="summary__opinion" aria-label="The article's own view">
          <h3 class="summary__heading">The article’s own view (opinion)</h3>
          <ul class="summary__list">
            {opinion.map((item) => (
              <Item key={item.id} item={item} showQuotes={showQuotes} brief={brief} onOpenItem={onOpenItem} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
