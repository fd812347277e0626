import { useEffect } from 'preact/hooks';
import { ARTICLE_PARAGRAPHS, paragraphsOf, splitByQuotes } from '../lib/article/paragraphs';
import { ARTICLE, SUMMARY_ITEMS, type SummaryItem } from '../lib/article/summary';

function ItemLink({ item }: { item: SummaryItem }) {
  const paragraphs = paragraphsOf(item);
  return (
    <li class={`item item--${item.kind}`} id={`item-${item.id}`}>
      <p class="item__statement">{item.statement}</p>
      <p class="item__source">
        <span class="item__attribution">{item.attribution}</span> ·{' '}
        {paragraphs.map((paragraph, index) => (
          <>
            {index > 0 && ', '}
            <a href={`#p${paragraph.number}`} data-item={item.id}>
              ¶{paragraph.number}
            </a>
          </>
        ))}
      </p>
    </li>
  );
}

/**
 * The article with numbered paragraphs and the quoted words marked; each
 * summary item links to the paragraphs it rests on. `#item-<id>` in the
 * address opens on that item's first paragraph.
 */
export function ArticleReader() {
  useEffect(() => {
    const focusFromHash = () => {
      const match = /^#item-(.+)$/.exec(location.hash);
      const item = match ? SUMMARY_ITEMS.find((candidate) => candidate.id === match[1]) : undefined;
      const first = item ? paragraphsOf(item)[0] : undefined;
      document.querySelectorAll('.reader mark.current').forEach((mark) => mark.classList.remove('current'));
      if (!item || !first) return;
      document
        .querySelectorAll(`.reader mark[data-item="${item.id}"]`)
        .forEach((mark) => mark.classList.add('current'));
      const target = document.getElementById(`p${first.number}`);
      target?.scrollIntoView({ block: 'center' });
      target?.focus({ preventScroll: true });
    };
    focusFromHash();
    window.addEventListener('hashchange', focusFromHash);
    return () => window.removeEventListener('hashchange', focusFromHash);
  }, []);

  const reporting = SUMMARY_ITEMS.filter((item) => item.kind !== 'opinion');
  const opinion = SUMMARY_ITEMS.filter((item) => item.kind === 'opinion');
  return (
    <main class="reader">
      <header>
        <p class="reader__stamp">
          Reported <time dateTime={ARTICLE.published}>{ARTICLE.publishedLabel}</time>
        </p>
        <h1>{ARTICLE.title}</h1>
        <p class="citation">First published {ARTICLE.publishedLabel}; no byline. Quoted words are marked.</p>
      </header>
      <div class="reader__columns">
        <nav aria-label="Summary items">
          <h2 class="popup__subtitle">What it reports</h2>
          <ul class="summary__list">
            {reporting.map((item) => (
              <ItemLink key={item.id} item={item} />
            ))}
          </ul>
          <section class="summary__opinion">
            <h2 class="summary__heading">The article’s own view (opinion)</h2>
            <ul class="summary__list">
              {opinion.map((item) => (
                <ItemLink key={item.id} item={item} />
              ))}
            </ul>
          </section>
        </nav>
        <article aria-label="The article">
          {ARTICLE_PARAGRAPHS.map((paragraph) => (
            <p key={paragraph.number} id={`p${paragraph.number}`} class="reader__paragraph" tabIndex={-1}>
              <span class="reader__number" aria-label={`Paragraph ${paragraph.number}`}>
                {paragraph.number}
              </span>
              {splitByQuotes(paragraph, SUMMARY_ITEMS).map((part, index) =>
                part.itemId ? (
                  <mark key={index} data-item={part.itemId}>
                    {part.text}
                  </mark>
                ) : (
                  part.text
                ),
              )}
            </p>
          ))}
        </article>
      </div>
    </main>
  );
}
