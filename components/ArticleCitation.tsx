import { ARTICLE } from '../lib/article/summary';

export function ArticleCitation() {
  return (
    <p class="citation">
      Source: “{ARTICLE.title}”, first published <time dateTime={ARTICLE.published}>{ARTICLE.publishedLabel}</time> (no
      byline). It reflects what was reported then.
    </p>
  );
}
